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
import type { UbiquityLevels } from './levels.ts';
import type { Presence } from './presence.ts';

export interface PresentSums {
  /** Column-major (np × nc, product by product): Σ_{q ≠ p} M_cq φ(q,p). */
  plain: Float64Array;
  /** Column-major: Σ_{q ≠ p} M_cq w_q φ(q,p). */
  weighted: Float64Array;
}

/** For every pair of locations c ≤ c' holding product q: pairs[2·(c·nc + c')] += 1 and pairs[… + 1] += w. */
const addPairs = (pr: Presence, q: number, w: number, pairs: Float64Array): void => {
  const { nc, locStart, locIdx } = pr;
  const from = locStart[q]!;
  const to = locStart[q + 1]!;
  for (let a = from; a < to; a++) {
    const row = locIdx[a]! * nc;
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
const formLevel = (nc: number, t: number, ab: Float64Array, pairs: Float64Array, g: Float64Array): void => {
  for (let i = 0; i < nc; i++) {
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

/** col[2c + k] = Σ_{c' ∈ locs(p)} g[2·(c'·nc + c) + k], four rows per pass over col. */
const sumRows = (pr: Presence, p: number, g: Float64Array, col: Float64Array): void => {
  const { nc, locStart, locIdx } = pr;
  const n2 = 2 * nc;
  col.fill(0);
  const to = locStart[p + 1]!;
  let r = locStart[p]!;
  for (; r + 3 < to; r += 4) {
    const o0 = locIdx[r]! * n2;
    const o1 = locIdx[r + 1]! * n2;
    const o2 = locIdx[r + 2]! * n2;
    const o3 = locIdx[r + 3]! * n2;
    for (let c = 0; c < n2; c++) col[c] += g[o0 + c]! + g[o1 + c]! + (g[o2 + c]! + g[o3 + c]!);
  }
  for (; r < to; r++) {
    const o = locIdx[r]! * n2;
    for (let c = 0; c < n2; c++) col[c] += g[o + c]!;
  }
};

/** Both sums; w null: weights 0 (no COG), `weighted` all 0. */
export const presentProximitySums = (pr: Presence, levels: UbiquityLevels, w: Float64Array | null): PresentSums => {
  const { nc, np, locStart, locIdx } = pr;
  const { order, start, ubiquity } = levels;
  const weight = w ?? new Float64Array(np);
  const plain = new Float64Array(nc * np);
  const weighted = new Float64Array(nc * np);
  const ab = new Float64Array(4 * nc * nc);
  const pairs = new Float64Array(2 * nc * nc);
  const g = new Float64Array(2 * nc * nc);
  const col = new Float64Array(2 * nc);
  const zero = 1 / (2 * nc);
  // A and A_w start as the sums over every product (M Mᵀ and M W Mᵀ), B and B_w at 0.
  for (let q = 0; q < np; q++) addPairs(pr, q, weight[q]!, pairs);
  for (let k = 0; k < nc * nc; k++) {
    ab[4 * k] = pairs[2 * k]!;
    ab[4 * k + 1] = pairs[2 * k + 1]!;
  }
  pairs.fill(0);
  for (let k = ubiquity.length - 1; k >= 0; k--) {
    const t = ubiquity[k]!;
    if (t === 0) continue;
    for (let i = start[k]!; i < start[k + 1]!; i++) addPairs(pr, order[i]!, weight[order[i]!]!, pairs);
    formLevel(nc, t, ab, pairs, g);
    for (let i = start[k]!; i < start[k + 1]!; i++) {
      const p = order[i]!;
      sumRows(pr, p, g, col);
      // The q = p term: M_cp w_p for the locations holding p.
      const wp = weight[p]!;
      for (let r = locStart[p]!; r < locStart[p + 1]!; r++) {
        const c = locIdx[r]!;
        col[2 * c]--;
        col[2 * c + 1] -= wp;
      }
      const base = p * nc;
      for (let c = 0; c < nc; c++) {
        const x = col[2 * c]!;
        plain[base + c] = x < zero ? 0 : x;
        weighted[base + c] = col[2 * c + 1]!;
      }
    }
  }
  return { plain, weighted };
};
