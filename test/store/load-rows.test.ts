// The Neo4j loader's batching (server/store/neo4j/load-rows.ts) on a generated dataset: every
// relationship is sent exactly once with its values in its type's key order; batches that may run at
// the same time never share a start node, and none of them starts from a node another one ends at;
// each batch's rows reach their end nodes in one order; each type's rows name their nodes by
// position in a list holding each node once. And the content hash computed a slice at a
// time (while Neo4j stages) is the hash computed at once.
import { describe, expect, it } from 'vitest';
import { datasetHash, datasetHashInSlices, datasetToGraph, type NodeLabel, type RelType } from '../../server/model/index.ts';
import { batchRows, nodeQuery, nodeRows, propertyKeys, relationshipPlan, relationshipQuery, sharedPrefix, type RelBatch } from '../../server/store/neo4j/load-rows.ts';
import { generateDataset } from '../../seed/generator/index.ts';

const graph = datasetToGraph(generateDataset({ clusters: 30, firms: 3000, components: 150, seed: 4 }));
// Stand-ins for element ids: the loader only needs a distinct string per node.
const nodeOf = new Map(graph.nodes.map((n, i) => [n.id, `e:${String(i).padStart(6, '0')}`]));
const labelOf = new Map<string, NodeLabel>(graph.nodes.map((n) => [n.id, n.label]));
const keys = new Map<RelType, string[]>();
for (const r of graph.rels) if (!keys.has(r.type)) keys.set(r.type, propertyKeys(graph.rels.filter((x) => x.type === r.type)));
const plan = relationshipPlan(graph.rels, labelOf, 500);
const rowsOf = (batch: RelBatch) => batchRows(batch, keys, nodeOf);
const idOf = new Map([...nodeOf].map(([id, e]) => [e, id]));

describe('relationshipPlan', () => {
  it('sends every relationship exactly once, its values in its type key order', () => {
    const sent: string[] = [];
    for (const batch of [...plan.concurrent.flat(), ...plan.sequential]) {
      let size = 0;
      for (const [type, { nodes, rows }] of rowsOf(batch)) {
        size += rows.length;
        // Every node of the list is used, once in it.
        expect(new Set(nodes).size).toBe(nodes.length);
        expect(new Set(rows.flatMap((row) => [row[0] as number, row[1] as number])).size).toBe(nodes.length);
        for (const row of rows) sent.push(`${type}|${idOf.get(nodes[row[0] as number]!)}|${idOf.get(nodes[row[1] as number]!)}|${JSON.stringify(row.slice(2).map((v) => (v && typeof v === 'object' && 'toNumber' in v ? (v as { toNumber(): number }).toNumber() : v)))}`);
      }
      expect(batch.size).toBe(size);
    }
    const expected = graph.rels.map((r) => `${r.type}|${r.from}|${r.to}|${JSON.stringify(keys.get(r.type)!.map((k) => r.props[k] ?? null))}`);
    expect(sent.sort()).toEqual(expected.sort());
  });

  it('keeps concurrent batches apart: no shared start node, no start that is another batch end, ends in order', () => {
    expect(plan.concurrent.length).toBeGreaterThan(0);
    expect(plan.concurrent.some((group) => group.length > 1)).toBe(true);
    for (const group of plan.concurrent) {
      const ends = (b: (typeof group)[number], k: 0 | 1) => new Set([...rowsOf(b).values()].flatMap(({ nodes, rows }) => rows.map((row) => nodes[row[k] as number]!)));
      const startsOf = group.map((b) => ends(b, 0));
      const endsOf = group.map((b) => ends(b, 1));
      for (let i = 0; i < group.length; i++) {
        for (let j = 0; j < group.length; j++) {
          if (i === j) continue;
          for (const s of startsOf[i]!) {
            expect(startsOf[j]!.has(s)).toBe(false);
            expect(endsOf[j]!.has(s)).toBe(false);
          }
        }
        for (const { nodes, rows } of rowsOf(group[i]!).values()) {
          const order = rows.map((row) => nodes[row[1] as number]!);
          expect(order).toEqual([...order].sort());
        }
      }
    }
  });
});

describe('sharedPrefix', () => {
  it('is the start every element id shares up to its last colon, or nothing', () => {
    const db = '4:5553d2ff-6d5a-4323-b0c5-0bcb375749cb:';
    expect(sharedPrefix([`${db}152453`, `${db}7`, `${db}99`])).toBe(db);
    expect(sharedPrefix([`${db}1`, '4:another-database:2'])).toBe('');
    // An id that happens to start like the prefix but holds more colons still shares it: the
    // rest is sent and joined back as it was.
    expect(sharedPrefix([`${db}1`, `${db}x:2`])).toBe(db);
    expect(sharedPrefix([])).toBe('');
  });

  it('fails a batch that names a node no node batch staged, before anything is sent', () => {
    const batch = plan.sequential[0] ?? plan.concurrent[0]![0]!;
    const firstRel = [...batch.types.values()][0]![0]!;
    const without = new Map(nodeOf);
    without.delete(firstRel.to);
    expect(() => batchRows(batch, keys, without)).toThrow(/an end was not staged/);
  });
});

describe('load queries', () => {
  it('writes the property map once, from row positions', () => {
    expect(nodeQuery('// PROPERTIES here\nCREATE (n:RantaiStaging PROPERTIES)', ['id', 'name', 'odd key'])).toBe('// PROPERTIES here\nCREATE (n:RantaiStaging {id: row[0], name: row[1], `odd key`: row[2]})');
    expect(relationshipQuery('CREATE (a)-[:T PROPERTIES]->(b)', ['year'])).toBe('CREATE (a)-[:T {year: row[2]}]->(b)');
    const firms = graph.nodes.filter((n) => n.label === 'Firm').slice(0, 2);
    const firmKeys = propertyKeys(firms, 'id');
    expect(firmKeys[0]).toBe('id');
    expect(nodeRows(firms, firmKeys)[1]![0]).toBe(firms[1]!.id);
  });
});

describe('datasetHashInSlices', () => {
  it('equals the hash computed at once', async () => {
    expect(await datasetHashInSlices(graph, 777)).toBe(datasetHash(graph));
  });
});
