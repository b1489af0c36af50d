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
  const { np, nc, prodStart, prodIdx, locStart, locIdx, ubiquity } = pr;
  const phi = new Float64Array(np * np);
  // Co-occurrence counts Σ_c M_cp M_cq for q > p, one row p at a time into a small counter that
  // stays in the L1 cache (Mᵀ M over the sparse presence matrix; counts are exact integers, so the
  // values are the same as from any other order of summation). Each location's products are
  // ascending, and p ascends: the position of p in location c's list is the location's cursor,
  // and the products after it are the q > p it shares with p.
  const counts = new Float64Array(np);
  const cursor = prodStart.slice(0, nc);
  for (let p = 0; p < np; p++) {
    for (let r = locStart[p]!; r < locStart[p + 1]!; r++) {
      const c = locIdx[r]!;
      const end = prodStart[c + 1]!;
      for (let b = ++cursor[c]!; b < end; b++) counts[prodIdx[b]!]++;
    }
    const up = ubiquity[p]!;
    const row = p * np;
    for (let q = p + 1; q < np; q++) {
      const co = counts[q]!;
      if (co === 0) continue;
      counts[q] = 0;
      const value = co / Math.max(up, ubiquity[q]!);
      phi[row + q] = value;
      phi[q * np + p] = value;
    }
  }
  return phi;
};
