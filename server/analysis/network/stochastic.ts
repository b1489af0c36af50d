// What nx.pagerank and nx.google_matrix (NetworkX 3.6, pagerank_alg.py) share: the adjacency read
// as `to_scipy_sparse_array` / `to_numpy_array` read it (edge weights or 1, parallel edges summed,
// an undirected edge both ways, a self-loop once), its rows made stochastic (a row whose weights
// sum to 0 is a dangling node's), and node -> value maps (personalization, nstart, dangling) as
// vectors normalised to sum 1, ids that are not nodes ignored as NetworkX ignores them.
import { text } from '../../i18n/index.ts';
import type { AnyGraph } from './any-graph.ts';
import { GraphRequestError } from './errors.ts';

/** The weight of each out-entry of the adjacency (`weight`: the edge's weight, else the count of parallel edges). */
export function edgeWeights(g: AnyGraph, weight: boolean, field: string): Float64Array {
  const { weightSum, count } = g.out;
  const a = new Float64Array(count.length);
  for (let k = 0; k < a.length; k++) {
    const w = weight ? weightSum[k]! : count[k]!;
    if (!(w >= 0)) throw new GraphRequestError(field, text('graph.weightNegative', { got: String(w) }), 'ValueError');
    a[k] = w;
  }
  return a;
}

export interface StochasticRows {
  /** Out-entry weights divided by their row's sum (0 for entries to nodes left out). */
  a: Float64Array;
  /** The nodes whose row sums to 0, in node order. */
  dangling: number[];
}

/**
 * Each row of `weights` divided by its sum, in place, over the nodes `keep` marks (NetworkX's
 * adjacency of the nodelist, i.e. the induced subgraph; every node when absent).
 */
export function stochasticRows(g: AnyGraph, weights: Float64Array, keep?: Uint8Array): StochasticRows {
  const { offsets, targets } = g.out;
  const dangling: number[] = [];
  for (let u = 0; u < g.ids.length; u++) {
    if (keep && !keep[u]) continue;
    let s = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      if (keep && !keep[targets[k]!]) weights[k] = 0;
      s += weights[k]!;
    }
    if (s === 0) dangling.push(u);
    else {
      const q = 1 / s;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) weights[k] = q * weights[k]!;
    }
  }
  return { a: weights, dangling };
}

/** The identity order 0..n-1 (every node, in node order). */
export const allNodes = (g: AnyGraph): Int32Array => Int32Array.from(g.ids, (_, i) => i);

/**
 * A node -> value map as a vector over `order` (node indices; position i holds the value of node
 * order[i]), without normalising; ids that are not nodes, or not in `order`, are ignored.
 */
export function vectorOver(g: AnyGraph, values: Record<string, number>, order: ArrayLike<number>): Float64Array {
  const position = new Map<number, number>();
  for (let i = 0; i < order.length; i++) position.set(order[i]!, i);
  const v = new Float64Array(order.length);
  for (const [id, x] of Object.entries(values)) {
    const node = g.index.get(id);
    const i = node === undefined ? undefined : position.get(node);
    if (i !== undefined) v[i] = x;
  }
  return v;
}

/** v divided by its sum, in place; a sum of 0 is NetworkX's ZeroDivisionError, a 400 naming `field`. */
export function normalised(v: Float64Array, field: string): Float64Array {
  let s = 0;
  for (const x of v) s += x;
  if (s === 0) throw new GraphRequestError(field, text('graph.pagerank.sumZero'), 'ZeroDivisionError');
  for (let i = 0; i < v.length; i++) v[i] /= s;
  return v;
}
