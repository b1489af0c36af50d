// All eigenvalues and eigenvectors of a symmetric tridiagonal matrix by the implicit symmetric QR
// algorithm with Wilkinson shifts (Golub & Van Loan, Matrix Computations, 4th ed., §8.3.5,
// algorithms 8.3.2 and 8.3.3): each step chases a bulge down the active block with Givens
// rotations; an off-diagonal entry below rounding level splits the matrix. O(k²) for the values
// and O(k³) with few operations for the vectors, where the cyclic Jacobi method (jacobi.ts) needs
// several dense O(k³) sweeps: this is the solver of lanczos.ts's projected matrices.

export interface TridiagonalEigen {
  /** Eigenvalues, in no particular order. */
  values: Float64Array;
  /** Row-major k × k; column j is the unit eigenvector of values[j]. */
  vectors: Float64Array;
}

const EPS = 2 ** -52;

/**
 * `diagonal` has k entries, `offDiagonal` k − 1 (entry i couples i and i + 1); neither is modified.
 * Without `withVectors` only the values are computed (O(k²); dense-eigen.ts) and `vectors` is empty.
 */
export const tridiagonalEigen = (diagonal: ArrayLike<number>, offDiagonal: ArrayLike<number>, maxSteps = 60, withVectors = true): TridiagonalEigen => {
  const k = diagonal.length;
  const d = Float64Array.from(diagonal);
  const e = new Float64Array(Math.max(k, 1));
  for (let i = 0; i + 1 < k; i++) e[i] = offDiagonal[i]!;
  const z = new Float64Array(withVectors ? k * k : 0);
  if (withVectors) for (let i = 0; i < k; i++) z[i * k + i] = 1;
  const negligible = (i: number) => Math.abs(e[i]!) <= EPS * (Math.abs(d[i]!) + Math.abs(d[i + 1]!));
  let hi = k - 1;
  let steps = 0;
  while (hi > 0) {
    if (negligible(hi - 1) || steps >= maxSteps) {
      // d[hi] has converged (or the step budget for it is spent, which rounding never reaches).
      e[hi - 1] = 0;
      hi--;
      steps = 0;
      continue;
    }
    let lo = hi - 1;
    while (lo > 0 && !negligible(lo - 1)) lo--;
    steps++;
    // Wilkinson shift: the eigenvalue of the trailing 2 × 2 block closer to its last entry.
    const b = e[hi - 1]!;
    const delta = (d[hi - 1]! - d[hi]!) / 2;
    const mu = d[hi]! - (b * b) / (delta + (delta >= 0 ? 1 : -1) * Math.hypot(delta, b));
    let x = d[lo]! - mu;
    let y = e[lo]!;
    for (let i = lo; i < hi; i++) {
      // Rotation R in the plane (i, i+1) with R [x; y] = [r; 0], applied as T ← R T Rᵀ.
      const r = Math.hypot(x, y);
      const c = r === 0 ? 1 : x / r;
      const s = r === 0 ? 0 : y / r;
      if (i > lo) e[i - 1] = r; // the bulge at (i+1, i−1) is gone
      const a = d[i]!;
      const off = e[i]!;
      const dd = d[i + 1]!;
      d[i] = c * c * a + 2 * c * s * off + s * s * dd;
      d[i + 1] = s * s * a - 2 * c * s * off + c * c * dd;
      e[i] = c * s * (dd - a) + (c * c - s * s) * off;
      if (i + 1 < hi) {
        // The new bulge at (i+2, i), and what remains of e[i+1].
        y = s * e[i + 1]!;
        e[i + 1] = c * e[i + 1]!;
        x = e[i]!;
      }
      // Z ← Z Rᵀ: columns i and i+1.
      if (!withVectors) continue;
      for (let row = 0; row < k; row++) {
        const zi = z[row * k + i]!;
        const zj = z[row * k + i + 1]!;
        z[row * k + i] = c * zi + s * zj;
        z[row * k + i + 1] = c * zj - s * zi;
      }
    }
  }
  return { values: d, vectors: z };
};
