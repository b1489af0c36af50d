// Seeded Louvain on typed arrays: graphology-communities-louvain 2.0's undirected algorithm with
// its defaults (fast local moves, a random starting offset per level, unweighted), ported so that
// it runs on the packed firm graph (firm-csr.ts) without building a graphology graph and without
// string-keyed objects of 100,000 firms. Every step is the library's, in the library's order: the
// same seed gives the same communities and the same modularity bits (test/network/louvain-port.test.ts
// compares the two on the NetworkX fixtures and random graphs). The index is louvain-index.ts.
// The modularity is graphology-metrics' (Newman 2006), summed over communities in ascending number.
import type { Rng } from '../../util/random.ts';
import { LouvainIndex, pointerArray } from './louvain-index.ts';

/** mnemonist's SparseQueueSet: a FIFO queue holding each member once (same wrap-around corner cases). */
class QueueSet {
  start = 0;
  size = 0;
  readonly dense: Uint8Array | Uint16Array | Uint32Array;
  readonly sparse: Uint8Array | Uint16Array | Uint32Array;
  constructor(readonly capacity: number) {
    const Kind = pointerArray(capacity);
    this.dense = new Kind(capacity);
    this.sparse = new Kind(capacity);
  }
  enqueue(member: number): void {
    let index = this.sparse[member]!;
    if (this.size !== 0) {
      // mnemonist's test, precedence included: (a && b) || c.
      const inBounds = (index < this.capacity && index >= this.start && index < this.start + this.size) || index < (this.start + this.size) % this.capacity;
      if (inBounds && this.dense[index] === member) return;
    }
    index = (this.start + this.size) % this.capacity;
    this.dense[index] = member;
    this.sparse[member] = index;
    this.size++;
  }
  dequeue(): number {
    const index = this.start;
    this.size--;
    this.start++;
    if (this.start === this.capacity) this.start = 0;
    const member = this.dense[index]!;
    this.sparse[member] = this.capacity;
    return member;
  }
}

/** mnemonist's SparseMap(Float64Array): community -> weight, in first-insertion order. */
class CommunityWeights {
  size = 0;
  readonly dense: Int32Array;
  readonly sparse: Int32Array;
  readonly vals: Float64Array;
  constructor(capacity: number) {
    this.dense = new Int32Array(capacity);
    this.sparse = new Int32Array(capacity);
    this.vals = new Float64Array(capacity);
  }
  get(c: number): number | undefined {
    const k = this.sparse[c]!;
    return k < this.size && this.dense[k] === c ? this.vals[k] : undefined;
  }
  add(c: number, weight: number): void {
    const k = this.sparse[c]!;
    if (k < this.size && this.dense[k] === c) {
      this.vals[k] = (this.vals[k] ?? 0) + weight;
      return;
    }
    this.dense[this.size] = c;
    this.sparse[c] = this.size;
    this.vals[this.size++] = weight;
  }
}

const EPSILON = 1e-10;

function tieBreaker(best: number, current: number, target: number, delta: number, bestDelta: number): boolean {
  if (Math.abs(delta - bestDelta) < EPSILON) return best === current ? false : target > best;
  return delta > bestDelta;
}

/** One level's local moves; whether any node moved. */
function localMoves(index: LouvainIndex, queue: QueueSet, communities: CommunityWeights, rng: Rng): boolean {
  let moved = false;
  const l = index.C;
  let ri = Math.floor(rng() * l);
  for (let s = 0; s < l; s++, ri++) queue.enqueue(ri % l);
  const { starts, neighborhood, weights, belongings } = index;
  while (queue.size !== 0) {
    const i = queue.dequeue();
    let degree = 0;
    communities.size = 0;
    const current = belongings[i]!;
    for (let k = starts[i]!, end = starts[i + 1]!; k < end; k++) {
      const weight = weights[k]!;
      degree += weight;
      communities.add(belongings[neighborhood[k]!]!, weight);
    }
    let bestDelta = index.fastDeltaWithOwnCommunity(i, degree, communities.get(current) || 0, current);
    let best = current;
    for (let ci = 0; ci < communities.size; ci++) {
      const target = communities.dense[ci]!;
      if (target === current) continue;
      const delta = index.fastDelta(i, degree, communities.vals[ci]!, target);
      if (tieBreaker(best, current, target, delta, bestDelta)) {
        bestDelta = delta;
        best = target;
      }
    }
    if (bestDelta < 0) {
      // Back to a singleton (graphology's note: rare, with self-loops or resolution != 1).
      best = index.isolate(i, degree);
      if (best === current) continue;
    } else {
      if (best === current) continue;
      index.move(i, degree, best);
    }
    moved = true;
    for (let k = starts[i]!, end = starts[i + 1]!; k < end; k++) {
      const j = neighborhood[k]!;
      if (belongings[j] !== best) queue.enqueue(j);
    }
  }
  return moved;
}

export interface LouvainResult {
  /** Community of each node, numbered 0, 1, ... in order of each community's first node. */
  community: Int32Array;
  modularity: number;
}

/** n nodes, edges (from[e], to[e]) in graphology's edge order, the seeded generator. */
export function louvainRun(n: number, from: Int32Array, to: Int32Array, resolution: number, rng: Rng): LouvainResult {
  const community = new Int32Array(n);
  if (from.length === 0) {
    for (let i = 0; i < n; i++) community[i] = i;
    return { community, modularity: 0 };
  }
  const index = new LouvainIndex(n, from, to, resolution);
  const queue = new QueueSet(index.C);
  const communities = new CommunityWeights(index.C);
  while (localMoves(index, queue, communities, rng)) index.zoomOut();
  const renumber = new Int32Array(n).fill(-1);
  let next = 0;
  for (let i = 0; i < n; i++) {
    const raw = index.mapping[i]!;
    if (renumber[raw] === -1) renumber[raw] = next++;
    community[i] = renumber[raw]!;
  }
  return { community, modularity: modularity(community, next, from, to, resolution) };
}

/** graphology-metrics' sparse modularity of an unweighted partition, in its summation order. */
function modularity(community: Int32Array, count: number, from: Int32Array, to: Int32Array, resolution: number): number {
  const total = new Float64Array(count);
  const internal = new Float64Array(count);
  for (let e = 0; e < from.length; e++) {
    const a = community[from[e]!]!;
    const b = community[to[e]!]!;
    total[a] += 1;
    total[b] += 1;
    if (a === b) internal[a] += 2;
  }
  const M2 = from.length * 2;
  let q = 0;
  for (let c = 0; c < count; c++) q += internal[c]! / M2 - Math.pow(total[c]! / M2, 2) * resolution;
  return q;
}
