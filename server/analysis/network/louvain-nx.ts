// `nx.community.louvain_communities(G, weight, resolution, threshold, max_level, seed)` of NetworkX
// 3.6, step for step, so that the same graph and seed give NetworkX's partition:
// Blondel, Guillaume, Lambiotte & Lefebvre (2008), Fast unfolding of communities in large networks,
// J. Stat. Mech. P10008; directed modularity gains as Dugué & Perez (2015), Directed Louvain:
// maximizing modularity in directed networks (what NetworkX implements).
// What makes the partition reproducible is NetworkX's order of everything, mirrored here:
// - each level's node order, shuffled with Python's `random.Random(seed).shuffle` (python-random.ts),
//   one generator for all levels;
// - adjacency in dict insertion order (JS Maps keep insertion order like Python dicts): level 0 is
//   rebuilt from `G.edges(data=weight, default=1)` (parallel edges summed, `_convert_multigraph`),
//   each next level from the previous one's edges (`_gen_graph`);
// - the candidate communities of a node in the order its neighbours reach them, its own community
//   last when no neighbour is in it (NetworkX reads `weights2com[best_com]` from a defaultdict,
//   which appends it), and a move only on a strictly larger gain;
// - the floating-point expressions of the gains, operand for operand.
// Levels stop when modularity improves by no more than `threshold` or after `max_level` levels.
// The served dataset's metrics keep graphology's Louvain (louvain.ts), whose answers are pinned.
import { z } from 'zod';
import { text } from '../../i18n/index.ts';
import { edgeOrder, type AnyGraph } from './any-graph.ts';
import { DEFAULT_GRAPH_SEED } from './betweenness-centrality.ts';
import { GraphRequestError } from './errors.ts';
import { PythonRandom } from './python-random.ts';

export const LouvainNxOptionsSchema = z.strictObject({
  resolution: z.number({ error: 'resolution must be a number' }).finite().default(1).describe('NetworkX `resolution` (default 1)'),
  threshold: z.number({ error: 'threshold must be a number' }).finite().default(0.0000001).describe('NetworkX `threshold`: stop when a level gains no more modularity (default 1e-7)'),
  max_level: z.number({ error: 'max_level must be a whole number' }).int({ error: 'max_level must be a whole number' }).nullable().default(null).describe('NetworkX `max_level`: at most this many levels; null: until no gain'),
  seed: z.number({ error: 'seed must be a whole number' }).int({ error: 'seed must be a whole number' }).min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).default(DEFAULT_GRAPH_SEED).describe('seed of the node order, as Python random.Random(seed) (NetworkX `seed`)'),
  weight: z.boolean({ error: 'weight must be true or false' }).default(true).describe('true (NetworkX\'s default "weight"): the third element of each edge is its weight, 1 when absent; false: every edge weighs 1'),
});
export type LouvainNxOptions = z.infer<typeof LouvainNxOptionsSchema>;

/** A level graph: node i's neighbours (undirected) or successors, with weights, in insertion order. */
interface Level {
  n: number;
  succ: Array<Map<number, number>>;
  /** Predecessors of a directed level; null when undirected. */
  pred: Array<Map<number, number>> | null;
}

const emptyLevel = (n: number, directed: boolean): Level => ({
  n,
  succ: Array.from({ length: n }, () => new Map()),
  pred: directed ? Array.from({ length: n }, () => new Map()) : null,
});

/** nx add_edge(u, v, weight=w): a new neighbour is appended, an existing one keeps its place. */
function setEdge(level: Level, u: number, v: number, w: number): void {
  level.succ[u]!.set(v, w);
  if (level.pred) level.pred[v]!.set(u, w);
  else if (u !== v) level.succ[v]!.set(u, w);
}

/** G.edges(data="weight") in NetworkX's order. */
function* edgesOf(level: Level): Generator<[number, number, number]> {
  for (let u = 0; u < level.n; u++) {
    for (const [v, w] of level.succ[u]!) if (level.pred || v >= u) yield [u, v, w];
  }
}

