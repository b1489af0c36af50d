// Candidate search: the k best non-adjacent pairs of a graph by a link-prediction index
// (link-indices.ts), over all pairs or over sources × targets (`among`, e.g. IKM × buyers), best
// first, without enumerating all n² pairs:
// - every index built on common neighbours (all but preferential attachment) is 0 unless the two
//   nodes share a neighbour, so only pairs at distance 2 are scored: for each source u, the
//   neighbours of its neighbours, O(Σ_w deg(w)²) in all, kept in a bounded best-k buffer;
// - common_neighbor_centrality (alpha < 1) also rewards closeness: every pair at distance 2 beats
//   every pair at distance 3 (alpha |CN| + (1 - alpha) N / 2 > (1 - alpha) N / 3), which beats
//   distance 4, ... so after the distance-2 pairs come the pairs at distance 3, 4, ... (one
//   breadth-first search per source and distance, only while fewer than k were found);
// - preferential attachment deg(u) deg(v) is a sorted-matrix search: sources and targets sorted by
//   degree, products visited best first from a frontier heap, adjacent pairs skipped;
// - when fewer than k pairs score above 0, the rest are pairs scoring 0 (NetworkX lists those too
//   for ebunch=None), in node order, until k or no pair is left (a scan that stops at k).
// Ties: node order (the source's index, then the target's; for preferential attachment, the
// degree-sorted order). A pair given by both of its ends (sources and targets overlap) counts once.
import type { AnyGraph } from './any-graph.ts';
import { LinkScorer, nodeIndices, type LinkParams } from './link-indices.ts';

export interface CandidateQuery {
  top: number;
  /** [sources, targets] ids; all nodes when absent. */
  among?: readonly [readonly string[], readonly string[]];
}

type Pair = [number, number, number];

const better = (a: Pair, b: Pair): number => b[2] - a[2] || a[0] - b[0] || a[1] - b[1];

/** A best-k buffer: sorted and cut back to k whenever it doubles. */
class BestK {
  items: Pair[] = [];
  constructor(private readonly k: number) {}
  push(p: Pair): void {
    this.items.push(p);
    if (this.items.length >= 2 * this.k + 1024) this.cut();
  }
  cut(): Pair[] {
    this.items.sort(better);
    if (this.items.length > this.k) this.items.length = this.k;
    return this.items;
  }
}

interface Sides {
  sources: number[];
  inSource: Uint8Array;
  inTarget: Uint8Array;
}

function sidesOf(g: AnyGraph, among: CandidateQuery['among']): Sides {
  const n = g.ids.length;
  if (!among) {
    const all = Array.from({ length: n }, (_, i) => i);
    return { sources: all, inSource: new Uint8Array(n).fill(1), inTarget: new Uint8Array(n).fill(1) };
  }
  const sources = [...new Set(nodeIndices(g, among[0], 'linkPrediction.among.0'))].sort((a, b) => a - b);
  const targets = nodeIndices(g, among[1], 'linkPrediction.among.1');
  const inSource = new Uint8Array(n);
  const inTarget = new Uint8Array(n);
  for (const s of sources) inSource[s] = 1;
  for (const t of targets) inTarget[t] = 1;
  return { sources, inSource, inTarget };
}

/** Whether (u, v) is a pair to consider: distinct, v a target, and not the mirror of a pair counted from v. */
const wanted = (s: Sides, u: number, v: number): boolean => u !== v && s.inTarget[v] === 1 && !(s.inSource[v] === 1 && s.inTarget[u] === 1 && v < u);

export function topCandidates(g: AnyGraph, params: LinkParams, query: CandidateQuery, checkpoint?: () => void): Array<[string, string, number]> {
  const scorer = new LinkScorer(g, params);
  const sides = sidesOf(g, query.among);
  const k = query.top;
  const found = params.method === 'preferential_attachment' ? byDegreeProduct(g, scorer, sides, k, checkpoint) : byNeighborhood(g, scorer, sides, k, checkpoint);
  return found.map(([u, v, score]) => [g.ids[u]!, g.ids[v]!, score]);
}

