// `nx.pagerank(G, alpha, personalization, max_iter, tol, nstart, weight, dangling)` of NetworkX 3.6
// (its `_pagerank_scipy`) on typed arrays: the adjacency A (edge weights, parallel edges summed; an
// undirected edge both ways, a self-loop once) is made row-stochastic, and from x0 (uniform or
// `nstart`, normalised) the power iteration
//   x' = alpha (x A + (Σ_{dangling d} x_d) w) + (1 - alpha) p
// runs until the L1 change is below N * tol; p is the personalization vector (uniform when absent,
// else normalised, nodes left out get 0) and w the dangling vector (p when absent). A node whose
// out-weights sum to 0 is dangling. No convergence within max_iter: NetworkX raises
// PowerIterationFailedConvergence, here a 400 naming max_iter.
// Reference: Page, Brin, Motwani & Winograd (1999), The PageRank citation ranking.
import { z } from 'zod';
import { text } from '../../i18n/index.ts';
import type { AnyGraph } from './any-graph.ts';
import { GraphRequestError } from './errors.ts';
import { allNodes, edgeWeights, normalised, stochasticRows, vectorOver } from './stochastic.ts';

const nodeValues = (name: string) =>
  z.record(z.string(), z.number({ error: `${name} values must be numbers` }).finite().min(0, { error: `${name} values must not be negative` }), { error: `${name} must map node ids to numbers` });

export const PagerankNxOptionsSchema = z.strictObject({
  alpha: z.number({ error: 'alpha must be a number' }).min(0).max(1).default(0.85).describe('damping factor (NetworkX `alpha`, default 0.85)'),
  personalization: nodeValues('personalization').nullable().default(null).describe('node -> weight of the teleport vector; nodes left out get 0 (NetworkX `personalization`)'),
  weight: z.boolean({ error: 'weight must be true or false' }).default(true).describe('true (NetworkX\'s default "weight"): the third element of each edge is its weight, 1 when absent; false: every edge weighs 1'),
  tol: z.number({ error: 'tol must be a number' }).positive().default(1e-6).describe('stop when the L1 change is below N * tol (NetworkX `tol`)'),
  max_iter: z.number({ error: 'max_iter must be a whole number' }).int().min(0).max(100_000).default(100).describe('NetworkX `max_iter`; no convergence by then is a 400'),
  nstart: nodeValues('nstart').nullable().default(null).describe('starting vector, normalised (NetworkX `nstart`); uniform when null'),
  dangling: nodeValues('dangling').nullable().default(null).describe('where a dangling node\'s rank goes, normalised (NetworkX `dangling`); the personalization vector when null'),
});
export type PagerankNxOptions = z.infer<typeof PagerankNxOptionsSchema>;

/** PageRank by node index. */
export function pagerankNx(g: AnyGraph, options: PagerankNxOptions, checkpoint?: () => void): Float64Array {
  const n = g.ids.length;
  if (n === 0) return new Float64Array(0);
  const { offsets, targets } = g.out;
  const { a, dangling } = stochasticRows(g, edgeWeights(g, options.weight, 'metrics.pagerank.weight'));
  const order = allNodes(g);
  const vector = (field: 'nstart' | 'personalization' | 'dangling', values: Record<string, number>) => normalised(vectorOver(g, values, order), `metrics.pagerank.${field}`);
  const x: Float64Array = options.nstart ? vector('nstart', options.nstart) : new Float64Array(n).fill(1 / n);
  const p = options.personalization ? vector('personalization', options.personalization) : new Float64Array(n).fill(1 / n);
  const w = options.dangling ? vector('dangling', options.dangling) : p;
  return powerIteration({ offsets, targets, a, dangling, x, p, w }, options, checkpoint);
}

export interface PowerIterationInput {
  offsets: Int32Array;
  targets: Int32Array;
  /** Row-stochastic weights per out-entry (stochasticRows). */
  a: Float64Array;
  /** The nodes whose row sums to 0, in node order. */
  dangling: readonly number[];
  /** Start, personalization and dangling vectors. */
  x: Float64Array;
  p: Float64Array;
  w: Float64Array;
}

/** The power iteration of pagerankNx on CSR arrays (also the unweighted firm graph's, pagerank.ts). */
export function powerIteration(input: PowerIterationInput, options: Pick<PagerankNxOptions, 'alpha' | 'tol' | 'max_iter'>, checkpoint?: () => void): Float64Array {
  const { offsets, targets, a, dangling, p, w } = input;
  const n = offsets.length - 1;
  let x = input.x;
  const { alpha } = options;
  let next: Float64Array = new Float64Array(n);
  for (let iter = 0; iter < options.max_iter; iter++) {
    checkpoint?.();
    next.fill(0);
    for (let u = 0; u < n; u++) {
      const xu = x[u]!;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) next[targets[k]!] += xu * a[k]!;
    }
    let danglingSum = 0;
    for (const d of dangling) danglingSum += x[d]!;
    let err = 0;
    for (let v = 0; v < n; v++) {
      const value = alpha * (next[v]! + danglingSum * w[v]!) + (1 - alpha) * p[v]!;
      err += Math.abs(value - x[v]!);
      next[v] = value;
    }
    [x, next] = [next, x];
    if (err < n * options.tol) return x;
  }
  throw new GraphRequestError('metrics.pagerank.max_iter', text('graph.pagerank.noConvergence', { max_iter: String(options.max_iter), tol: String(options.tol) }), 'PowerIterationFailedConvergence');
}
