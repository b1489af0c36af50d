// The dependency-free eigen solvers behind ECI/PCI. Independent checks: the defining equations
// (A v = λ v, VᵀV = I, trace and Frobenius norm preserved) and a matrix with known eigenvalues
// (the path graph's Laplacian: 2 − 2cos(kπ/n), k = 0..n−1); Lanczos and the tridiagonal QR solver
// are compared with Jacobi.
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../server/analysis/complexity/jacobi.ts';
import { largestEigenpairOrthogonalTo } from '../../server/analysis/complexity/lanczos.ts';
import { tridiagonalEigen } from '../../server/analysis/complexity/tridiagonal.ts';
import { symmetrisedOperator } from '../../server/analysis/complexity/eci-pci.ts';
import { buildPresence } from '../../server/analysis/complexity/presence.ts';
import { lcg, randomPsd } from './random-psd.ts';

const matVec = (a: Float64Array, n: number) => (x: Float64Array, y: Float64Array) => {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[i * n + j]! * x[j]!;
    y[i] = s;
  }
};

describe('symmetricEigen (Jacobi)', () => {
  it('finds the path Laplacian eigenvalues 2 − 2cos(kπ/n)', () => {
    const n = 12;
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      a[i * n + i] = i === 0 || i === n - 1 ? 1 : 2;
      if (i + 1 < n) {
        a[i * n + i + 1] = -1;
        a[(i + 1) * n + i] = -1;
      }
    }
    const got = [...symmetricEigen(a, n).values].sort((x, y) => x - y);
    const want = Array.from({ length: n }, (_, k) => 2 - 2 * Math.cos((k * Math.PI) / n));
    got.forEach((v, k) => expect(v).toBeCloseTo(want[k]!, 12));
  });

  it('returns orthonormal eigenvectors satisfying A v = λ v', () => {
    const n = 30;
    const a = randomPsd(n, 30, 7);
    const { values, vectors } = symmetricEigen(a, n);
    expectEigenpairs(a, values, vectors, n, 10);
  });
});

/** Columns of `vectors` orthonormal (12 digits) and A v = λ v for each (to `digits`), A dense n × n. */
function expectEigenpairs(a: Float64Array, values: ArrayLike<number>, vectors: ArrayLike<number>, n: number, digits: number): void {
  for (let k = 0; k < n; k++) {
    for (let l = k; l < n; l++) {
      let d = 0;
      for (let i = 0; i < n; i++) d += vectors[i * n + k]! * vectors[i * n + l]!;
      expect(d).toBeCloseTo(k === l ? 1 : 0, 12);
    }
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += a[i * n + j]! * vectors[j * n + k]!;
      expect(s).toBeCloseTo(values[k]! * vectors[i * n + k]!, digits);
    }
  }
}

/** The dense row-major form of a tridiagonal matrix. */
const dense = (diagonal: number[], off: number[]): Float64Array => {
  const n = diagonal.length;
  const a = new Float64Array(n * n);
  diagonal.forEach((x, i) => (a[i * n + i] = x));
  off.forEach((x, i) => {
    a[i * n + i + 1] = x;
    a[(i + 1) * n + i] = x;
  });
  return a;
};

describe('tridiagonalEigen (implicit QR)', () => {
  it('finds the path Laplacian eigenvalues 2 − 2cos(kπ/n)', () => {
    const n = 12;
    const diagonal = Array.from({ length: n }, (_, i) => (i === 0 || i === n - 1 ? 1 : 2));
    const got = [...tridiagonalEigen(diagonal, Array<number>(n - 1).fill(-1)).values].sort((x, y) => x - y);
    const want = Array.from({ length: n }, (_, k) => 2 - 2 * Math.cos((k * Math.PI) / n));
    got.forEach((v, k) => expect(v).toBeCloseTo(want[k]!, 12));
  });

  for (const [n, split] of [
    [1, -1],
    [2, -1],
    [40, -1],
    [100, 37],
  ] as const) {
    it(`returns orthonormal eigenvectors with T v = λ v and Jacobi's eigenvalues (order ${n}${split >= 0 ? ', split in two' : ''})`, () => {
      const rand = lcg(100 + n);
      const diagonal = Array.from({ length: n }, () => rand() - 0.5);
      const off = Array.from({ length: n - 1 }, () => rand() - 0.5);
      if (split >= 0) off[split] = 0;
      const a = dense(diagonal, off);
      const { values, vectors } = tridiagonalEigen(diagonal, off);
      expectEigenpairs(a, values, vectors, n, 12);
      const want = [...symmetricEigen(a, n).values].sort((x, y) => x - y);
      [...values].sort((x, y) => x - y).forEach((v, k) => expect(v).toBeCloseTo(want[k]!, 12));
    });
  }
});

