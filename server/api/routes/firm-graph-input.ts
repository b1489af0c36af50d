// The firm graph the structure analyses run on (firms and their SUPPLIES rows, in id order) from
// either store, and values built on it kept until the data changes. The embedded store derives it
// from its snapshot; Neo4j reads only the firms' ids and the SUPPLIES rows, kept per data version.
// Neo4j used to send its whole graph for it: at national scale (1.6 million entities) every
// GET /api/analysis/metrics took 24 s, and again for each language asked.
import type { FirmGraphInput, SupplyWeight } from '../../analysis/network/index.ts';
import { relKey, type GraphData } from '../../model/index.ts';
import { atVersion, wholeGraph, type GraphStore, type VersionedRead } from '../../store/index.ts';

/** Rows in key order (relKey): the embedded store's order, whichever store read them. */
const byKey = <T extends { key: string }>(a: T, b: T): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function valueOf(v: unknown): number | null {
  const x = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : Number.NaN;
  return Number.isFinite(x) ? x : null;
}

function fromSnapshot(snap: GraphData, weight?: SupplyWeight): FirmGraphInput {
  const firms = snap.nodes.filter((n) => n.label === 'Firm').map((n) => n.id).sort();
  const supplies = snap.rels
    .filter((r) => r.type === 'SUPPLIES')
    .sort(byKey)
    .map((r) => (weight ? { supplier: r.from, buyer: r.to, weight: valueOf(r.props[weight]) } : { supplier: r.from, buyer: r.to }));
  return { firms, supplies };
}

// The same firms and relationships as the store's snapshot (Neo4jStore.fetch): a SUPPLIES from a
// Firm to a node that is neither staged nor retired.
const FIRMS = 'MATCH (f:Firm) RETURN f.id AS id';
const SUPPLIES = `MATCH (a:Firm)-[r:SUPPLIES]->(b) WHERE NOT b:RantaiStaging AND NOT b:RantaiRetired
  RETURN a.id AS supplier, b.id AS buyer, r.component AS component, CASE WHEN $weight = '' THEN null ELSE r[$weight] END AS weight`;

async function fromNeo4j(read: VersionedRead, weight?: SupplyWeight): Promise<FirmGraphInput> {
  const firms = (await read(FIRMS, {})).map((r) => r.id as string).sort();
  const supplies = (await read(SUPPLIES, { weight: weight ?? '' }))
    .map((r) => ({ row: r, key: relKey('SUPPLIES', r.supplier as string, r.buyer as string, typeof r.component === 'string' ? { component: r.component } : {}) }))
    .sort(byKey)
    .map(({ row }) => (weight ? { supplier: row.supplier as string, buyer: row.buyer as string, weight: valueOf(row.weight) } : { supplier: row.supplier as string, buyer: row.buyer as string }));
  return { firms, supplies };
}

/** A value built on the firm graph, kept under `key` until the data changes (on either store). */
export function onFirmGraph<T>(store: GraphStore, key: string, build: (input: FirmGraphInput) => T | Promise<T>, weight?: SupplyWeight): Promise<T> {
  if (store.kind === 'neo4j') return atVersion(store, key, async (read) => build(await fromNeo4j(read, weight)));
  return (async () => await wholeGraph(store, key, (snap) => build(fromSnapshot(snap, weight))))();
}

/** Firms and their supply links, in id order, each row carrying its value of `weight` if given. */
export function firmGraphInput(store: GraphStore, weight?: SupplyWeight): Promise<FirmGraphInput> {
  return onFirmGraph(store, weight ? `firm-graph-input-${weight}` : 'firm-graph-input', (input) => input, weight);
}
