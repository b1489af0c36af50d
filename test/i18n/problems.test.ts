// A rejected upload told in Bahasa Indonesia (POST /api/datasets?lang=id, or Accept-Language: id):
// broken datasets sent as CSV files, as a JSON bundle and as an .xlsx workbook are answered with the
// same problems, at the same places, as in English, and no problem (nor the error's own message)
// holds a word of the English catalogue's fixed text, the approach of indonesian-answers.test.ts.
// What a problem quotes from the upload (values in quotes, file, sheet and column names, allowed
// values) is data and is taken out before the comparison. The English answer is the one the upload
// tests pin (test/upload, test/model), so it is only compared here, never rewritten.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOf, workbookBytes, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { XLSX_TYPE } from '../../server/upload/index.ts';
import { mulberry32 } from '../../server/util/random.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { smallCsvTexts, smallDataset } from '../helpers/datasets.ts';
import { FAULT_KINDS, inject } from '../model/faults.ts';
import { englishIn } from './english-words.ts';

const TOKEN = 'test-write-token-0123456789';

interface ProblemOut {
  file: string;
  line: number;
  column: number | string;
  message: string;
  cell?: string;
  more?: number;
}

let server: TestServer;
beforeAll(async () => {
  server = await serveWith(new EmbeddedStore(smallDataset(1), 'original'), { writeToken: TOKEN });
});
afterAll(async () => server?.close());

async function upload(body: BodyInit, contentType: string | undefined, lang: { query?: string; header?: string }) {
  const headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` };
  if (contentType) headers['Content-Type'] = contentType;
  if (lang.header) headers['Accept-Language'] = lang.header;
  const res = await fetch(`${server.url}/api/datasets${lang.query ? `?lang=${lang.query}` : ''}`, { method: 'POST', headers, body });
  return { status: res.status, error: errorOf(await res.json()) };
}

/** The same upload in English and in Indonesian: same code, same places, every sentence translated. */
async function bothLanguages(make: () => BodyInit, contentType?: string) {
  const en = await upload(make(), contentType, {});
  const id = await upload(make(), contentType, { query: 'id' });
  expect(id.status).toBe(en.status);
  expect(id.error.code).toBe(en.error.code);
  expect(englishIn(id.error.message), id.error.message).toEqual([]);
  expect(id.error.message).not.toBe(en.error.message);
  const enProblems = (en.error.details ?? []) as ProblemOut[];
  const idProblems = (id.error.details ?? []) as ProblemOut[];
  expect(idProblems.map(({ line, column, cell, more }) => ({ line, column, cell, more }))).toEqual(enProblems.map(({ line, column, cell, more }) => ({ line, column, cell, more })));
  for (const [i, p] of idProblems.entries()) {
    expect(englishIn(p.message), `${p.file}:${p.line}:${p.column}: ${p.message}`).toEqual([]);
    expect(p.message, enProblems[i]!.message).not.toBe(enProblems[i]!.message);
  }
  return { en, id, enProblems, idProblems };
}

/** A CSV dataset with one fault of every kind, a missing core file, an unknown column and file, and a grouped run. */
function brokenCsvTexts(): Map<string, string> {
  const texts = smallCsvTexts(3);
  const rng = mulberry32(13);
  const used = new Set<string>();
  for (const kind of FAULT_KINDS) inject(texts, kind, rng, used);
  // Twelve imports rows with an unknown country: five are listed, the rest grouped ("and 7 more like this").
  const imports = texts.get('imports.csv')!.replace(/\n$/, '').split('\n');
  const country = specOf('imports').columns.indexOf('country');
  for (let i = imports.length - 12; i < imports.length; i++) {
    const cells = imports[i]!.split(',');
    cells[country] = 'XX';
    imports[i] = cells.join(',');
  }
  texts.set('imports.csv', `${imports.join('\n')}\n`);
  texts.delete('programs.csv');
  texts.set('countries.csv', texts.get('countries.csv')!.replace(/^([^\n]*)/, '$1,colour'));
  texts.set('notes.csv', 'a,b\n1,2\n');
  return texts;
}

const csvForm = (texts: Map<string, string>): FormData => {
  const form = new FormData();
  for (const [name, text] of texts) form.append('files', new Blob([text], { type: 'text/csv' }), name);
  return form;
};

describe('a rejected dataset in Bahasa Indonesia (POST /api/datasets?lang=id)', () => {
  it('CSV files: every problem at the same place as in English, none holding an English word', async () => {
    const texts = brokenCsvTexts();
    const { enProblems, idProblems } = await bothLanguages(() => csvForm(texts));
    // The faults were all found (the test sees real problems): one per fault kind and more.
    expect(enProblems.length).toBeGreaterThanOrEqual(FAULT_KINDS.length + 3);
    // The grouped run and the missing file are among them, in both languages.
    expect(enProblems.some((p) => /^and \d+ more like this \(line \d+ to line \d+\)$/.test(p.message))).toBe(true);
    expect(idProblems.some((p) => /^dan \d+ masalah serupa lainnya \(baris \d+ sampai baris \d+\)$/.test(p.message))).toBe(true);
    expect(idProblems.find((p) => p.file === 'notes.csv')?.message).toMatch(/^berkas tidak dikenal/);
  });

  it('the same list for Accept-Language: id-ID as for ?lang=id', async () => {
    const texts = brokenCsvTexts();
    const byQuery = await upload(csvForm(texts), undefined, { query: 'id' });
    const byHeader = await upload(csvForm(texts), undefined, { header: 'id-ID,id;q=0.9,en;q=0.5' });
    expect(byHeader.error).toEqual(byQuery.error);
  });

  it('a JSON bundle: wrong types, unknown keys and fields, located by row and field', async () => {
    const d = smallDataset(4) as unknown as Record<string, Array<Record<string, unknown>>>;
    d.firms![0]!.lat = 'north';
    d.firms![1]!.employees = -4;
    d.firms![2]!.tier = 'TIER7';
    d.components![0]!.colour = 'red';
    d.clusters![0]!.name = '';
    const bundle = { ...d, extra: [] };
    const { enProblems } = await bothLanguages(() => JSON.stringify(bundle), 'application/json');
    expect(enProblems.length).toBeGreaterThanOrEqual(6);
  });

  it('an .xlsx workbook: cell problems, an unknown sheet, merged cells, formulas without results', async () => {
    const d = smallDataset(5) as Dataset;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBytes(d)) as unknown as ArrayBuffer);
    const firms = wb.getWorksheet('firms')!;
    const header = (firms.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    firms.getRow(2).getCell(col('tier')).value = 'TIER8';
    firms.getRow(3).getCell(col('lat')).value = 123;
    firms.getRow(4).getCell(col('employees')).value = { formula: 'A1*2' } as ExcelJS.CellFormulaValue;
    firms.getRow(5).getCell(col('employees')).value = new Date(Date.UTC(2024, 0, 5));
    firms.mergeCells(6, col('province'), 6, col('regency'));
    wb.addWorksheet('Catatan').getCell('A1').value = 'notes';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const { enProblems, idProblems } = await bothLanguages(() => new Uint8Array(bytes), XLSX_TYPE);
    expect(enProblems.length).toBeGreaterThanOrEqual(5);
    expect(idProblems.every((p) => p.cell === undefined || p.cell.includes('!'))).toBe(true);
  });

  it('an upload that is no dataset at all: its one message in Indonesian', async () => {
    await bothLanguages(() => 'PK-not-really-a-zip', 'application/zip');
    await bothLanguages(() => 'plain text', 'text/plain');
    await bothLanguages(() => '{"firms": 3', 'application/json');
  });
});
