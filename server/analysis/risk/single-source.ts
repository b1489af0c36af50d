// Single-source components (DESIGN.md, "Structure and risk"): a buyer's component that exactly one
// firm supplies, with no other firm that makes it or covers its requirements (definitions in
// cypher/analysis/single-source.cypher). Turns the rows into the API's list, largest supplied value
// first (then buyer and component id); import sums run over origins sorted by country.
import type { SingleSourceRow } from './facts.ts';
import type { SingleSource } from './shapes.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function singleSources(rows: readonly SingleSourceRow[]): SingleSource[] {
  return rows
    .map((r) => ({
      buyer: { id: r.buyer, name: r.buyerName, tier: r.buyerTier },
      component: { id: r.component, name: r.componentName },
      supplier: { id: r.supplier, name: r.supplierName, tier: r.supplierTier },
      unitsPerYear: r.units,
      valueUsd: r.valueUsd,
      imports: {
        year: r.importYear,
        valueUsd: [...r.imports].sort((a, b) => cmp(a.country, b.country)).reduce((sum, i) => sum + i.valueUsd, 0),
      },
    }))
    .sort((a, b) => (b.valueUsd ?? -1) - (a.valueUsd ?? -1) || cmp(a.buyer.id, b.buyer.id) || cmp(a.component.id, b.component.id));
}
