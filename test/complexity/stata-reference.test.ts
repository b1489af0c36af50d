// Compares the TypeScript economic complexity with the Stata `ecomplexity` command's output, the
// ground truth of the Growth Lab's py-ecomplexity tests. Fixtures (test/fixtures/ecomplexity/, MIT,
// see its README): trade_data_sample.csv is the input; stata_single_year_1995.csv is
// `ecomplexity export_val, i(origin) p(hs92) t(year)` with default options on the 1995 rows.
// Tolerances are the upstream tests': rca, eci, pci rtol 1e-5; density, coi, cog rtol 1e-4;
// M, diversity, ubiquity exact. (Stata held export_val as a float, hence rca's looser agreement.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeComplexity, parseComplexityCsv, type ComplexityRow } from '../../server/analysis/complexity/index.ts';
import { expectClose } from './close.ts';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/ecomplexity/${name}`, import.meta.url)), 'utf8');

const columns = { location: 'origin', product: 'hs92', value: 'export_val', year: 'year' };
const input = parseComplexityCsv(fixture('trade_data_sample.csv'), columns);
const stata = parse(fixture('stata_single_year_1995.csv'), { columns: true }) as Array<Record<string, string>>;

describe('economic complexity against the Stata ground truth (1995)', () => {
  const rows = computeComplexity(input.filter((r) => r.year === '1995'));
  const byKey = new Map(rows.map((r) => [`${r.location}|${r.product}`, r]));

  it('has one row per location × product, as Stata', () => {
    expect(rows).toHaveLength(300);
    expect(stata).toHaveLength(300);
    for (const s of stata) expect(byKey.has(`${s.origin}|${s.hs92}`), `${s.origin} ${s.hs92}`).toBe(true);
  });

  it('matches M, diversity and ubiquity exactly', () => {
    for (const s of stata) {
      const r = byKey.get(`${s.origin}|${s.hs92}`)!;
      expect(r.mcp, `M ${s.origin} ${s.hs92}`).toBe(Number(s.M));
      expect(r.diversity, `diversity ${s.origin}`).toBe(Number(s.diversity));
      expect(r.ubiquity, `ubiquity ${s.hs92}`).toBe(Number(s.ubiquity));
    }
  });

  const compare = (metric: keyof ComplexityRow, column: string, rtol: number) => {
    for (const s of stata) {
      const r = byKey.get(`${s.origin}|${s.hs92}`)!;
      expectClose(r[metric] as number | null, Number(s[column]), rtol, `${metric} ${s.origin} ${s.hs92}`);
    }
  };

  it('matches RCA within rtol 1e-5', () => compare('rca', 'rca', 1e-5));
  it('matches ECI within rtol 1e-5', () => compare('eci', 'eci', 1e-5));
  it('matches PCI within rtol 1e-5', () => compare('pci', 'pci', 1e-5));
  it('matches density within rtol 1e-4', () => compare('density', 'density', 1e-4));
  it('matches COI within rtol 1e-4', () => compare('coi', 'coi', 1e-4));
  it('matches COG within rtol 1e-4', () => compare('cog', 'cog', 1e-4));

  it('computes each year on its own: 1995 in the two-year file equals 1995 alone', () => {
    const both = computeComplexity(input);
    expect(both).toHaveLength(600);
    expect(both.filter((r) => r.year === '1995')).toEqual(rows);
    const y1996 = both.filter((r) => r.year === '1996');
    expect(y1996).toEqual(computeComplexity(input.filter((r) => r.year === '1996')));
    // The years differ, so the 1996 values are not a copy of 1995's.
    expect(y1996.map((r) => r.eci)).not.toEqual(rows.map((r) => r.eci));
  });
});
