// The cluster × component table (facts.ts) from a store's snapshot: what
// cypher/analysis/cluster-complexity.cypher returns on Neo4j, computed the same way.
import type { GraphData } from '../../model/index.ts';
import { inChunks, Slicer } from '../../util/yield.ts';
import { byId, type ClusterTableRow } from './facts.ts';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The table, with the event loop let run between chunks of the relationships (inChunks): a national snapshot
 * has about a million, which took 0.6–1 s in one piece on the server's thread.
 */
export async function clusterTableOf(snap: GraphData): Promise<ClusterTableRow[]> {
  const clusters = new Map<string, string>();
  const components = new Map<string, { name: string; price: number | null }>();
  for (const n of snap.nodes) {
    if (n.label === 'Cluster') clusters.set(n.id, String(n.props.name ?? n.id));
    else if (n.label === 'Component') components.set(n.id, { name: String(n.props.name ?? n.id), price: num(n.props.unitPriceUsd) });
  }
  const clusterOf = new Map<string, string>();
  // cluster → component → [firm, value] pairs, summed below in firm-id order.
  const parts = new Map<string, Map<string, Array<[string, number]>>>();
  const slicer = new Slicer();
  await inChunks(snap.rels.length, (start, end) => membersIn(snap.rels, start, end, clusters, clusterOf), slicer);
  await inChunks(snap.rels.length, (start, end) => madeIn(snap.rels, start, end, clusterOf, components, parts), slicer);
  return [...clusters.keys()].sort(byId).map((cluster) => {
    const row = parts.get(cluster) ?? new Map<string, Array<[string, number]>>();
    const cells = [...row.keys()].sort(byId).flatMap((component) => {
      const value = row
        .get(component)!
        .sort((a, b) => byId(a[0], b[0]))
        .reduce((s, [, v]) => s + v, 0);
      return value > 0 ? [{ component, name: components.get(component)!.name, value }] : [];
    });
    return { cluster, name: clusters.get(cluster)!, cells };
  });
}

function membersIn(rels: GraphData['rels'], start: number, end: number, clusters: Map<string, string>, clusterOf: Map<string, string>): void {
  for (let i = start; i < end; i++) {
    const r = rels[i]!;
    if (r.type === 'MEMBER_OF' && clusters.has(r.to)) clusterOf.set(r.from, r.to);
  }
}

function madeIn(
  rels: GraphData['rels'],
  start: number,
  end: number,
  clusterOf: Map<string, string>,
  components: Map<string, { name: string; price: number | null }>,
  parts: Map<string, Map<string, Array<[string, number]>>>,
): void {
  for (let i = start; i < end; i++) {
    const r = rels[i]!;
    if (r.type !== 'MAKES') continue;
    const cluster = clusterOf.get(r.from);
    const component = components.get(r.to);
    const units = num(r.props.unitsPerYear);
    if (cluster === undefined || !component || component.price === null || units === null) continue;
    let row = parts.get(cluster);
    if (!row) parts.set(cluster, (row = new Map()));
    let list = row.get(r.to);
    if (!list) row.set(r.to, (list = []));
    list.push([r.from, units * component.price]);
  }
}
