// Σ_q M_cq φ(q,p) and Σ_q M_cq w_q φ(q,p) for every location c and product p without the proximity
// matrix, in the location space (density's numerator, and COG's sum over the present products with
// its weights w; density.ts). As in proximity-sums.ts, for a product p at ubiquity level t = u_p:
//   Σ_{q ≠ p} M_cq w_q φ(q,p) = Σ_{c' ∈ locs(p)} G_t(c,c') − M_cp w_p,
//   G_t(c,c') = A_t(c,c') / t + B_t(c,c'),
//   A_t(c,c') = Σ_{q ∈ prods(c) ∩ prods(c'), u_q ≤ t} w_q,   B_t(c,c') = Σ_{q ∈ prods(c) ∩ prods(c'), u_q > t} w_q / u_q.
// The levels are visited downwards: A starts as the whole M W Mᵀ and loses each level's products
// after that level (with w = 1 integer counts, so exactly), B gains them (a running sum of
// non-negative terms when w = 1). Per level, G_t is formed once (nc² operations) and each of the
// level's products costs u_p rows of it: nc × non-zeros(M) for both sums together, against the
// product-space pass over φ's rows (np × non-zeros(M), after building the np × np matrix). The
// pair updates (Σ_q u_q² / 2) touch only the upper triangle; G is formed symmetric.
// Exact zeros: every non-zero term M_cq φ(q,p) is C_qp / max(u_q, u_p) ≥ 1/nc, so the true
// numerator is either 0 or at least 1/nc, while the rounding here is below nc · np · 1e-15;
// anything under 1/(2 nc) is therefore exactly 0 (no co-occurring product), and is written as 0.
// The work splits by locations (present-sums-pool.ts): a part owns rows of the upper triangle
// (pair updates, forming G) and a range of output locations (the row sums); every entry is
// computed by the same operations in the same order whatever the split, so the results are bit for
// bit those of one part. Parts meet at `sync` once per level, after forming G: G alternates between
// two buffers, so a part may form the next level's while the other still sums this level's rows.
import type { UbiquityLevels } from './levels.ts';

export interface PresentSums {
  /** Column-major (np × nc, product by product): Σ_{q ≠ p} M_cq φ(q,p). */
  plain: Float64Array;
  /** Column-major: Σ_{q ≠ p} M_cq w_q φ(q,p). */
  weighted: Float64Array;
}

/** Everything the parts share (SharedArrayBuffers when there are several). */
export interface SumsJob extends PresentSums {
  nc: number;
  np: number;
  locStart: Int32Array;
  locIdx: Int32Array;
  order: Int32Array;
  start: Int32Array;
  ubiquity: Float64Array;
  /** COG weights (0 when there is no COG). */
  weight: Float64Array;
  /** Upper triangles of A, A_w, B, B_w interleaved: ab[4·(c·nc + c') + k]. */
  ab: Float64Array;
  /** A level's pair count and weight, interleaved (upper triangle). */
  pairs: Float64Array;
  /** G_t and its weighted twin, interleaved, both triangles; two buffers, for alternate levels. */
  g: [Float64Array, Float64Array];
}

/** Rows [rowFrom, rowTo) of the upper triangle, output locations [colFrom, colTo). */
export interface SumsPart {
  rowFrom: number;
  rowTo: number;
  colFrom: number;
  colTo: number;
}

export const newSumsJob = (nc: number, np: number, locStart: Int32Array, locIdx: Int32Array, levels: UbiquityLevels, weight: Float64Array, shared: boolean): SumsJob => {
  const f64 = (n: number) => (shared ? new Float64Array(new SharedArrayBuffer(8 * Math.max(n, 1)), 0, n) : new Float64Array(n));
  const i32 = (a: Int32Array) => {
    if (!shared) return a;
    const copy = new Int32Array(new SharedArrayBuffer(4 * Math.max(a.length, 1)), 0, a.length);
    copy.set(a);
    return copy;
  };
  const copy64 = (a: Float64Array) => {
    if (!shared) return a;
    const out = f64(a.length);
    out.set(a);
    return out;
  };
  return {
    nc,
    np,
    locStart: i32(locStart),
    locIdx: i32(locIdx),
    order: i32(levels.order),
    start: i32(levels.start),
    ubiquity: copy64(levels.ubiquity),
    weight: copy64(weight),
    ab: f64(4 * nc * nc),
    pairs: f64(2 * nc * nc),
    g: [f64(2 * nc * nc), f64(2 * nc * nc)],
    plain: f64(nc * np),
    weighted: f64(nc * np),
  };
};

/** For every pair of locations c ≤ c' holding product q, c in the part's rows: pairs[2·(c·nc + c')] += 1 and pairs[… + 1] += w. */
const addPairs = (job: SumsJob, part: SumsPart, q: number, w: number): void => {
  const { nc, locStart, locIdx, pairs } = job;
  const to = locStart[q + 1]!;
  for (let a = locStart[q]!; a < to; a++) {
    const c = locIdx[a]!;
    if (c < part.rowFrom) continue;
    if (c >= part.rowTo) break; // locations ascend within a product
    const row = c * nc;
    for (let b = a; b < to; b++) {
      const k = 2 * (row + locIdx[b]!);
      pairs[k]++;
      pairs[k + 1] += w;
    }
  }
};

