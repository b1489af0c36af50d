// Each cluster's province, for the substitution ranking's province filter (a view's province focus
// means the clusters located there, as the Complexity panel and the catalogue read it). Kept per
// data version: one small read of the Cluster label on Neo4j, one pass over the snapshot embedded.
import { atVersion, wholeGraph, type GraphStore } from '../../store/index.ts';

const NEO4J_CLUSTER_PROVINCES = 'MATCH (c:Cluster) RETURN c.id AS id, c.province AS province';

/** Cluster id → its province (clusters without one are absent). */
export function clusterProvinces(store: GraphStore): Promise<ReadonlyMap<string, string>> {
  const keep = (rows: Iterable<{ id: string; province: unknown }>) => new Map([...rows].flatMap((r) => (typeof r.province === 'string' ? [[r.id, r.province] as const] : [])));
  if (store.kind === 'neo4j') return atVersion(store, 'cluster-provinces', async (read) => keep((await read(NEO4J_CLUSTER_PROVINCES, {})).map((r) => ({ id: r.id as string, province: r.province }))));
  return wholeGraph(store, 'cluster-provinces', (snap) => keep(snap.nodes.filter((n) => n.label === 'Cluster').map((n) => ({ id: n.id, province: n.props.province }))));
}
