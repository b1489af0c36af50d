// Density of a location around a product (Hidalgo, Klinger, Barabási & Hausmann 2007; Growth Lab
// py-ecomplexity `calc_density`, discrete case):
//   density(c,p) = Σ_q M_cq φ(p,q) / Σ_q φ(p,q).
// NaN where Σ_q φ(p,q) = 0 (a product sharing no location with any other), as 0/0 in the package.
// Computed together with COG (coi-cog.ts), which sums the same proximities with weights.
// Two ways, the cheaper for the table's shape (the values agree to rounding, test/complexity/density-kernel.test.ts):
//   location space (no more locations than products, the usual case; see cheaperSpace): sums over products grouped
//     by ubiquity (proximity-sums.ts, present-sums.ts), nc × non-zeros(M) per pass, no φ at all;
//   product space: φ built (proximity.ts) and its rows added per present product (add-rows.ts),
//     np × non-zeros(M).
import { addPresentRows } from './add-rows.ts';
import { cogStart, cogWeights, finishCog } from './coi-cog.ts';
import { ubiquityLevels } from './levels.ts';
import { beginPresentSums, presentProximitySums } from './present-sums-pool.ts';
import type { Presence } from './presence.ts';
import { discreteProximity } from './proximity.ts';
import { proximitySums } from './proximity-sums.ts';

export interface Density {
  /** Row-major nc × np. */
  density: Float64Array;
  /** Σ_q φ(p,q) per product. */
  rowSum: Float64Array;
  /** Row-major nc × np raw COG (coi-cog.ts), when kp was given. */
  cogRaw: Float64Array | null;
}

export const proximityRowSums = (phi: Float64Array, np: number): Float64Array => {
  const rowSum = new Float64Array(np);
  for (let p = 0; p < np; p++) {
    let s = 0;
    for (let q = 0; q < np; q++) s += phi[p * np + q]!;
    rowSum[p] = s;
  }
  return rowSum;
};

/** Numerators divided by the row sums in place; NaN where a product has no proximity. */
const divide = (numerator: Float64Array, rowSum: Float64Array, nc: number, np: number): Float64Array => {
  for (let c = 0; c < nc; c++) {
    const base = c * np;
    for (let p = 0; p < np; p++) numerator[base + p] = rowSum[p]! > 0 ? numerator[base + p]! / rowSum[p]! : Number.NaN;
  }
  return numerator;
};

const productSpace = (pr: Presence, kp: Float64Array | null): Density => {
  const { nc, np } = pr;
  const phi = discreteProximity(pr);
  const rowSum = proximityRowSums(phi, np);
  const density = new Float64Array(nc * np);
  const weight = kp ? cogWeights(kp, rowSum) : new Float64Array(np);
  const cog = kp ? cogStart(pr, phi, weight) : new Float64Array(nc * np);
  addPresentRows(pr, phi, weight.map((x) => -x), density, cog);
  return { density: divide(density, rowSum, nc, np), rowSum, cogRaw: kp ? finishCog(pr, cog) : null };
};

/**
 * Row-major nc × np from the column-major sums, in tiles so that both sides stay in the cache:
 * x / by[p] (density; NaN where by[p] is 0) or, with `minus`, by[p] − x (COG).
 */
const TILE = 32;
const toRowMajor = (columns: Float64Array, nc: number, np: number, by: Float64Array, minus: boolean): Float64Array => {
  const out = new Float64Array(nc * np);
  for (let c0 = 0; c0 < nc; c0 += TILE) {
    const c1 = Math.min(nc, c0 + TILE);
    for (let p0 = 0; p0 < np; p0 += TILE) {
      const p1 = Math.min(np, p0 + TILE);
      for (let c = c0; c < c1; c++) {
        const row = c * np;
        if (minus) for (let p = p0; p < p1; p++) out[row + p] = by[p]! - columns[p * nc + c]!;
        else for (let p = p0; p < p1; p++) out[row + p] = by[p]! > 0 ? columns[p * nc + c]! / by[p]! : Number.NaN;
      }
    }
  }
  return out;
};

/**
 * The location space in two steps: the plain sums (density's numerators) start on the worker at
 * once, since they need nothing from the eigenvector; `finish(kp)` takes them, and computes the
 * weighted sums of COG split between both threads.
 */
const beginLocationSpace = (pr: Presence): PendingDensity => {
  const { nc, np } = pr;
  const levels = ubiquityLevels(pr);
  const plain = beginPresentSums(pr, levels, null);
  return {
    finish: (kp) => {
      const rowSum = proximitySums(pr, levels, null);
      const plainSums = plain.result();
      const density = toRowMajor(plainSums.out, nc, np, rowSum, false);
      plainSums.release();
      if (!kp) return { density, rowSum, cogRaw: null };
      const weight = cogWeights(kp, rowSum);
      const weighted = presentProximitySums(pr, levels, weight);
      // COG over the absent products = over every product − over the present ones.
      const all = proximitySums(pr, levels, weight);
      const cog = toRowMajor(weighted.out, nc, np, all, true);
      weighted.release();
      return { density, rowSum, cogRaw: finishCog(pr, cog) };
    },
  };
};

/**
 * The location space needs 8 nc² doubles (present-sums.ts) where the product space needs np² (φ):
 * it is chosen when it has fewer operations (nc ≤ np) and does not need much more memory than φ
 * (up to 32 MB more), so that a large, nearly square table does not run out of memory.
 */
const EXTRA_DOUBLES = 2 ** 22;
const cheaperSpace = ({ nc, np }: Presence): 'location' | 'product' =>
  nc <= np && 8 * nc * nc <= np * np + EXTRA_DOUBLES ? 'location' : 'product';

/** Density started before the eigenvector is known; `finish` with the sign-adjusted kp (null: no COG). */
export interface PendingDensity {
  finish(kp: Float64Array | null): Density;
}

/** `space` forces one way (tests and the bench); by default the cheaper. */
export const beginDensity = (pr: Presence, space?: 'location' | 'product'): PendingDensity =>
  (space ?? cheaperSpace(pr)) === 'location' ? beginLocationSpace(pr) : { finish: (kp) => productSpace(pr, kp) };

/** Density, and raw COG with the sign-adjusted PCI eigenvector kp (null: ECI undefined, no COG). */
export const computeDensity = (pr: Presence, kp: Float64Array | null = null, space?: 'location' | 'product'): Density => beginDensity(pr, space).finish(kp);
