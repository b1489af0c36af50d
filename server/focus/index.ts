// GET /api/graph as the views draw it: the store's focused view (server/store/views.ts) with the
// recommended missing links touching the focus and a pinned link, when the query asks for them.
import type { GraphOut, GraphQuery, GraphStore, ViewExtras } from '../store/index.ts';
import { pinnedLink, recommendedFor } from './recommended.ts';

export { RECOMMENDED_LIMIT, recommendedFor, pinnedLink } from './recommended.ts';

export async function graphView(store: GraphStore, query: GraphQuery): Promise<GraphOut> {
  const extras: ViewExtras = {};
  if (query.links === 'recommended') extras.recommended = await recommendedFor(store, query);
  if (query.pin !== undefined) extras.pinned = await pinnedLink(store, query.pin);
  return store.graph(query, extras);
}
