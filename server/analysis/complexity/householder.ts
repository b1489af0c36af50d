// Householder reduction of a dense symmetric matrix to tridiagonal form, A = Q T Qᵀ (Golub & Van
// Loan, Matrix Computations, 4th ed., §8.3.1, algorithm 8.3.1): step k reflects the entries below
// the diagonal of column k onto one, H_k = I − τ_k v_k v_kᵀ acting on rows and columns k+1 … n−1,
// and updates the trailing block by the symmetric rank-two A ← A − v wᵀ − w vᵀ,
// w = p − (τ pᵀv / 2) v, p = τ A v. About 4n³/3 operations. Q = H_0 H_1 … H_{n−3} is kept as
// its reflections, enough to carry an eigenvector of T back to A (toOriginal).

export interface Tridiagonal {
  n: number;
  /** Diagonal of T, n entries. */
  diagonal: Float64Array;
  /** Off-diagonal of T, n − 1 entries (entry i couples i and i + 1). */
  offDiagonal: Float64Array;
  /** Reflection k: v_k in reflectors[k·n + k+1 … k·n + n−1] and its τ_k (0: none). */
  reflectors: Float64Array;
  tau: Float64Array;
}

/** `a` is row-major n × n, symmetric; it is not modified. */
export const tridiagonalise = (a: Float64Array, n: number): Tridiagonal => {
  const m = Float64Array.from(a);
  const reflectors = new Float64Array(n * n);
  const tau = new Float64Array(Math.max(n, 1));
  const diagonal = new Float64Array(n);
  const offDiagonal = new Float64Array(Math.max(n - 1, 0));
  const p = new Float64Array(n);
  for (let k = 0; k + 2 < n; k++) {
    const v = reflectors.subarray(k * n, (k + 1) * n);
    let norm2 = 0;
    for (let i = k + 1; i < n; i++) {
      v[i] = m[i * n + k]!;
      norm2 += v[i]! * v[i]!;
    }
    let below = norm2 - v[k + 1]! * v[k + 1]!;
    if (below === 0) {
      // Already tridiagonal in this column: no reflection.
      offDiagonal[k] = v[k + 1]!;
      v.fill(0);
      continue;
    }
    const alpha = (v[k + 1]! >= 0 ? -1 : 1) * Math.sqrt(norm2);
    v[k + 1] = v[k + 1]! - alpha;
    below += v[k + 1]! * v[k + 1]!;
    const t = 2 / below;
    tau[k] = t;
    offDiagonal[k] = alpha;
    // p = τ B v over the trailing block B (rows and columns k+1 …), then w = p − (τ pᵀv / 2) v.
    // Only B's lower triangle is read and kept up to date (it is symmetric): row i gives
    // B_ij v_j to p_i and B_ij v_i to p_j.
    for (let i = k + 1; i < n; i++) p[i] = 0;
    for (let i = k + 1; i < n; i++) {
      const row = i * n;
      const vi = v[i]!;
      let s = m[row + i]! * vi;
      for (let j = k + 1; j < i; j++) {
        const b = m[row + j]!;
        s += b * v[j]!;
        p[j] = p[j]! + b * vi;
      }
      p[i] = p[i]! + s;
    }
    let pv = 0;
    for (let i = k + 1; i < n; i++) {
      p[i] = t * p[i]!;
      pv += p[i]! * v[i]!;
    }
    const half = (t * pv) / 2;
    for (let i = k + 1; i < n; i++) p[i] = p[i]! - half * v[i]!;
    for (let i = k + 1; i < n; i++) {
      const row = i * n;
      const vi = v[i]!;
      const wi = p[i]!;
      for (let j = k + 1; j <= i; j++) m[row + j] = m[row + j]! - vi * p[j]! - wi * v[j]!;
    }
  }
  for (let i = 0; i < n; i++) diagonal[i] = m[i * n + i]!;
  if (n >= 2) offDiagonal[n - 2] = m[(n - 1) * n + n - 2]!;
  return { n, diagonal, offDiagonal, reflectors, tau };
};

/** x ← Q y: an eigenvector of T as an eigenvector of A (in place). */
export const toOriginal = (t: Tridiagonal, y: Float64Array): Float64Array => {
  const { n, reflectors, tau } = t;
  for (let k = n - 3; k >= 0; k--) {
    const tk = tau[k]!;
    if (tk === 0) continue;
    const base = k * n;
    let s = 0;
    for (let i = k + 1; i < n; i++) s += reflectors[base + i]! * y[i]!;
    s *= tk;
    for (let i = k + 1; i < n; i++) y[i] = y[i]! - s * reflectors[base + i]!;
  }
  return y;
};
