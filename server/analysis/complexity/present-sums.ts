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
// One channel per job: the plain sums (w = 1, density) need nothing from the eigenvector, so
// present-sums-pool.ts runs them on the worker while the main thread finds it, and the weighted
// sums (COG) after. A channel's arithmetic never mixes with the other's, so the numbers are those
// of the two channels computed together.
// The work splits by locations (present-sums-pool.ts): a part owns rows of the upper triangle
// (pair updates, forming G) and a range of output locations (the row sums); every entry is
// computed by the same operations in the same order whatever the split, so the results are bit for
// bit those of one part. Parts meet at `sync` once per level, after forming G: G alternates between
// two buffers, so a part may form the next level's while the other still sums this level's rows.
import type { UbiquityLevels } from './levels.ts';

/** Everything the parts share (SharedArrayBuffers when there are several). */
export interface SumsJob {
  nc: number;
  np: number;
  locStart: Int32Array;
  locIdx: Int32Array;
  order: Int32Array;
  start: Int32Array;
  ubiquity: Float64Array;
  /** COG weights; null: the plain sums (every weight 1, counts exact, tiny numerators written as 0). */
  weight: Float64Array | null;
}

/**
 * A job's working arrays and its output, which may be reused from one job to the next
 * (present-sums-pool.ts): memory touched for the first time costs more than the sums themselves
 * save (the 250 × 1,200 bench table: 40 ms with reused arrays, up to 58 ms with fresh ones).
 * levelSums clears what it reads before writing.
 */
export interface SumsScratch {
  nc: number;
  np: number;
  /** Upper triangles of A and B interleaved: ab[2·(c·nc + c') + k]. */
  ab: Float64Array;
  /** A level's pair weight (count when plain), upper triangle. */
  pairs: Float64Array;
  /** G_t, both triangles; two buffers, for alternate levels. */
  g: [Float64Array, Float64Array];
  /** Column-major (np × nc, product by product): Σ_{q ≠ p} M_cq w_q φ(q,p). */
  out: Float64Array;
}

const f64 = (n: number, shared: boolean) => (shared ? new Float64Array(new SharedArrayBuffer(8 * Math.max(n, 1)), 0, n) : new Float64Array(n));

export const newScratch = (nc: number, np: number, shared: boolean): SumsScratch => ({
  nc,
  np,
  ab: f64(2 * nc * nc, shared),
  pairs: f64(nc * nc, shared),
  g: [f64(nc * nc, shared), f64(nc * nc, shared)],
  out: f64(nc * np, shared),
});

/** Rows [rowFrom, rowTo) of the upper triangle, output locations [colFrom, colTo). */
export interface SumsPart {
  rowFrom: number;
  rowTo: number;
  colFrom: number;
  colTo: number;
}

export const newSumsJob = (nc: number, np: number, locStart: Int32Array, locIdx: Int32Array, levels: UbiquityLevels, weight: Float64Array | null, shared: boolean): SumsJob => {
  const i32 = (a: Int32Array) => {
    if (!shared) return a;
    const copy = new Int32Array(new SharedArrayBuffer(4 * Math.max(a.length, 1)), 0, a.length);
    copy.set(a);
    return copy;
  };
  const copy64 = (a: Float64Array) => {
    if (!shared) return a;
    const out = f64(a.length, true);
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
    weight: weight && copy64(weight),
  };
};

/** For every pair of locations c ≤ c' holding product q, c in the part's rows: pairs[c·nc + c'] += w. */
const addPairs = (job: SumsJob, pairs: Float64Array, part: SumsPart, q: number, w: number): void => {
  const { nc, locStart, locIdx } = job;
  const to = locStart[q + 1]!;
  for (let a = locStart[q]!; a < to; a++) {
    const c = locIdx[a]!;
    if (c < part.rowFrom) continue;
    if (c >= part.rowTo) break; // locations ascend within a product
    const row = c * nc;
    for (let b = a; b < to; b++) pairs[row + locIdx[b]!] += w;
  }
};

/**
 * g[c·nc + c'] = G_t(c,c'), both triangles, from the upper triangles of ab = (A, B) interleaved;
 * then the level's own pairs move from A to B (A −= x, B += x / t) and the pairs are cleared for
 * the next level.
 */
