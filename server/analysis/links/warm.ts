// Warming the missing links after a load (server/store/warm.ts; issue 16): the route's default answer once,
// which builds what every later request reuses — the ranking index (the possible suppliers of
// every component, the supply graph, the demand pairs) and the clusters without an OEM path. The
// Network view, the one a user sees first, draws the recommended links: without this its first
// request after a national-scale load spent about 4 s building the index.
import type { GraphStore } from '../../store/index.ts';
import { missingLinks } from './missing-links.ts';
import { MISSING_LINKS_DEFAULT_LIMIT } from './shapes.ts';

export async function warmMissingLinks(store: GraphStore): Promise<void> {
  // The route's default answer: without a limit the analysis would spell out every candidate
  // (25 million at national scale).
  await missingLinks(store, { limit: MISSING_LINKS_DEFAULT_LIMIT });
}
