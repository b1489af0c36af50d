// GET /api/graph as the views draw it: the store's focused view (server/store/views.ts) with the
// recommended missing links touching the focus and a pinned link, when the query asks for them.
import { checkWholeViewSize, hasFirmFilter, withDatasetProvince, type GraphOut, type GraphQuery, type GraphStore, type ViewExtras } from '../store/index.ts';
import { pinnedLink, recommendedFor } from './recommended.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/index.ts';
import { dataNames, localiseNames } from '../names/index.ts';
import { yieldToEventLoop } from '../util/yield.ts';

/** A focus of more firms than this lets other requests run before its view is drawn. */
const YIELD_PAST_FIRMS = 1_000;

export { RECOMMENDED_LIMIT, recommendedFor, pinnedLink } from './recommended.ts';

/** `lang`: the language of the sentences and names the answer writes (evidence, province nodes). */
export async function graphView(store: GraphStore, asked: GraphQuery, lang: Lang = DEFAULT_LANG): Promise<GraphOut> {
  // The province as the dataset writes it, or a 400 (server/store/provinces.ts).
  const query = await withDatasetProvince(store, asked);
  const extras: ViewExtras = { lang };
  // The focus firms first, read once for the recommended links and the view: without `group`, a
  // filter that keeps too many is refused (413) before anything else is computed (at national
  // scale, tier=IKM keeps 95,700 firms, and their view of single firms with every recommendation
  // touching them ran the server out of memory); with it, such a focus is drawn grouped. A
  // component narrows the focus to the firms touching it: the store's view checks what is left.
  const focus = hasFirmFilter(query) ? await store.focusFirms(query) : null;
  // Without filters the focus is every firm: past the limit, refused without `group` as well.
  await checkWholeViewSize(query, async () => (await store.counts()).nodes.Firm ?? 0);
  if (focus) extras.focusFirms = focus;
  // An embedded store answers from memory without a turn of the event loop between its steps: at
  // national scale a province's focus and its view are each some 0.3-0.6 s of work.
  if (focus && focus.length > YIELD_PAST_FIRMS) await yieldToEventLoop();
  if (query.links === 'recommended') extras.recommended = await recommendedFor(store, query, lang, focus);
  if (query.pin !== undefined) extras.pinned = await pinnedLink(store, query.pin, lang);
  // Firms named in the answer's language (the seed's stand-ins "IKM Ceper 04 (tutup manhole)").
  return localiseNames(await store.graph(query, extras), await dataNames(store, lang));
}
