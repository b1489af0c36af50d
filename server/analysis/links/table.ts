// The flat CSV table of `rantai analyse missing-links --format csv`: one row per recommendation.
import type { MissingLinksOut } from './shapes.ts';

export function missingLinksTable(out: MissingLinksOut): Array<Record<string, string | number | null>> {
  return out.recommendations.map((r) => ({
    rank: r.rank,
    score: r.score,
    supplier: r.supplier.id,
    supplierName: r.supplier.name,
    supplierCluster: r.supplier.cluster?.id ?? null,
    buyer: r.buyer.id,
    buyerName: r.buyer.name,
    component: r.component.id,
    componentName: r.component.name,
    feasibility: r.feasibility,
    gaps: r.gaps.map((g) => g.process ?? g.material ?? g.certification ?? g.kind).join(';'),
    needUnits: r.demand.unitsPerYear,
    unmetShare: r.demand.unmetShare,
    importValueUsd: r.imports.valueUsd,
    importYear: r.imports.year,
    distanceKm: r.distanceKm,
    sharedPartners: r.evidence.sharedPartners.length,
    paths3: r.evidence.paths3.count,
    peerJaccard: r.evidence.peer?.jaccard ?? null,
    sentence: r.sentence,
  }));
}
