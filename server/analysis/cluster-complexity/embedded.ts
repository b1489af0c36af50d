// The cluster × component table (facts.ts) from a store's snapshot: what
// cypher/analysis/cluster-complexity.cypher returns on Neo4j, computed the same way.
import type { GraphData } from '../../model/index.ts';
import { byId, type ClusterTableRow } from './facts.ts';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function clusterTableOf(snap: GraphData): ClusterTableRow[] {
  const clusters = new Map<string, string>();
  const components = new Map<string, { name: string; price: number | null }>();
  for (const n of snap.nodes) {
    if (n.label === 'Cluster') clusters.set(n.id, String(n.props.name ?? n.id));
    else if (n.label === 'Component') components.set(n.id, { name: String(n.props.name ?? n.id), price: num(n.props.unitPriceUsd) });
  }
  const clusterOf = new Map<string, string>();
  for (const r of snap.rels) if (r.type === 'MEMBER_OF' && clusters.has(r.to)) clusterOf.set(r.from, r.to);
  // cluster → component → [firm, value] pairs, summed below in firm-id order.
  const parts = new Map<string, Map<string, Array<[string, number]>>>();
  for (const r of snap.rels) {
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
