// PageRank of each firm on the directed simple firm graph (edge buyer -> supplier), equal to
// NetworkX `nx.pagerank(D, alpha=0.85)`: power iteration from the uniform vector,
//   x' = alpha (x P + (Σ_{dangling d} x_d) / N) + (1 - alpha) / N,
// where P is the row-normalised adjacency and a dangling firm (one that buys from nobody) spreads its
// mass uniformly over all N firms (NetworkX with personalization=None, dangling=None); it stops when
// the L1 change is below N * tolerance, and throws after maxIterations (NetworkX raises
// PowerIterationFailedConvergence).
// Reference: Page, Brin, Motwani & Winograd (1999), The PageRank citation ranking.
// graphology-metrics' pagerank (centrality/pagerank.js) runs exactly this iteration and stopping
// rule (checked against NetworkX in test/network/pagerank.test.ts), so it is used unweighted here.
import type { DirectedGraph } from 'graphology';
import pagerankOf from 'graphology-metrics/centrality/pagerank.js';

export interface PagerankOptions {
  /** Damping factor; NetworkX's default. */
  alpha: number;
  /** Per-node L1 tolerance; NetworkX's default. */
  tolerance: number;
  maxIterations: number;
}

export const PAGERANK_DEFAULTS: PagerankOptions = { alpha: 0.85, tolerance: 1e-6, maxIterations: 100 };

export function pagerank(graph: DirectedGraph, options: Partial<PagerankOptions> = {}): Record<string, number> {
  const { alpha, tolerance, maxIterations } = { ...PAGERANK_DEFAULTS, ...options };
  const out: Record<string, number> = {};
  if (graph.order === 0) return out;
  const values = pagerankOf(graph, { getEdgeWeight: null, alpha, tolerance, maxIterations });
  graph.forEachNode((node) => {
    out[node] = values[node]!;
  });
  return out;
}
