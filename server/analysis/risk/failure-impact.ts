// Failure impact of each firm (DESIGN.md, "Structure and risk"), following the tiers upward.
// The rule (also in cypher/analysis/failure-impact.cypher and cypher/README.md): each component is
// followed separately, since the graph holds no bill of materials. A buyer x loses component p when
// firm f fails if f's p-supplies reach x and no chain of p-supplies from an origin of p (a firm that
// supplies p and buys none: where p is made) reaches x without passing through f. Losing p does not
// stop x's other products; imports are not counted as an alternative.
// This file turns the loss rows into per-firm impacts: depth (tiers above f), impacted buyers and
// OEMs, lost value = Σ valueUsd of the supplies into every lost (buyer, component) (all of them
// fail), ranked by number of impacted OEMs, then lost value, then firm id. Sums run in id order.
import type { FailureRow } from './facts.ts';
import type { FailureImpact } from './shapes.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Tiers between the failed firm and each lost (buyer, component): 1 + the least depth of its suppliers. */
function depths(firm: string, rows: readonly FailureRow[]): Map<string, number> {
  const key = (buyer: string, component: string) => `${buyer}|${component}`;
  const depth = new Map<string, number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of rows) {
      let best = Infinity;
      for (const l of r.links) best = Math.min(best, l.supplier === firm ? 0 : (depth.get(key(l.supplier, r.component)) ?? Infinity));
      const k = key(r.buyer, r.component);
      if (best + 1 < (depth.get(k) ?? Infinity)) {
        depth.set(k, best + 1);
        changed = true;
      }
    }
  }
  return depth;
}

/** The ranking's order: OEMs cut off, then value lost, then firm id (the Risk view ranks a component's impacts by it too). */
export const byImpact = (a: Omit<FailureImpact, 'rank'>, b: Omit<FailureImpact, 'rank'>): number =>
  b.impactedOems.length - a.impactedOems.length || b.lostValueUsd - a.lostValueUsd || cmp(a.firm.id, b.firm.id);

export function failureImpacts(rows: readonly FailureRow[]): FailureImpact[] {
  const byFirm = new Map<string, FailureRow[]>();
  for (const r of rows) byFirm.set(r.firm, [...(byFirm.get(r.firm) ?? []), r]);
  const impacts: Array<Omit<FailureImpact, 'rank'>> = [];
  for (const [firm, list] of byFirm) {
    const sorted = [...list].sort((a, b) => cmp(a.buyer, b.buyer) || cmp(a.component, b.component));
    const depth = depths(firm, sorted);
    const lost = sorted.map((r) => {
      const links = [...r.links].sort((a, b) => cmp(a.supplier, b.supplier));
      return {
        buyer: { id: r.buyer, name: r.buyerName, tier: r.buyerTier },
        component: { id: r.component, name: r.componentName },
        depth: depth.get(`${r.buyer}|${r.component}`) ?? 0,
        suppliers: links.map((l) => l.supplier),
        unitsPerYear: links.reduce((sum, l) => sum + (l.units ?? 0), 0),
        valueUsd: links.reduce((sum, l) => sum + (l.valueUsd ?? 0), 0),
      };
    });
    const buyers = new Map(lost.map((l) => [l.buyer.id, l.buyer]));
    const impactedBuyers = [...buyers.values()].sort((a, b) => cmp(a.id, b.id));
    const first = sorted[0]!;
    impacts.push({
      firm: { id: firm, name: first.firmName, tier: first.firmTier },
      impactedOems: impactedBuyers.filter((b) => b.tier === 'OEM').map(({ id, name }) => ({ id, name })),
      impactedBuyers,
      lostValueUsd: lost.reduce((sum, l) => sum + l.valueUsd, 0),
      lost,
    });
  }
  return impacts
    .sort(byImpact)
    .map((impact, i) => ({ rank: i + 1, ...impact }));
}
