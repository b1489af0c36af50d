// Density of a location around a product (Hidalgo, Klinger, Barabási & Hausmann 2007; Growth Lab
// py-ecomplexity `calc_density`, discrete case):
//   density(c,p) = Σ_q M_cq φ(p,q) / Σ_q φ(p,q).
// NaN where Σ_q φ(p,q) = 0 (a product sharing no location with any other), as 0/0 in the package.
// Computed together with COG (coi-cog.ts), which sums the same proximity rows (add-rows.ts).
import { addPresentRows } from './add-rows.ts';
import { cogStart, cogWeights, finishCog } from './coi-cog.ts';
import type { Presence } from './presence.ts';

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

/** Density, and raw COG with the sign-adjusted PCI eigenvector kp (null: ECI undefined, no COG). */
export const computeDensity = (pr: Presence, phi: Float64Array, kp: Float64Array | null = null): Density => {
  const { nc, np } = pr;
  const rowSum = proximityRowSums(phi, np);
  const density = new Float64Array(nc * np);
  const weight = kp ? cogWeights(kp, rowSum) : new Float64Array(np);
  const cog = kp ? cogStart(pr, phi, weight) : new Float64Array(nc * np);
  addPresentRows(pr, phi, weight.map((x) => -x), density, cog);
  for (let c = 0; c < nc; c++) {
    const base = c * np;
    for (let p = 0; p < np; p++) density[base + p] = rowSum[p]! > 0 ? density[base + p]! / rowSum[p]! : Number.NaN;
  }
  return { density, rowSum, cogRaw: kp ? finishCog(pr, cog) : null };
};
