// The possible suppliers of each component, in the order select.ts visits them, with the parts of
// their candidates' score bounds that depend on the supplier alone.
//
// Two parts: suppliers with a supply link ("connected") and those without ("isolated"). An isolated
// supplier has no network evidence at all. A connected one has shared partners, paths of length 3,
// peers or an existing link with a buyer b only if it lies within 3 steps of b on the undirected
// supply graph (a shared partner is 2 steps away, a path s–x–y–b or a peer's s–o–t–b 3); farther
// away, its only evidence is the number of other buyers it supplies the component to, known here.
// Per entry:
//   key      w_feasibility · feasibility + w_network · (network term with that evidence alone):
//            exact for an isolated supplier and for a connected one far from the buyer;
//   nearKey  the same with the network evidence bounded by the supplier's place in the graph: it may
//            already supply the buyer (if it supplies anyone), shared partners ≤ its degree, paths
//            ≤ Σ over its neighbours x of (degree(x) − 1), best peer Jaccard ≤ 1 (if it supplies
//            anyone).
// Each part is ordered by key, descending: for a demand pair, key + the pair's share (demand,
// imports, distance 0) bounds every later entry's candidate that is far from the buyer, so a visit
// stops at the first entry whose bound falls below the k-th best score.
import { networkTerm } from './score.ts';
import { LINK_WEIGHTS } from './weights.ts';

export interface SupplierLists {
  /** Component c: connected suppliers at [start[c], split[c]), isolated ones at [split[c], start[c+1]). */
  readonly start: Int32Array;
  readonly split: Int32Array;
  /** Entries in visiting order: key descending, then firm ascending. */
  readonly firm: Int32Array;
  readonly feasibility: Float64Array;
  /** Other buyers the firm already supplies the component to. */
  readonly elsewhere: Int32Array;
  readonly key: Float64Array;
  readonly nearKey: Float64Array;
  /** Component c's suppliers (both parts) ascending, at [start[c], start[c+1]): for membership tests. */
  readonly ascending: Int32Array;
}

/** What the keys need of a firm's place in the supply graph. */
export interface SupplierNetwork {
  degree: (f: number) => number;
  pathBound: (f: number) => number;
  /** It supplies some firm other than itself. */
  supplying: (f: number) => boolean;
}

const share = (feasibility: number, network: number) => LINK_WEIGHTS.feasibility * feasibility + LINK_WEIGHTS.network * network;

/** Entries between two chances to yield (a few milliseconds of each loop). */
const ENTRIES_PER_STEP = 1 << 16;

interface Entries {
  start: Int32Array;
  firm: Int32Array;
  feasibility: Float64Array;
  elsewhere: Int32Array;
}

/** The keys of entries [from, to), and which of them are connected. */
function keysOf(entries: Entries, net: SupplierNetwork, from: number, to: number, keys: Float64Array, nearKeys: Float64Array, connected: Uint8Array): void {
  const { firm: firms, feasibility: feasibilities, elsewhere: others } = entries;
  // Plain locals, no destructured pairs: a pair allocated per entry made this loop four times slower.
  for (let e = from; e < to; e++) {
    const f = firms[e]!;
    const feasibility = feasibilities[e]!;
    const elsewhere = others[e]!;
    const k = share(feasibility, networkTerm(false, 0, 0, 0, elsewhere));
    keys[e] = k;
    nearKeys[e] = k;
    const degree = net.degree(f);
    if (degree > 0) {
      connected[e] = 1;
      const supplying = net.supplying(f);
      nearKeys[e] = share(feasibility, networkTerm(supplying, degree, net.pathBound(f), supplying ? 1 : 0, elsewhere));
    }
  }
}

