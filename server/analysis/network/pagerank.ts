// PageRank of each firm on the directed simple firm graph (edge buyer -> supplier), equal to
// NetworkX `nx.pagerank(D, alpha=0.85)`: power iteration from the uniform vector,
//   x' = alpha (x P + (Σ_{dangling d} x_d) / N) + (1 - alpha) / N,
// where P is the row-normalised adjacency and a dangling firm (one that buys from nobody) spreads its
// mass uniformly over all N firms (NetworkX with personalization=None, dangling=None); it stops when
// the L1 change is below N * tolerance, and throws after maxIterations (NetworkX raises
// PowerIterationFailedConvergence).
// Reference: Page, Brin, Motwani & Winograd (1999), The PageRank citation ranking.
// The iteration is pagerank-nx.ts's (NetworkX's `_pagerank_scipy` on typed arrays), unweighted, on
// the firm graph packed in graphology's node and edge order (checked against NetworkX in
// test/network/pagerank.test.ts).
import type { DirectedGraph } from 'graphology';
import { buildAnyGraph } from './any-graph.ts';
import { pagerankNx } from './pagerank-nx.ts';

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
  const g = buildAnyGraph({ directed: true, nodes: graph.nodes(), edges: graph.mapEdges((_, __, u, v) => [u, v] as const) });
  const values = pagerankNx(g, { alpha, personalization: null, weight: false, tol: tolerance, max_iter: maxIterations, nstart: null, dangling: null });
  g.ids.forEach((id, i) => {
    out[id] = values[i]!;
  });
  return out;
}
