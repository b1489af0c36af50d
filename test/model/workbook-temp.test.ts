// Reading a workbook writes nothing to the temporary folder. exceljs's streaming reader copied every
// sheet it met before the workbook's relationships and string table to a temporary file (our own
// writer, Excel and LibreOffice all put the relationships after the sheets): a national workbook
// put 284 MB there while it was read, and a read that stopped at a damaged sheet left the analyst's
// other sheets behind. The reader now gets those parts first (server/upload/zip.ts partsInOrder).
// The temporary folder is the process's TMPDIR, which exceljs's `tmp` reads at each file it makes.
import { mkdtempSync, readdirSync, rmSync, watch, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { datasetFromWorkbook, DatasetError, readDataset, workbookBytes, type Dataset } from '../../server/model/index.ts';
import { readWorkbook } from '../../server/model/workbook/index.ts';

let seed: Dataset;
let book: Uint8Array;
let folder: string;
let made: string[];
let watcher: FSWatcher;
const outer = process.env.TMPDIR;

beforeAll(async () => {
  seed = await readDataset('seed/indonesia');
  book = await workbookBytes(seed);
});

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'rantai-workbook-temp-'));
  process.env.TMPDIR = folder;
  made = [];
  // Every file made in the folder, even one removed again before the read ends.
  watcher = watch(folder, (_event, name) => {
    if (name) made.push(String(name));
  });
});

afterEach(() => {
  watcher.close();
  if (outer === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = outer;
  rmSync(folder, { recursive: true, force: true });
});

afterAll(() => {
  if (outer === undefined) delete process.env.TMPDIR;
});

/** Lets the watcher's events of the read arrive. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 200));

describe('reading a workbook', () => {
  it('reads our own export whole without a temporary file, though its relationships come after its sheets', async () => {
    const names = Object.keys(unzipSync(book));
    // The premise: in file order the sheets come before the relationships the reader needs.
    expect(names.findIndex((n) => n.startsWith('xl/worksheets/sheet'))).toBeLessThan(names.indexOf('xl/_rels/workbook.xml.rels'));
    const read = await datasetFromWorkbook('book.xlsx', book);
    await settle();
    expect(read.firms).toHaveLength(seed.firms.length);
    expect(read.enrolments).toHaveLength(seed.enrolments.length);
    expect(made).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reads a workbook whose string table comes after its sheets (as Excel writes it) without a temporary file', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('clusters');
    sheet.addRow(['id', 'name', 'province']);
    sheet.addRow(['gcl-9001', 'Sentra Uji', 'Jawa Tengah']);
    sheet.addRow(['gcl-9002', 'Sentra Uji', 'Jawa Timur']);
    const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    // Put the string table last, after the sheet, as Excel does.
    const { 'xl/sharedStrings.xml': strings, ...rest } = parts;
    expect(strFromU8(strings!)).toContain('Sentra Uji');
    const reordered = zipSync({ ...rest, 'xl/sharedStrings.xml': strings! });
    const content = await readWorkbook('excel.xlsx', reordered);
    await settle();
    expect(content.raws.get('clusters')?.rows.map((r) => r.values)).toEqual([
      { id: 'gcl-9001', name: 'Sentra Uji', province: 'Jawa Tengah' },
      { id: 'gcl-9002', name: 'Sentra Uji', province: 'Jawa Timur' },
    ]);
    expect(made).toEqual([]);
  });

  it('leaves nothing behind when it stops at a damaged sheet', async () => {
    const parts = unzipSync(book);
    const first = Object.keys(parts).find((n) => n.startsWith('xl/worksheets/sheet'))!;
    const broken = strToU8(strFromU8(parts[first]!).replace('<sheetData>', '<sheetData><<'));
    await expect(datasetFromWorkbook('book.xlsx', zipSync({ ...parts, [first]: broken }))).rejects.toBeInstanceOf(DatasetError);
    await settle();
    expect(readdirSync(folder)).toEqual([]);
    expect(made).toEqual([]);
  });
});
