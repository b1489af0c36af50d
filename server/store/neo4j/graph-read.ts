// Nodes of some labels and relationships of some types, read whole (the store's snapshot: exports,
// a merging upload, the catalogue). At national scale that is 1.1 million records, and the read
// was bound by this process's CPU (21 s of it for 21 s of wall time, Neo4j idle meanwhile): the
// driver decodes a map key by key with Object.defineProperty (a fifth of the time), each record
// became an object (toObject) walked again by toPlain, and each relationship sent its type.
// Here each entity's properties come as two lists, names and values (`keys(n)`, the values in
// the same order), read by position, with plain values taken as they are; the relationship type
// is the query's own. The values are the same as toPlain's (test/store/graph-read.neo4j.test.ts).
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { relKey, type GraphNode, type GraphRel, type NodeLabel, type Props, type PropValue, type RelType } from '../../model/index.ts';
import { mapInChunks } from '../../util/yield.ts';
import { setOwn, toPlain } from './values.ts';

/** Records converted between two looks at the event loop: some 10-20 ms of work. */
const RECORDS_PER_CHUNK = 2_000;

/** A value as toPlain writes it; strings, numbers and booleans (most values) as they are. */
const plain = (v: unknown): unknown => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : toPlain(v));

/** The properties from their names and values (same order). */
function propsOf(names: unknown, values: unknown): Props {
  const k = names as string[];
  const v = values as unknown[];
  const props: Props = {};
  for (let i = 0; i < k.length; i++) setOwn(props, k[i]!, plain(v[i]) as PropValue);
  return props;
}

const PROPS = (v: string) => `keys(${v}) AS names, [name IN keys(${v}) | ${v}[name]] AS values`;

async function records(tx: ManagedTransaction, query: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
  return (await tx.run(query, params)).records;
}

/**
 * Nodes with one of `labels` (each under the first of its labels in that list) and, per type,
 * relationships from `startLabel[type]` to any node neither staged nor retired by a load.
 */
export async function readGraph(
  tx: ManagedTransaction,
  labels: readonly NodeLabel[],
  types: readonly RelType[],
  startLabel: Readonly<Record<RelType, NodeLabel>>,
): Promise<{ nodes: GraphNode[]; rels: GraphRel[] }> {
  const nodeRecords = await records(tx, `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n.id AS id, head([l IN labels(n) WHERE l IN $labels]) AS label, ${PROPS('n')}`, {
    labels,
  });
  const nodes = await mapInChunks(nodeRecords, (r): GraphNode => ({ id: plain(r.get(0)) as string, label: r.get(1) as NodeLabel, props: propsOf(r.get(2), r.get(3)) }), RECORDS_PER_CHUNK);
  nodeRecords.length = 0;
  const rels: GraphRel[] = [];
  for (const type of types) {
    const relRecords = await records(tx, `MATCH (a:${startLabel[type]})-[r:${type}]->(b) WHERE NOT b:RantaiStaging AND NOT b:RantaiRetired RETURN a.id AS from, b.id AS to, ${PROPS('r')}`);
    const converted = await mapInChunks(
      relRecords,
      (r): GraphRel => {
        const from = plain(r.get(0)) as string;
        const to = plain(r.get(1)) as string;
        const props = propsOf(r.get(2), r.get(3));
        return { key: relKey(type, from, to, props), type, from, to, props };
      },
      RECORDS_PER_CHUNK,
    );
    for (const rel of converted) rels.push(rel);
  }
  return { nodes, rels };
}
