// Warming the risk facts after a load (server/store/warm.ts; issue 16). Both stores keep them
// (riskFacts): the embedded store per load, under 'risk-facts', Neo4j per data version. At national
// scale their first build on the embedded store is the graph's index and a pass over every firm's
// supplies (1.4 s of work in chunks, in-process), which the Risk view's first request after a load
// paid, 4.9 s in all over HTTP; on Neo4j, two queries (3 s).
import type { GraphStore } from '../../store/index.ts';
import { riskFacts } from './risk.ts';

export async function warmRisk(store: GraphStore): Promise<void> {
  await riskFacts(store);
}
