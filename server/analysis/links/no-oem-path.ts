// Clusters with no path to any OEM: no member firm reaches a firm of tier OEM along a directed
// supply chain upward (member -SUPPLIES-> … -SUPPLIES-> OEM, any length, any components; a member
// that is an OEM reaches one). The embedded twin of cypher/analysis/clusters-without-oem.cypher:
// the firms that reach an OEM are found by one breadth-first search backwards from the OEMs.
import { z } from 'zod';
import { TIERS, type GraphData } from '../../model/index.ts';
import { refShape } from './facts.ts';
import type { NoOemCluster } from './shapes.ts';

/** One row of clusters-without-oem.cypher (buyers in any order). */
export const noOemRowShape = z.object({
  cluster: z.string(),
  name: z.string(),
  members: z.number().int(),
  suppliers: z.number().int(),
  buyers: z.array(refShape.extend({ tier: z.enum(TIERS) })),
});
export type NoOemRow = z.infer<typeof noOemRowShape>;

/**
 * The rows from a store snapshot, in two passes over it and a breadth-first search over the supply
 * links alone (no index of the whole graph: at national scale that costs more than the search).
 */
export function embeddedNoOemRows(snap: GraphData): NoOemRow[] {
  const suppliersOf = new Map<string, string[]>();
  const buyersOf = new Map<string, string[]>();
  const membersOf = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const r of snap.rels) {
    if (r.type === 'SUPPLIES') {
      add(suppliersOf, r.to, r.from);
      add(buyersOf, r.from, r.to);
    } else if (r.type === 'MEMBER_OF') add(membersOf, r.to, r.from);
  }
  // Firms with a directed supply chain to an OEM (OEMs included), backwards from the OEMs.
  const queue = snap.nodes.filter((n) => n.label === 'Firm' && n.props.tier === 'OEM').map((n) => n.id);
  const reached = new Set(queue);
  for (let head = 0; head < queue.length; head++) {
    for (const t of suppliersOf.get(queue[head]!) ?? []) {
      if (!reached.has(t)) {
        reached.add(t);
        queue.push(t);
      }
    }
  }
  const clusters = snap.nodes.filter((n) => n.label === 'Cluster' && !(membersOf.get(n.id) ?? []).some((m) => reached.has(m)));
  const buyersOfCluster = clusters.map((c) => [...new Set((membersOf.get(c.id) ?? []).flatMap((m) => buyersOf.get(m) ?? []))]);
  const wanted = new Set(buyersOfCluster.flat());
  const firms = new Map(snap.nodes.filter((n) => wanted.has(n.id)).map((n) => [n.id, n]));
  return clusters.map((c, i) => {
    const members = membersOf.get(c.id) ?? [];
    return {
      cluster: c.id,
      name: String(c.props.name ?? c.id),
      members: members.length,
      suppliers: members.filter((m) => (buyersOf.get(m) ?? []).length > 0).length,
      buyers: buyersOfCluster[i]!.map((id) => ({ id, name: String(firms.get(id)?.props.name ?? id), tier: String(firms.get(id)?.props.tier ?? '') as NoOemCluster['buyers'][number]['tier'] })),
    };
  });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Canonical order: clusters and their buyers by id. */
export function normaliseNoOem(rows: readonly NoOemRow[]): NoOemCluster[] {
  return rows.map((r) => ({ ...r, buyers: [...r.buyers].sort((a, b) => cmp(a.id, b.id)) })).sort((a, b) => cmp(a.cluster, b.cluster));
}
