// The community index Louvain works on (louvain-run.ts), built from typed arrays: a port of
// graphology-indices' UndirectedLouvainIndex (v0.17, used by graphology-communities-louvain 2.0)
// that keeps its every observable detail, so that the same seed gives the same communities:
// - the neighbourhood of node i holds its edges in reverse edge order (the index fills each node's
//   block from its end), an induced graph's in ascending community number (graphology keeps it in
//   a plain object, whose integer keys enumerate ascending);
// - the wrap-around of mnemonist's "pointer arrays" (the smallest unsigned type that holds the
//   largest index), which the library has in a few corner sizes (e.g. exactly 128 edges or 256
//   nodes): those corner graphs give what graphology gives;
// - unused community numbers reused last-freed first.
// Unweighted only (every edge weighs 1), as firm-metrics.ts uses it; a self-loop counts twice in its
// node's total, as graphology does.

type PointerArray = Uint8Array | Uint16Array | Uint32Array;
type PointerArrayKind = new (length: number) => PointerArray;

/**
 * The array kind for values up to `size`: mnemonist's getPointerArray (the smallest unsigned type
 * whose values reach size - 1) where that type wraps the value `size` itself (size 256 or 65,536),
 * else Uint32Array - equal values, and one array kind for the JIT in every other case.
 */
export function pointerArray(size: number): PointerArrayKind {
  if (size === 256) return Uint8Array;
  if (size === 65536) return Uint16Array;
  return Uint32Array;
}

export class LouvainIndex {
  /** Number of communities (nodes of the current level). */
  C: number;
  /** Total edge weight. */
  readonly M: number;
  /** Unused community numbers on the stack. */
  U = 0;
  readonly resolution: number;
  readonly neighborhood: PointerArray;
  readonly weights: PointerArray;
  readonly loops: PointerArray;
  readonly starts: PointerArray;
  readonly belongings: PointerArray;
  readonly counts: PointerArray;
  readonly unused: PointerArray;
  readonly totalWeights: PointerArray;
  /** Community of each original node at the current level. */
  readonly mapping: PointerArray;

  /** n nodes and the edges (from[e], to[e]) in graphology's edge order; self-loops allowed. */
  constructor(n: number, from: Int32Array, to: Int32Array, resolution: number) {
    let selfLoops = 0;
    for (let e = 0; e < from.length; e++) if (from[e] === to[e]) selfLoops++;
    const size = (from.length - selfLoops) * 2;
    const Neighbourhood = pointerArray(size);
    const Nodes = pointerArray(n + 1);
    const Weights = pointerArray(from.length * 2);
    this.C = n;
    this.resolution = resolution;
    this.neighborhood = new Nodes(size);
    this.weights = new Weights(size);
    this.loops = new Weights(n);
    this.starts = new Neighbourhood(n + 1);
    this.belongings = new Nodes(n);
    this.counts = new Nodes(n);
    this.unused = new Nodes(n);
    this.totalWeights = new Weights(n);
    const degree = new Int32Array(n);
    for (let e = 0; e < from.length; e++) {
      if (from[e] === to[e]) continue;
      degree[from[e]!]++;
      degree[to[e]!]++;
    }
    let end = 0;
    for (let i = 0; i < n; i++) {
      end += degree[i]!;
      this.starts[i] = end;
      this.belongings[i] = i;
      this.counts[i] = 1;
    }
    let m = 0;
    for (let e = 0; e < from.length; e++) {
      const source = from[e]!;
      const target = to[e]!;
      m += 1;
      if (source === target) {
        this.totalWeights[source] += 2;
        this.loops[source] = 2;
      } else {
        this.totalWeights[source] += 1;
        this.totalWeights[target] += 1;
        const startSource = --this.starts[source];
        const startTarget = --this.starts[target];
        this.neighborhood[startSource] = target;
        this.neighborhood[startTarget] = source;
        this.weights[startSource] = 1;
        this.weights[startTarget] = 1;
      }
    }
    this.M = m;
    this.starts[n] = size;
    this.mapping = this.belongings.slice();
  }

