// `nx.betweenness_centrality(G, k, normalized, weight, endpoints, seed)` of NetworkX 3.6 on any
// graph (any-graph.ts): directed or not, edge weights as lengths (Dijkstra), endpoints counted or
// not, all sources or `k` of them sampled with Python's `random.Random(seed).sample(list(G), k)`
// (python-random.ts: the same sources NetworkX picks), rescaled as NetworkX's `_rescale`:
//   N = n (endpoints) or n - 1; nothing is rescaled when N < 2;
//   without sampling, or with endpoints: normalized -> 1 / (K (N - 1)), else N / (K c), where
//     K = N (all sources) or k, c = 2 for an undirected graph (each unordered pair was counted
//     twice) and 1 for a directed one;
//   sampled without endpoints: a sampled node cannot be its own target, so it is scaled by
//     1 / ((k - 1)(N - 1)) (normalized) or N / ((k - 1) c), the others by 1 / (k (N - 1)) or
//     N / (k c); with k = 1 the sampled node's value is 0/0 (NetworkX: NaN, here null).
// k = len(G) is the full computation (NetworkX does the same). The undirected full case, weighted or
// not, folds degree-1 nodes (brandes-folded.ts); large jobs run on worker threads (brandes-pool.ts).
import { z } from 'zod';
import { text } from '../../i18n/index.ts';
import type { AnyGraph } from './any-graph.ts';
import { foldPlan } from './brandes-folded.ts';
import { runBrandes, type RunControl } from './brandes-pool.ts';
import { GraphRequestError } from './errors.ts';
import { PythonRandom } from './python-random.ts';

/** Seed of the sampling when none is given (NetworkX would use its global random state). */
export const DEFAULT_GRAPH_SEED = 1;

const seedShape = z.number({ error: 'seed must be a whole number' }).int({ error: 'seed must be a whole number' }).min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

export const BetweennessOptionsSchema = z.strictObject({
  normalized: z.boolean({ error: 'normalized must be true or false' }).default(true).describe('NetworkX `normalized` (default true)'),
  weight: z.boolean({ error: 'weight must be true or false' }).default(false).describe('true: the third element of each edge is its length (Dijkstra); NetworkX `weight` (default None: unweighted)'),
  endpoints: z.boolean({ error: 'endpoints must be true or false' }).default(false).describe('NetworkX `endpoints`: count the ends of each path'),
  k: z.number({ error: 'k must be a whole number' }).int({ error: 'k must be a whole number' }).nullable().default(null).describe('sample k sources (NetworkX `k`); null: every node'),
  seed: seedShape.default(DEFAULT_GRAPH_SEED).describe('seed of the sample, as Python random.Random(seed) (NetworkX `seed`)'),
});
export type BetweennessOptions = z.infer<typeof BetweennessOptionsSchema>;

/** Component size of each node (undirected). */
function componentSizes(g: AnyGraph): Int32Array {
  const n = g.ids.length;
  const comp = new Int32Array(n).fill(-1);
  const size: number[] = [];
  const queue = new Int32Array(n);
  const { offsets, targets } = g.out;
  for (let s = 0; s < n; s++) {
    if (comp[s]! >= 0) continue;
    const c = size.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    comp[s] = c;
    while (head < tail) {
      const v = queue[head++]!;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = targets[k]!;
        if (comp[w]! < 0) {
          comp[w] = c;
          queue[tail++] = w;
        }
      }
    }
    size.push(tail);
  }
  return Int32Array.from(comp, (c) => size[c]!);
}

/** NetworkX's `seed.sample(list(G.nodes()), k)` as node indices; null when k = len(G) (all nodes). */
export function sampleSources(g: AnyGraph, k: number, seed: number, field = 'metrics.betweenness.k'): Int32Array | null {
  const n = g.ids.length;
  if (k === n) return null;
  if (k < 0 || k > n) throw new GraphRequestError(field, text('graph.betweenness.sample', { k: String(k), n: String(n) }), 'ValueError');
  if (k === 0) throw new GraphRequestError(field, text('graph.betweenness.zeroSample'), 'ZeroDivisionError');
  const indices = Array.from({ length: n }, (_, i) => i);
  return Int32Array.from(new PythonRandom(seed).sample(indices, k));
}

/** Values by node index; NaN where NetworkX gives NaN. */
export async function betweennessCentrality(g: AnyGraph, options: BetweennessOptions, control: RunControl = {}): Promise<Float64Array> {
  const n = g.ids.length;
  const sampled = options.k === null ? null : sampleSources(g, options.k, options.seed);
  if (options.weight) {
    for (const w of g.out.weightMin) {
      if (!(w >= 0)) throw new GraphRequestError('metrics.betweenness.weight', text('graph.weightLength', { got: String(w) }), 'ValueError');
    }
  }
  let raw: Float64Array;
  if (!g.directed && !sampled) {
    const plan = foldPlan({ n, offsets: g.out.offsets, targets: g.out.targets, lengths: options.weight ? g.out.weightMin : null });
    raw = await runBrandes({ kind: 'folded', n, plan, sources: plan.sources }, control);
    if (options.endpoints) {
      // Endpoints add, summed over every source, (c - 1) as a source and (c - 1) as a target.
      const size = componentSizes(g);
      for (let v = 0; v < n; v++) raw[v] += 2 * (size[v]! - 1);
    }
  } else {
    const sources = sampled ?? Int32Array.from({ length: n }, (_, i) => i);
    const arrays = { n, offsets: g.out.offsets, targets: g.out.targets, lengths: options.weight ? g.out.weightMin : null, inOffsets: g.in.offsets };
    raw = await runBrandes({ kind: 'general', arrays, sources, endpoints: options.endpoints }, control);
  }
  return rescale(raw, n, { ...options, directed: g.directed, sampled });
}

function rescale(b: Float64Array, n: number, o: { normalized: boolean; endpoints: boolean; directed: boolean; sampled: Int32Array | null }): Float64Array {
  const N = o.endpoints ? n : n - 1;
  if (N < 2) return b;
  const k = o.sampled ? o.sampled.length : null;
  const K = k ?? N;
  const correction = o.directed ? 1 : 2;
  if (k === null || o.endpoints) {
    const scale = o.normalized ? 1 / (K * (N - 1)) : N / (K * correction);
    if (scale !== 1) for (let v = 0; v < n; v++) b[v] *= scale;
    return b;
  }
  const source = o.normalized ? (K > 1 ? 1 / ((K - 1) * (N - 1)) : Number.NaN) : K > 1 ? N / ((K - 1) * correction) : Number.NaN;
  const other = o.normalized ? 1 / (K * (N - 1)) : N / (K * correction);
  const isSource = new Uint8Array(n);
  for (const s of o.sampled!) isSource[s] = 1;
  for (let v = 0; v < n; v++) b[v] *= isSource[v] ? source : other;
  return b;
}
