// The imports the best links could replace, for the view's key figure and its exports. Each
// recommendation carries its buyer's import of the component, and several IKM of one sentra are
// often recommended to the same buyer for the same component: summing the rows counted that import
// once per candidate supplier (Ceper's 33 best links said USD 15.9 million where the buyers import
// USD 7.8 million). Each buyer's import of a component counts once.
import type { Recommendation } from '../../../../server/analysis/links/shapes.ts';

export interface ReplacedImports {
  /** Σ over distinct (buyer, component) of the buyer's latest-year import of it. */
  valueUsd: number;
  /** How many distinct (buyer, component) imports that is (those with an import value). */
  needs: number;
}

export function replacedImports(recommendations: ReadonlyArray<Pick<Recommendation, 'buyer' | 'component' | 'imports'>>): ReplacedImports {
  const seen = new Set<string>();
  let valueUsd = 0;
  for (const r of recommendations) {
    if (r.imports.valueUsd <= 0) continue;
    // JSON of the pair: ids may hold any character, so no separator could be trusted.
    const key = JSON.stringify([r.buyer.id, r.component.id]);
    if (seen.has(key)) continue;
    seen.add(key);
    valueUsd += r.imports.valueUsd;
  }
  return { valueUsd, needs: seen.size };
}
