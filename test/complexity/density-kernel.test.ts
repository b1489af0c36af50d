// The density and COG kernels (server/analysis/complexity/density.ts: the location-space sums over
// ubiquity levels without φ, and the product-space pass over φ's rows) against the definitions
// computed the obvious way here, on small seeded random presence matrices:
//   C_qp = Σ_c M_cq M_cp,  φ(q,p) = C_qp / max(u_q, u_p) for q ≠ p, φ(p,p) = 0 (compute.ts: Stata),
//   density(c,p) = Σ_q M_cq φ(q,p) / Σ_q φ(p,q)        (NaN when the row sum is 0),
//   cog(c,p) = (1 − M_cp) Σ_q (1 − M_cq) φ(q,p) w_q,  w_q = kp_q / Σ_r φ(q,r) (0 when that sum is 0),
// with an arbitrary kp. The tables have ties in ubiquity, a product present everywhere, a product
// present nowhere and a location holding a single product that no other location holds (its
// proximities are all 0: a density row sum of exactly 0, and exact zero numerators).
import { describe, expect, it } from 'vitest';
import { computeDensity } from '../../server/analysis/complexity/density.ts';
import { buildPresence } from '../../server/analysis/complexity/presence.ts';
import { mulberry32 } from '../../server/util/random.ts';

const reference = (m: Uint8Array, nc: number, np: number, kp: Float64Array) => {
  const u = new Array<number>(np).fill(0);
  for (let c = 0; c < nc; c++) for (let p = 0; p < np; p++) u[p]! += m[c * np + p]!;
  const phi = (q: number, p: number): number => {
    if (q === p) return 0;
    let co = 0;
    for (let c = 0; c < nc; c++) co += m[c * np + q]! * m[c * np + p]!;
    return co === 0 ? 0 : co / Math.max(u[q]!, u[p]!);
  };
  const rowSum = Array.from({ length: np }, (_, p) => {
    let s = 0;
    for (let q = 0; q < np; q++) s += phi(p, q);
    return s;
  });
  const w = rowSum.map((s, q) => (s > 0 ? kp[q]! / s : 0));
  const numerator = new Float64Array(nc * np);
  const density = new Float64Array(nc * np);
  const cog = new Float64Array(nc * np);
  for (let c = 0; c < nc; c++) {
    for (let p = 0; p < np; p++) {
      let n = 0;
      let g = 0;
      for (let q = 0; q < np; q++) {
        n += m[c * np + q]! * phi(q, p);
        g += (1 - m[c * np + q]!) * phi(q, p) * w[q]!;
      }
      numerator[c * np + p] = n;
      density[c * np + p] = rowSum[p]! > 0 ? n / rowSum[p]! : Number.NaN;
      cog[c * np + p] = (1 - m[c * np + p]!) * g;
    }
  }
  return { density, numerator, cog, rowSum };
};

/** Random 0/1 table with the special columns and rows described above. */
const table = (seed: number, nc: number, np: number): Uint8Array => {
  const rng = mulberry32(seed);
  const m = new Uint8Array(nc * np);
  for (let c = 0; c < nc - 1; c++) for (let p = 0; p < np - 1; p++) m[c * np + p] = rng() < 0.4 ? 1 : 0;
  for (let c = 0; c < nc - 1; c++) m[c * np] = 1; // product 0 everywhere but in the last location
  for (let c = 0; c < nc - 1; c++) m[c * np + 1] = 0; // product 1 nowhere
  m[(nc - 1) * np + (np - 1)] = 1; // the last location holds only the last product, alone
  return m;
};

const cases = [
  { seed: 1, nc: 7, np: 12 },
  { seed: 2, nc: 12, np: 9 },
  { seed: 3, nc: 20, np: 40 },
  { seed: 4, nc: 30, np: 25 },
];

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 + 1e-12 * Math.abs(b);

describe('density and COG kernels against φ built the obvious way', () => {
  for (const { seed, nc, np } of cases) {
    const m = table(seed, nc, np);
    const pr = buildPresence(m, nc, np);
    const rng = mulberry32(100 + seed);
    const kp = Float64Array.from({ length: np }, () => rng() * 2 - 1);
    const ref = reference(m, nc, np, kp);
    for (const space of ['location', 'product'] as const) {
      it(`seed ${seed}, ${nc} × ${np}, ${space} space`, () => {
        // The table has what the kernel must handle: tied ubiquities, every special case.
        const u = Array.from(pr.ubiquity);
        expect(new Set(u).size).toBeLessThan(u.length);
        expect(u[1]).toBe(0);
        expect(ref.rowSum[np - 1]).toBe(0);
        expect(ref.numerator.filter((x) => x === 0).length).toBeGreaterThan(np);

        const got = computeDensity(pr, kp, space);
        for (let k = 0; k < nc * np; k++) {
          const where = `c ${Math.floor(k / np)}, p ${k % np}`;
          const d = ref.density[k]!;
          if (Number.isNaN(d)) expect(got.density[k], `density ${where}`).toBeNaN();
          else if (d === 0) expect(got.density[k], `density ${where} exactly 0`).toBe(0);
          else expect(close(got.density[k]!, d), `density ${where}: ${got.density[k]} vs ${d}`).toBe(true);
          expect(close(got.cogRaw![k]!, ref.cog[k]!), `cog ${where}: ${got.cogRaw![k]} vs ${ref.cog[k]}`).toBe(true);
        }
        for (let p = 0; p < np; p++) {
          if (ref.rowSum[p] === 0) expect(got.rowSum[p], `row sum ${p} exactly 0`).toBe(0);
          else expect(close(got.rowSum[p]!, ref.rowSum[p]!), `row sum ${p}`).toBe(true);
        }
      });
    }
  }

  it('without kp: the same density and no COG', () => {
    const m = table(5, 10, 14);
    const pr = buildPresence(m, 10, 14);
    const withKp = computeDensity(pr, new Float64Array(14).fill(1), 'location');
    const without = computeDensity(pr, null, 'location');
    expect(without.cogRaw).toBeNull();
    expect(Array.from(without.density)).toEqual(Array.from(withKp.density));
  });
});