describe('largestEigenpairOrthogonalTo (Lanczos)', () => {
  for (const [n, basis] of [
    [20, 100],
    [150, 30],
  ] as const) {
    it(`finds the second eigenpair of a ${n} × ${n} matrix (basis ${basis}) as Jacobi does`, () => {
      const a = randomPsd(n, n, 11 + n);
      const full = symmetricEigen(a, n);
      const order = [...full.values.keys()].sort((x, y) => full.values[y]! - full.values[x]!);
      const top = Float64Array.from({ length: n }, (_, i) => full.vectors[i * n + order[0]!]!);
      const second = Float64Array.from({ length: n }, (_, i) => full.vectors[i * n + order[1]!]!);
      const pair = largestEigenpairOrthogonalTo(matVec(a, n), n, top, { maxBasis: basis })!;
      expect(pair.value).toBeCloseTo(full.values[order[1]!]!, 9);
      let overlap = 0;
      for (let i = 0; i < n; i++) overlap += pair.vector[i]! * second[i]!;
      expect(Math.abs(overlap)).toBeCloseTo(1, 9);
    });
  }

  it('returns null when nothing is left after the known vector', () => {
    expect(largestEigenpairOrthogonalTo(() => undefined, 1, Float64Array.of(1))).toBeNull();
  });
});

describe('symmetrisedOperator', () => {
  // S x from the definition, on the dense 0/1 matrix: location space D^-½ M U⁻¹ Mᵀ D^-½ over the
  // valid locations, product space U^-½ Mᵀ D⁻¹ M U^-½ over the valid products.
  const definition = (m: Uint8Array, nc: number, np: number, space: 'location' | 'product', valid: number[], x: Float64Array): number[] => {
    const d = Array.from({ length: nc }, (_, c) => Array.from({ length: np }, (_, p) => m[c * np + p]!).reduce((a, b) => a + b, 0));
    const u = Array.from({ length: np }, (_, p) => Array.from({ length: nc }, (_, c) => m[c * np + p]!).reduce((a, b) => a + b, 0));
    return valid.map((i) =>
      valid.reduce((sum, j, k) => {
        let s = 0;
        if (space === 'location') for (let p = 0; p < np; p++) s += u[p]! > 0 ? (m[i * np + p]! * m[j * np + p]!) / u[p]! : 0;
        else for (let c = 0; c < nc; c++) s += d[c]! > 0 ? (m[c * np + i]! * m[c * np + j]!) / d[c]! : 0;
        const deg = space === 'location' ? [d[i]!, d[j]!] : [u[i]!, u[j]!];
        return sum + (s / Math.sqrt(deg[0]! * deg[1]!)) * x[k]!;
      }, 0),
    );
  };

  for (const [nc, np] of [
    [30, 45],
    [45, 30],
  ] as const) {
    it(`applies the same S as its definition, built dense or through M (${nc} locations × ${np} products)`, () => {
      const rand = lcg(nc * 1000 + np);
      const m = Uint8Array.from({ length: nc * np }, () => (rand() < 0.3 ? 1 : 0));
      for (let p = 0; p < np; p++) m[np + p] = 0; // location 1 makes nothing
      for (let c = 0; c < nc; c++) m[c * np + 2] = 0; // nobody makes product 2
      const pr = buildPresence(m, nc, np);
      const locs = Int32Array.from([...Array(nc).keys()].filter((c) => pr.diversity[c]! > 0));
      const prods = Int32Array.from([...Array(np).keys()].filter((p) => pr.ubiquity[p]! > 0));
      const dense = symmetrisedOperator(pr, locs, prods);
      const sparse = symmetrisedOperator(pr, locs, prods, 0);
      expect(dense.space).toBe(nc <= np ? 'location' : 'product');
      const valid = [...(dense.space === 'location' ? locs : prods)];
      const x = Float64Array.from({ length: dense.n }, () => rand() - 0.5);
      const want = definition(m, nc, np, dense.space, valid, x);
      for (const op of [dense, sparse]) {
        const y = new Float64Array(op.n);
        op.apply(x, y);
        want.forEach((w, i) => expect(y[i]).toBeCloseTo(w, 13));
      }
    });
  }
});
