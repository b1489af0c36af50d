// acc[p] += Σ_r w[q_r] · a[q_r, p] over the rows q_r = idx[from..to) of a row-major matrix with n
// columns: the hot loop of density and COG (about 10⁸ additions for 250 locations × 1,200
// products). Four rows per pass over acc, so acc is read and written a quarter as often; the
// additions are grouped differently from a one-row-at-a-time loop, which moves results by rounding
// only.

export const addWeightedRows = (acc: Float64Array, a: Float64Array, n: number, idx: Int32Array, from: number, to: number, w: Float64Array): void => {
  let r = from;
  for (; r + 3 < to; r += 4) {
    const q0 = idx[r]!;
    const q1 = idx[r + 1]!;
    const q2 = idx[r + 2]!;
    const q3 = idx[r + 3]!;
    const w0 = w[q0]!;
    const w1 = w[q1]!;
    const w2 = w[q2]!;
    const w3 = w[q3]!;
    const o0 = q0 * n;
    const o1 = q1 * n;
    const o2 = q2 * n;
    const o3 = q3 * n;
    for (let p = 0; p < n; p++) acc[p] += w0 * a[o0 + p]! + w1 * a[o1 + p]! + (w2 * a[o2 + p]! + w3 * a[o3 + p]!);
  }
  for (; r < to; r++) {
    const wr = w[idx[r]!]!;
    const o = idx[r]! * n;
    for (let p = 0; p < n; p++) acc[p] += wr * a[o + p]!;
  }
};
