// Complexity Outlook Index and Complexity Outlook Gain (Hausmann et al., The Atlas of Economic
// Complexity, 2013 ed., technical box; Growth Lab py-ecomplexity `calc_coi_cog`, which follows the
// Stata `ecomplexity` command), before normalisation:
//   coi(c)   = Σ_p density(c,p) (1 − M_cp) kp_p
//   cog(c,p) = (1 − M_cp) Σ_q (1 − M_cq) φ(q,p) kp_q / Σ_r φ(q,r)
// with kp the sign-adjusted, unnormalised PCI eigenvector (eci-pci.ts). normalise.ts then
// standardises coi and divides cog by the spread of kc.
// Deviation: terms with a NaN density or PCI, or a product with no proximity at all, are left out;
// in the package one such term makes every COI and COG of the year NaN.
import type { Presence } from './presence.ts';

export const computeRawCoi = (pr: Presence, density: Float64Array, kp: Float64Array): Float64Array => {
  const { nc, np, m } = pr;
  const coi = new Float64Array(nc);
  for (let c = 0; c < nc; c++) {
    let s = 0;
    for (let p = 0; p < np; p++) {
      const k = c * np + p;
      const term = density[k]! * kp[p]!;
      if (m[k] === 0 && Number.isFinite(term)) s += term;
    }
    coi[c] = s;
  }
  return coi;
};

// COG is computed in density.ts's pass over the proximity rows (add-rows.ts): the weights, the
// start value of every row and the last step are here.

/** weight_q = kp_q / Σ_r φ(q,r) (0 for a product with no proximity or no PCI). */
export const cogWeights = (kp: Float64Array, rowSum: Float64Array): Float64Array => {
  const np = kp.length;
  const weight = new Float64Array(np);
  for (let q = 0; q < np; q++) {
    const w = kp[q]! / rowSum[q]!;
    weight[q] = rowSum[q]! > 0 && Number.isFinite(w) ? w : 0;
  }
  return weight;
};

/**
 * Row-major nc × np, every row all_p = Σ_q weight_q φ(q,p) over every product q: the sum over the
 * products absent from c is this minus the sum over those present, which add-rows.ts adds.
 */
export const cogStart = (pr: Presence, phi: Float64Array, weight: Float64Array): Float64Array => {
  const { nc, np } = pr;
  const all = new Float64Array(np);
  for (let q = 0; q < np; q++) {
    const w = weight[q]!;
    if (w === 0) continue;
    const phiRow = phi.subarray(q * np, (q + 1) * np);
    for (let p = 0; p < np; p++) all[p] += w * phiRow[p]!;
  }
  const cog = new Float64Array(nc * np);
  for (let c = 0; c < nc; c++) cog.set(all, c * np);
  return cog;
};

/** (1 − M_cp) times the sums: 0 where the product is present. */
export const finishCog = (pr: Presence, cog: Float64Array): Float64Array => {
  const { m } = pr;
  for (let k = 0; k < m.length; k++) if (m[k] === 1) cog[k] = 0;
  return cog;
};
