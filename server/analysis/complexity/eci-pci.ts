// Economic Complexity Index and Product Complexity Index by the eigenvector method (Hidalgo &
// Hausmann 2009, "The building blocks of economic complexity", PNAS 106(26); Hausmann et al., The
// Atlas of Economic Complexity, technical box 2.1; Growth Lab py-ecomplexity `calc_eci_pci`).
//
// py-ecomplexity takes kp = eigenvector of the second largest eigenvalue of
// M̃pp = U⁻¹ Mᵀ D⁻¹ M (D = diag(diversity), U = diag(ubiquity)) and kc = D⁻¹ M kp, both times the
// sign of corr(diversity, kc), over the locations and products with non-zero diversity/ubiquity.
// M̃pp is not symmetric, but it is similar to the symmetric S_p = U^-½ Mᵀ D⁻¹ M U^-½, and
// M̃cc = D⁻¹ M U⁻¹ Mᵀ to S_c = D^-½ M U⁻¹ Mᵀ D^-½, with the same non-zero eigenvalues. The top
// eigenvalue is 1 with eigenvectors √u (S_p) and √d (S_c), so the second eigenvector is the top
// one of the orthogonal complement (lanczos.ts), found in the smaller of the two spaces:
//   country space: v of S_c → kc = D^-½ v, kp = U⁻¹ Mᵀ kc / λ   (then D⁻¹ M kp = kc exactly);
//   product space: v of S_p → kp = U^-½ v, kc = D⁻¹ M kp.
// Any scaling of (kc, kp) is fine: every output is normalised by the spread of kc (normalise.ts).
// Returned unnormalised; NaN for a location with diversity 0 or a product with ubiquity 0.
import { DENSE_EIGEN_LIMIT, secondAndThird } from './dense-eigen.ts';
import { largestEigenpairOrthogonalTo } from './lanczos.ts';
import type { Presence } from './presence.ts';

export interface RawComplexity {
  /** Sign-adjusted eigenvector values per location (NaN where diversity is 0). */
  kc: Float64Array;
  /** Sign-adjusted eigenvector values per product (NaN where ubiquity is 0). */
  kp: Float64Array;
  /** The second largest eigenvalue. */
  eigenvalue: number;
  /** The operator the eigenvector came from and its unit second eigenvector (for spectrum.ts). */
  operator: SymmetrisedOperator;
  vector: Float64Array;
  /** λ3 when the dense decomposition gave it with λ2 (dense-eigen.ts; null: S has no third dimension). */
  third?: number | null;
}

export type EciFailure = 'too-small' | 'degenerate' | 'no-sign';

/** Pearson correlation over paired values. */
export const pearson = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
};

const unit = (v: Float64Array): Float64Array => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  const norm = Math.sqrt(s);
  for (let i = 0; i < v.length; i++) v[i] /= norm;
  return v;
};

const validIndices = (degree: Float64Array): Int32Array => {
  const out: number[] = [];
  degree.forEach((d, i) => {
    if (d > 0) out.push(i);
  });
  return Int32Array.from(out);
};

/**
 * The symmetrised ECI/PCI matrix of the valid locations/products, in the smaller of the two spaces,
 * as an operator: `apply(x, y)` writes S x into y; `known` is its unit top eigenvector (eigenvalue
 * 1). spectrum.ts uses the same operator for the third eigenvalue.
 */
export interface SymmetrisedOperator {
  space: 'location' | 'product';
  /** Order of S: valid locations (location space) or valid products (product space). */
  n: number;
  apply(x: Float64Array, y: Float64Array): void;
  known: Float64Array;
  /** S itself, row-major n × n, when it is built (n ≤ DENSE_OPERATOR_LIMIT). */
  matrix?: Float64Array;
}

/** Above this order S is applied through M (sparse) instead of being built: n² doubles of memory. */
export const DENSE_OPERATOR_LIMIT = 2048;

/**
 * S = diag(scale) A W Aᵀ diag(scale) as a dense row-major n × n matrix, for a 0/1 matrix A given
 * column by column (the rows of column j: idx[start[j] .. start[j+1]), ascending) and column
 * weights W: one pass over the pairs of rows sharing a column (Σ_j k_j² / 2 additions, 3.6 million
 * for 250 locations × 1,200 products), after which each product S x costs n² instead of two
 * passes over M. pos maps a row of A to its index in S (ascending with the row).
 */
