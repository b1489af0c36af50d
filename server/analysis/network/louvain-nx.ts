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

/** NetworkX's `_one_level`: moves nodes between communities until no move gains. */
function oneLevel(level: Level, m: number, partition: number[][], resolution: number, random: PythonRandom): OneLevel {
  const n = level.n;
  const directed = level.pred !== null;
  const node2com = Int32Array.from({ length: n }, (_, i) => i);
  const inner: Array<Set<number>> = Array.from({ length: n }, (_, i) => new Set([i]));
  const parts: Array<Set<number>> = partition.map((p) => new Set(p));
  // Neighbour weights without self-loops, in NetworkX's order (successors, then predecessors).
  const nbrIds: Int32Array[] = [];
  const nbrWeights: Float64Array[] = [];
  let degree: Float64Array;
  let inDegree: Float64Array = new Float64Array(0);
  let outDegree: Float64Array = new Float64Array(0);
  let stot: Float64Array;
  let stotIn: Float64Array = new Float64Array(0);
  let stotOut: Float64Array = new Float64Array(0);
  if (directed) {
    inDegree = sideDegrees(level.pred!);
    outDegree = sideDegrees(level.succ);
    stotIn = Float64Array.from(inDegree);
    stotOut = Float64Array.from(outDegree);
    degree = new Float64Array(0);
    stot = new Float64Array(0);
    for (let u = 0; u < n; u++) {
      const acc = new Map<number, number>();
      for (const [v, w] of level.succ[u]!) if (v !== u) acc.set(v, (acc.get(v) ?? 0) + w);
      for (const [v, w] of level.pred![u]!) if (v !== u) acc.set(v, (acc.get(v) ?? 0) + w);
      nbrIds.push(Int32Array.from(acc.keys()));
      nbrWeights.push(Float64Array.from(acc.values()));
    }
  } else {
    degree = degrees(level);
    stot = Float64Array.from(degree);
    for (let u = 0; u < n; u++) {
      const ids: number[] = [];
      const ws: number[] = [];
      for (const [v, w] of level.succ[u]!) {
        if (v === u) continue;
        ids.push(v);
        ws.push(w);
      }
      nbrIds.push(Int32Array.from(ids));
      nbrWeights.push(Float64Array.from(ws));
    }
  }
  const order = Array.from({ length: n }, (_, i) => i);
  random.shuffle(order);
  // weights2com: a defaultdict(float) keyed by community, in first-seen order.
  const w2c = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const coms: number[] = [];
  const mm = m * m;
  let improvement = false;
  let moves = 1;
  let round = 0;
  while (moves > 0) {
    moves = 0;
    for (const u of order) {
      round++;
      coms.length = 0;
      const ids = nbrIds[u]!;
      const ws = nbrWeights[u]!;
      for (let j = 0; j < ids.length; j++) {
        const c = node2com[ids[j]!]!;
        if (stamp[c] !== round) {
          stamp[c] = round;
          w2c[c] = 0;
          coms.push(c);
        }
        w2c[c] += ws[j]!;
      }
      let bestMod = 0;
      let best = node2com[u]!;
      if (stamp[best] !== round) {
        stamp[best] = round;
        w2c[best] = 0;
        coms.push(best);
      }
      let removeCost: number;
      if (directed) {
        stotIn[best] -= inDegree[u]!;
        stotOut[best] -= outDegree[u]!;
        removeCost = -w2c[best]! / m + (resolution * (outDegree[u]! * stotIn[best]! + inDegree[u]! * stotOut[best]!)) / mm;
      } else {
        stot[best] -= degree[u]!;
        removeCost = -w2c[best]! / m + (resolution * (stot[best]! * degree[u]!)) / (2 * mm);
      }
      for (const c of coms) {
        const gain = directed
          ? removeCost + w2c[c]! / m - (resolution * (outDegree[u]! * stotIn[c]! + inDegree[u]! * stotOut[c]!)) / mm
          : removeCost + w2c[c]! / m - (resolution * (stot[c]! * degree[u]!)) / (2 * mm);
        if (gain > bestMod) {
          bestMod = gain;
          best = c;
        }
      }
      if (directed) {
        stotIn[best] += inDegree[u]!;
        stotOut[best] += outDegree[u]!;
      } else {
        stot[best] += degree[u]!;
      }
      const from = node2com[u]!;
      if (best !== from) {
        for (const x of partition[u]!) {
          parts[from]!.delete(x);
          parts[best]!.add(x);
        }
        inner[from]!.delete(u);
        inner[best]!.add(u);
        improvement = true;
        moves++;
        node2com[u] = best;
      }
    }
  }
  // `partition[u]` above is what level node u stands for (NetworkX: G.nodes[u]["nodes"]).
  return {
    partition: parts.filter((p) => p.size > 0).map((p) => [...p].sort((a, b) => a - b)),
    inner: inner.filter((p) => p.size > 0).map((p) => [...p].sort((a, b) => a - b)),
    improvement,
  };
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
