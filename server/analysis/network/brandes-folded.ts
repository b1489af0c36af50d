// Brandes' betweenness for an undirected, unweighted graph from every source, with its degree-1
// vertices folded away, on CSR arrays only (it runs the same in a worker thread). Raw sums over
// ordered (s, t) pairs, as brandes.ts gives them for the full source list, up to rounding.
// Degree-1 folding (Baglioni, Geraci, Pellegrini & Lastres 2012, "Fast exact computation of
// betweenness centrality in social networks", ASONAM): a leaf l whose one neighbour a is not a leaf
// is neither a source nor visited by any search. Its part is added back in closed form:
// - as a target, l is reached only through a, with sigma[l] = sigma[a] and delta[l] = 0, so it
//   adds exactly 1 to delta[a]: delta starts at leaves(a) instead of 0;
// - as a source, every shortest path from l is l then a shortest path from a, so l gives each v
//   outside {l, a} the dependency a gives it, and gives a one unit per other node of the component
//   (c - 2): the search from a counts 1 + leaves(a) times, and a gets leaves(a) * (c - 2);
// - a leaf never lies between two other nodes: its betweenness is 0.
// Supply graphs are mostly IKM leaves hanging on one buyer (the national-scale dataset: 16,398 of
// 22,526 linked firms), so the searches run on a quarter of the nodes and a third of the edges.
// The searches run on compact node numbers: the unfolded nodes that have a neighbour first (in node
// order), then the isolated ones, so that the arrays a search touches are a few thousand entries
// (cache-resident) rather than scattered over every firm (77,474 of the 100,000 national firms have
// no link). Each node keeps its neighbours' order and the sources their order, so every search and
// every sum is the same as on the original numbers, bit for bit.

import { brandesFrom } from './brandes.ts';

export interface UndirectedArrays {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** Edge lengths per entry (weighted betweenness: Dijkstra); absent or null: BFS. */
  lengths?: Float64Array | null;
}

/** The graph without its folded leaves, on compact numbers: the sources, and the leaves each one carries. */
export interface FoldPlan {
  /** Original number of each compact node. */
  nodes: Int32Array;
  /** Folded leaves hanging on each compact node. */
  leaves: Int32Array;
  /** Adjacency among the compact nodes (self-loops dropped: they are on no shortest path). */
  coreOffsets: Int32Array;
  coreTargets: Int32Array;
  /** The lengths of the core entries (weighted graphs); null: BFS. */
  coreLengths: Float64Array | null;
  /** The unfolded nodes (compact numbers) in original node order: the sources of the searches. */
  sources: Int32Array;
}

export function foldPlan({ n, offsets, targets, lengths = null }: UndirectedArrays): FoldPlan {
  // Degree without self-loops, and the one neighbour of a degree-1 node.
  const degree = new Int32Array(n);
  const only = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = targets[k]!;
      if (w === v) continue;
      degree[v]++;
      only[v] = w;
    }
  }
  // With an edge of length 0 nothing is folded: NetworkX's Dijkstra counts a way back over such an
  // edge to a node already at that distance as one more shortest path to it (sigma grows after the
  // node is settled), and a leaf is then no longer neutral. The searches run on the whole graph.
  const foldable = !lengths || lengths.every((x) => x > 0);
  const leaves = new Int32Array(n);
  const folded = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    if (foldable && degree[v] === 1 && degree[only[v]!]! > 1) {
      folded[v] = 1;
      leaves[only[v]!]++;
    }
  }
  // Compact numbers: linked unfolded nodes, then isolated ones; -1 for folded leaves.
  const compact = new Int32Array(n).fill(-1);
  let c = 0;
  for (let v = 0; v < n; v++) if (!folded[v] && degree[v]! > 0) compact[v] = c++;
  for (let v = 0; v < n; v++) if (!folded[v] && degree[v] === 0) compact[v] = c++;
  const nodes = new Int32Array(c);
  const carried = new Int32Array(c);
  for (let v = 0; v < n; v++) {
    if (compact[v]! < 0) continue;
    nodes[compact[v]!] = v;
    carried[compact[v]!] = leaves[v]!;
  }
  const coreOffsets = new Int32Array(c + 1);
  const kept: number[] = [];
  const keptLengths: number[] = [];
  for (let i = 0; i < c; i++) {
    const v = nodes[i]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = targets[k]!;
      if (w === v || folded[w]) continue;
      kept.push(compact[w]!);
      if (lengths) keptLengths.push(lengths[k]!);
    }
    coreOffsets[i + 1] = kept.length;
  }
  const sources: number[] = [];
  for (let v = 0; v < n; v++) if (!folded[v]) sources.push(compact[v]!);
  const coreLengths = lengths ? Float64Array.from(keptLengths) : null;
  return { nodes, leaves: carried, coreOffsets, coreTargets: Int32Array.from(kept), coreLengths, sources: Int32Array.from(sources) };
}