const denseSymmetrised = (start: Int32Array, idx: Int32Array, weight: Float64Array, pos: Int32Array, scale: Float64Array, n: number): Float64Array => {
  const s = new Float64Array(n * n);
  const columns = start.length - 1;
  // The column's rows as positions in S, looked up once per column instead of once per pair.
  const at = new Int32Array(n);
  for (let j = 0; j < columns; j++) {
    const w = weight[j]!;
    const from = start[j]!;
    const count = start[j + 1]! - from;
    for (let a = 0; a < count; a++) at[a] = pos[idx[from + a]!]!;
    for (let a = 0; a < count; a++) {
      const row = at[a]! * n;
      for (let b = a; b < count; b++) s[row + at[b]!] += w;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const v = s[i * n + j]! * scale[i]! * scale[j]!;
      s[i * n + j] = v;
      s[j * n + i] = v;
    }
  }
  return s;
};

const denseApply = (s: Float64Array, n: number) => (x: Float64Array, y: Float64Array): void => {
  for (let i = 0; i < n; i++) {
    const row = i * n;
    let acc = 0;
    for (let j = 0; j < n; j++) acc += s[row + j]! * x[j]!;
    y[i] = acc;
  }
};

const positions = (valid: Int32Array, size: number): Int32Array => {
  const pos = new Int32Array(size).fill(-1);
  valid.forEach((v, k) => (pos[v] = k));
  return pos;
};

const inverse = (degree: Float64Array): Float64Array => Float64Array.from(degree, (x) => (x > 0 ? 1 / x : 0));

export const symmetrisedOperator = (pr: Presence, locs: Int32Array, prods: Int32Array, denseLimit = DENSE_OPERATOR_LIMIT): SymmetrisedOperator => {
  const { diversity: d, ubiquity: u, prodStart, prodIdx, locStart, locIdx } = pr;
  if (locs.length <= prods.length) {
    const n = locs.length;
    const known = new Float64Array(n);
    locs.forEach((c, k) => (known[k] = Math.sqrt(d[c]!)));
    if (n <= denseLimit) {
      // S_c = D^-½ M U⁻¹ Mᵀ D^-½, built once (the eigen-solvers apply it a few hundred times).
      const scale = Float64Array.from(locs, (c) => 1 / Math.sqrt(d[c]!));
      const s = denseSymmetrised(locStart, locIdx, inverse(u), positions(locs, pr.nc), scale, n);
      return { space: 'location', n, apply: denseApply(s, n), known: unit(known), matrix: s };
    }
    const t = new Float64Array(pr.np);
    // D^-½ x spread over all locations once per product, so the inner loops only add.
    const xs = new Float64Array(pr.nc);
    const invSqrtD = Float64Array.from(d, (x) => (x > 0 ? 1 / Math.sqrt(x) : 0));
    // y = D^-½ M U⁻¹ Mᵀ D^-½ x over the valid locations.
    const apply = (x: Float64Array, y: Float64Array): void => {
      for (let k = 0; k < n; k++) xs[locs[k]!] = x[k]! * invSqrtD[locs[k]!]!;
      for (let p = 0; p < pr.np; p++) {
        let s = 0;
        for (let r = locStart[p]!; r < locStart[p + 1]!; r++) s += xs[locIdx[r]!]!;
        t[p] = u[p]! > 0 ? s / u[p]! : 0;
      }
      for (let k = 0; k < n; k++) {
        const c = locs[k]!;
        let s = 0;
        for (let r = prodStart[c]!; r < prodStart[c + 1]!; r++) s += t[prodIdx[r]!]!;
        y[k] = s * invSqrtD[c]!;
      }
    };
    return { space: 'location', n, apply, known: unit(known) };
  }
  const n = prods.length;
  const known = new Float64Array(n);
  prods.forEach((p, k) => (known[k] = Math.sqrt(u[p]!)));
  if (n <= denseLimit) {
    // S_p = U^-½ Mᵀ D⁻¹ M U^-½.
    const scale = Float64Array.from(prods, (p) => 1 / Math.sqrt(u[p]!));
    const s = denseSymmetrised(prodStart, prodIdx, inverse(d), positions(prods, pr.np), scale, n);
    return { space: 'product', n, apply: denseApply(s, n), known: unit(known), matrix: s };
  }
  const t = new Float64Array(pr.nc);
  const xs = new Float64Array(pr.np);
  const invSqrtU = Float64Array.from(u, (x) => (x > 0 ? 1 / Math.sqrt(x) : 0));
  // y = U^-½ Mᵀ D⁻¹ M U^-½ x over the valid products.
  const apply = (x: Float64Array, y: Float64Array): void => {
    for (let k = 0; k < n; k++) xs[prods[k]!] = x[k]! * invSqrtU[prods[k]!]!;
    for (let c = 0; c < pr.nc; c++) {
      let s = 0;
      for (let r = prodStart[c]!; r < prodStart[c + 1]!; r++) s += xs[prodIdx[r]!]!;
      t[c] = d[c]! > 0 ? s / d[c]! : 0;
    }
    for (let k = 0; k < n; k++) {
      const p = prods[k]!;
      let s = 0;
      for (let r = locStart[p]!; r < locStart[p + 1]!; r++) s += t[locIdx[r]!]!;
      y[k] = s * invSqrtU[p]!;
    }
  };
  return { space: 'product', n, apply, known: unit(known) };
};

