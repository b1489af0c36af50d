// The tables workbook the browser writes (web/src/export/xlsx.ts, xlsx-tables.ts), read back with
// exceljs, an independent reader of the format: sheet names, headers in the page's language,
// numbers stored as numbers with their display format, text that looks like a formula kept as
// text, control characters XML cannot hold left out, the header frozen with a filter, and the
// about sheet naming the scope and every table sheet.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../web/src/app/i18n.ts';
import type { TableExport } from '../../web/src/app/view.ts';
import { col } from '../../web/src/export/cells.ts';
import type { Scope } from '../../web/src/export/scope.ts';
import { numberFormat, tablesXlsx } from '../../web/src/export/xlsx-tables.ts';
import { rowHeight, sheetName, xlsxBytes } from '../../web/src/export/xlsx.ts';

beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en' } };
});
afterEach(() => setLang('en'));

const scope = (filters: string): Scope => ({ filters, items: [], dataset: 'Data: seed/indonesia', exported: 'Exported 3 December 2026, in English', notice: '', line: filters, lines: [filters] });

const table = (title: string): TableExport => ({
  title,
  columns: [
    col('id', 'ID', 'text', { id: true }),
    col('name', 'Component', 'text'),
    col('status', 'Status', 'text', { words: { ready: 'Ready' } }),
    col('value', 'Import value', 'usd'),
    col('share', 'Share', 'percent'),
    col('km', 'Distance', 'km'),
    col('density', 'Density', 'decimal', { digits: 3 }),
    col('basis', 'Basis', 'text', { csvOnly: true }),
  ],
  rows: [
    { id: 'c-1', name: '=HYPERLINK("http://x","y")', status: 'ready', value: 4_200_000.37, share: 0.784, km: 448.24, density: 0.9213, basis: 'buyers' },
    { id: 'c-2', name: 'Brake\u0007 drum', status: 'near', value: null, share: 0, km: 12, density: 1, basis: 'buyers' },
  ],
});

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('the tables workbook', () => {
  it('stores numbers as numbers with their format, codes as words, formulas as text, ids and csv-only columns left out', async () => {
    const view = { title: 'Opportunities', scope: scope('View: Opportunities · Cluster: Ceper'), figures: ['3 ready'], method: ['Density: …'], tables: [table('Substitution ranking')] };
    const bytes = tablesXlsx({ title: 'Opportunities', views: [view], sources: ['Dataset: seed/indonesia'], lang: 'en', created: new Date('2026-12-03T12:00:00Z') });
    const wb = await read(bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Scope', 'Substitution ranking']);
    const ws = wb.getWorksheet('Substitution ranking')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Component', 'Status', 'Import value', 'Share', 'Distance', 'Density']);
    const r2 = ws.getRow(2);
    // A formula-looking name is a string cell, not a formula (exceljs would give { formula }).
    expect(r2.getCell(1).value).toBe('=HYPERLINK("http://x","y")');
    expect(r2.getCell(2).value).toBe('Ready');
    expect(r2.getCell(3).value).toBe(4_200_000.37);
    expect(r2.getCell(3).numFmt).toBe('"USD "#,##0');
    expect(r2.getCell(4).value).toBe(0.784);
    expect(r2.getCell(4).numFmt).toBe('0%');
    expect(r2.getCell(5).numFmt).toBe('#,##0" km"');
    expect(r2.getCell(6).numFmt).toBe('#,##0.000');
    const r3 = ws.getRow(3);
    // BEL cannot be in XML 1.0: it becomes U+FFFD rather than breaking the file.
    expect(r3.getCell(1).value).toBe('Brake\uFFFD drum');
    expect(r3.getCell(2).value).toBe('near');
    expect(r3.getCell(3).value).toBeNull();
    expect(r3.getCell(4).value).toBe(0);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:F3');
    expect(wb.title).toBe('Opportunities');
    expect(wb.subject).toBe('View: Opportunities · Cluster: Ceper');
    expect(wb.creator).toBe('Rantai');
    const about = wb.getWorksheet('Scope')!;
    const lines = about.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(lines[0]).toBe('Opportunities');
    expect(lines).toContain('View: Opportunities · Cluster: Ceper');
    // The sheet is named as its table: said once (it read "Substitution ranking: Substitution ranking (2 rows)").
    expect(lines).toContain('Substitution ranking (2 rows)');
    expect(lines.some((l) => l.startsWith('Substitution ranking: '))).toBe(false);
    expect(lines).toContain('3 ready');
    expect(lines).toContain('Dataset: seed/indonesia');
  });

  it('writes its own words in Indonesian', async () => {
    setLang('id');
    const wb = await read(tablesXlsx({ title: 'Peluang', views: [{ title: 'Peluang', scope: scope('Tampilan: Peluang'), figures: [], method: [], tables: [table('Peringkat substitusi')] }], sources: [], lang: 'id', created: new Date() }));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Cakupan', 'Peringkat substitusi']);
    const lines = wb.getWorksheet('Cakupan')!.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(lines).toContain('Lembar kerja dalam berkas ini');
    expect(lines).toContain('Peringkat substitusi (2 baris)');
    expect(lines.some((l) => l.startsWith('Angka disimpan sebagai angka'))).toBe(true);
  });

  it('holds a basket of views: each view’s scope and sheets on the first sheet, tables of the same title kept apart, sources once', async () => {
    const a = { title: 'Opportunities', scope: scope('View: Opportunities · Cluster: Ceper'), figures: [], method: [], tables: [table('Ranking')] };
    const b = { title: 'Opportunities', scope: scope('View: Opportunities · Cluster: Tegal'), figures: [], method: [], tables: [table('Ranking'), table('Gaps')] };
    const wb = await read(tablesXlsx({ title: 'Briefing pack', views: [a, b], sources: ['Dataset: seed/indonesia', 'Dataset: seed/indonesia'], lang: 'en', created: new Date() }));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Scope', 'Ranking', 'Ranking (2)', 'Gaps']);
    const lines = wb.getWorksheet('Scope')!.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(lines[0]).toBe('Briefing pack');
    expect(lines).toContain('View: Opportunities · Cluster: Ceper');
    expect(lines).toContain('View: Opportunities · Cluster: Tegal');
    // The second view's ranking is the sheet "Ranking (2)", and says so under that view.
    expect(lines.indexOf('Ranking (2): Ranking (2 rows)')).toBeGreaterThan(lines.indexOf('View: Opportunities · Cluster: Tegal'));
    expect(lines.filter((l) => l === 'Dataset: seed/indonesia')).toHaveLength(1);
    expect(wb.subject).toBe('View: Opportunities · Cluster: Ceper | View: Opportunities · Cluster: Tegal');
    expect(wb.getWorksheet('Ranking (2)')!.rowCount).toBe(3);
  });

  it('names sheets as Excel allows: no []:*?/\\, at most 31 characters cut between words, unique', () => {
    const used = new Set<string>();
    expect(sheetName('Impact if a firm stops: ranking [all]', used)).toBe('Impact if a firm stops ranking');
    expect(sheetName('Impact if a firm stops: ranking (all)', used)).toBe('Impact if a firm stops (2)');
    expect(sheetName('Komponen dengan pemasok tunggal dan tanpa cadangan', used)).toBe('Komponen dengan pemasok tunggal');
    expect(sheetName("'Quoted'", used)).toBe('Quoted');
    for (const n of used) expect(n.length).toBeLessThanOrEqual(31);
  });

  it('gives formats for every numeric column kind and none for text', () => {
    expect(numberFormat(col('a', 'A', 'ratio'))).toBe('#,##0.0"×"');
    expect(numberFormat(col('a', 'A', 'ratio', { digits: 2 }))).toBe('#,##0.00"×"');
    expect(numberFormat(col('a', 'A', 'tonnes'))).toBe('#,##0" t"');
    expect(numberFormat(col('a', 'A', 'year'))).toBe('0');
    expect(numberFormat(col('a', 'A', 'count'))).toBe('#,##0');
    expect(numberFormat(col('a', 'A', 'decimal'))).toBe('General');
    expect(numberFormat(col('a', 'A', 'text'))).toBeUndefined();
  });

  it('grows a row for wrapped text by its estimated lines (a spreadsheet does not on opening)', () => {
    // 45 characters in a column 10 wide: 9 units of about 1.15 characters (10.35) per line, so 5 lines of 15 points.
    expect(rowHeight([{ value: 'x'.repeat(45), style: { wrap: true } }], [10])).toBe(75);
    expect(rowHeight([{ value: 'x'.repeat(41), style: { wrap: true } }], [10])).toBe(60);
    // Two paragraphs: 1 line + 2 lines.
    expect(rowHeight([{ value: `short\n${'y'.repeat(12)}`, style: { wrap: true } }], [10])).toBe(45);
    expect(rowHeight([{ value: 'x'.repeat(45) }], [10])).toBeUndefined();
    expect(rowHeight([{ value: 123456, style: { wrap: true } }], [3])).toBeUndefined();
  });

  it('writes a table of 150,000 rows (more than a function takes arguments: the widths are found in a loop)', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [{ value: `firm ${i}` }, { value: i, style: { numFmt: '#,##0' } }]);
    const files = unzipSync(xlsxBytes({ sheets: [{ name: 'Big', widths: [20, 10], rows, header: true }], title: 't', subject: 's', language: 'en', created: new Date() }));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(xml).toContain('<dimension ref="A1:B150000"/>');
    expect(xml).toContain('<c r="B150000" s="1"><v>149999</v></c>');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain("'Big'!$A$1:$B$150000");
  });

  it('says under the header of a table with no rows that it has none, in the page’s language', async () => {
    for (const [lang, sheet, none, line] of [
      ['en', 'Scope', 'No rows in this scope.', 'Single sources (0 rows)'],
      ['id', 'Cakupan', 'Tidak ada baris dalam cakupan ini.', 'Single sources (0 baris)'],
    ] as const) {
      setLang(lang);
      const empty: TableExport = { ...table('Single sources'), rows: [] };
      const wb = await read(tablesXlsx({ title: 'Risk', views: [{ title: 'Risk', scope: scope('View: Risk'), figures: [], method: [], tables: [empty] }], sources: [], lang, created: new Date() }));
      const ws = wb.getWorksheet('Single sources')!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Component', 'Status', 'Import value', 'Share', 'Distance', 'Density']);
      expect(ws.getRow(2).getCell(1).value).toBe(none);
      expect(ws.rowCount).toBe(2);
      expect(wb.getWorksheet(sheet)!.getColumn(1).values).toContain(line);
    }
  });

  it('is a zip exceljs opens with one sheet and no rows as well', async () => {
    const wb = await read(xlsxBytes({ sheets: [{ name: 'Empty', widths: [], rows: [] }], title: 't', subject: 's', language: 'en', created: new Date() }));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Empty']);
    expect(wb.worksheets[0]!.rowCount).toBe(0);
  });
});
