// The named scoring strategies of the substitution analysis (DESIGN.md, "Analyses > Substitution")
// and the scale constants the features use. This is the ONE place their weights live: both stores
// compute the same facts and call the same scoring code with these numbers.
//
// score = Σ weight × feature, each feature in [0, 1], the weights of a strategy summing to 1:
//   coverage     met requirements / all requirements
//   density      product-space relatedness of the component to what the cluster makes
//   capacity     min(1, capacityRatio)             (0 when the imported tonnage is unknown)
//   importValue  ln(1 + value) / ln(1 + largest)   (the largest import value of any component)
//   distance     1 / (1 + distanceKm / DISTANCE_SCALE_KM)   (0 when no location is known)
//   complexity   the component's PCI percentile among the world table's HS products (issue 15;
//                server/analysis/trade/world.ts), 0 for a component without PCI; weighed only by
//                the strategies of STRATEGIES_WITH_COMPLEXITY, and only when a world table is
//                loaded and its ECI/PCI are defined (the answer warns when they are not)
// The import value is the buyers' (imports.csv) or, with importBasis=national, the component's
// national imports in the latest year of trade.csv through the concordance.
import { z } from 'zod';

export const STRATEGY_IDS = ['ready-now', 'balanced', 'strategic'] as const;
export const StrategySchema = z.enum(STRATEGY_IDS, { error: `strategy must be one of ${STRATEGY_IDS.join(', ')}` });
export type Strategy = z.infer<typeof StrategySchema>;
export const DEFAULT_STRATEGY: Strategy = 'balanced';

export interface StrategyWeights {
  coverage: number;
  density: number;
  capacity: number;
  importValue: number;
  distance: number;
  complexity: number;
}

export const STRATEGIES: Readonly<Record<Strategy, Readonly<StrategyWeights> & { description: string }>> = {
  'ready-now': {
    description: 'what clusters can supply today: requirements met and enough capacity count most',
    coverage: 0.45,
    density: 0.1,
    capacity: 0.25,
    importValue: 0.1,
    distance: 0.1,
    complexity: 0,
  },
  balanced: {
    description: 'capability, relatedness and the import value at stake weighed together',
    coverage: 0.3,
    density: 0.2,
    capacity: 0.15,
    importValue: 0.25,
    distance: 0.1,
    complexity: 0,
  },
  strategic: {
    description: 'large imports in components related to what clusters already make, worth building capability for',
    coverage: 0.15,
    density: 0.3,
    capacity: 0.05,
    importValue: 0.4,
    distance: 0.1,
    complexity: 0,
  },
};

/**
 * The weights of a strategy that weighs real product complexity when a world table gives it: the
 * strategic strategy gives complexity a fifth of the score and keeps the others in proportion
 * (its weights without complexity × 0.8), so without a world table it is exactly STRATEGIES.strategic.
 */
export const STRATEGIES_WITH_COMPLEXITY: Readonly<Partial<Record<Strategy, Readonly<StrategyWeights>>>> = {
  strategic: { coverage: 0.12, density: 0.24, capacity: 0.04, importValue: 0.32, distance: 0.08, complexity: 0.2 },
};

/** Distance at which the distance feature falls to 1/2 (about Ceper to Jakarta's industrial belt). */
export const DISTANCE_SCALE_KM = 500;

/** Candidate firms listed per opportunity. */
export const MAX_CANDIDATES = 5;
