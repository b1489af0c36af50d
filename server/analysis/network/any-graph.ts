// Any graph as NetworkX holds it, packed into typed arrays: nx.Graph, nx.DiGraph, nx.MultiGraph or
// nx.MultiDiGraph built by `add_nodes_from(nodes)` then `add_edge(u, v[, weight=w])` for each edge
// in order. The order of everything is NetworkX's, because NetworkX's answers depend on it (Louvain
// visits neighbours in adjacency order, k-sampling draws from the node list):
// - nodes: first the listed nodes, then each new edge end as it appears (u before v);
// - adjacency: each node's neighbours in the order their first edge appeared; an undirected
//   self-loop is one entry; a repeated edge of a simple graph keeps its place, and a weight given
//   with it replaces the earlier one (add_edge updates the attributes);
// - a multigraph keeps parallel edges: one adjacency entry per neighbour carries their number, the
//   sum of their weights (PageRank, Louvain: `to_scipy_sparse_array`, `_convert_multigraph`) and
//   the smallest (Dijkstra: NetworkX's weight function takes the minimum over parallel edges).
// An edge without a weight weighs 1 (NetworkX's `default=1`).
// Ids are strings; a client with other node labels maps them (the NetworkX adapter in
// test/networkx-adapter uses repr()).

export interface AnyGraphInput {
  directed: boolean;
  multigraph?: boolean;
  /** Nodes in order (may repeat edge ends; needed for isolated nodes). */
  nodes?: readonly string[];
  /** [u, v] or [u, v, weight] (an undefined weight is no weight). */
  edges: ReadonlyArray<readonly [string, string, (number | undefined)?]>;
}

/** One direction of the adjacency in CSR form (entries of node i at offsets[i]..offsets[i+1]). */
export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
  /** Number of parallel edges (1 in a simple graph). */
  count: Int32Array;
  /** Sum of the parallel edges' weights (the weight in a simple graph). */
  weightSum: Float64Array;
  /** Smallest weight among the parallel edges. */
  weightMin: Float64Array;
  /** Multigraphs: each parallel edge's weight in input order (its key in NetworkX is its position). */
  parallel?: number[][];
}

export interface AnyGraph {
  readonly directed: boolean;
  readonly multigraph: boolean;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Successors (directed) or neighbours (undirected). */
  readonly out: Adjacency;
  /** Predecessors (directed); the same object as `out` when undirected. */
  readonly in: Adjacency;
  /** G.number_of_edges(): parallel edges counted, an undirected edge once. */
  readonly edgeCount: number;
  /** Whether any edge came with a weight. */
  readonly weighted: boolean;
}

interface Builder {
  lists: number[][];
  entry: Map<number, number>;
  target: number[];
  count: number[];
  sum: number[];
  min: number[];
  parallel: number[][];
}

const newBuilder = (): Builder => ({ lists: [], entry: new Map(), target: [], count: [], sum: [], min: [], parallel: [] });

// Node indices stay below 2^26 (MAX_NODES is far lower), so u * 2^26 + v is an exact integer key.
const SHIFT = 2 ** 26;

function link(b: Builder, u: number, v: number, weight: number | undefined, multigraph: boolean): void {
  const key = u * SHIFT + v;
  const e = b.entry.get(key);
  if (e === undefined) {
    const id = b.target.length;
    b.entry.set(key, id);
    b.target.push(v);
    b.count.push(1);
    b.sum.push(weight ?? 1);
    b.min.push(weight ?? 1);
    if (multigraph) b.parallel.push([weight ?? 1]);
    (b.lists[u] ??= []).push(id);
    return;
  }
  if (multigraph) {
    b.parallel[e]!.push(weight ?? 1);
    b.count[e]! += 1;
    b.sum[e]! += weight ?? 1;
    b.min[e] = Math.min(b.min[e]!, weight ?? 1);
  } else if (weight !== undefined) {
    b.sum[e] = weight;
    b.min[e] = weight;
  }
}

function pack(b: Builder, n: number, multigraph: boolean): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + (b.lists[i]?.length ?? 0);
  const size = offsets[n]!;
  const out: Adjacency = { offsets, targets: new Int32Array(size), count: new Int32Array(size), weightSum: new Float64Array(size), weightMin: new Float64Array(size) };
  if (multigraph) out.parallel = new Array<number[]>(size);
  for (let i = 0; i < n; i++) {
    let k = offsets[i]!;
    for (const e of b.lists[i] ?? []) {
      out.targets[k] = b.target[e]!;
      out.count[k] = b.count[e]!;
      out.weightSum[k] = b.sum[e]!;
      out.weightMin[k] = b.min[e]!;
      if (out.parallel) out.parallel[k] = b.parallel[e]!;
      k++;
    }
  }
  return out;
}

export function buildAnyGraph(input: AnyGraphInput): AnyGraph {
  const multigraph = input.multigraph ?? false;
  const ids: string[] = [];
  const index = new Map<string, number>();
  const add = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  for (const id of input.nodes ?? []) add(id);
  const out = newBuilder();
  const inward = input.directed ? newBuilder() : out;
  let edgeCount = 0;
  let weighted = false;
  for (const edge of input.edges) {
    const u = add(edge[0]);
    const v = add(edge[1]);
    const weight = edge[2];
    if (weight !== undefined) weighted = true;
    const isNew = multigraph || !out.entry.has(u * SHIFT + v);
    if (isNew) edgeCount++;
    link(out, u, v, weight, multigraph);
    if (input.directed) link(inward, v, u, weight, multigraph);
    else if (u !== v) link(out, v, u, weight, multigraph);
  }
  const n = ids.length;
  const packedOut = pack(out, n, multigraph);
  return {
    directed: input.directed,
    multigraph,
    ids,
    index,
    out: packedOut,
    in: input.directed ? pack(inward, n, multigraph) : packedOut,
    edgeCount,
    weighted,
  };
}

/** G.degree(i) (weight: the weighted degree): parallel edges counted, an undirected self-loop twice. */
export function degreeOf(g: AnyGraph, i: number, weight: boolean): number {
  let d = 0;
  const sides = g.directed ? [g.out, g.in] : [g.out];
  for (const a of sides) {
    for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++) {
      const w = weight ? a.weightSum[k]! : a.count[k]!;
      d += w;
      if (!g.directed && a.targets[k] === i) d += w;
    }
  }
  return d;
}

/**
 * NetworkX's `G.edges` iteration order as [u, v, adjacency entry] triples: for each node u in order,
 * its out-entries; an undirected edge once, from the end that comes first in node order.
 */
export function edgeOrder(g: AnyGraph): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const { offsets, targets } = g.out;
  for (let u = 0; u < g.ids.length; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = targets[k]!;
      if (g.directed || v >= u) out.push([u, v, k]);
    }
  }
  return out;
}
