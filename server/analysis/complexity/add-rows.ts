// The hot loop of density and COG (about 10⁸ additions each for 250 locations × 1,200 products):
// for every location c and product p, the sums over the products q present in c
//   plain[c,p]    += Σ_q φ(q,p)          (density's numerator; φ symmetric, so row q of φ)
//   weighted[c,p] += Σ_q w_q φ(q,p)      (COG's correction, with w the negated COG weights)
// in one pass, so each proximity value is read once for both. Only present entries are visited
// (M is 0/1: the sparse row of c lists them). Four rows per pass over the output, as before issue 16
// and in the same grouping of additions, so the results are bit for bit those of the separate
// loops. (Blocking the columns so that a block of φ stays in the cache, and eight rows per pass,
// measured no faster on the project's machine: bench/README.md, issue 16.)
import type { Presence } from './presence.ts';

export const addPresentRows = (pr: Presence, phi: Float64Array, w: Float64Array, plain: Float64Array, weighted: Float64Array): void => {
  const { nc, np, prodStart, prodIdx } = pr;
  for (let c = 0; c < nc; c++) {
    const base = c * np;
    const to = prodStart[c + 1]!;
    let r = prodStart[c]!;
    for (; r + 3 < to; r += 4) {
      const q0 = prodIdx[r]!;
      const q1 = prodIdx[r + 1]!;
      const q2 = prodIdx[r + 2]!;
      const q3 = prodIdx[r + 3]!;
      const w0 = w[q0]!;
      const w1 = w[q1]!;
      const w2 = w[q2]!;
      const w3 = w[q3]!;
      const o0 = q0 * np - base;
      const o1 = q1 * np - base;
      const o2 = q2 * np - base;
      const o3 = q3 * np - base;
      for (let k = base; k < base + np; k++) {
        const f0 = phi[o0 + k]!;
        const f1 = phi[o1 + k]!;
        const f2 = phi[o2 + k]!;
        const f3 = phi[o3 + k]!;
        plain[k] += f0 + f1 + (f2 + f3);
        weighted[k] += w0 * f0 + w1 * f1 + (w2 * f2 + w3 * f3);
      }
    }
    for (; r < to; r++) {
      const q = prodIdx[r]!;
      const wq = w[q]!;
      const o = q * np - base;
      for (let k = base; k < base + np; k++) {
        const f = phi[o + k]!;
        plain[k] += f;
        weighted[k] += wq * f;
      }
    }
  }
};
