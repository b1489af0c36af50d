// PageRank of each firm on the directed simple firm graph (edge buyer -> supplier), equal to
// NetworkX `nx.pagerank(D, alpha=0.85)`: power iteration from the uniform vector,
//   x' = alpha (x P + (Σ_{dangling d} x_d) / N) + (1 - alpha) / N,
// where P is the row-normalised adjacency and a dangling firm (one that buys from nobody) spreads its
// mass uniformly over all N firms (NetworkX with personalization=None, dangling=None); it stops when
// the L1 change is below N * tolerance, and throws after maxIterations (NetworkX raises
// PowerIterationFailedConvergence).
// Reference: Page, Brin, Motwani & Winograd (1999), The PageRank citation ranking.
// The iteration is pagerank-nx.ts's (NetworkX's `_pagerank_scipy` on typed arrays), unweighted, on
// the firm graph packed in CSR form (checked against NetworkX in test/network/pagerank.test.ts).
// The order of a firm's out-entries does not change a bit of the result: each entry adds to a
// different firm, and every firm's sum runs over the buyers in node order.
import type { DirectedGraph } from 'graphology';
import { powerIteration } from './pagerank-nx.ts';

export interface PagerankOptions {
  /** Damping factor; NetworkX's default. */
  alpha: number;
  /** Per-node L1 tolerance; NetworkX's default. */
  tolerance: number;
  maxIterations: number;
}

export const PAGERANK_DEFAULTS: PagerankOptions = { alpha: 0.85, tolerance: 1e-6, maxIterations: 100 };

/** PageRank by node index of the directed graph in CSR form (out-adjacency of n = offsets.length - 1 nodes). */
export function pagerankArrays(offsets: Int32Array, targets: Int32Array, options: Partial<PagerankOptions> = {}): Float64Array {
  const { alpha, tolerance, maxIterations } = { ...PAGERANK_DEFAULTS, ...options };
  const n = offsets.length - 1;
  if (n === 0) return new Float64Array(0);
  const p = new Float64Array(n).fill(1 / n);
  // Unweighted rows made stochastic as stochasticRows does (each entry 1 / out-degree, bit for bit).
  const a = new Float64Array(targets.length);
  const dangling: number[] = [];
  for (let u = 0; u < n; u++) {
    const degree = offsets[u + 1]! - offsets[u]!;
    if (degree === 0) dangling.push(u);
    else a.fill(1 / degree, offsets[u]!, offsets[u + 1]!);
  }
  return powerIteration({ offsets, targets, a, dangling, x: new Float64Array(n).fill(1 / n), p, w: p }, { alpha, tol: tolerance, max_iter: maxIterations });
}

export function pagerank(graph: DirectedGraph, options: Partial<PagerankOptions> = {}): Record<string, number> {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, i) => (offsets[i + 1] = offsets[i]! + graph.outDegree(id)));
  const targets = new Int32Array(offsets[ids.length]!);
  ids.forEach((id, i) => {
    let k = offsets[i]!;
    graph.forEachOutNeighbor(id, (to) => (targets[k++] = index.get(to)!));
  });
  const values = pagerankArrays(offsets, targets, options);
  const out: Record<string, number> = {};
  ids.forEach((id, i) => (out[id] = values[i]!));
  return out;
}
