// Largest eigenpair of a symmetric linear operator restricted to the orthogonal complement of a
// known unit eigenvector: the Lanczos method with full reorthogonalisation and explicit restarts
// from the best Ritz vector (Golub & Van Loan, Matrix Computations, 4th ed., §10.1–10.3; Saad,
// Numerical Methods for Large Eigenvalue Problems, ch. 6). The small tridiagonal matrix is solved
// by tridiagonal.ts (implicit QR; the dense Jacobi method of jacobi.ts took most of the time of
// ECI/PCI at a basis of 100). When the complement has no more dimensions than the basis size the Krylov space is
// the whole complement and the result is exact up to rounding.
// Used by eci-pci.ts for the second eigenvector of the (symmetrised) ECI/PCI matrix, whose first
// eigenvector is known in closed form.
import { tridiagonalEigen } from './tridiagonal.ts';

export interface Eigenpair {
  value: number;
  /** Unit vector. */
  vector: Float64Array;
  /** ‖A x − λ x‖ of the returned pair. */
  residual: number;
}

export interface LanczosOptions {
  /** Krylov basis size per restart. */
  maxBasis?: number;
  maxRestarts?: number;
  /** Stop when the residual is below tol × max(1, |λ|). */
  tol?: number;
  /** Seed of the start vector (a linear congruential generator). */
  seed?: number;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** w ← w − (u·w) u for a unit vector u. */
const removeComponent = (w: Float64Array, u: Float64Array): void => {
  const c = dot(u, w);
  for (let i = 0; i < w.length; i++) w[i] -= c * u[i]!;
};

const normalise = (w: Float64Array): number => {
  const norm = Math.sqrt(dot(w, w));
  if (norm > 0) for (let i = 0; i < w.length; i++) w[i] /= norm;
  return norm;
};

const seededVector = (n: number, seed: number): Float64Array => {
  // Numerical Recipes' LCG constants; values in [-1, 1).
  let state = seed >>> 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state / 2 ** 31 - 1;
  }
  return out;
};

/**
 * `apply(x, y)` writes A x into y for a symmetric A of order n; `known` is a unit eigenvector of A
 * excluded from the search. Returns null when the complement is empty (n < 2).
 */
export const largestEigenpairOrthogonalTo = (
  apply: (x: Float64Array, y: Float64Array) => void,
  n: number,
  known: Float64Array,
  options: LanczosOptions = {},
): Eigenpair | null => {
  const dimension = n - 1;
  if (dimension < 1) return null;
  const maxBasis = Math.min(dimension, options.maxBasis ?? 100);
  const maxRestarts = options.maxRestarts ?? 500;
  const tol = options.tol ?? 1e-13;

  let start = seededVector(n, options.seed ?? 20090626);
  removeComponent(start, known);
  normalise(start);
  let best: Eigenpair | null = null;
  const w = new Float64Array(n);

  for (let restart = 0; restart <= maxRestarts; restart++) {
    const basis: Float64Array[] = [];
    const alpha: number[] = [];
    const beta: number[] = [];
    let v = start;
    let lastBeta = 0;
    let invariant = false;
    for (let j = 0; j < maxBasis; j++) {
      basis.push(v);
      apply(v, w);
      removeComponent(w, known);
      alpha.push(dot(v, w));
      // Full reorthogonalisation, twice ("twice is enough", Parlett).
      for (let pass = 0; pass < 2; pass++) {
        for (const u of basis) removeComponent(w, u);
        removeComponent(w, known);
      }
      const b = Math.sqrt(dot(w, w));
      if (j === maxBasis - 1) {
        lastBeta = b;
        break;
      }
      if (b <= 1e-14 * Math.max(1, Math.abs(alpha[j]!))) {
        invariant = true;
        break;
      }
      beta.push(b);
      v = new Float64Array(n);
      for (let i = 0; i < n; i++) v[i] = w[i]! / b;
    }
    const k = basis.length;
    const { values, vectors } = tridiagonalEigen(alpha, beta.slice(0, k - 1));
    let top = 0;
    for (let i = 1; i < k; i++) if (values[i]! > values[top]!) top = i;
    const x = new Float64Array(n);
    for (let i = 0; i < k; i++) {
      const yi = vectors[i * k + top]!;
      const u = basis[i]!;
      for (let r = 0; r < n; r++) x[r] += yi * u[r]!;
    }
    removeComponent(x, known);
    normalise(x);
    const value = values[top]!;
    const residual = invariant ? 0 : Math.abs(lastBeta * vectors[(k - 1) * k + top]!);
    best = { value, vector: x, residual };
    if (invariant || k === dimension || residual <= tol * Math.max(1, Math.abs(value))) break;
    start = x;
  }
  return best;
};
