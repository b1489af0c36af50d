// A 3 locations × 3 products example worked by hand (closed forms below), checking every output
// column of computeComplexity.
//
// Values            x    y    z   | total      RCA = (X_cp / X_c) / (X_p / X), X = 40
//   A               9    1    0   |  10        A: x .9/.35 = 18/7   y .1/.4 = 1/4   z 0
//   B               5    5    0   |  10        B: x .5/.35 = 10/7   y .5/.4 = 5/4   z 0
//   C               0   10   10   |  20        C: x 0               y .5/.4 = 5/4   z .5/.25 = 2
//   total          14   16   10   |  40
// M (RCA ≥ 1): A{x}, B{x,y}, C{y,z}; diversity A1 B2 C2; ubiquity x2 y2 z1.
//
// Mcc = D⁻¹ M U⁻¹ Mᵀ = [[1/2, 1/2, 0], [1/4, 1/2, 1/4], [0, 1/4, 3/4]]: eigenvalue 1, and the other
// two have sum 3/4 and product det = 1/16, so λ = (3 ± √5)/8; λ₂ = (3 + √5)/8.
// Its eigenvector: kB = (2λ₂ − 1) kA = (√5 − 1)/4 · kA, kC = kB / (4λ₂ − 3) = −(1 + √5)/4 · kA.
// With kA = 1, kc = (1, (√5−1)/4, −(1+√5)/4) falls with diversity (1, 2, 2), so the sign flips:
//   kc = (−1, −(√5−1)/4, (1+√5)/4);  kp = U⁻¹ Mᵀ kc / λ₂ = (−1, (3−√5)/2, √5 − 1).
// Stata normalisation over the 9-row table: mean kc = −1/6, Σ(kc − mean)² = 5/3,
//   sd = √(3 · 5/3 / (9 − 1)) = √(5/8);  eci = (kc + 1/6)/sd,  pci = (kp + 1/6)/sd.
// Proximity φ = co-occurrence / max ubiquity: φxy = 1/2 (B), φyz = 1/max(2,1) = 1/2 (C), φxz = 0.
//   Row sums: x 1/2, y 1, z 1/2.
// Density(c,p) = Σ_q M_cq φ_pq / rowsum_p:
//   A: x 0, y 1/2, z 0;   B: x 1, y 1/2, z 1;   C: x 1, y 1/2, z 1.
// COI raw = Σ_p density (1 − M) kp: A = ½·kp_y, B = 1·kp_z, C = 1·kp_x = −1; then standardised
//   with the same table sd rule.
// COG raw(c,p) = (1 − M_cp) Σ_q (1 − M_cq) φ_qp kp_q / rowsum_q: the only non-zero ones are
//   A,y = φ_zy kp_z / ½ = kp_z and A,z = φ_yz kp_y / 1 = kp_y / 2; divided by sd.
import { describe, expect, it } from 'vitest';
import { computeComplexity, type ComplexityInputRow } from '../../server/analysis/complexity/index.ts';
import { expectClose } from './close.ts';

const values: Array<[string, string, number]> = [
  ['A', 'x', 9], ['A', 'y', 1], ['A', 'z', 0],
  ['B', 'x', 5], ['B', 'y', 5], ['B', 'z', 0],
  ['C', 'x', 0], ['C', 'y', 10], ['C', 'z', 10],
];
const input: ComplexityInputRow[] = values.map(([location, product, value]) => ({ location, product, value }));

const s5 = Math.sqrt(5);
const lambda2 = (3 + s5) / 8;
const kc: Record<string, number> = { A: -1, B: -(s5 - 1) / 4, C: (1 + s5) / 4 };
const kp: Record<string, number> = { x: -1, y: (3 - s5) / 2, z: s5 - 1 };
const sd = Math.sqrt(5 / 8);
const coiRaw: Record<string, number> = { A: kp.y! / 2, B: kp.z!, C: -1 };
const coiMean = (coiRaw.A! + coiRaw.B! + coiRaw.C!) / 3;
const coiSd = Math.sqrt((3 * Object.values(coiRaw).reduce((s, v) => s + (v - coiMean) ** 2, 0)) / 8);

