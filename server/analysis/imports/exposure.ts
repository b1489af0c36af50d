// Import exposure from its facts (DESIGN.md, "Analyses > Import exposure"): import share =
// imported / (imported + domestic); origin shares = value / imported; the Herfindahl-Hirschman index
// HHI = Σ share² over origins (0..1; 1 = a single origin), summed in country-id order. Shared by both
// stores, so the derived numbers cannot differ between them.
import type { ExposureFact, ImportFacts } from './facts.ts';
import { byCodeUnit } from './order.ts';
import type { BuyerExposure, ComponentExposure, ImportsOut, OriginOut } from './shapes.ts';

interface Derived {
  importShare: number | null;
  hhi: number | null;
  origins: OriginOut[];
}

export function derive(f: ExposureFact): Derived {
  const total = f.importedValueUsd;
  const importShare = total + f.domesticValueUsd > 0 ? total / (total + f.domesticValueUsd) : null;
  let hhi: number | null = null;
  const origins: OriginOut[] = f.origins.map((o) => ({ country: o.country, name: o.name, valueUsd: o.valueUsd, share: total > 0 ? o.valueUsd / total : null }));
  if (total > 0) {
    hhi = 0;
    for (const o of origins) hhi += o.share! * o.share!;
  }
  origins.sort((a, b) => b.valueUsd - a.valueUsd || byCodeUnit(a.country, b.country));
  return { importShare, hhi, origins };
}

/** The rows of the answer (its sentences and labels are added in the answer's language). */
export type Exposure = Pick<ImportsOut, 'components' | 'buyers'>;

const largestFirst = (a: { importedValueUsd: number; id: string }, b: { importedValueUsd: number; id: string }): number =>
  b.importedValueUsd - a.importedValueUsd || byCodeUnit(a.id, b.id);

export function exposureFromFacts(facts: ImportFacts): Exposure {
  const components: ComponentExposure[] = facts.components.map((f) => ({
    id: f.id,
    name: f.name,
    importedValueUsd: f.importedValueUsd,
    domesticValueUsd: f.domesticValueUsd,
    ...derive(f),
    suppliers: f.suppliers,
    buyers: f.importers,
  }));
  const buyers: BuyerExposure[] = facts.buyers.map((f) => ({
    id: f.id,
    name: f.name,
    tier: f.tier,
    importedValueUsd: f.importedValueUsd,
    domesticValueUsd: f.domesticValueUsd,
    ...derive(f),
    suppliers: f.suppliers,
    components: f.importers,
  }));
  return { components: components.sort(largestFirst), buyers: buyers.sort(largestFirst) };
}
