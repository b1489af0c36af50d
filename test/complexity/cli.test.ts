// `rantai complexity`: CSV and JSON output with the caller's column names (py-ecomplexity keeps the
// input's names), located input errors on stderr with exit 1, usage mistakes as UsageError.
// Expected numbers are the Stata output in test/fixtures/ecomplexity/stata_single_year_1995.csv.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../server/cli/command.ts';
import { complexityCommand } from '../../server/cli/commands/complexity.ts';

const sample = fileURLToPath(new URL('../fixtures/ecomplexity/trade_data_sample.csv', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rantai-complexity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = async (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await complexityCommand.run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

const flags = ['--location', 'origin', '--product', 'hs92', '--value', 'export_val', '--year', 'year'];

describe('rantai complexity', () => {
  it('writes CSV with the input column names and the package column order', async () => {
    const { code, out, err } = await run([sample, ...flags]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines[0]).toBe('origin,hs92,export_val,year,diversity,ubiquity,mcp,eci,pci,density,coi,cog,rca');
    const records = parse(out, { columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(600);
    // Stata: 1995, aut, 1704 → eci 1.073207217992253, pci −1.470491886427003, ubiquity 6.
    const aut = records.find((r) => r.year === '1995' && r.origin === 'aut' && r.hs92 === '1704')!;
    expect(Number(aut.eci)).toBeCloseTo(1.073207217992253, 10);
    expect(Number(aut.pci)).toBeCloseTo(-1.470491886427003, 10);
    expect(aut.ubiquity).toBe('6');
  });

  it('writes JSON records with --format json and applies --rca-threshold', async () => {
    const base = await run([sample, ...flags, '--format', 'json']);
    expect(base.code).toBe(0);
    const records = JSON.parse(base.out) as Array<Record<string, unknown>>;
    expect(records).toHaveLength(600);
    expect(Object.keys(records[0]!)).toEqual(['origin', 'hs92', 'export_val', 'year', 'diversity', 'ubiquity', 'mcp', 'eci', 'pci', 'density', 'coi', 'cog', 'rca']);
    const strict = JSON.parse((await run([sample, ...flags, '--format', 'json', '--rca-threshold', '2'])).out) as Array<Record<string, number>>;
    const ones = (rs: Array<Record<string, unknown>>) => rs.filter((r) => r.mcp === 1).length;
    expect(ones(strict)).toBeLessThan(ones(records));
    expect(strict.every((r) => (r.mcp === 1) === (r.rca! >= 2))).toBe(true);
  });

  it('reports a bad value as file:line:column and exits 1', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'year,origin,hs92,export_val\n1995,idn,0101,5\n1995,tha,0101,-3\n');
    const { code, out, err } = await run([file, ...flags]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:4: .*negative`));
  });

  it('reports a missing column and an unreadable file with exit 1', async () => {
    const missing = await run([sample, '--location', 'country', '--product', 'hs92', '--value', 'export_val']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/trade_data_sample\.csv:1:5: missing location column "country"/);
    const none = await run([join(dir, 'nope.csv'), ...flags]);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/nope\.csv: cannot read the file \(ENOENT\)/);
  });

  it('prints warnings to stderr, in English or Bahasa Indonesia, and still writes the rows', async () => {
    // Two blocks sharing no product (worked out by hand: x, y are made only by a, b; z only by c).
    const file = join(dir, 'blocks.csv');
    writeFileSync(file, 'origin,hs92,export_val\na,x,5\na,y,5\nb,x,5\nb,y,5\nc,z,7\n');
    const en = await run([file, '--location', 'origin', '--product', 'hs92', '--value', 'export_val']);
    expect(en.code).toBe(0);
    // Each location makes all of its block's products: nothing is left for COI to weigh either.
    expect(en.err.split('\n')[0]).toBe(`${file}: warning (coi-no-spread): All rows: COI has no spread; COI is empty.`);
    expect(en.err.split('\n')[1]).toBe(
      `${file}: warning (disconnected): All rows: the locations and products with a comparative advantage (M = 1) split into 2 disconnected blocks ` +
        '(locations × products: 2 × 2, 1 × 1); the eigenvector behind ECI and PCI is not defined (the eigenvalue 1 repeats), so ECI, PCI, COI and COG rank nothing: ' +
        'compare locations only within a block, or use a larger table.',
    );
    expect(parse(en.out, { columns: true })).toHaveLength(9);
    const id = await run([file, '--location', 'origin', '--product', 'hs92', '--value', 'export_val', '--lang', 'id']);
    expect(id.err).toMatch(/warning \(disconnected\): Semua baris: lokasi dan produk yang memiliki keunggulan komparatif \(M = 1\) terpecah menjadi 2 blok/);
    expect(id.out).toBe(en.out);
    await expect(run([file, '--location', 'origin', '--product', 'hs92', '--value', 'export_val', '--lang', 'fr'])).rejects.toThrow(/--lang must be en or id/);
  });

  it('throws UsageError for usage mistakes', async () => {
    await expect(run([sample])).rejects.toThrow(UsageError);
    await expect(run([...flags])).rejects.toThrow(/exactly one CSV file/);
    await expect(run([sample, ...flags, '--format', 'xml'])).rejects.toThrow(/--format/);
    await expect(run([sample, ...flags, '--rca-threshold', 'abc'])).rejects.toThrow(/--rca-threshold/);
    await expect(run([sample, ...flags, '--bogus'])).rejects.toThrow(UsageError);
    await expect(run([sample, '--location', 'origin', '--product', 'hs92', '--value', 'eci'])).rejects.toThrow(/^1 column name is used twice or clashes with an output column: eci$/);
  });
});
