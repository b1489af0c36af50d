// Seeded random symmetric positive semi-definite matrices for the eigen-solver tests
// (eigen.test.ts, dense-eigen.test.ts).

/** Seeded LCG (Numerical Recipes constants), values in [0, 1). */
export const lcg = (seed: number) => {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
};

/** A random symmetric positive semi-definite matrix B Bᵀ (n × n, rank ≤ k), row-major. */
export const randomPsd = (n: number, k: number, seed: number): Float64Array => {
  const rand = lcg(seed);
  const b = Float64Array.from({ length: n * k }, () => rand() - 0.5);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let r = 0; r < k; r++) s += b[i * k + r]! * b[j * k + r]!;
      a[i * n + j] = s;
      a[j * n + i] = s;
    }
  }
  return a;
};
