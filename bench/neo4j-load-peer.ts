// The peer of the neo4j-load benchmark (issue 16): the plain load a competent Neo4j user would write
// for the same graph into an empty database. The schema first (our schema.cypher: a uniqueness
// constraint on `id` per label, so each MATCH below is an index seek), then per label
// `UNWIND $rows AS row CREATE (n:Label) SET n = row`, then per relationship type and pair of end
// labels `MATCH` both ends by id and `CREATE` the relationship with `SET r = row.props`; batches of
// 10,000 rows, sequential, one transaction per batch. No staging, no swap, no lock: what ours must
// beat while guaranteeing all of those.
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, REL_TYPES, type GraphData, type GraphRel, type NodeLabel } from '../server/model/index.ts';
import { applySchema, toNeo4jParam } from '../server/store/neo4j/index.ts';

export const PEER_BATCH = 10_000;

const slices = <T>(rows: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

async function write(driver: Driver, database: string, query: string, rows: unknown[]): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite((tx) => tx.run(query, { rows }));
  } finally {
    await session.close();
  }
}

/** Empties the database (data and schema kept), in batches so that no transaction grows large. */
export async function wipe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Loads `graph` the plain way into an empty database; returns when every batch has committed, with
 * the seconds spent on the nodes and on the relationships.
 */
export async function peerLoad(driver: Driver, database: string, graph: GraphData): Promise<{ nodes: number; relationships: number }> {
  const started = performance.now();
  await applySchema(driver, database);
  const labelOf = new Map<string, NodeLabel>();
  for (const label of NODE_LABELS) {
    const nodes = graph.nodes.filter((n) => n.label === label);
    for (const n of nodes) labelOf.set(n.id, label);
    for (const batch of slices(nodes, PEER_BATCH)) {
      await write(driver, database, `UNWIND $rows AS row CREATE (n:${label}) SET n = row`, batch.map((n) => toNeo4jParam(n.props)));
    }
  }
  const nodesDone = performance.now();
  for (const type of REL_TYPES) {
    // One query per pair of end labels, so that both MATCHes seek the label's id index.
    const byEnds = new Map<string, GraphRel[]>();
    for (const r of graph.rels) {
      if (r.type !== type) continue;
      const ends = `${labelOf.get(r.from)}|${labelOf.get(r.to)}`;
      const group = byEnds.get(ends);
      if (group) group.push(r);
      else byEnds.set(ends, [r]);
    }
    for (const [ends, rels] of byEnds) {
      const [from, to] = ends.split('|');
      const query = `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`;
      for (const batch of slices(rels, PEER_BATCH)) {
        await write(driver, database, query, batch.map((r) => ({ from: r.from, to: r.to, props: toNeo4jParam(r.props) })));
      }
    }
  }
  return { nodes: (nodesDone - started) / 1000, relationships: (performance.now() - nodesDone) / 1000 };
}
