// What the substitution score's import-value and complexity terms rest on (issue 15): the import
// basis (the buyers' reported imports, or national statistics through the HS → component
// concordance, latest year of the trade table) and, for a strategy that weighs product complexity,
// each component's PCI percentile from the world table. Where the data is not there the answer says
// so (warnings in its language) instead of quietly using something else: a national basis without a
// trade table gives every component 0, a strategic ranking without a world table keeps its weights
// without complexity.
import { count, warning, type Lang, type Warning } from '../../i18n/index.ts';
import { complexityBasis, nationalBasis } from '../trade/index.ts';
import type { GraphStore } from '../../store/index.ts';
import type { ImportedComponent, SubstitutionFacts } from './facts.ts';
import type { EvaluationInput } from './evaluate.ts';
import type { ImportBasis } from './shapes.ts';
import { STRATEGIES, STRATEGIES_WITH_COMPLEXITY, type Strategy, type StrategyWeights } from './strategies.ts';

export interface ScoreBasis {
  importBasis: ImportBasis;
  basisYear: number | null;
  /** National value by component id (importBasis national). */
  national?: ReadonlyMap<string, number>;
  /** PCI percentile by component id (a strategy weighing complexity, with a world table). */
  complexity?: ReadonlyMap<string, number>;
  complexityYear: number | null;
  weights: Readonly<StrategyWeights>;
  warnings: Warning[];
}

export async function scoreBasis(store: GraphStore, facts: SubstitutionFacts, strategy: Strategy, importBasis: ImportBasis, lang: Lang): Promise<ScoreBasis> {
  const warnings: Warning[] = [];
  const total = facts.components.length;
  let national: Map<string, number> | undefined;
  let basisYear: number | null = null;
  if (importBasis === 'national') {
    const nb = await nationalBasis(store);
    national = nb.values;
    basisYear = nb.year;
    if (nb.year === null) warnings.push(warning(lang, 'trade.no-table'));
    else if (nb.mapped.size === 0) warnings.push(warning(lang, 'trade.no-concordance'));
    else {
      const missing = facts.components.filter((c) => !((nb.values.get(c.id) ?? 0) > 0)).length;
      if (missing > 0) warnings.push(warning(lang, 'trade.national-missing', { n: count(lang, missing), total: count(lang, total), year: String(nb.year) }));
    }
  }
  let weights: Readonly<StrategyWeights> = STRATEGIES[strategy];
  let complexity: Map<string, number> | undefined;
  let complexityYear: number | null = null;
  const withComplexity = STRATEGIES_WITH_COMPLEXITY[strategy];
  if (withComplexity) {
    const cb = await complexityBasis(store);
    if (!cb.available) warnings.push(warning(lang, 'trade.not-weighed'));
    else if (!cb.defined) warnings.push(warning(lang, 'trade.undefined-weighed', { year: String(cb.year) }));
    else {
      weights = withComplexity;
      complexity = cb.percentile;
      complexityYear = cb.year;
      const without = facts.components.filter((c) => !cb.percentile.has(c.id)).length;
      if (without > 0) warnings.push(warning(lang, 'trade.without-pci-weighed', { n: count(lang, without), total: count(lang, total), year: String(cb.year) }));
    }
  }
  return { importBasis, basisYear, national, complexity, complexityYear, weights, warnings };
}

/** The basis value of a component: national (0 without a figure) or the buyers'. */
export const basisValueOf = (basis: ScoreBasis, c: ImportedComponent): number => (basis.national ? (basis.national.get(c.id) ?? 0) : c.importValueUsd);

/** The evaluation input's basis part for `components` (the importValue scale spans all of `facts`). */
export function evaluationBasis(basis: ScoreBasis, facts: SubstitutionFacts, components: readonly ImportedComponent[]): Pick<EvaluationInput, 'importValues' | 'complexity' | 'weights' | 'basis' | 'maxImportValueUsd'> {
  const maxImportValueUsd = facts.components.reduce((m, c) => Math.max(m, basisValueOf(basis, c)), 0);
  return {
    maxImportValueUsd,
    ...(basis.national ? { importValues: Float64Array.from(components, (c) => basisValueOf(basis, c)) } : {}),
    ...(basis.complexity ? { complexity: Float64Array.from(components, (c) => basis.complexity!.get(c.id) ?? 0) } : {}),
    weights: basis.weights,
    basis: { kind: basis.importBasis, year: basis.basisYear },
  };
}
