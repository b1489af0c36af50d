// Discrete, symmetric product proximity (Hidalgo, Klinger, Barabási & Hausmann 2007, "The Product
// Space Conditions the Development of Nations", Science 317; Growth Lab py-ecomplexity
// `calc_discrete_proximity` with asymmetric=False):
//   φ(p,q) = min( P(M_p = 1 | M_q = 1), P(M_q = 1 | M_p = 1) ) = Σ_c M_cp M_cq / max(k_p,0, k_q,0),
// with φ(p,p) = 0. (Dividing by the larger ubiquity is exactly the smaller of the two quotients,
// since floating-point division is monotone.)
// Deviation: where a product has ubiquity 0 the package divides 0 by 0 and the NaN spreads to every
// density of the year; here its proximities are 0.
import type { Presence } from './presence.ts';

/** Row-major np × np, symmetric. */
export const discreteProximity = (pr: Presence): Float64Array => {
  const { np, nc, prodStart, prodIdx, ubiquity } = pr;
  const phi = new Float64Array(np * np);
  // Co-occurrence counts Σ_c M_cp M_cq, one pass over each location's product pairs.
  for (let c = 0; c < nc; c++) {
    const from = prodStart[c]!;
    const to = prodStart[c + 1]!;
    for (let a = from; a < to; a++) {
      const p = prodIdx[a]!;
      for (let b = a + 1; b < to; b++) {
        const q = prodIdx[b]!;
        phi[p * np + q]++;
        phi[q * np + p]++;
      }
    }
  }
  for (let p = 0; p < np; p++) {
    for (let q = p + 1; q < np; q++) {
      const co = phi[p * np + q]!;
      if (co === 0) continue;
      const value = co / Math.max(ubiquity[p]!, ubiquity[q]!);
      phi[p * np + q] = value;
      phi[q * np + p] = value;
    }
  }
  return phi;
};
