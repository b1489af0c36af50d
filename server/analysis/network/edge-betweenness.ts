// `nx.edge_betweenness_centrality(G, k, normalized, weight, seed)` of NetworkX 3.6: for each edge,
// the share of shortest paths through it, accumulated from every source (or k sampled ones, as in
// betweenness-centrality.ts) by Brandes' sweep (brandes.ts, NetworkX's `_accumulate_edges`) and
// rescaled as NetworkX's `_rescale` with endpoints counted: normalized 1 / (K (n - 1)), else
// n / (K c) (K = n or k; c = 2 undirected, 1 directed). In a multigraph the value of a node pair
// is split equally over its parallel edges of the smallest weight (NetworkX's `_add_edge_keys`;
// unweighted: over all of them). Reference: Brandes (2008), On variants of shortest-path
// betweenness centrality and their generic computation, Social Networks 30(2):136-145.
import { z } from 'zod';
import { text } from '../../i18n/index.ts';
import { edgeOrder, type AnyGraph } from './any-graph.ts';
import { DEFAULT_GRAPH_SEED, sampleSources } from './betweenness-centrality.ts';
import { brandesFrom } from './brandes.ts';
import { GraphRequestError } from './errors.ts';

export const EdgeBetweennessOptionsSchema = z.strictObject({
  normalized: z.boolean({ error: 'normalized must be true or false' }).default(true).describe('NetworkX `normalized` (default true)'),
  weight: z.boolean({ error: 'weight must be true or false' }).default(false).describe('true: the third element of each edge is its length; NetworkX `weight` (default None)'),
  k: z.number({ error: 'k must be a whole number' }).int({ error: 'k must be a whole number' }).nullable().default(null).describe('sample k sources (NetworkX `k`); null: every node'),
  seed: z.number({ error: 'seed must be a whole number' }).int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).default(DEFAULT_GRAPH_SEED).describe('seed of the sample, as Python random.Random(seed)'),
});
export type EdgeBetweennessOptions = z.infer<typeof EdgeBetweennessOptionsSchema>;

/** One edge's value: [u, v, value] (simple graph) or [u, v, key, value] (multigraph; key = position among the parallel edges). */
export type EdgeValue = [number, number, number] | [number, number, number, number];

export function edgeBetweennessCentrality(g: AnyGraph, options: EdgeBetweennessOptions, checkpoint?: () => void): EdgeValue[] {
  const n = g.ids.length;
  const sampled = options.k === null ? null : sampleSources(g, options.k, options.seed, 'metrics.edgeBetweenness.k');
  if (options.weight) {
    for (const w of g.out.weightMin) {
      if (!(w >= 0)) throw new GraphRequestError('metrics.edgeBetweenness.weight', text('graph.weightLength', { got: String(w) }), 'ValueError');
    }
  }
  const { offsets, targets } = g.out;
  const order = edgeOrder(g);
  const idOfEntry = new Int32Array(targets.length).fill(-1);
  order.forEach(([u, v, k], id) => {
    idOfEntry[k] = id;
    if (!g.directed && u !== v) {
      for (let r = offsets[v]!; r < offsets[v + 1]!; r++) if (targets[r] === u) idOfEntry[r] = id;
    }
  });
  const raw = new Float64Array(order.length);
  const sources = sampled ?? Int32Array.from({ length: n }, (_, i) => i);
  brandesFrom(
    { n, offsets, targets, lengths: options.weight ? g.out.weightMin : null, inOffsets: g.in.offsets },
    { sources, endpoints: false, edges: { idOfEntry, out: raw }, checkpoint },
  );
  if (n >= 2) {
    const K = sampled ? sampled.length : n;
    const scale = options.normalized ? 1 / (K * (n - 1)) : n / (K * (g.directed ? 1 : 2));
    for (let e = 0; e < raw.length; e++) raw[e] *= scale;
  }
  const out: EdgeValue[] = [];
  order.forEach(([u, v, k], id) => {
    const parallel = g.out.parallel?.[k];
    if (!parallel) {
      out.push([u, v, raw[id]!]);
      return;
    }
    const least = options.weight ? Math.min(...parallel) : 1;
    const keys = parallel.map((w, key) => ((options.weight ? w : 1) === least ? key : -1)).filter((key) => key >= 0);
    parallel.forEach((_, key) => out.push([u, v, key, keys.includes(key) ? raw[id]! / keys.length : 0]));
  });
  return out;
}