const expected: Record<string, { rca: number; mcp: number; density: number; cog: number }> = {
  'A|x': { rca: 18 / 7, mcp: 1, density: 0, cog: 0 },
  'A|y': { rca: 1 / 4, mcp: 0, density: 1 / 2, cog: kp.z! / sd },
  'A|z': { rca: 0, mcp: 0, density: 0, cog: kp.y! / 2 / sd },
  'B|x': { rca: 10 / 7, mcp: 1, density: 1, cog: 0 },
  'B|y': { rca: 5 / 4, mcp: 1, density: 1 / 2, cog: 0 },
  'B|z': { rca: 0, mcp: 0, density: 1, cog: 0 },
  'C|x': { rca: 0, mcp: 0, density: 1, cog: 0 },
  'C|y': { rca: 5 / 4, mcp: 1, density: 1 / 2, cog: 0 },
  'C|z': { rca: 2, mcp: 1, density: 1, cog: 0 },
};
const diversity: Record<string, number> = { A: 1, B: 2, C: 2 };
const ubiquity: Record<string, number> = { x: 2, y: 2, z: 1 };

describe('economic complexity, 3 × 3 example worked by hand', () => {
  const rows = computeComplexity(input);

  it('returns the nine pairs sorted by location then product, without a year', () => {
    expect(rows.map((r) => `${r.location}|${r.product}`)).toEqual(Object.keys(expected));
    expect(rows.every((r) => r.year === null)).toBe(true);
    expect(lambda2).toBeCloseTo(0.6545085, 6);
  });

  it('gives RCA, M, diversity, ubiquity and density as worked out', () => {
    for (const r of rows) {
      const e = expected[`${r.location}|${r.product}`]!;
      expectClose(r.rca, e.rca, 1e-14, `rca ${r.location} ${r.product}`);
      expect(r.mcp).toBe(e.mcp);
      expect(r.diversity).toBe(diversity[r.location]);
      expect(r.ubiquity).toBe(ubiquity[r.product]);
      expectClose(r.density, e.density, 1e-12, `density ${r.location} ${r.product}`);
    }
  });

  it('gives ECI, PCI, COI and COG from the closed-form eigenvector', () => {
    for (const r of rows) {
      expectClose(r.eci, (kc[r.location]! + 1 / 6) / sd, 1e-10, `eci ${r.location}`);
      expectClose(r.pci, (kp[r.product]! + 1 / 6) / sd, 1e-10, `pci ${r.product}`);
      expectClose(r.coi, (coiRaw[r.location]! - coiMean) / coiSd, 1e-10, `coi ${r.location}`);
      expectClose(r.cog, expected[`${r.location}|${r.product}`]!.cog, 1e-10, `cog ${r.location} ${r.product}`, 1e-12);
    }
  });

  it('follows the sign convention: ECI rises with diversity', () => {
    const eci = (loc: string) => rows.find((r) => r.location === loc)!.eci!;
    expect(eci('A')).toBeLessThan(eci('B'));
    expect(eci('B')).toBeLessThan(eci('C'));
  });

  it('applies the RCA threshold option: at 1.3, B no longer has y (RCA 5/4)', () => {
    const high = computeComplexity(input, { rcaThreshold: 1.3 });
    const by = high.find((r) => r.location === 'B' && r.product === 'y')!;
    expect(by.mcp).toBe(0);
    expect(by.rca).toBeCloseTo(1.25, 12);
    // M becomes A{x}, B{x}, C{z}: y has ubiquity 0, so its PCI is empty; every diversity is 1, so
    // corr(diversity, kc) is undefined (NaN in the package) and so is the sign: no ECI at all.
    expect(by.diversity).toBe(1);
    expect(by.ubiquity).toBe(0);
    expect(by.pci).toBeNull();
    expect(high.every((r) => r.eci === null && r.coi === null)).toBe(true);
    expect(high.map((r) => r.mcp)).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 1]);
  });
});