/**
 * g[2·(c·nc + c')] = G_t(c,c') and g[… + 1] its weighted twin, both triangles, from the upper
 * triangles of ab = (A, A_w, B, B_w) interleaved; then the level's own pairs move from A to B
 * (A −= count, B += count / t; weighted alike) and the pairs counter is cleared for the next level.
 */
const formLevel = (job: SumsJob, part: SumsPart, t: number, g: Float64Array): void => {
  const { nc, ab, pairs } = job;
  for (let i = part.rowFrom; i < part.rowTo; i++) {
    for (let j = i; j < nc; j++) {
      const ij = i * nc + j;
      const k = 4 * ij;
      const a = ab[k]!;
      const aw = ab[k + 1]!;
      const b = ab[k + 2]!;
      const bw = ab[k + 3]!;
      const plain = a / t + b;
      const weighted = aw / t + bw;
      const ji = 2 * (j * nc + i);
      g[2 * ij] = plain;
      g[2 * ij + 1] = weighted;
      g[ji] = plain;
      g[ji + 1] = weighted;
      const count = pairs[2 * ij]!;
      if (count !== 0) {
        const w = pairs[2 * ij + 1]!;
        ab[k] = a - count;
        ab[k + 1] = aw - w;
        ab[k + 2] = b + count / t;
        ab[k + 3] = bw + w / t;
        pairs[2 * ij] = 0;
        pairs[2 * ij + 1] = 0;
      }
    }
  }
};

/** col[2c + k] = Σ_{c' ∈ locs(p)} g[2·(c'·nc + c) + k] over the part's locations, four rows per pass. */
const sumRows = (job: SumsJob, part: SumsPart, p: number, g: Float64Array, col: Float64Array): void => {
  const { nc, locStart, locIdx } = job;
  const n2 = 2 * nc;
  const from = 2 * part.colFrom;
  const until = 2 * part.colTo;
  col.fill(0, from, until);
  const to = locStart[p + 1]!;
  let r = locStart[p]!;
  for (; r + 3 < to; r += 4) {
    const o0 = locIdx[r]! * n2;
    const o1 = locIdx[r + 1]! * n2;
    const o2 = locIdx[r + 2]! * n2;
    const o3 = locIdx[r + 3]! * n2;
    for (let c = from; c < until; c++) col[c] += g[o0 + c]! + g[o1 + c]! + (g[o2 + c]! + g[o3 + c]!);
  }
  for (; r < to; r++) {
    const o = locIdx[r]! * n2;
    for (let c = from; c < until; c++) col[c] += g[o + c]!;
  }
};

/** One part's share of the job; `sync` waits for the other parts (nothing with one part). */
export const levelSums = (job: SumsJob, part: SumsPart, sync: () => void): void => {
  const { nc, np, locStart, locIdx, order, start, ubiquity, weight, ab, pairs, plain, weighted } = job;
  const col = new Float64Array(2 * nc);
  const zero = 1 / (2 * nc);
  // A and A_w start as the sums over every product (M Mᵀ and M W Mᵀ), B and B_w at 0.
  for (let q = 0; q < np; q++) addPairs(job, part, q, weight[q]!);
  for (let i = part.rowFrom; i < part.rowTo; i++) {
    for (let k = i * nc + i; k < (i + 1) * nc; k++) {
      ab[4 * k] = pairs[2 * k]!;
      ab[4 * k + 1] = pairs[2 * k + 1]!;
      pairs[2 * k] = 0;
      pairs[2 * k + 1] = 0;
    }
  }
  for (let k = ubiquity.length - 1; k >= 0; k--) {
    const t = ubiquity[k]!;
    if (t === 0) continue;
    for (let i = start[k]!; i < start[k + 1]!; i++) addPairs(job, part, order[i]!, weight[order[i]!]!);
    const g = job.g[k % 2]!;
    formLevel(job, part, t, g);
    sync();
    for (let i = start[k]!; i < start[k + 1]!; i++) {
      const p = order[i]!;
      sumRows(job, part, p, g, col);
      // The q = p term: M_cp w_p for the locations holding p.
      const wp = weight[p]!;
      for (let r = locStart[p]!; r < locStart[p + 1]!; r++) {
        const c = locIdx[r]!;
        if (c < part.colFrom || c >= part.colTo) continue;
        col[2 * c]--;
        col[2 * c + 1] -= wp;
      }
      const base = p * nc;
      for (let c = part.colFrom; c < part.colTo; c++) {
        const x = col[2 * c]!;
        plain[base + c] = x < zero ? 0 : x;
        weighted[base + c] = col[2 * c + 1]!;
      }
    }
  }
  // The other part may still be summing the last level's rows.
  sync();
};

/** The whole job in one part. */
export const wholePart = (nc: number): SumsPart => ({ rowFrom: 0, rowTo: nc, colFrom: 0, colTo: nc });
