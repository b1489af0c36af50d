// The dense eigen route of ECI/PCI (server/analysis/complexity/householder.ts, dense-eigen.ts)
// against the cyclic Jacobi method (jacobi.ts, an independent algorithm) on seeded random
// positive semi-definite matrices scaled so that the top eigenvalue is 1 (as the symmetrised
// ECI/PCI matrix's), and on the symmetric star, whose eigenvalues are known by hand:
// S_p = U^-½ Mᵀ D⁻¹ M U^-½ has 2/3 on the diagonal and 1/6 elsewhere, so 1 (vector (1,1,1)) and
// 1/2 twice (every vector summing to 0).
import { describe, expect, it } from 'vitest';
import { secondAndThird } from '../../server/analysis/complexity/dense-eigen.ts';
import { toOriginal, tridiagonalise } from '../../server/analysis/complexity/householder.ts';
import { symmetricEigen } from '../../server/analysis/complexity/jacobi.ts';
import { tridiagonalEigen } from '../../server/analysis/complexity/tridiagonal.ts';
import { randomPsd } from './random-psd.ts';

/** B Bᵀ (n × n, rank ≤ k) divided by its largest eigenvalue, and Jacobi's eigenpairs, largest first. */
const scaledPsd = (n: number, k: number, seed: number) => {
  const a = randomPsd(n, k, seed);
  const first = symmetricEigen(a, n);
  const top = Math.max(...first.values);
  for (let i = 0; i < n * n; i++) a[i] = a[i]! / top;
  const { values, vectors } = symmetricEigen(a, n);
  const order = [...values.keys()].sort((x, y) => values[y]! - values[x]!);
  const vector = (r: number) => Float64Array.from({ length: n }, (_, i) => vectors[i * n + order[r]!]!);
  return { a, values: order.map((i) => values[i]!), vector };
};

const dot = (x: Float64Array, y: Float64Array) => x.reduce((s, v, i) => s + v * y[i]!, 0);

describe('tridiagonalise (Householder)', () => {
  it("keeps the eigenvalues (Jacobi's) and carries T's eigenvectors back to A's", () => {
    const n = 40;
    const { a, values } = scaledPsd(n, 25, 3);
    const t = tridiagonalise(a, n);
    const eig = tridiagonalEigen(t.diagonal, t.offDiagonal);
    const got = [...eig.values].sort((x, y) => y - x);
    got.forEach((v, i) => expect(v).toBeCloseTo(values[i]!, 12));
    for (let col = 0; col < n; col += 7) {
      const x = toOriginal(t, Float64Array.from({ length: n }, (_, i) => eig.vectors[i * n + col]!));
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) s += a[i * n + j]! * x[j]!;
        expect(s).toBeCloseTo(eig.values[col]! * x[i]!, 12);
      }
    }
  });
});

describe('secondAndThird', () => {
  for (const [n, k] of [
    [3, 3],
    [30, 30],
    [120, 60],
  ] as const) {
    it(`gives Jacobi's λ2, λ3 and λ2's eigenvector (${n} × ${n}, rank ${k})`, () => {
      const { a, values, vector } = scaledPsd(n, k, 50 + n);
      const got = secondAndThird(a, n, vector(0))!;
      expect(got.pair.value).toBeCloseTo(values[1]!, 12);
      expect(got.third).toBeCloseTo(values[2]!, 12);
      expect(Math.abs(dot(got.pair.vector, vector(1)))).toBeCloseTo(1, 10);
      expect(Math.abs(dot(got.pair.vector, vector(0)))).toBeLessThan(1e-12);
      expect(got.pair.residual).toBeLessThan(1e-12);
    });
  }

  it('has no third eigenvalue in two dimensions', () => {
    const { a, values, vector } = scaledPsd(2, 2, 9);
    const got = secondAndThird(a, 2, vector(0))!;
    expect(got.pair.value).toBeCloseTo(values[1]!, 12);
    expect(got.third).toBeNull();
  });

  it('finds the tie λ2 = λ3 = 1/2 of the symmetric star, with a vector of that eigenspace', () => {
    const s = Float64Array.from([2, 1, 1, 1, 2, 1, 1, 1, 2].map((x) => (x === 2 ? 2 / 3 : 1 / 6)));
    const known = Float64Array.from([1, 1, 1].map((x) => x / Math.sqrt(3)));
    const got = secondAndThird(s, 3, known)!;
    expect(got.pair.value).toBeCloseTo(0.5, 14);
    expect(got.third).toBeCloseTo(0.5, 14);
    expect(got.pair.vector.reduce((x, y) => x + y, 0)).toBeCloseTo(0, 14);
  });
});
