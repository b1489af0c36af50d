// Numbers in a CSV file written the Indonesian way, as a spreadsheet set to Indonesian saves them
// ("200.000" for two hundred thousand, "0,005" with a decimal comma). A count read "200.000" as 200,
// a thousand times too small, without a word; now a count takes whole numbers only, and each
// Indonesian spelling is refused at its file, line and column with the number as the file must hold
// it, in both languages. A decimal with three places where an amount belongs ("8.893" kg) is still
// the decimal it is (the generator writes such masses). Expected values: the cells as written here.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { datasetFromCsvTexts, formatProblemIn } from '../../server/model/index.ts';
import { specOf } from '../../server/model/files.ts';
import { problemsOf, smallCsvTexts } from '../helpers/datasets.ts';

type File = 'firms' | 'supplies' | 'components' | 'clusters';

/** Sets one cell (data row `row`, 1-based) of a file whose rows have no quoted commas in these columns. */
function withCell(texts: Map<string, string>, file: File, row: number, column: string, value: string): { line: number; column: number } {
  const name = `${file}.csv`;
  const lines = texts.get(name)!.split('\n');
  const at = specOf(file).columns.indexOf(column);
  const cells = lines[row]!.split(',');
  expect(cells.length).toBe(specOf(file).columns.length); // no quoted commas in this row
  cells[at] = /[,"]/.test(value) ? `"${value}"` : value;
  lines[row] = cells.join(',');
  texts.set(name, lines.join('\n'));
  return { line: row + 1, column: at + 1 };
}

describe('numbers written the Indonesian way in a CSV file', () => {
  it('are refused where they would be misread, each located and told how to write it (both languages)', () => {
    const texts = new Map(smallCsvTexts(5));
    // Each case: where, what was typed, the English and Indonesian message after the column's name.
    const cases: Array<[File, number, string, string, string, string]> = [
      ['supplies', 1, 'units_per_year', '200.000', 'must be a whole number written without thousands separators (a count), got "200.000": write 200000', 'harus berupa bilangan bulat yang ditulis tanpa pemisah ribuan (jumlah), tertulis "200.000": tulis 200000'],
      ['firms', 2, 'employees', '1.500', 'must be a whole number written without thousands separators (a count), got "1.500": write 1500', 'harus berupa bilangan bulat yang ditulis tanpa pemisah ribuan (jumlah), tertulis "1.500": tulis 1500'],
      ['firms', 3, 'employees', '12.5', 'must be a whole number (a count), got 12.5', 'harus berupa bilangan bulat (jumlah), tertulis 12.5'],
      ['components', 1, 'tolerance_mm', '0,005', 'must be written with a decimal point, not a comma, got "0,005": write 0.005 (a CSV file takes numbers as a program writes them; a workbook (.xlsx) also takes the comma)', 'harus ditulis dengan titik desimal, bukan koma, tertulis "0,005": tulis 0.005 (berkas CSV memuat angka seperti yang ditulis program; buku kerja .xlsx juga menerima koma)'],
      ['supplies', 2, 'value_usd', '1.800.000', 'must be written with a decimal point and without thousands separators, got "1.800.000": write 1800000', 'harus ditulis dengan titik desimal dan tanpa pemisah ribuan, tertulis "1.800.000": tulis 1800000'],
      ['supplies', 3, 'value_usd', '2.500,75', 'must be written with a decimal point and without thousands separators, got "2.500,75": write 2500.75', 'harus ditulis dengan titik desimal dan tanpa pemisah ribuan, tertulis "2.500,75": tulis 2500.75'],
    ];
    const where = cases.map(([file, row, column, value]) => ({ file: `${file}.csv`, ...withCell(texts, file, row, column, value) }));
    const problems = problemsOf(texts);
    expect(problems).toHaveLength(cases.length);
    cases.forEach(([, , column, , en, id], i) => {
      const p = problems.find((q) => q.file === where[i]!.file && q.line === where[i]!.line && q.column === where[i]!.column);
      expect(p, `${where[i]!.file}:${where[i]!.line}`).toBeDefined();
      expect(formatProblemIn(p!, 'en')).toBe(`${where[i]!.file}:${where[i]!.line}:${where[i]!.column}: ${column} ${en}`);
      expect(formatProblemIn(p!, 'id')).toBe(`${where[i]!.file}:${where[i]!.line}:${where[i]!.column}: ${column} ${id}`);
    });
  });

  it('are read as they were before where they are plain numbers: a three-place decimal amount, a count with ".0"', () => {
    const texts = new Map(smallCsvTexts(5));
    withCell(texts, 'components', 1, 'mass_kg', '8.893');
    withCell(texts, 'supplies', 1, 'units_per_year', '200.0');
    withCell(texts, 'firms', 2, 'employees', '1500');
    const dataset = datasetFromCsvTexts(texts);
    expect(dataset.components[0]!.mass_kg).toBe(8.893);
    expect(dataset.supplies[0]!.units_per_year).toBe(200);
    expect(dataset.firms[1]!.employees).toBe(1500);
  });
});

describe('a CSV file separated by semicolons or tabs', () => {
  it('is one problem per file saying so (both languages), not a problem for every column and row', () => {
    // As LibreOffice or Excel set to Indonesian saves the files: ";" between the columns, quotes
    // where a cell holds one (a list of processes).
    const texts = new Map(smallCsvTexts(5));
    const names = [...texts.keys()];
    for (const [name, text] of texts) texts.set(name, stringify(parse(text) as string[][], { delimiter: name === 'firms.csv' ? '\t' : ';' }));
    expect(texts.get('components.csv')!.split('\n')[0]).toMatch(/^id;name;/);
    const problems = problemsOf(texts);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}`).sort()).toEqual(names.map((n) => `${n}:1:1`).sort());
    const components = problems.find((p) => p.file === 'components.csv')!;
    expect(formatProblemIn(components, 'en')).toMatch(/^components\.csv:1:1: the columns are separated by semicolons \(;\).*Use the workbook \(\.xlsx\) itself instead/);
    expect(formatProblemIn(components, 'id')).toMatch(/^components\.csv:1:1: kolom-kolomnya dipisahkan titik koma \(;\).*Pakai saja buku kerjanya \(\.xlsx\)/);
    expect(formatProblemIn(problems.find((p) => p.file === 'firms.csv')!, 'en')).toMatch(/separated by tabs/);
  });
});

describe("a component's HS code a spreadsheet shortened", () => {
  it('is refused with the code as it must be written; other codes are kept as written', () => {
    // Re-saving the CSV export in a spreadsheet turned 7326.90 into 7326.9 (a number), silently.
    const texts = new Map(smallCsvTexts(5));
    const cut = withCell(texts, 'components', 1, 'hs', '7326.9');
    const lost = withCell(texts, 'components', 2, 'hs', '87083');
    const problems = problemsOf(texts);
    expect(problems.map((p) => formatProblemIn(p, 'en'))).toEqual([
      `components.csv:${cut.line}:${cut.column}: hs "7326.9" has 5 digits; an HS code has 4 or 6 (a spreadsheet may have dropped its last zero, as 8708.30 becomes 8708.3: write it as text, "732690")`,
      `components.csv:${lost.line}:${lost.column}: hs "87083" has 5 digits; an HS code has 4 or 6 (a spreadsheet may have dropped a leading zero: write it as text, "087083")`,
    ]);
    expect(formatProblemIn(problems[0]!, 'id')).toMatch(/angka nol di belakang mungkin terhapus oleh lembar kerja.*"732690"/);
    const fine = new Map(smallCsvTexts(5));
    withCell(fine, 'components', 1, 'hs', '8708.99.90'); // a national tariff line (BTKI), as an analyst may give it
    withCell(fine, 'components', 2, 'hs', '7326.90');
    const dataset = datasetFromCsvTexts(fine);
    expect([dataset.components[0]!.hs, dataset.components[1]!.hs]).toEqual(['8708.99.90', '7326.90']);
  });
});
