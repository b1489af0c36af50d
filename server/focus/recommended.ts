// The recommended missing links a focused view draws, from the missing-links analysis through its
// public missingLinks(): with the view's cluster filter (the supplier's cluster, as
// /api/analysis/missing-links?cluster= means it) and component filter. Without tier or province
// filters every answer touches the focus, so the analysis' own limit and total serve as they are;
// with them (the analysis has no such parameters) the whole ranking is passed and buildView keeps
// the links with an end in focus, counts them and draws the best.
import { MISSING_LINKS_DEFAULT_LIMIT, missingLinks, type Recommendation } from '../analysis/links/index.ts';
import { AppError } from '../errors.ts';
import type { GraphQuery, GraphStore, RecommendedInput, RecommendedLink } from '../store/index.ts';
import { DEFAULT_LANG, text, type Lang } from '../i18n/index.ts';

/** How many recommended links a view draws: the missing-links route's default limit. */
export const RECOMMENDED_LIMIT = MISSING_LINKS_DEFAULT_LIMIT;

const asLink = (r: Recommendation): RecommendedLink => ({ supplier: r.supplier.id, buyer: r.buyer.id, component: r.component.id, rank: r.rank, score: r.score, sentence: r.sentence });

export async function recommendedFor(store: GraphStore, query: GraphQuery, lang: Lang = DEFAULT_LANG): Promise<RecommendedInput> {
  const exact = query.tier === undefined && query.province === undefined;
  const out = await missingLinks(store, { cluster: query.cluster, component: query.component, lang, ...(exact ? { limit: RECOMMENDED_LIMIT } : {}) });
  return { links: out.recommendations.map(asLink), total: exact ? out.total : null, limit: RECOMMENDED_LIMIT };
}

/** The recommendation `supplier|buyer|component`, or a 400 naming `pin` when there is none. */
export async function pinnedLink(store: GraphStore, pin: string, lang: Lang = DEFAULT_LANG): Promise<RecommendedLink> {
  const [supplier, buyer, component] = pin.split('|') as [string, string, string];
  let found: Recommendation | undefined;
  try {
    found = (await missingLinks(store, { buyer, component, lang })).recommendations.find((r) => r.supplier.id === supplier);
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_parameter') throw new AppError('invalid_parameter', text('request.issue', { field: 'pin', reason: error.text ?? error.message }), { field: 'pin', id: pin });
    throw error;
  }
  if (!found) throw new AppError('invalid_parameter', text('error.pinNotRecommended', { pin }), { field: 'pin', id: pin });
  return asLink(found);
}
