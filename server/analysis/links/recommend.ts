// Normalised candidate facts -> ranked recommendations: score (weights.ts), derived figures and
// the evidence sentence. Ranked by score, then supplier, buyer and component id, so the order is
// total and the same from both stores. Sentences and lever names are written in the asked language.
import { DEFAULT_LANG, say, type Lang } from '../../i18n/index.ts';
import { LEVER_OF } from '../substitution/requirements.ts';
import type { CandidateFact } from './facts.ts';
import { derive, finestTolerance, scoreOf, scoreTerms, type Derived } from './score.ts';
import { evidenceSentence } from './sentence.ts';
import type { Gap, Recommendation } from './shapes.ts';
import type { ScoreTerm } from './weights.ts';

const round = (x: number, digits = 6) => Number(x.toFixed(digits));

/** A gap with its lever named in the language (the English names are score.ts' own). */
const inLanguage = (g: Gap, lang: Lang): Gap => ({ ...g, lever: say(lang, `lever.${LEVER_OF[g.kind]}`) });

function recommendation(fact: CandidateFact, d: Derived, terms: Record<ScoreTerm, number>, raw: number, lang: Lang): Omit<Recommendation, 'rank'> {
  return {
    score: round(raw),
    supplier: { id: fact.supplier, name: fact.supplierName, tier: fact.supplierTier, cluster: fact.supplierCluster },
    buyer: { id: fact.buyer, name: fact.buyerName, tier: fact.buyerTier },
    component: { id: fact.component, name: fact.componentName },
    feasibility: fact.makes ? 'makes' : 'capable',
    gaps: lang === DEFAULT_LANG ? d.gaps : d.gaps.map((g) => inLanguage(g, lang)),
    finestToleranceMm: finestTolerance(fact),
    requiredToleranceMm: fact.toleranceMm,
    demand: { unitsPerYear: fact.need?.units ?? null, domesticUnits: d.domesticUnits, unmetShare: round(d.unmetShare) },
    imports: { year: fact.importYear, valueUsd: d.importUsd, origins: fact.origins.map(({ country, name, valueUsd }) => ({ country, name, valueUsd })) },
    distanceKm: fact.km,
    evidence: {
      alreadySupplies: fact.alreadySupplies,
      suppliesElsewhere: fact.suppliesElsewhere,
      sharedPartners: fact.sharedPartners,
      resourceAllocation: round(d.resourceAllocation, 9),
      paths3: {
        count: fact.paths3,
        example: fact.example3 && {
          path: [{ id: fact.supplier, name: fact.supplierName }, fact.example3.x, fact.example3.y, { id: fact.buyer, name: fact.buyerName }],
          hops: fact.example3.hops,
        },
      },
      peer: d.peer && { id: d.peer.id, name: d.peer.name, jaccard: round(d.peer.jaccard), shared: d.peer.shared, union: d.peer.union, suppliesComponent: d.peer.suppliesComponent },
    },
    terms: { feasibility: round(terms.feasibility), demand: round(terms.demand), imports: round(terms.imports), distance: round(terms.distance), network: round(terms.network) },
    sentence: evidenceSentence(fact, d, lang),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The candidates scored, best first, ranks from 1: the `limit` best become recommendations. `total`
 * is the number of all candidates under the filter, of which `facts` may be only the best (select.ts
 * picks them without building the others' facts); sentences are written for what is returned.
 */
export function recommend(facts: readonly CandidateFact[], limit = Infinity, total = facts.length, lang: Lang = DEFAULT_LANG): { total: number; recommendations: Recommendation[] } {
  const scored = facts.map((fact) => {
    const d = derive(fact);
    const terms = scoreTerms(fact, d);
    return { fact, d, terms, raw: scoreOf(terms) };
  });
  scored.sort(
    (a, b) => b.raw - a.raw || cmp(a.fact.supplier, b.fact.supplier) || cmp(a.fact.buyer, b.fact.buyer) || cmp(a.fact.component, b.fact.component),
  );
  const recommendations = scored.slice(0, limit).map(({ fact, d, terms, raw }, i) => ({ rank: i + 1, ...recommendation(fact, d, terms, raw, lang) }));
  return { total, recommendations };
}
