// Warming the trade statistics after a load (server/store/warm.ts; issue 16): the national basis
// (the trade table through the concordance) and the world table's latest year, which the
// substitution's national basis and strategic strategy read on every request. At national scale
// their reads cost the first request after a load a second or more on Neo4j; built here, that
// request reads them from what the store keeps, and the strategic strategy's complexity basis (the
// components' PCI percentiles) is kept from this very computation (complexityBasis in ./index.ts).
// Without a trade or world table they cost nothing.
import type { GraphStore } from '../../store/index.ts';
import { complexityBasis, nationalBasis } from './index.ts';

export async function warmTrade(store: GraphStore): Promise<void> {
  await nationalBasis(store);
  await complexityBasis(store);
}
