// Warming the risk facts after a load (server/store/warm.ts; issue 16). The embedded store keeps
// them per load (riskFacts, under 'risk-facts'): at national scale their first build is the graph's
// index and a pass over every firm's supplies (1.4 s of work in chunks, in-process), which the Risk
// view's first request after a load paid, 4.9 s in all over HTTP. Neo4j answers the facts with two queries on each
// request and keeps nothing, so warming them there would only lengthen its load.
import type { GraphStore } from '../../store/index.ts';
import { riskFacts } from './risk.ts';

export async function warmRisk(store: GraphStore): Promise<void> {
  if (store.kind === 'embedded') await riskFacts(store);
}