/** G.degree(weight="weight") as NetworkX sums it (an undirected self-loop twice; in + out when directed). */
function degrees(level: Level): Float64Array {
  const d = new Float64Array(level.n);
  for (let u = 0; u < level.n; u++) {
    let s = 0;
    for (const w of level.succ[u]!.values()) s += w;
    if (level.pred) {
      let t = 0;
      for (const w of level.pred[u]!.values()) t += w;
      s += t;
    } else if (level.succ[u]!.has(u)) s += level.succ[u]!.get(u)!;
    d[u] = s;
  }
  return d;
}

const sideDegrees = (side: Array<Map<number, number>>): Float64Array =>
  Float64Array.from(side, (nbrs) => {
    let s = 0;
    for (const w of nbrs.values()) s += w;
    return s;
  });

/** nx.community.modularity(level, communities, weight="weight", resolution). */
function modularity(level: Level, communities: readonly number[][], resolution: number): number {
  const directed = level.pred !== null;
  const out = directed ? sideDegrees(level.succ) : degrees(level);
  const inn = directed ? sideDegrees(level.pred!) : out;
  let sum = 0;
  for (const x of out) sum += x;
  const m = directed ? sum : sum / 2;
  const norm = directed ? 1 / (m * m) : 1 / (sum * sum);
  const member = new Int32Array(level.n).fill(-1);
  communities.forEach((c, i) => c.forEach((u) => (member[u] = i)));
  let q = 0;
  communities.forEach((c, i) => {
    let inside = 0;
    let outSum = 0;
    let inSum = 0;
    for (const u of c) {
      for (const [v, w] of level.succ[u]!) if (member[v] === i && (directed || v >= u)) inside += w;
      outSum += out[u]!;
      inSum += inn[u]!;
    }
    q += inside / m - resolution * outSum * inSum * norm;
  });
  return q;
}

interface OneLevel {
  partition: number[][];
  inner: number[][];
  improvement: boolean;
}

