// The Neo4j store's whole-graph read (server/store/neo4j/graph-read.ts: properties as name and value
// lists, read by position) gives exactly what the plain way gives: `properties(n)` maps through
// toPlain (server/store/neo4j/values.ts), the store's one conversion of Neo4j values, which this
// test runs itself as the reference. On the seed dataset, and on nodes and a relationship written
// directly in Neo4j with values the loader never writes: an integer past 2^53 (a string, as toPlain
// writes it), lists, a date, a point, and a property named __proto__ (an own property; the
// object's prototype unchanged). Real Neo4j.
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS, readDataset, REL_TYPES, type GraphData } from '../../server/model/index.ts';
import { toPlain } from '../../server/store/neo4j/values.ts';
import { testNeo4jUri, useStoreAndOther } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const suite = useStoreAndOther(uri);
beforeAll(async () => {
  if (uri) await suite.store.replace(await readDataset('seed/indonesia'), 'graph read');
}, 120_000);

/** The reference: every label's nodes and every type's relationships as maps, through toPlain. */
async function plainWay(): Promise<{ nodes: unknown[]; rels: unknown[] }> {
  const run = async (query: string, params: Record<string, unknown> = {}) => (await suite.other.executeQuery(query, params, { database: suite.database })).records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  const nodes = await run(`MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n.id AS id, head([l IN labels(n) WHERE l IN $labels]) AS label, properties(n) AS props`, { labels: NODE_LABELS });
  const rels = [];
  for (const type of REL_TYPES) {
    const rows = await run(`MATCH (a)-[r:${type}]->(b) WHERE NOT b:RantaiStaging AND NOT b:RantaiRetired RETURN a.id AS from, b.id AS to, properties(r) AS props`);
    rels.push(...rows.map((r) => ({ type, ...r })));
  }
  return { nodes, rels };
}

const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
/** Entities compared whatever their order and their properties' order. */
const sortedKeys = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
const comparable = (g: { nodes: unknown[]; rels: unknown[] }) => ({
  nodes: g.nodes.map((n) => { const { id, label, props } = n as { id: string; label: string; props: Record<string, unknown> }; return { id, label, props: sortedKeys(props) }; }).sort(byJson),
  rels: g.rels.map((r) => { const { type, from, to, props } = r as { type: string; from: string; to: string; props: Record<string, unknown> }; return { type, from, to, props: sortedKeys(props) }; }).sort(byJson),
});

describe.skipIf(uri === null)('the whole-graph read from Neo4j', () => {
  it('is what properties() maps through toPlain give, on the seed', async () => {
    const snap: GraphData = await suite.store.snapshot();
    expect(snap.nodes.length).toBeGreaterThan(100);
    expect(snap.rels.length).toBeGreaterThan(100);
    expect(comparable(snap)).toEqual(comparable(await plainWay()));
    // Each relationship's key is the one the model gives it (as the embedded store's).
    expect(new Set(snap.rels.map((r) => r.key)).size).toBe(snap.rels.length);
  });

  it('reads values the loader never writes as toPlain does, and __proto__ as a property', async () => {
    await suite.other.executeQuery(
      `MATCH (c:Cluster) WITH c ORDER BY c.id LIMIT 1
       CREATE (f:Firm {id: 'f-odd', name: 'Odd', big: 9007199254740993, small: 12, ratio: 0.5, flags: [true, false], tags: ['a', 'b'],
                       nums: [1, 2], founded: date('2001-02-03'), at: point({x: 1.5, y: 2.5}), \`__proto__\`: 'kept'})
       CREATE (f)-[:MEMBER_OF {since: 2019, note: 'direct', \`__proto__\`: 7}]->(c)`,
      {},
      { database: suite.database },
    );
    const snap = await suite.store.snapshot();
    expect(comparable(snap)).toEqual(comparable(await plainWay()));
    const odd = snap.nodes.find((n) => n.id === 'f-odd')!;
    expect(odd.props.big).toBe('9007199254740993');
    expect(odd.props.small).toBe(12);
    expect(odd.props.founded).toBe('2001-02-03');
    expect(Object.getPrototypeOf(odd.props)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(odd.props, '__proto__')?.value).toBe('kept');
    const member = snap.rels.find((r) => r.from === 'f-odd')!;
    expect(member.type).toBe('MEMBER_OF');
    expect(Object.getOwnPropertyDescriptor(member.props, '__proto__')?.value).toBe(7);
    expect(member.props.since).toBe(2019);
  });
});
