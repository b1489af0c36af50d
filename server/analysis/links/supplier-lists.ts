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

/**
 * The lists from per-component entries with firms ascending (capable.ts): the same entries, put in
 * visiting order, with their keys.
 */
export function supplierLists(entries: { start: Int32Array; firm: Int32Array; feasibility: Float64Array; elsewhere: Int32Array }, net: SupplierNetwork): SupplierLists {
  const { start } = entries;
  const n = entries.firm.length;
  const C = start.length - 1;
  const connected = new Uint8Array(n);
  const keys = new Float64Array(n);
  const nearKeys = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    const f = entries.firm[e]!;
    const [feasibility, elsewhere] = [entries.feasibility[e]!, entries.elsewhere[e]!];
    keys[e] = share(feasibility, networkTerm(false, 0, 0, 0, elsewhere));
    nearKeys[e] = keys[e]!;
    if (net.degree(f) > 0) {
      connected[e] = 1;
      const supplying = net.supplying(f);
      nearKeys[e] = share(feasibility, networkTerm(supplying, net.degree(f), net.pathBound(f), supplying ? 1 : 0, elsewhere));
    }
  }
  const split = new Int32Array(C);
  const firm = new Int32Array(n);
  const feasibility = new Float64Array(n);
  const elsewhere = new Int32Array(n);
  const key = new Float64Array(n);
  const nearKey = new Float64Array(n);
  const place = (at: number, e: number) => {
    firm[at] = entries.firm[e]!;
    feasibility[at] = entries.feasibility[e]!;
    elsewhere[at] = entries.elsewhere[e]!;
    key[at] = keys[e]!;
    nearKey[at] = nearKeys[e]!;
  };
  // Order: per component, connected first, then key descending, then firm ascending. Keys take few
  // distinct values (a few feasibilities × a few counts of other buyers), so a counting sort by the
  // rank of the key does it in linear time.
  // (A Set of a million doubles costs a second; a typed-array sort and binary searches do not.)
  const sorted = Float64Array.from(keys).sort();
  const distinct: number[] = [];
  for (let e = sorted.length - 1; e >= 0; e--) if (distinct.length === 0 || sorted[e] !== distinct[distinct.length - 1]) distinct.push(sorted[e]!);
  const R = distinct.length;
  const rankOf = (v: number): number => {
    let [lo, hi] = [0, R - 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid]! > v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const rank = new Int32Array(n);
  for (let e = 0; e < n; e++) rank[e] = (1 - connected[e]!) * R + rankOf(keys[e]!);
  const buckets = new Int32Array(2 * R + 1);
  for (let c = 0; c < C; c++) {
    const [from, to] = [start[c]!, start[c + 1]!];
    if (to === from) {
      split[c] = from;
      continue;
    }
    buckets.fill(0);
    for (let e = from; e < to; e++) buckets[rank[e]! + 1]!++;
    for (let r = 0; r < 2 * R; r++) buckets[r + 1]! += buckets[r]!;
    split[c] = from + buckets[R]!;
    for (let e = from; e < to; e++) place(from + buckets[rank[e]!]!++, e);
  }
  return { start, split, firm, feasibility, elsewhere, key, nearKey, ascending: entries.firm };
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
