// Products grouped by ubiquity, in ascending order: the levels over which proximity sums are
// accumulated without the proximity matrix (proximity-sums.ts, present-sums.ts). φ(q,p) divides
// by max(u_q, u_p), so for a product p at level t every q at a level ≤ t is divided by t and every
// q above by its own u_q. A counting sort (ubiquity is an integer ≤ the number of locations);
// products of one level keep their index order.
import type { Presence } from './presence.ts';

export interface UbiquityLevels {
  /** Product indices by ascending ubiquity. */
  order: Int32Array;
  /** Level k is order[start[k] .. start[k+1]). */
  start: Int32Array;
  /** The ubiquity of each level. */
  ubiquity: Float64Array;
}

export const ubiquityLevels = (pr: Presence): UbiquityLevels => {
  const { nc, np, ubiquity: u } = pr;
  const count = new Int32Array(nc + 2);
  for (let p = 0; p < np; p++) count[u[p]! + 1]++;
  for (let t = 0; t <= nc; t++) count[t + 1] += count[t]!;
  const order = new Int32Array(np);
  const fill = count.slice(0, nc + 1);
  for (let p = 0; p < np; p++) order[fill[u[p]!]!++] = p;
  const start: number[] = [];
  const ubiquity: number[] = [];
  for (let t = 0; t <= nc; t++) {
    if (count[t + 1]! > count[t]!) {
      start.push(count[t]!);
      ubiquity.push(t);
    }
  }
  start.push(np);
  return { order, start: Int32Array.from(start), ubiquity: Float64Array.from(ubiquity) };
};