/** Each node's neighbours and weights, flat: node u's at start[u] … start[u + 1] of ids and weights. */
interface Neighbours {
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * weights2com of node u: a defaultdict(float) keyed by community in first-seen order, its own
 * community last when no neighbour is in it. Kept in `w2c` and `coms`, stamped with `round`.
 */
function weightsToCommunities(u: number, { start, ids, weights: ws }: Neighbours, node2com: Int32Array, w2c: Float64Array, stamp: Int32Array, round: number, coms: number[]): void {
  coms.length = 0;
  for (let j = start[u]!, end = start[u + 1]!; j < end; j++) {
    const c = node2com[ids[j]!]!;
    if (stamp[c] !== round) {
      stamp[c] = round;
      w2c[c] = 0;
      coms.push(c);
    }
    w2c[c] += ws[j]!;
  }
  const own = node2com[u]!;
  if (stamp[own] !== round) {
    stamp[own] = round;
    w2c[own] = 0;
    coms.push(own);
  }
}

/**
 * The degrees a sweep weighs a move by, and their sums per community (stot), which it updates:
 * undirected, `in` is null and `out` the degree; directed, in- and out-degrees.
 */
interface SweepDegrees {
  out: Float64Array;
  in: Float64Array | null;
  stotOut: Float64Array;
  stotIn: Float64Array | null;
}

/** The expected cost of joining community c by its degrees, as NetworkX writes it for each direction. */
function degreeCost(d: SweepDegrees, c: number, dout: number, din: number, resolution: number, mm: number): number {
  return d.stotIn ? (resolution * (dout * d.stotIn[c]! + din * d.stotOut[c]!)) / mm : (resolution * (d.stotOut[c]! * dout)) / (2 * mm);
}

/** The degrees of a level's nodes for its sweeps, each community's sums starting as its one node's. */
function sweepDegrees(level: Level): SweepDegrees {
  if (!level.pred) {
    const degree = degrees(level);
    return { out: degree, in: null, stotOut: Float64Array.from(degree), stotIn: null };
  }
  const inDegree = sideDegrees(level.pred);
  const outDegree = sideDegrees(level.succ);
  return { out: outDegree, in: inDegree, stotOut: Float64Array.from(outDegree), stotIn: Float64Array.from(inDegree) };
}

/**
 * The sweeps of `_one_level`: the nodes in `order`, again and again until none moves; true when
 * some node moved. The gains are NetworkX's expressions, operand for operand.
 */
function sweep(order: Int32Array, nbrs: Neighbours, node2com: Int32Array, d: SweepDegrees, m: number, resolution: number): boolean {
  const n = node2com.length;
  const w2c = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const coms: number[] = [];
  const mm = m * m;
  const { out, stotOut } = d;
  let improvement = false;
  let moves = 1;
  let round = 0;
  while (moves > 0) {
    moves = 0;
    for (let k = 0; k < order.length; k++) {
      const u = order[k]!;
      round++;
      weightsToCommunities(u, nbrs, node2com, w2c, stamp, round, coms);
      const dout = out[u]!;
      const din = d.in ? d.in[u]! : 0;
      let bestMod = 0;
      let best = node2com[u]!;
      stotOut[best] -= dout;
      if (d.stotIn) d.stotIn[best] -= din;
      const removeCost = -w2c[best]! / m + degreeCost(d, best, dout, din, resolution, mm);
      for (let j = 0; j < coms.length; j++) {
        const c = coms[j]!;
        const gain = removeCost + w2c[c]! / m - degreeCost(d, c, dout, din, resolution, mm);
        if (gain > bestMod) {
          bestMod = gain;
          best = c;
        }
      }
      stotOut[best] += dout;
      if (d.stotIn) d.stotIn[best] += din;
      if (best !== node2com[u]) {
        improvement = true;
        moves++;
        node2com[u] = best;
      }
    }
  }
  return improvement;
}

/** NetworkX's `_one_level`: moves nodes between communities until no move gains. */
function oneLevel(level: Level, m: number, partition: number[][], resolution: number, random: PythonRandom): OneLevel {
  const n = level.n;
  const directed = level.pred !== null;
  const node2com = Int32Array.from({ length: n }, (_, i) => i);
  // Neighbour weights without self-loops, in NetworkX's order (successors, then predecessors), in
  // one flat array (node u's are at start[u] … start[u + 1]): the sweeps visit every node in a
  // shuffled order many times over, and an array per node cost a cache miss or two per visit
  // (a pass over 80,000 nodes, most of them without neighbours, took 20-30 ms).
  const start = new Int32Array(n + 1);
  const ids: number[] = [];
  const ws: number[] = [];
  for (let u = 0; u < n; u++) {
    const acc = new Map<number, number>();
    for (const [v, w] of level.succ[u]!) if (v !== u) acc.set(v, (acc.get(v) ?? 0) + w);
    if (directed) for (const [v, w] of level.pred![u]!) if (v !== u) acc.set(v, (acc.get(v) ?? 0) + w);
    for (const [v, w] of acc) {
      ids.push(v);
      ws.push(w);
    }
    start[u + 1] = ids.length;
  }
  const nbrs: Neighbours = { start, ids: Int32Array.from(ids), weights: Float64Array.from(ws) };
  const shuffled = Array.from({ length: n }, (_, i) => i);
  random.shuffle(shuffled);
  // A node without neighbours never moves (its own community is its only candidate, at a gain of
  // exactly 0), and no other node can join its community: visiting it changes nothing NetworkX
  // returns, so the sweeps skip it (most firms of a national dataset supply no one). The shuffle
  // above still draws for every node, as NetworkX's does.
  const order = Int32Array.from(shuffled.filter((u) => start[u + 1]! > start[u]!));
  const improvement = sweep(order, nbrs, node2com, sweepDegrees(level), m, resolution);
  // NetworkX moves the members of u between community sets at each move; the sets it ends with
  // are read here from where each node ended (a set per community, moved members included),
  // which is the same and spares a set operation per member per move (most of the time at
  // 100,000 firms). `partition[u]` is what level node u stands for (NetworkX: G.nodes[u]["nodes"]).
  const parts: number[][] = Array.from({ length: n }, () => []);
  const inner: number[][] = Array.from({ length: n }, () => []);
  for (let u = 0; u < n; u++) {
    const c = node2com[u]!;
    inner[c]!.push(u);
    for (const x of partition[u]!) parts[c]!.push(x);
  }
  const sorted = (groups: number[][]) => groups.filter((p) => p.length > 0).map((p) => p.sort((a, b) => a - b));
  return { partition: sorted(parts), inner: sorted(inner), improvement };
}

/** NetworkX's `_gen_graph`: one node per community, edge weights summed in edge order. */
function genGraph(level: Level, inner: readonly number[][]): Level {
  const node2com = new Int32Array(level.n);
  inner.forEach((part, i) => part.forEach((u) => (node2com[u] = i)));
  const next = emptyLevel(inner.length, level.pred !== null);
  for (const [u, v, w] of edgesOf(level)) {
    const a = node2com[u]!;
    const b = node2com[v]!;
    setEdge(next, a, b, w + (next.succ[a]!.get(b) ?? 0));
  }
  return next;
}

/** Level 0: G rebuilt from its edges with the chosen weights, parallel edges summed. */
function firstLevel(g: AnyGraph, weight: boolean): Level {
  const level = emptyLevel(g.ids.length, g.directed);
  const { count, weightSum } = g.out;
  for (const [u, v, k] of edgeOrder(g)) setEdge(level, u, v, weight ? weightSum[k]! : count[k]!);
  return level;
}

export interface LouvainNx {
  /** Communities of node indices, in NetworkX's order. */
  communities: number[][];
  /** Modularity of that partition on G (with the same weights and resolution). */
  modularity: number;
}

export function louvainCommunities(g: AnyGraph, options: LouvainNxOptions): LouvainNx {
  const { resolution, threshold, seed, weight } = options;
  const maxLevel = options.max_level;
  if (maxLevel !== null && maxLevel <= 0) throw new GraphRequestError('metrics.louvain.max_level', text('graph.louvain.maxLevel'), 'ValueError');
  const n = g.ids.length;
  const singletons = Array.from({ length: n }, (_, i) => [i]);
  if (g.edgeCount === 0) return { communities: singletons, modularity: 0 };
  for (const w of g.out.weightSum) {
    if (weight && !(w >= 0)) throw new GraphRequestError('metrics.louvain.weight', text('graph.louvain.weightNegative', { got: String(w) }), 'ValueError');
  }
  const random = new PythonRandom(seed);
  const original = firstLevel(g, weight);
  let graph = original;
  let mod = modularity(graph, singletons, resolution);
  // Graph.size(weight="weight"): the weighted degrees summed in node order, halved.
  let degreeSum = 0;
  for (const d of degrees(graph)) degreeSum += d;
  const m = degreeSum / 2;
  let step = oneLevel(graph, m, singletons, resolution, random);
  let levels = 0;
  let last = step.partition;
  for (;;) {
    last = step.partition;
    levels++;
    if (maxLevel !== null && levels >= maxLevel) break;
    const newMod = modularity(graph, step.inner, resolution);
    if (newMod - mod <= threshold) break;
    mod = newMod;
    graph = genGraph(graph, step.inner);
    step = oneLevel(graph, m, step.partition, resolution, random);
    if (!step.improvement) break;
  }
  return { communities: last, modularity: modularity(original, last, resolution) };
}