  isolate(i: number, degree: number): number {
    const current = this.belongings[i]!;
    if (this.counts[current] === 1) return current;
    const community = this.unused[--this.U]!;
    const loops = this.loops[i]!;
    this.totalWeights[current] -= degree + loops;
    this.totalWeights[community] += degree + loops;
    this.belongings[i] = community;
    this.counts[current]--;
    this.counts[community]++;
    return community;
  }

  move(i: number, degree: number, target: number): void {
    const current = this.belongings[i]!;
    const loops = this.loops[i]!;
    this.totalWeights[current] -= degree + loops;
    this.totalWeights[target] += degree + loops;
    this.belongings[i] = target;
    const nowEmpty = this.counts[current]-- === 1;
    this.counts[target]++;
    if (nowEmpty) this.unused[this.U++] = current;
  }

  fastDelta(i: number, degree: number, targetDegree: number, target: number): number {
    const d = degree + this.loops[i]!;
    return targetDegree - (d * this.totalWeights[target]! * this.resolution) / (2 * this.M);
  }

  fastDeltaWithOwnCommunity(i: number, degree: number, targetDegree: number, target: number): number {
    const d = degree + this.loops[i]!;
    return targetDegree - (d * (this.totalWeights[target]! - d) * this.resolution) / (2 * this.M);
  }

  /** Makes each community a node of the induced graph (graphology's zoomOut). */
  zoomOut(): void {
    const C0 = this.C;
    const label = new Int32Array(C0).fill(-1);
    const inducedTotal = new Float64Array(C0);
    let C = 0;
    for (let i = 0; i < C0; i++) {
      const ci = this.belongings[i]!;
      if (label[ci] === -1) {
        label[ci] = C;
        inducedTotal[C++] = this.totalWeights[ci]!;
      }
      this.belongings[i] = label[ci]!;
    }
    for (let i = 0; i < this.mapping.length; i++) this.mapping[i] = this.belongings[this.mapping[i]!]!;
    // Members of each new community, to sum its adjacency by neighbouring community.
    const memberStart = new Int32Array(C + 1);
    for (let i = 0; i < C0; i++) memberStart[this.belongings[i]! + 1]++;
    for (let c = 0; c < C; c++) memberStart[c + 1] += memberStart[c]!;
    const fill = memberStart.slice(0, C);
    const members = new Int32Array(C0);
    for (let i = 0; i < C0; i++) members[fill[this.belongings[i]!]!++] = i;
    const internal = new Float64Array(C);
    const starts = new Int32Array(C + 1);
    const neighbours = new Int32Array(this.neighborhood.length);
    const weights = new Float64Array(this.neighborhood.length);
    const sum = new Float64Array(C);
    const seen = new Uint8Array(C);
    let e = 0;
    for (let ci = 0; ci < C; ci++) {
      const first = e;
      for (let k = memberStart[ci]!; k < memberStart[ci + 1]!; k++) {
        const i = members[k]!;
        internal[ci] += this.loops[i]!;
        for (let j = this.starts[i]!, end = this.starts[i + 1]!; j < end; j++) {
          const cj = this.belongings[this.neighborhood[j]!]!;
          if (cj === ci) {
            internal[ci] += this.weights[j]!;
            continue;
          }
          if (!seen[cj]) {
            seen[cj] = 1;
            neighbours[e++] = cj;
          }
          sum[cj] += this.weights[j]!;
        }
      }
      // Ascending, as graphology enumerates its object of neighbouring communities.
      neighbours.subarray(first, e).sort();
      for (let k = first; k < e; k++) {
        const cj = neighbours[k]!;
        weights[k] = sum[cj]!;
        seen[cj] = 0;
        sum[cj] = 0;
      }
      starts[ci + 1] = e;
    }
    this.C = C;
    for (let ci = 0; ci < C; ci++) {
      this.totalWeights[ci] = inducedTotal[ci]!;
      this.loops[ci] = internal[ci]!;
      this.counts[ci] = 1;
      this.starts[ci] = starts[ci]!;
      this.belongings[ci] = ci;
    }
    for (let k = 0; k < e; k++) {
      this.neighborhood[k] = neighbours[k]!;
      this.weights[k] = weights[k]!;
    }
    this.starts[C] = e;
    this.U = 0;
  }
}
