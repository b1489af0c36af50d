// The flat CSV table of `rantai analyse risk --format csv`: one row per single-source component
// (kind single-source, firm = its one supplier) and one per supply a firm's failure cuts (kind
// failure-impact, with the firm's rank, impacted OEMs and lost value repeated on each of its rows);
// firmCluster is the firm's cluster id, empty when it is in none.
import type { RiskOut } from './shapes.ts';

export function riskTable(out: RiskOut): Array<Record<string, string | number | null>> {
  const single = out.singleSource.map((s) => ({
    kind: 'single-source',
    rank: null,
    firm: s.supplier.id,
    firmName: s.supplier.name,
    firmCluster: s.supplier.cluster?.id ?? null,
    buyer: s.buyer.id,
    buyerName: s.buyer.name,
    buyerTier: s.buyer.tier,
    component: s.component.id,
    componentName: s.component.name,
    depth: 1,
    valueUsd: s.valueUsd,
    importValueUsd: s.imports.valueUsd,
    impactedOems: null,
    lostValueUsd: null,
  }));
  const impacts = out.failureImpact.flatMap((f) =>
    f.lost.map((l) => ({
      kind: 'failure-impact',
      rank: f.rank,
      firm: f.firm.id,
      firmName: f.firm.name,
      firmCluster: f.firm.cluster?.id ?? null,
      buyer: l.buyer.id,
      buyerName: l.buyer.name,
      buyerTier: l.buyer.tier,
      component: l.component.id,
      componentName: l.component.name,
      depth: l.depth,
      valueUsd: l.valueUsd,
      importValueUsd: null,
      impactedOems: f.impactedOems.length,
      lostValueUsd: f.lostValueUsd,
    })),
  );
  return [...single, ...impacts];
}
