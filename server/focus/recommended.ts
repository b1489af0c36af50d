// The recommended missing links a focused view draws, from the missing-links analysis through its
// public missingLinks(): with the view's cluster filter (the supplier's cluster, as
// /api/analysis/missing-links?cluster= means it) and component filter. Without tier or province
// filters every answer touches the focus, so the analysis' own limit and total serve as they are.
// With them (the route has no such parameters) the ranking is asked for the candidates with an end
// among the focus firms (`touching`): its limit and total are then those of the links the view
// keeps. (It used to pass the whole ranking for buildView to filter: 25 million candidates at
// national scale, which ran the server out of memory.)
import { MISSING_LINKS_DEFAULT_LIMIT, missingLinks, type Recommendation } from '../analysis/links/index.ts';
import { AppError } from '../errors.ts';
import type { GraphQuery, GraphStore, RecommendedInput, RecommendedLink } from '../store/index.ts';
import { DEFAULT_LANG, text, type Lang, type Text } from '../i18n/index.ts';

/** How many recommended links a view draws: the missing-links route's default limit. */
export const RECOMMENDED_LIMIT = MISSING_LINKS_DEFAULT_LIMIT;

const asLink = (r: Recommendation): RecommendedLink => ({ supplier: r.supplier.id, buyer: r.buyer.id, component: r.component.id, rank: r.rank, score: r.score, sentence: r.sentence });

/**
 * `focus`: the firms passing the view's firm filters (GraphStore.focusFirms), needed when it has a
 * tier or province filter; read here when the caller has not.
 */
export async function recommendedFor(store: GraphStore, query: GraphQuery, lang: Lang = DEFAULT_LANG, focus: readonly string[] | null = null): Promise<RecommendedInput> {
  const narrowed = query.tier !== undefined || query.province !== undefined;
  const touching = narrowed ? new Set(focus ?? (await store.focusFirms(query))) : undefined;
  const out = await missingLinks(store, { cluster: query.cluster, component: query.component, lang, limit: RECOMMENDED_LIMIT, ...(touching ? { touching } : {}) });
  return { links: out.recommendations.map(asLink), total: out.total, limit: RECOMMENDED_LIMIT };
}

/** What each id of a pin must name: a firm, a firm and a component. */
const PIN_PARTS = [
  { part: 'pin.supplier', label: 'Firm', what: 'entity.firm' },
  { part: 'pin.buyer', label: 'Firm', what: 'entity.firm' },
  { part: 'pin.component', label: 'Component', what: 'entity.component' },
] as const;

/**
 * Every id of the pin that names nothing of its kind, each named with its part ("pemasok: tidak
 * ada perusahaan dengan id …"), so that a reader who mistyped two ids learns of both at once.
 */
async function unknownPinParts(store: GraphStore, ids: readonly string[]): Promise<Text[]> {
  const unknown: Text[] = [];
  for (const [i, { part, label, what }] of PIN_PARTS.entries()) {
    const entity = await store.entity(ids[i]!);
    if (entity?.label !== label) unknown.push(text('error.unknownId', { field: text(part), id: ids[i]!, what: text(what) }));
  }
  return unknown;
}

/** The recommendation `supplier|buyer|component`, or a 400 naming `pin` when there is none. */
export async function pinnedLink(store: GraphStore, pin: string, lang: Lang = DEFAULT_LANG): Promise<RecommendedLink> {
  const [supplier, buyer, component] = pin.split('|') as [string, string, string];
  const unknown = await unknownPinParts(store, [supplier, buyer, component]);
  if (unknown.length > 0) throw new AppError('invalid_parameter', text('error.pinUnknown', { parts: { join: unknown } }), { field: 'pin', id: pin });
  const found = (await missingLinks(store, { buyer, component, lang })).recommendations.find((r) => r.supplier.id === supplier);
  if (!found) throw new AppError('invalid_parameter', text('error.pinNotRecommended', { pin }), { field: 'pin', id: pin });
  return asLink(found);
}
