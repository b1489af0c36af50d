// Clusters with no path to any OEM: no member firm reaches a firm of tier OEM along a directed
// supply chain upward (member -SUPPLIES-> … -SUPPLIES-> OEM, any length, any components; a member
// that is an OEM reaches one). The embedded twin of cypher/analysis/clusters-without-oem.cypher:
// the firms that reach an OEM are found by one breadth-first search backwards from the OEMs.
import { z } from 'zod';
import { TIERS } from '../../model/index.ts';
import { refShape } from './facts.ts';
import { nameOf, tierOf, type GraphIndex } from './graph-index.ts';
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

/** Firms with a directed supply chain to an OEM (OEMs included). */
export function firmsReachingOem(index: GraphIndex): Set<string> {
  const reached = new Set(index.firms.filter((f) => tierOf(index, f) === 'OEM'));
  const queue = [...reached];
  for (let head = 0; head < queue.length; head++) {
    for (const r of index.suppliesIn.get(queue[head]!) ?? []) {
      if (!reached.has(r.from)) {
        reached.add(r.from);
        queue.push(r.from);
      }
    }
  }
  return reached;
}

export function embeddedNoOemRows(index: GraphIndex): NoOemRow[] {
  const reaching = firmsReachingOem(index);
  const clusters = [...index.nodes.values()].filter((n) => n.label === 'Cluster').map((n) => n.id);
  const rows: NoOemRow[] = [];
  for (const c of clusters) {
    const members = index.membersOf.get(c) ?? [];
    if (members.some((m) => reaching.has(m))) continue;
    const buyers = new Set(members.flatMap((m) => (index.suppliesOut.get(m) ?? []).map((r) => r.to)));
    rows.push({
      cluster: c,
      name: nameOf(index, c),
      members: members.length,
      suppliers: members.filter((m) => (index.suppliesOut.get(m) ?? []).length > 0).length,
      buyers: [...buyers].map((id) => ({ id, name: nameOf(index, id), tier: tierOf(index, id) as NoOemCluster['buyers'][number]['tier'] })),
    });
  }
  return rows;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Canonical order: clusters and their buyers by id. */
export function normaliseNoOem(rows: readonly NoOemRow[]): NoOemCluster[] {
  return rows.map((r) => ({ ...r, buyers: [...r.buyers].sort((a, b) => cmp(a.id, b.id)) })).sort((a, b) => cmp(a.cluster, b.cluster));
}
