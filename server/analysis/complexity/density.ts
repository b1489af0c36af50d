// Density of a location around a product (Hidalgo, Klinger, Barabási & Hausmann 2007; Growth Lab
// py-ecomplexity `calc_density`, discrete case):
//   density(c,p) = Σ_q M_cq φ(p,q) / Σ_q φ(p,q).
// NaN where Σ_q φ(p,q) = 0 (a product sharing no location with any other), as 0/0 in the package.
import { addWeightedRows } from './add-rows.ts';
import type { Presence } from './presence.ts';

export interface Density {
  /** Row-major nc × np. */
  density: Float64Array;
  /** Σ_q φ(p,q) per product. */
  rowSum: Float64Array;
}

export const computeDensity = (pr: Presence, phi: Float64Array): Density => {
  const { nc, np, prodStart, prodIdx } = pr;
  const rowSum = new Float64Array(np);
  for (let p = 0; p < np; p++) {
    let s = 0;
    for (let q = 0; q < np; q++) s += phi[p * np + q]!;
    rowSum[p] = s;
  }
  const density = new Float64Array(nc * np);
  const ones = new Float64Array(np).fill(1);
  const acc = new Float64Array(np);
  for (let c = 0; c < nc; c++) {
    // φ is symmetric: add row q of φ for every product q present in c.
    acc.fill(0);
    addWeightedRows(acc, phi, np, prodIdx, prodStart[c]!, prodStart[c + 1]!, ones);
    const base = c * np;
    for (let p = 0; p < np; p++) density[base + p] = rowSum[p]! > 0 ? acc[p]! / rowSum[p]! : Number.NaN;
  }
  return { density, rowSum };
};