/** Where v goes in a list descending: the first place whose value is not above v. */
function placeIn(distinct: readonly number[], v: number): number {
  let lo = 0;
  let hi = distinct.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (distinct[mid]! > v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds the keys of [from, to) not yet in `distinct` (descending) to it. */
function gatherDistinct(keys: Float64Array, from: number, to: number, distinct: number[]): void {
  for (let e = from; e < to; e++) {
    const v = keys[e]!;
    const at = placeIn(distinct, v);
    // A NaN key (none is made: feasibility and counts are finite) is left unlisted rather than listed once per entry.
    if ((at === distinct.length || distinct[at] !== v) && v === v) distinct.splice(at, 0, v);
  }
}

/** The rank of each entry of [from, to): connected ones first, then by key descending. */
function ranksOf(keys: Float64Array, connected: Uint8Array, distinct: readonly number[], from: number, to: number, rank: Int32Array): void {
  const R = distinct.length;
  for (let e = from; e < to; e++) rank[e] = (1 - connected[e]!) * R + Math.min(placeIn(distinct, keys[e]!), R - 1);
}

/**
 * The lists from per-component entries with firms ascending (capable.ts): the same entries, put in
 * visiting order, with their keys. Written as steps (server/util/yield.ts) over chunks of entries,
 * each chunk's loop an ordinary function (V8 optimises those, not a loop inside a generator): at
 * national scale (1.4 million entries) the lists took 1.7–2.1 s of the main thread in one piece
 * after each load.
 */
export function* supplierLists(entries: Entries, net: SupplierNetwork): Generator<void, SupplierLists> {
  const { start } = entries;
  const n = entries.firm.length;
  const C = start.length - 1;
  const connected = new Uint8Array(n);
  const keys = new Float64Array(n);
  const nearKeys = new Float64Array(n);
  for (let at = 0; at < n; at += ENTRIES_PER_STEP) {
    keysOf(entries, net, at, Math.min(n, at + ENTRIES_PER_STEP), keys, nearKeys, connected);
    yield;
  }
  // Order: per component, connected first, then key descending, then firm ascending. Keys take few
  // distinct values (a few feasibilities × a few counts of other buyers: 36 at national scale), so a
  // counting sort by the rank of the key does it in linear time. The distinct keys are gathered into
  // a short descending list by binary search (a Set of a million doubles costs a second, sorting a
  // copy of the keys 0.4 s).
  const distinct: number[] = [];
  for (let at = 0; at < n; at += ENTRIES_PER_STEP) {
    gatherDistinct(keys, at, Math.min(n, at + ENTRIES_PER_STEP), distinct);
    yield;
  }
  const R = distinct.length;
  const rank = new Int32Array(n);
  for (let at = 0; at < n; at += ENTRIES_PER_STEP) {
    ranksOf(keys, connected, distinct, at, Math.min(n, at + ENTRIES_PER_STEP), rank);
    yield;
  }
  const out = {
    split: new Int32Array(C),
    firm: new Int32Array(n),
    feasibility: new Float64Array(n),
    elsewhere: new Int32Array(n),
    key: new Float64Array(n),
    nearKey: new Float64Array(n),
  };
  const buckets = new Int32Array(2 * R + 1);
  for (let c = 0; c < C; ) {
    c = placeComponents(entries, keys, nearKeys, rank, R, buckets, c, out);
    yield;
  }
  return { start, ...out, ascending: entries.firm };
}

/**
 * Puts the entries of components c, c+1, … in visiting order (a counting sort by rank), until about
 * ENTRIES_PER_STEP entries are placed; returns the next component.
 */
function placeComponents(
  entries: Entries,
  keys: Float64Array,
  nearKeys: Float64Array,
  rank: Int32Array,
  R: number,
  buckets: Int32Array,
  first: number,
  out: Pick<SupplierLists, 'split' | 'firm' | 'feasibility' | 'elsewhere' | 'key' | 'nearKey'>,
): number {
  const { start } = entries;
  const C = start.length - 1;
  const { split, firm, feasibility, elsewhere, key, nearKey } = out;
  let placed = 0;
  let c = first;
  for (; c < C && placed < ENTRIES_PER_STEP; c++) {
    const from = start[c]!;
    const to = start[c + 1]!;
    if (to === from) {
      split[c] = from;
      continue;
    }
    buckets.fill(0);
    for (let e = from; e < to; e++) buckets[rank[e]! + 1]!++;
    for (let r = 0; r < 2 * R; r++) buckets[r + 1]! += buckets[r]!;
    split[c] = from + buckets[R]!;
    for (let e = from; e < to; e++) {
      const at = from + buckets[rank[e]!]!++;
      firm[at] = entries.firm[e]!;
      feasibility[at] = entries.feasibility[e]!;
      elsewhere[at] = entries.elsewhere[e]!;
      key[at] = keys[e]!;
      nearKey[at] = nearKeys[e]!;
    }
    placed += to - from;
  }
  return c;
}

/** Binary search of a sorted range. */
export function inRange(values: Int32Array, from: number, to: number, x: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether firm f is among component c's suppliers. */
export const hasSupplier = (lists: SupplierLists, c: number, f: number): boolean => inRange(lists.ascending, lists.start[c]!, lists.start[c + 1]!, f);

/** The lists restricted to the allowed firms (a cluster's members), order kept, in one pass. */
export function restrictSuppliers(lists: SupplierLists, allowed: Uint8Array): SupplierLists {
  const C = lists.start.length - 1;
  const start = new Int32Array(C + 1);
  const split = new Int32Array(C);
  const kept: number[] = [];
  const ascending: number[] = [];
  for (let c = 0; c < C; c++) {
    for (let e = lists.start[c]!; e < lists.start[c + 1]!; e++) {
      if (e === lists.split[c]) split[c] = kept.length;
      if (allowed[lists.firm[e]!] === 1) kept.push(e);
      if (allowed[lists.ascending[e]!] === 1) ascending.push(lists.ascending[e]!);
    }
    if (lists.split[c] === lists.start[c + 1]) split[c] = kept.length;
    start[c + 1] = kept.length;
  }
  const pick = <A extends Int32Array | Float64Array>(make: (n: number) => A, from: A): A => {
    const out = make(kept.length);
    kept.forEach((e, i) => (out[i] = from[e]!));
    return out;
  };
  return {
    start,
    split,
    firm: pick((n) => new Int32Array(n), lists.firm),
    feasibility: pick((n) => new Float64Array(n), lists.feasibility),
    elsewhere: pick((n) => new Int32Array(n), lists.elsewhere),
    key: pick((n) => new Float64Array(n), lists.key),
    nearKey: pick((n) => new Float64Array(n), lists.nearKey),
    ascending: Int32Array.from(ascending),
  };
}