/**
 * Raw sums over ordered pairs from the given sources (a part of plan.sources), leaves included, by
 * original node number (n nodes).
 */
export function brandesFolded(n: number, plan: FoldPlan, sources: Int32Array, checkpoint?: () => void): Float64Array {
  if (plan.coreLengths) return brandesFoldedWeighted(n, plan, plan.coreLengths, sources, checkpoint);
  const { leaves, coreOffsets: offsets, coreTargets: targets } = plan;
  const c = plan.nodes.length;
  const centrality = new Float64Array(c);
  const dist = new Int32Array(c).fill(-1);
  const sigma = new Float64Array(c);
  const delta = new Float64Array(c);
  const order = new Int32Array(c);
  // Shortest-path DAG edges (v -> w, dist[w] = dist[v] + 1) in the order the BFS finds them.
  const dagFrom = new Int32Array(Math.max(1, targets.length));
  const dagTo = new Int32Array(Math.max(1, targets.length));
  for (let si = 0; si < sources.length; si++) {
    if (checkpoint && (si & 127) === 0) checkpoint();
    const s = sources[si]!;
    let head = 0;
    let tail = 0;
    let edges = 0;
    let component = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      component += 1 + leaves[v]!;
      delta[v] = leaves[v]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
        const w = targets[j]!;
        let dw = dist[w]!;
        if (dw < 0) {
          dw = next;
          dist[w] = next;
          order[tail++] = w;
        }
        if (dw === next) {
          sigma[w] += sv;
          dagFrom[edges] = v;
          dagTo[edges++] = w;
        }
      }
    }
    // The DAG edges were found in BFS order of their tail v, so walking them backwards reaches an
    // edge v -> w only after every edge leaving w: delta[w] is complete when it is passed on.
    for (let k = edges - 1; k >= 0; k--) {
      const v = dagFrom[k]!;
      const w = dagTo[k]!;
      delta[v] += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
    }
    const weight = 1 + leaves[s]!;
    for (let i = 1; i < tail; i++) centrality[order[i]!] += weight * delta[order[i]!]!;
    if (leaves[s]! > 0) centrality[s] += leaves[s]! * (component - 2);
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  const raw = new Float64Array(n);
  for (let i = 0; i < c; i++) raw[plan.nodes[i]!] = centrality[i]!;
  return raw;
}

/**
 * The same with edge lengths: Dijkstra searches on the core (brandes.ts, NetworkX's
 * `_single_source_dijkstra_path_basic`) with the leaves carried. The folding holds for positive
 * lengths too (foldPlan folds nothing when an edge has length 0): a leaf is reached only through its
 * neighbour a (sigma[l] = sigma[a], one unit added to delta[a] whatever the length), and every
 * shortest path from l is the edge to a, then a shortest path from a. Equal-length paths are those
 * whose float sums are equal, as in NetworkX: exact for lengths whose sums do not round (whole
 * numbers, as the tests use); with lengths that do, a tie can round differently from l than from a,
 * as NetworkX's own answer depends on the order it adds in.
 */
function brandesFoldedWeighted(n: number, plan: FoldPlan, lengths: Float64Array, sources: Int32Array, checkpoint?: () => void): Float64Array {
  const c = plan.nodes.length;
  const core = { n: c, offsets: plan.coreOffsets, targets: plan.coreTargets, lengths, inOffsets: plan.coreOffsets };
  const centrality = brandesFrom(core, { sources, endpoints: false, leaves: plan.leaves, ...(checkpoint ? { checkpoint } : {}) });
  const raw = new Float64Array(n);
  for (let i = 0; i < c; i++) raw[plan.nodes[i]!] = centrality[i]!;
  return raw;
}
