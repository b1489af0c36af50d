// Behaviour around the edges, as py-ecomplexity's `create_full_df` and `clean_data` define it:
// zero-total locations and products are left out of the computation and come back with empty
// metrics; missing pairs are filled with 0; duplicates keep their first row; presence 'manual'
// takes M from the value column. Expected values are worked out in the comments.
import { describe, expect, it } from 'vitest';
import { computeComplexity, computeComplexityReport, type ComplexityInputRow } from '../../server/analysis/complexity/index.ts';

// The 3 × 3 example of hand-worked.test.ts, with zero rows omitted.
const base: ComplexityInputRow[] = [
  { location: 'A', product: 'x', value: 9 },
  { location: 'A', product: 'y', value: 1 },
  { location: 'B', product: 'x', value: 5 },
  { location: 'B', product: 'y', value: 5 },
  { location: 'C', product: 'y', value: 10 },
  { location: 'C', product: 'z', value: 10 },
];

describe('economic complexity edge cases', () => {
  it('fills missing pairs with value 0 and computes them', () => {
    const rows = computeComplexity(base);
    expect(rows).toHaveLength(9);
    const az = rows.find((r) => r.location === 'A' && r.product === 'z')!;
    expect(az.value).toBe(0);
    expect(az.rca).toBe(0);
    expect(az.mcp).toBe(0);
  });

  it('leaves out a location and a product with a zero total, keeping their input rows with empty metrics', () => {
    const withZeros = [
      ...base,
      { location: 'D', product: 'x', value: 0 },
      { location: 'D', product: 'y', value: 0 },
      { location: 'A', product: 'w', value: 0 },
    ];
    const report = computeComplexityReport(withZeros);
    const plain = computeComplexity(base);
    const rows = report.rows;
    // 9 computed pairs + the 3 input rows of D and w.
    expect(rows).toHaveLength(12);
    for (const r of rows.filter((r) => r.location === 'D' || r.product === 'w')) {
      expect(r.value).toBe(0);
      expect([r.rca, r.mcp, r.eci, r.pci, r.density, r.coi, r.cog, r.diversity, r.ubiquity]).toEqual(Array(9).fill(null));
    }
    // The others are exactly what the data without D and w gives.
    expect(rows.filter((r) => r.location !== 'D' && r.product !== 'w')).toEqual(plain);
    expect(report.warnings.map((w) => [w.code, w.rows])).toEqual([['zero-totals', 3]]);
    expect(report.warnings[0]!.message).toBe('All rows: 3 rows of locations or products with a total of 0 left out.');
    // Sorted by location, then product.
    expect(rows.map((r) => `${r.location}${r.product}`).slice(0, 4)).toEqual(['Aw', 'Ax', 'Ay', 'Az']);
  });

  it('keeps the first of duplicate rows and warns', () => {
    const report = computeComplexityReport([...base, { location: 'A', product: 'x', value: 1000 }]);
    expect(report.rows).toEqual(computeComplexity(base));
    expect(report.warnings.map((w) => [w.code, w.rows])).toEqual([['duplicates', 1]]);
    expect(report.warnings[0]!.message).toMatch(/1 duplicate/);
  });

  it('sorts numeric keys by value (as pandas sorts a numeric column)', () => {
    const rows = computeComplexity([
      { location: 'a', product: '10', value: 1 },
      { location: 'a', product: '9', value: 1 },
      { location: 'b', product: '10', value: 2 },
    ]);
    expect(rows.map((r) => r.product)).toEqual(['9', '10', '9', '10']);
  });

  it("with presenceTest 'manual' takes M and rca from the 0/1 value column", () => {
    const m: ComplexityInputRow[] = [
      ['A', 'x', 1], ['A', 'y', 0], ['A', 'z', 0],
      ['B', 'x', 1], ['B', 'y', 1], ['B', 'z', 0],
      ['C', 'x', 0], ['C', 'y', 1], ['C', 'z', 1],
    ].map(([location, product, value]) => ({ location: String(location), product: String(product), value: Number(value) }));
    const manual = computeComplexity(m, { presenceTest: 'manual' });
    const fromRca = computeComplexity(base);
    // Same M as the RCA example, so the same ECI, PCI, density, COI and COG.
    expect(manual.map((r) => r.mcp)).toEqual(fromRca.map((r) => r.mcp));
    expect(manual.map((r) => r.rca)).toEqual(m.map((r) => r.value));
    for (const key of ['eci', 'pci', 'density', 'coi', 'cog'] as const) {
      manual.forEach((r, i) => expect(r[key]).toBeCloseTo(fromRca[i]![key]!, 12));
    }
    expect(() => computeComplexity([{ location: 'A', product: 'x', value: 2 }], { presenceTest: 'manual' })).toThrow(/0 or 1/);
  });

  it('gives empty ECI/PCI/COI/COG for a single location, but still RCA and M', () => {
    const report = computeComplexityReport([
      { location: 'A', product: 'x', value: 1 },
      { location: 'A', product: 'y', value: 3 },
    ]);
    expect(report.rows.map((r) => [r.rca, r.mcp, r.eci, r.pci])).toEqual([
      [1, 1, null, null],
      [1, 1, null, null],
    ]);
    expect(report.warnings.map((w) => [w.code, w.reason])).toEqual([['eci-undefined', 'too-small']]);
    expect(report.warnings[0]!.message).toMatch(/undefined \(fewer than 2 locations or products\)/);
  });
});
