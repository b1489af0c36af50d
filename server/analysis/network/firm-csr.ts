// The firm graphs of firm-graph.ts packed once into typed arrays (CSR), for the metrics that run at
// national scale (firm-metrics.ts): building graphology graphs of 100,000 firms took longer than
// every metric but betweenness. Same nodes, same edges and the same orders as the graphology
// graphs, because the answers depend on them (floating-point sums follow the visiting order, and
// Louvain's moves follow it):
// - nodes: the firms in input order;
// - `edges`: the undirected simple edges in order of their first supply row, oriented (supplier,
//   buyer) as that row - graphology's edge order, which Louvain's index is built from;
// - `offsets`/`targets`: each firm's neighbours in graphology's `forEachNeighbor` order, i.e. the
//   order of their first shared row, except that neighbours whose id is an array index ("0", "17")
//   come first in ascending number (graphology keeps adjacency in plain objects, and JavaScript
//   enumerates such keys first) - betweenness sums follow this order;
// - `outOffsets`/`outTargets`: the directed graph buyer -> supplier (PageRank), one entry per pair.
// Errors are firm-graph.ts's: a repeated firm, a row naming an unknown firm (field `supplies`).
import { DuplicateFirmError, UnknownFirmError } from './errors.ts';
import type { FirmGraphInput } from './firm-graph.ts';

export interface FirmCsr {
  /** Firm ids in input order; node i is ids[i]. */
  readonly ids: readonly string[];
  /** Undirected simple edges in first-appearance order. */
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  /** Undirected adjacency (neighbours of i at offsets[i]..offsets[i + 1]). */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Directed adjacency buyer -> supplier. */
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
}

/** A growable Int32 list (push-only). */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** CSR of the edge list (from[e], to[e]), each edge once per direction asked for, in edge order. */
function packed(n: number, from: Int32Array, to: Int32Array, bothWays: boolean): { offsets: Int32Array; targets: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) {
    offsets[from[e]! + 1]++;
    if (bothWays) offsets[to[e]! + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  for (let e = 0; e < from.length; e++) {
    targets[fill[from[e]!]!++] = to[e]!;
    if (bothWays) targets[fill[to[e]!]!++] = from[e]!;
  }
  return { offsets, targets };
}

/** The number an id stands for when JavaScript enumerates it as an array index, else -1. */
function arrayIndexOf(id: string): number {
  if (!/^(0|[1-9]\d*)$/.test(id)) return -1;
  const x = Number(id);
  return x < 2 ** 32 - 1 ? x : -1;
}

/** Moves array-index neighbours first, ascending, as graphology's adjacency objects enumerate them. */
function objectKeyOrder(ids: readonly string[], offsets: Int32Array, targets: Int32Array): void {
  const key = Float64Array.from(ids, arrayIndexOf);
  if (!key.some((k) => k >= 0)) return;
  for (let i = 0; i < ids.length; i++) {
    const row = Array.from(targets.subarray(offsets[i]!, offsets[i + 1]!));
    const numeric = row.filter((v) => key[v]! >= 0).sort((a, b) => key[a]! - key[b]!);
    if (numeric.length === 0) continue;
    targets.set([...numeric, ...row.filter((v) => key[v]! < 0)], offsets[i]!);
  }
}

export function buildFirmCsr(input: FirmGraphInput): FirmCsr {
  const ids = input.firms;
  const n = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    if (index.has(ids[i]!)) throw new DuplicateFirmError(ids[i]!);
    index.set(ids[i]!, i);
  }
  // Pairs as exact integers a * n + b (n <= 2^26 keeps them below 2^53).
  const undirectedSeen = new Set<number>();
  const directedSeen = new Set<number>();
  const uFrom = new IntList();
  const uTo = new IntList();
  const dFrom = new IntList();
  const dTo = new IntList();
  for (const { supplier, buyer } of input.supplies) {
    const s = index.get(supplier);
    if (s === undefined) throw new UnknownFirmError(supplier, 'supplies');
    const b = index.get(buyer);
    if (b === undefined) throw new UnknownFirmError(buyer, 'supplies');
    if (s === b) continue;
    const pair = s < b ? s * n + b : b * n + s;
    if (!undirectedSeen.has(pair)) {
      undirectedSeen.add(pair);
      uFrom.push(s);
      uTo.push(b);
    }
    const arc = b * n + s;
    if (!directedSeen.has(arc)) {
      directedSeen.add(arc);
      dFrom.push(b);
      dTo.push(s);
    }
  }
  const edgeFrom = uFrom.done();
  const edgeTo = uTo.done();
  const { offsets, targets } = packed(n, edgeFrom, edgeTo, true);
  objectKeyOrder(ids, offsets, targets);
  const directed = packed(n, dFrom.done(), dTo.done(), false);
  return { ids: [...ids], edgeFrom, edgeTo, offsets, targets, outOffsets: directed.offsets, outTargets: directed.targets };
}