/** kc and kp of the valid locations/products, scaled so that kc = D⁻¹ M kp. */
const secondEigenvectors = (pr: Presence, locs: Int32Array, prods: Int32Array) => {
  const { diversity: d, ubiquity: u, prodStart, prodIdx, locStart, locIdx } = pr;
  const kcFull = new Float64Array(pr.nc);
  const kpFull = new Float64Array(pr.np);
  const op = symmetrisedOperator(pr, locs, prods);
  // A small S is decomposed whole (λ2, its vector and λ3 at once); Lanczos otherwise, or if the
  // dense pair's residual is not at rounding level.
  const dense = op.matrix && op.n <= DENSE_EIGEN_LIMIT ? secondAndThird(op.matrix, op.n, op.known) : null;
  const pair = dense?.pair ?? largestEigenpairOrthogonalTo(op.apply, op.n, op.known);
  if (!pair) return null;
  const third = dense ? { third: dense.third } : {};
  if (op.space === 'location') {
    locs.forEach((c, k) => (kcFull[c] = pair.vector[k]! / Math.sqrt(d[c]!)));
    for (let p = 0; p < pr.np; p++) {
      let s = 0;
      for (let r = locStart[p]!; r < locStart[p + 1]!; r++) s += kcFull[locIdx[r]!]!;
      kpFull[p] = u[p]! > 0 ? s / u[p]! / pair.value : 0;
    }
    return { kcFull, kpFull, eigenvalue: pair.value, vector: pair.vector, operator: op, ...third };
  }
  prods.forEach((p, k) => (kpFull[p] = pair.vector[k]! / Math.sqrt(u[p]!)));
  for (let c = 0; c < pr.nc; c++) {
    let s = 0;
    for (let r = prodStart[c]!; r < prodStart[c + 1]!; r++) s += kpFull[prodIdx[r]!]!;
    kcFull[c] = d[c]! > 0 ? s / d[c]! : 0;
  }
  return { kcFull, kpFull, eigenvalue: pair.value, vector: pair.vector, operator: op, ...third };
};

/**
 * A correlation this close to 0 is rounding, not a sign: a structure where diversity and kc are
 * uncorrelated (the symmetric star of test/complexity/structure.test.ts) gives exactly 0 or
 * ±1e-17 depending on the eigen-solver's rounding, and the sign of that would be arbitrary.
 */
const SIGN_TOLERANCE = 1e-10;

/**
 * Unnormalised, sign-adjusted ECI/PCI vectors, or the reason they are undefined (the package
 * then reports NaN): fewer than 2 valid locations or products; a second eigenvalue of 0 (all
 * locations alike); diversity uncorrelated with kc (no sign convention applies).
 */
export const computeRawComplexity = (pr: Presence): RawComplexity | EciFailure => {
  const locs = validIndices(pr.diversity);
  const prods = validIndices(pr.ubiquity);
  if (locs.length < 2 || prods.length < 2) return 'too-small';
  const found = secondEigenvectors(pr, locs, prods);
  if (!found || !(found.eigenvalue > 1e-10)) return 'degenerate';
  const { kcFull, kpFull, eigenvalue, operator, vector, third } = found;
  const div = Array.from(locs, (c) => pr.diversity[c]!);
  const kcValid = Array.from(locs, (c) => kcFull[c]!);
  const r = pearson(div, kcValid);
  if (!Number.isFinite(r) || Math.abs(r) <= SIGN_TOLERANCE) return 'no-sign';
  const sign = Math.sign(r);
  const kc = new Float64Array(pr.nc).fill(Number.NaN);
  const kp = new Float64Array(pr.np).fill(Number.NaN);
  for (const c of locs) kc[c] = sign * kcFull[c]!;
  for (const p of prods) kp[p] = sign * kpFull[p]!;
  return { kc, kp, eigenvalue, operator, vector, ...(third === undefined ? {} : { third }) };
};
