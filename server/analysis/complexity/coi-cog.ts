// Complexity Outlook Index and Complexity Outlook Gain (Hausmann et al., The Atlas of Economic
// Complexity, 2013 ed., technical box; Growth Lab py-ecomplexity `calc_coi_cog`, which follows the
// Stata `ecomplexity` command), before normalisation:
//   coi(c)   = Σ_p density(c,p) (1 − M_cp) kp_p
//   cog(c,p) = (1 − M_cp) Σ_q (1 − M_cq) φ(q,p) kp_q / Σ_r φ(q,r)
// with kp the sign-adjusted, unnormalised PCI eigenvector (eci-pci.ts). normalise.ts then
// standardises coi and divides cog by the spread of kc.
// Deviation: terms with a NaN density or PCI, or a product with no proximity at all, are left out;
// in the package one such term makes every COI and COG of the year NaN.
import { addWeightedRows } from './add-rows.ts';
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

/** Row-major nc × np. */
export const computeRawCog = (pr: Presence, phi: Float64Array, rowSum: Float64Array, kp: Float64Array): Float64Array => {
  const { nc, np, m, prodStart, prodIdx } = pr;
  // weight_q = kp_q / Σ_r φ(q,r); all_p = Σ_q weight_q φ(q,p) over every product q.
  const weight = new Float64Array(np);
  for (let q = 0; q < np; q++) {
    const w = kp[q]! / rowSum[q]!;
    weight[q] = rowSum[q]! > 0 && Number.isFinite(w) ? w : 0;
  }
  const all = new Float64Array(np);
  for (let q = 0; q < np; q++) {
    const w = weight[q]!;
    if (w === 0) continue;
    const phiRow = phi.subarray(q * np, (q + 1) * np);
    for (let p = 0; p < np; p++) all[p] += w * phiRow[p]!;
  }
  const cog = new Float64Array(nc * np);
  const negWeight = weight.map((w) => -w);
  for (let c = 0; c < nc; c++) {
    // Σ_q (1 − M_cq) … = all_p − Σ over the products q present in c.
    const row = cog.subarray(c * np, (c + 1) * np);
    row.set(all);
    addWeightedRows(row, phi, np, prodIdx, prodStart[c]!, prodStart[c + 1]!, negWeight);
    for (let p = 0; p < np; p++) if (m[c * np + p] === 1) row[p] = 0;
  }
  return cog;
};
