// All eigenvalues and eigenvectors of a small dense symmetric matrix by the cyclic Jacobi method
// (Golub & Van Loan, Matrix Computations, 4th ed., §8.5: each rotation zeroes one off-diagonal pair;
// sweeps repeat until the off-diagonal mass is negligible). O(n³) per sweep: the dense reference
// the eigen tests compare lanczos.ts and tridiagonal.ts with (Lanczos itself uses tridiagonal.ts).

export interface SymmetricEigen {
  /** Eigenvalues, in no particular order. */
  values: Float64Array;
  /** Row-major n × n; column k is the unit eigenvector of values[k]. */
  vectors: Float64Array;
}

/** `a` is row-major n × n and symmetric; it is not modified. */
export const symmetricEigen = (a: Float64Array, n: number, maxSweeps = 100): SymmetricEigen => {
  const s = Float64Array.from(a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  let total = 0;
  for (let k = 0; k < n * n; k++) total += s[k]! * s[k]!;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += s[p * n + q]! * s[p * n + q]!;
    if (off <= 1e-32 * total || off === 0) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = s[p * n + q]!;
        if (apq === 0) continue;
        const tau = (s[q * n + q]! - s[p * n + p]!) / (2 * apq);
        const t = (tau >= 0 ? 1 : -1) / (Math.abs(tau) + Math.sqrt(1 + tau * tau));
        const c = 1 / Math.sqrt(1 + t * t);
        const sn = t * c;
        // S ← Jᵀ S J with J = I except J_pp = J_qq = c, J_pq = sn, J_qp = −sn; V ← V J.
        for (let k = 0; k < n; k++) {
          const kp = s[k * n + p]!;
          const kq = s[k * n + q]!;
          s[k * n + p] = c * kp - sn * kq;
          s[k * n + q] = sn * kp + c * kq;
        }
        for (let k = 0; k < n; k++) {
          const pk = s[p * n + k]!;
          const qk = s[q * n + k]!;
          s[p * n + k] = c * pk - sn * qk;
          s[q * n + k] = sn * pk + c * qk;
        }
        s[p * n + q] = 0;
        s[q * n + p] = 0;
        for (let k = 0; k < n; k++) {
          const vp = v[k * n + p]!;
          const vq = v[k * n + q]!;
          v[k * n + p] = c * vp - sn * vq;
          v[k * n + q] = sn * vp + c * vq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = s[i * n + i]!;
  return { values, vectors: v };
};
