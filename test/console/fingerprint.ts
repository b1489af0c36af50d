// A fingerprint of everything in the test Neo4j database: node and relationship counts, labels,
// indexes and constraints, and a SHA-256 over every node and relationship with all properties. Equal
// fingerprints before and after a test mean the test changed nothing.
import { createHash } from 'node:crypto';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';

export interface Fingerprint {
  nodes: number;
  relationships: number;
  labels: string[];
  indexes: string[];
  constraints: string[];
  checksum: string;
}

/** JSON with object keys sorted, so equal values give equal text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

export async function fingerprint(store: Neo4jStore): Promise<Fingerprint> {
  const [counts] = await store.read('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships', {});
  const [labels] = await store.read('CALL db.labels() YIELD label RETURN collect(label) AS all', {});
  const [indexes] = await store.read('SHOW INDEXES YIELD name RETURN collect(name) AS all', {});
  const [constraints] = await store.read('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS all', {});
  const nodes = await store.read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', {});
  const rels = await store.read('MATCH (a)-[r]->(b) RETURN labels(a) AS fromLabels, a.id AS from, type(r) AS type, properties(r) AS props, labels(b) AS toLabels, b.id AS to', {});
  const lines = [...nodes.map((n) => `n ${canonical(n)}`), ...rels.map((r) => `r ${canonical(r)}`)].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  const sorted = (v: unknown) => [...(v as string[])].sort();
  return {
    nodes: counts!.nodes as number,
    relationships: counts!.relationships as number,
    labels: sorted(labels!.all),
    indexes: sorted(indexes!.all),
    constraints: sorted(constraints!.all),
    checksum: hash.digest('hex'),
  };
}
