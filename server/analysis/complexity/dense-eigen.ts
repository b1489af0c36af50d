// The second and third largest eigenvalues of the symmetrised ECI/PCI matrix S (eci-pci.ts), and
// the second's eigenvector, from a dense eigen-decomposition when S is small enough to be built
// (a few hundred rows): Householder tridiagonalisation (householder.ts), every eigenvalue of the
// tridiagonal matrix by implicit QR without vectors (tridiagonal.ts), and the eigenvector by
// inverse iteration on the tridiagonal matrix (Golub & Van Loan, Matrix Computations, 4th ed.,
// §8.2.2 and §8.3; Gaussian elimination with partial pivoting on T − λI, as LAPACK's dgttrf/dstein)
// carried back by the reflections. One decomposition gives λ2, its vector and λ3, where the Lanczos
// route (lanczos.ts) needs restarts for λ2 and a second run for λ3 (spectrum.ts).
// The known top eigenvector u (eigenvalue 1) is moved to eigenvalue −1, S − 2 u uᵀ, below every
// other eigenvalue of S (S is positive semi-definite), so the largest two that remain are λ2, λ3.
// The pair is accepted only if its residual ‖S x − λ x‖ is at rounding level; otherwise (never seen)
// null, and the caller uses Lanczos.
import { tridiagonalise, toOriginal } from './householder.ts';
import type { Eigenpair } from './lanczos.ts';
import { tridiagonalEigen } from './tridiagonal.ts';

/** Above this order the O(n³) decomposition costs more than Lanczos' O(n²) products. */
export const DENSE_EIGEN_LIMIT = 400;
/** Accepted residual, relative to max(1, |λ|) (Lanczos aims at 1e-13, lanczos.ts). */
const RESIDUAL_TOL = 1e-11;
const INVERSE_STEPS = 3;
const EPS = 2 ** -52;

/** Solves (T − σ I) x = b in place for tridiagonal T (diagonal d, off-diagonal e), partial pivoting. */
const shiftedSolver = (d: Float64Array, e: Float64Array, sigma: number) => {
  const n = d.length;
  let scale = 0;
  for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(d[i]!) + (i > 0 ? Math.abs(e[i - 1]!) : 0) + (i + 1 < n ? Math.abs(e[i]!) : 0));
  const tiny = EPS * Math.max(scale, 1);
  const diag = Float64Array.from(d, (x) => x - sigma);
  const lower = Float64Array.from(e);
  const upper = Float64Array.from(e);
  const upper2 = new Float64Array(n);
  const swapped = new Uint8Array(n);
  for (let i = 0; i + 1 < n; i++) {
    if (Math.abs(diag[i]!) >= Math.abs(lower[i]!)) {
      if (diag[i] === 0) diag[i] = tiny;
      const f = lower[i]! / diag[i]!;
      lower[i] = f;
      diag[i + 1] = diag[i + 1]! - f * upper[i]!;
    } else {
      // Rows i and i+1 change places.
      const f = diag[i]! / lower[i]!;
      diag[i] = lower[i]!;
      lower[i] = f;
      const u = upper[i]!;
      upper[i] = diag[i + 1]!;
      diag[i + 1] = u - f * diag[i + 1]!;
      if (i + 2 < n) {
        upper2[i] = upper[i + 1]!;
        upper[i + 1] = -f * upper[i + 1]!;
      }
      swapped[i] = 1;
    }
  }
  if (n > 0 && diag[n - 1] === 0) diag[n - 1] = tiny;
  return (b: Float64Array): void => {
    for (let i = 0; i + 1 < n; i++) {
      if (swapped[i]) {
        const t = b[i]!;
        b[i] = b[i + 1]!;
        b[i + 1] = t - lower[i]! * b[i]!;
      } else {
        b[i + 1] = b[i + 1]! - lower[i]! * b[i]!;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = b[i]!;
      if (i + 1 < n) s -= upper[i]! * b[i + 1]!;
      if (i + 2 < n) s -= upper2[i]! * b[i + 2]!;
      b[i] = s / diag[i]!;
    }
  };
};

const normalise = (x: Float64Array): void => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]! * x[i]!;
  const norm = Math.sqrt(s);
  for (let i = 0; i < x.length; i++) x[i] = x[i]! / norm;
};

/** `s` row-major n × n symmetric positive semi-definite, `known` its unit top eigenvector. */
export const secondAndThird = (s: Float64Array, n: number, known: Float64Array): { pair: Eigenpair; third: number | null } | null => {
  if (n < 2) return null;
  const deflated = Float64Array.from(s);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) deflated[i * n + j] = deflated[i * n + j]! - 2 * known[i]! * known[j]!;
  const t = tridiagonalise(deflated, n);
  const values = Array.from(tridiagonalEigen(t.diagonal, t.offDiagonal, 60, false).values).sort((a, b) => b - a);
  const value = values[0]!;
  const solve = shiftedSolver(t.diagonal, t.offDiagonal, value);
  // Seeded start (Numerical Recipes' LCG, as lanczos.ts), values in [-1, 1).
  let state = 20090626;
  const y = Float64Array.from({ length: n }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 31 - 1;
  });
  for (let step = 0; step < INVERSE_STEPS; step++) {
    solve(y);
    normalise(y);
  }
  const x = toOriginal(t, y);
  // Orthogonal to `known` up to rounding; taken out exactly, as lanczos.ts does.
  let c = 0;
  for (let i = 0; i < n; i++) c += known[i]! * x[i]!;
  for (let i = 0; i < n; i++) x[i] = x[i]! - c * known[i]!;
  normalise(x);
  let r2 = 0;
  for (let i = 0; i < n; i++) {
    let sx = 0;
    for (let j = 0; j < n; j++) sx += s[i * n + j]! * x[j]!;
    r2 += (sx - value * x[i]!) ** 2;
  }
  const residual = Math.sqrt(r2);
  if (!(residual <= RESIDUAL_TOL * Math.max(1, Math.abs(value)))) return null;
  return { pair: { value, vector: x, residual }, third: n >= 3 ? values[1]! : null };
};