const formLevel = (nc: number, { ab, pairs }: SumsScratch, part: SumsPart, t: number, g: Float64Array): void => {
  for (let i = part.rowFrom; i < part.rowTo; i++) {
    for (let j = i; j < nc; j++) {
      const ij = i * nc + j;
      const a = ab[2 * ij]!;
      const b = ab[2 * ij + 1]!;
      const v = a / t + b;
      g[ij] = v;
      g[j * nc + i] = v;
      const x = pairs[ij]!;
      if (x !== 0) {
        ab[2 * ij] = a - x;
        ab[2 * ij + 1] = b + x / t;
        pairs[ij] = 0;
      }
    }
  }
};

/** col[c] = Σ_{c' ∈ locs(p)} g[c'·nc + c] over the part's locations, eight rows per pass (then four, then one): fewer reads and writes of col per row added. */
const sumRows = (job: SumsJob, part: SumsPart, p: number, g: Float64Array, col: Float64Array): void => {
  const { nc, locStart, locIdx } = job;
  const from = part.colFrom;
  const until = part.colTo;
  col.fill(0, from, until);
  const to = locStart[p + 1]!;
  let r = locStart[p]!;
  for (; r + 7 < to; r += 8) {
    const o0 = locIdx[r]! * nc;
    const o1 = locIdx[r + 1]! * nc;
    const o2 = locIdx[r + 2]! * nc;
    const o3 = locIdx[r + 3]! * nc;
    const o4 = locIdx[r + 4]! * nc;
    const o5 = locIdx[r + 5]! * nc;
    const o6 = locIdx[r + 6]! * nc;
    const o7 = locIdx[r + 7]! * nc;
    for (let c = from; c < until; c++) col[c] += g[o0 + c]! + g[o1 + c]! + (g[o2 + c]! + g[o3 + c]!) + (g[o4 + c]! + g[o5 + c]! + (g[o6 + c]! + g[o7 + c]!));
  }
  for (; r + 3 < to; r += 4) {
    const o0 = locIdx[r]! * nc;
    const o1 = locIdx[r + 1]! * nc;
    const o2 = locIdx[r + 2]! * nc;
    const o3 = locIdx[r + 3]! * nc;
    for (let c = from; c < until; c++) col[c] += g[o0 + c]! + g[o1 + c]! + (g[o2 + c]! + g[o3 + c]!);
  }
  for (; r < to; r++) {
    const o = locIdx[r]! * nc;
    for (let c = from; c < until; c++) col[c] += g[o + c]!;
  }
};

/** One part's share of the job; `sync` waits for the other parts (nothing with one part). */
export const levelSums = (job: SumsJob, scratch: SumsScratch, part: SumsPart, sync: () => void): void => {
  const { nc, np, locStart, locIdx, order, start, ubiquity, weight } = job;
  const { ab, pairs, out } = scratch;
  // The part's rows of the triangles, left over from an earlier job.
  ab.fill(0, 2 * part.rowFrom * nc, 2 * part.rowTo * nc);
  pairs.fill(0, part.rowFrom * nc, part.rowTo * nc);
  const col = new Float64Array(nc);
  const zero = weight ? -Infinity : 1 / (2 * nc);
  const w = (q: number): number => (weight ? weight[q]! : 1);
  // A starts as the sum over every product (M W Mᵀ), B at 0.
  for (let q = 0; q < np; q++) addPairs(job, pairs, part, q, w(q));
  for (let i = part.rowFrom; i < part.rowTo; i++) {
    for (let k = i * nc + i; k < (i + 1) * nc; k++) {
      ab[2 * k] = pairs[k]!;
      pairs[k] = 0;
    }
  }
  for (let k = ubiquity.length - 1; k >= 0; k--) {
    const t = ubiquity[k]!;
    if (t === 0) continue;
    for (let i = start[k]!; i < start[k + 1]!; i++) addPairs(job, pairs, part, order[i]!, w(order[i]!));
    const g = scratch.g[k % 2]!;
    formLevel(nc, scratch, part, t, g);
    sync();
    for (let i = start[k]!; i < start[k + 1]!; i++) {
      const p = order[i]!;
      sumRows(job, part, p, g, col);
      // The q = p term: M_cp w_p for the locations holding p.
      const wp = w(p);
      for (let r = locStart[p]!; r < locStart[p + 1]!; r++) {
        const c = locIdx[r]!;
        if (c >= part.colFrom && c < part.colTo) col[c] -= wp;
      }
      const base = p * nc;
      for (let c = part.colFrom; c < part.colTo; c++) {
        const x = col[c]!;
        out[base + c] = x < zero ? 0 : x;
      }
    }
  }
  // The other part may still be summing the last level's rows.
  sync();
};

/** The whole job in one part. */
export const wholePart = (nc: number): SumsPart => ({ rowFrom: 0, rowTo: nc, colFrom: 0, colTo: nc });
