// Σ_q w_q φ(q,p) for every product p without the proximity matrix (density's denominator with
// w = 1, COG's sum over every product with its weights; density.ts). With C = MᵀM the
// co-occurrence counts and φ(q,p) = C_qp / max(u_q, u_p), φ(p,p) = 0 (proximity.ts),
//   Σ_q w_q φ(q,p) = Σ_{c ∈ locs(p)} [ a_t(c) / t + b_t(c) ] − w_p          (t = u_p)
//   a_t(c) = Σ_{q ∈ prods(c), u_q ≤ t} w_q,   b_t(c) = Σ_{q ∈ prods(c), u_q > t} w_q / u_q,
// since C_qp counts the locations c holding both. The q = p term (w_p u_p / u_p) is removed inside
// the bracket, before dividing by t: with w = 1 every number there is an exact integer, so a
// product sharing no location with another gets exactly 0. a grows level by level upwards, b
// downwards: nothing is ever subtracted from a running sum. O(non-zeros of M).
import type { UbiquityLevels } from './levels.ts';
import type { Presence } from './presence.ts';

/** Per product p, Σ_{q ≠ p} w_q φ(q,p) (w = 1 when null). */
export const proximitySums = (pr: Presence, levels: UbiquityLevels, w: Float64Array | null): Float64Array => {
  const { nc, np, locStart, locIdx } = pr;
  const { order, start, ubiquity } = levels;
  const out = new Float64Array(np);
  const acc = new Float64Array(nc);
  const at = (p: number): number => {
    let s = 0;
    for (let r = locStart[p]!; r < locStart[p + 1]!; r++) s += acc[locIdx[r]!]!;
    return s;
  };
  const add = (q: number, x: number): void => {
    for (let r = locStart[q]!; r < locStart[q + 1]!; r++) acc[locIdx[r]!] += x;
  };
  const levelCount = ubiquity.length;
  for (let k = 0; k < levelCount; k++) {
    const t = ubiquity[k]!;
    if (t === 0) continue;
    for (let i = start[k]!; i < start[k + 1]!; i++) add(order[i]!, w ? w[order[i]!]! : 1);
    for (let i = start[k]!; i < start[k + 1]!; i++) {
      const p = order[i]!;
      out[p] = (at(p) - (w ? w[p]! : 1) * t) / t;
    }
  }
  acc.fill(0);
  for (let k = levelCount - 1; k >= 0; k--) {
    const t = ubiquity[k]!;
    if (t === 0) continue;
    for (let i = start[k]!; i < start[k + 1]!; i++) out[order[i]!] += at(order[i]!);
    for (let i = start[k]!; i < start[k + 1]!; i++) add(order[i]!, (w ? w[order[i]!]! : 1) / t);
  }
  return out;
};