function byNeighborhood(g: AnyGraph, scorer: LinkScorer, sides: Sides, k: number, checkpoint?: () => void): Pair[] {
  const n = g.ids.length;
  const { offsets, targets } = g.out;
  const best = new BestK(k);
  const adjacent = new Int32Array(n).fill(-1);
  const seen = new Int32Array(n).fill(-1);
  const emitted = new Set<number>();
  for (const u of sides.sources) {
    if (checkpoint && (u & 255) === 0) checkpoint();
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) adjacent[targets[a]!] = u;
    seen[u] = u;
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) {
      const w = targets[a]!;
      if (w === u) continue;
      for (let b = offsets[w]!; b < offsets[w + 1]!; b++) {
        const v = targets[b]!;
        if (seen[v] === u || adjacent[v] === u || v === w) continue;
        seen[v] = u;
        if (!wanted(sides, u, v)) continue;
        // A pair scoring 0 (other communities) ranks with every other 0: the fill below takes
        // those in node order.
        const score = scorer.score(u, v);
        if (score > 0) best.push([u, v, score]);
      }
    }
  }
  let out = best.cut();
  if (out.length >= k) return out;
  // Fewer than k pairs score above 0 at distance 2: every one is in `out`. What comes next is
  // pairs at distance 3, 4, ... for common_neighbor_centrality, then the pairs that score 0.
  for (const [u, v] of out) emitted.add(u * n + v);
  const more: Pair[] = [];
  const need = () => k - out.length - more.length;
  if (scorer.params.method === 'common_neighbor_centrality' && scorer.params.alpha !== 1) {
    for (let depth = 3; need() > 0; depth++) {
      const before = more.length;
      let reachedAny = false;
      for (const u of sides.sources) {
        checkpoint?.();
        const ring = ringAt(g, u, depth);
        if (ring.length > 0) reachedAny = true;
        ring.sort((a, b) => a - b);
        for (const v of ring) {
          if (!wanted(sides, u, v) || emitted.has(u * n + v)) continue;
          emitted.add(u * n + v);
          more.push([u, v, scorer.score(u, v)]);
          if (need() === 0) break;
        }
        if (need() === 0) break;
      }
      if (!reachedAny && more.length === before) break;
    }
  }
  for (const u of sides.sources) {
    if (need() === 0) break;
    checkpoint?.();
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) adjacent[targets[a]!] = -2 - u;
    for (let v = 0; v < n && need() > 0; v++) {
      if (adjacent[v] === -2 - u || !wanted(sides, u, v) || emitted.has(u * n + v)) continue;
      emitted.add(u * n + v);
      more.push([u, v, scorer.score(u, v)]);
    }
  }
  out = [...out, ...more];
  return out.sort(better).slice(0, k);
}

/** Nodes at exactly `depth` hops from u. */
function ringAt(g: AnyGraph, u: number, depth: number): number[] {
  const { offsets, targets } = g.out;
  const dist = new Map<number, number>([[u, 0]]);
  let frontier = [u];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const x of frontier) {
      for (let a = offsets[x]!; a < offsets[x + 1]!; a++) {
        const y = targets[a]!;
        if (!dist.has(y)) {
          dist.set(y, d);
          next.push(y);
        }
      }
    }
    frontier = next;
  }
  return frontier;
}

/** Preferential attachment: the largest degree products first, from a frontier over the sorted lists. */
function byDegreeProduct(g: AnyGraph, scorer: LinkScorer, sides: Sides, k: number, checkpoint?: () => void): Pair[] {
  const n = g.ids.length;
  const deg = Float64Array.from({ length: n }, (_, i) => scorer.degreeOf(i));
  const byDegree = (list: number[]) => list.sort((a, b) => deg[b]! - deg[a]! || a - b);
  const rows = byDegree([...sides.sources]);
  const cols = byDegree(Array.from({ length: n }, (_, i) => i).filter((i) => sides.inTarget[i] === 1));
  const { offsets, targets } = g.out;
  const isAdjacent = (u: number, v: number): boolean => {
    for (let a = offsets[u]!; a < offsets[u + 1]!; a++) if (targets[a] === v) return true;
    return false;
  };
  // Max-heap of cells (i, j) by (product desc, i asc, j asc).
  const heap: Array<[number, number, number]> = [];
  const above = (a: [number, number, number], b: [number, number, number]) => a[0] > b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));
  const push = (i: number, j: number) => {
    if (i >= rows.length || j >= cols.length) return;
    heap.push([deg[rows[i]!]! * deg[cols[j]!]!, i, j]);
    let x = heap.length - 1;
    while (x > 0) {
      const p = (x - 1) >> 1;
      if (!above(heap[x]!, heap[p]!)) break;
      [heap[x], heap[p]] = [heap[p]!, heap[x]!];
      x = p;
    }
  };
  const pop = (): [number, number, number] => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let x = 0;
      for (;;) {
        const l = 2 * x + 1;
        const r = l + 1;
        let m = x;
        if (l < heap.length && above(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && above(heap[r]!, heap[m]!)) m = r;
        if (m === x) break;
        [heap[x], heap[m]] = [heap[m]!, heap[x]!];
        x = m;
      }
    }
    return top;
  };
  const out: Pair[] = [];
  const emitted = new Set<number>();
  push(0, 0);
  let steps = 0;
  while (heap.length > 0 && out.length < k) {
    if (checkpoint && (++steps & 4095) === 0) checkpoint();
    const [product, i, j] = pop();
    push(i, j + 1);
    if (j === 0) push(i + 1, 0);
    const u = rows[i]!;
    const v = cols[j]!;
    if (u === v || isAdjacent(u, v)) continue;
    const key = Math.min(u, v) * n + Math.max(u, v);
    if (emitted.has(key)) continue;
    emitted.add(key);
    out.push([u, v, product]);
  }
  return out;
}
