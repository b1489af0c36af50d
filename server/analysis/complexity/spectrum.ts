// Whether the ECI/PCI eigenvector is defined on a connected presence matrix: the eigenvector of
// the second largest eigenvalue λ2 of the symmetrised matrix S (eci-pci.ts) is unique only when
// λ2 is simple, i.e. when both gaps around it are clearly above zero:
//   1 − λ2  (λ1 = 1 always): near 0, the network is all but split in two and ECI only says which
//           side a location is on (a disconnected matrix has 1 − λ2 = 0 exactly, see blocks.ts);
//   λ2 − λ3: near 0, any mix of the two eigenvectors is as good, and ECI/PCI are arbitrary.
// A gap counts as zero below EIGEN_GAP_TOLERANCE (relative to λ2 for the second): far above the
// eigen-solver's accuracy (residual 1e-13, lanczos.ts), and small enough that a real structure is
// never called undefined (the py-ecomplexity sample has gaps of 0.70 and 0.086).
// λ3 comes with λ2 from the dense decomposition when S is small (dense-eigen.ts); otherwise from the same Lanczos solver on S deflated by the second eigenvector v2:
// S' = (I − v2 v2ᵀ) S (I − v2 v2ᵀ), whose largest eigenvalue orthogonal to v1 is λ3 (S is positive
// semi-definite, so the deflated direction's eigenvalue 0 is never above λ3). That run starts from
// another seeded vector: Lanczos finds, per eigenspace, the projection of its start vector, so
// from the first run's start a repeated λ2 would be invisible (the start has nothing left in that
// eigenspace once v2 is taken out).
import type { RawComplexity } from './eci-pci.ts';
import { largestEigenpairOrthogonalTo } from './lanczos.ts';

export const EIGEN_GAP_TOLERANCE = 1e-6;

/** Seed of the λ3 run's start vector (any seed other than the λ2 run's default). */
const THIRD_SEED = 7;
/**
 * λ3 is needed to ~1e-9, not to the 1e-13 of the eigenvector: a Ritz value's error is at most its
 * residual, and 1e-10 is far inside the tolerance above, at a fraction of the restarts.
 */
const THIRD_TOL = 1e-10;

export type SpectrumProblem = { kind: 'eigengap'; second: number } | { kind: 'eigenvalue-tie'; second: number; third: number };

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** The third largest eigenvalue of S, or null when S has no third dimension. */
export const thirdEigenvalue = (raw: RawComplexity): number | null => {
  if (raw.third !== undefined) return raw.third;
  const { operator: op, vector: v2 } = raw;
  if (op.n < 3) return null;
  const projected = new Float64Array(op.n);
  const deflated = (x: Float64Array, y: Float64Array): void => {
    const cx = dot(v2, x);
    for (let i = 0; i < op.n; i++) projected[i] = x[i]! - cx * v2[i]!;
    op.apply(projected, y);
    const cy = dot(v2, y);
    for (let i = 0; i < op.n; i++) y[i] -= cy * v2[i]!;
  };
  return largestEigenpairOrthogonalTo(deflated, op.n, op.known, { seed: THIRD_SEED, tol: THIRD_TOL })?.value ?? null;
};

/** Null when ECI/PCI are well defined; otherwise which gap is (near) zero. */
export const spectrumProblem = (raw: RawComplexity): SpectrumProblem | null => {
  const second = raw.eigenvalue;
  if (1 - second <= EIGEN_GAP_TOLERANCE) return { kind: 'eigengap', second };
  const third = thirdEigenvalue(raw);
  if (third !== null && second - third <= EIGEN_GAP_TOLERANCE * second) return { kind: 'eigenvalue-tie', second, third };
  return null;
};
