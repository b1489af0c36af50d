// The year tables built from rows (server/analysis/complexity/table.ts: keys interned once per year,
// duplicates found by index) against the obvious construction written here: per year in order of
// first appearance, the first row of each (location, product) kept, locations and products with a
// zero total dropped (their rows returned as dropped), the rest sorted as compareKeys sorts and
// filled row-major with 0 for missing pairs. Random tables (seeded) with interleaved years,
// duplicates, zero totals, numeric and text keys, in shuffled order.
import { describe, expect, it } from 'vitest';
import { buildYearTable, compareKeys, splitYears } from '../../server/analysis/complexity/table.ts';
import type { ComplexityInputRow } from '../../server/analysis/complexity/types.ts';
import { mulberry32 } from '../../server/util/random.ts';

const obvious = (rows: readonly ComplexityInputRow[]) => {
  const years: Array<string | null> = [];
  for (const r of rows) if (!years.includes(r.year ?? null)) years.push(r.year ?? null);
  return years.map((year) => {
    const seen = new Set<string>();
    const kept: ComplexityInputRow[] = [];
    let duplicates = 0;
    for (const r of rows) {
      if ((r.year ?? null) !== year) continue;
      const key = JSON.stringify([r.location, r.product]);
      if (seen.has(key)) duplicates++;
      else {
        seen.add(key);
        kept.push(r);
      }
    }
    const total = (pick: (r: ComplexityInputRow) => string, k: string) => kept.filter((r) => pick(r) === k).reduce((s, r) => s + r.value, 0);
    const keys = (pick: (r: ComplexityInputRow) => string) => [...new Set(kept.map(pick))].filter((k) => total(pick, k) !== 0).sort(compareKeys);
    const locations = keys((r) => r.location);
    const products = keys((r) => r.product);
    const values = new Array<number>(locations.length * products.length).fill(0);
    const dropped: ComplexityInputRow[] = [];
    for (const r of kept) {
      const i = locations.indexOf(r.location);
      const j = products.indexOf(r.product);
      if (i < 0 || j < 0) dropped.push(r);
      else values[i * products.length + j] = r.value;
    }
    return { year, duplicates, locations, products, values, dropped };
  });
};

describe('year tables from rows', () => {
  it.each([1, 2, 3, 4, 5, 6])('match the obvious construction (seed %i)', (seed) => {
    const rng = mulberry32(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
    const locations = ['10', '9', 'B', 'a', 'L-1', '2.5', 'zz', 'L10'];
    const products = ['8708', '87', 'P2', 'P10', 'x', '0.5', '1e3', 'Q'];
    const years = seed % 2 === 0 ? [undefined] : ['2023', '2022', '2024'];
    const rows: ComplexityInputRow[] = [];
    for (let n = 0; n < 300; n++) {
      // Location 'zz' and product 'Q' only ever have 0 (their rows are dropped), others often.
      const location = pick(locations);
      const product = pick(products);
      const value = location === 'zz' || product === 'Q' || rng() < 0.3 ? 0 : Math.round(rng() * 1000) / 10;
      const year = pick(years);
      rows.push({ location, product, value, ...(year === undefined ? {} : { year }) });
    }
    const got = splitYears(rows).map((g) => ({ ...buildYearTable(g), duplicates: g.duplicates }));
    const want = obvious(rows);
    expect(got.map((g) => g.year)).toEqual(want.map((w) => w.year));
    got.forEach((g, k) => {
      const w = want[k]!;
      expect(g.duplicates).toBe(w.duplicates);
      expect(g.locations).toEqual(w.locations);
      expect(g.products).toEqual(w.products);
      expect(Array.from(g.values)).toEqual(w.values);
      expect(g.dropped).toEqual(w.dropped);
    });
    // The tables test something: duplicates and dropped rows occur across the seeds' years.
    expect(want.some((w) => w.duplicates > 0)).toBe(true);
    expect(want.every((w) => w.dropped.length > 0 && !w.locations.includes('zz') && !w.products.includes('Q'))).toBe(true);
  });
});
