// GET /api/graph as the views draw it: the store's focused view (server/store/views.ts) with the
// recommended missing links touching the focus and a pinned link, when the query asks for them.
import type { GraphOut, GraphQuery, GraphStore, ViewExtras } from '../store/index.ts';
import { pinnedLink, recommendedFor } from './recommended.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/index.ts';

export { RECOMMENDED_LIMIT, recommendedFor, pinnedLink } from './recommended.ts';

/** `lang`: the language of the sentences and names the answer writes (evidence, province nodes). */
export async function graphView(store: GraphStore, query: GraphQuery, lang: Lang = DEFAULT_LANG): Promise<GraphOut> {
  const extras: ViewExtras = { lang };
  if (query.links === 'recommended') extras.recommended = await recommendedFor(store, query, lang);
  if (query.pin !== undefined) extras.pinned = await pinnedLink(store, query.pin, lang);
  return store.graph(query, extras);
}
