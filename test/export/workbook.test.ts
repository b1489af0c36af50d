// The Excel workbook round trip (issue 14 item 1):
// - the template, filled with the seed's rows by this test through exceljs, validates and maps to
//   exactly the graph of the seed's CSV folder (and the same content hash);
// - the seed exported as xlsx through the API and uploaded back gives the identical graph;
// - a second, independent reader (Python's openpyxl) reads the template and the export with the
//   expected sheets, headers, notes, frozen headers and data validations, and the seed's values;
// - cells as spreadsheets hold them: dates, numbers stored as text, formulas, decimal commas,
//   merged cells, empty trailing rows, error values, an old .xls — handled or refused, by cell.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphToDataset } from '../../server/export/index.ts';
import {
  columnsOf,
  datasetFromWorkbook,
  datasetHash,
  DatasetError,
  datasetToGraph,
  FILE_SPECS,
  formatProblem,
  formatProblemIn,
  readDataset,
  workbookBytes,
  type Dataset,
  type GraphData,
  type Problem,
} from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveWith, type TestServer } from '../helpers/app-with.ts';
import { tempDir } from '../helpers/datasets.ts';

const SCRIPT = path.resolve('test/export/read_workbook.py');

/** openpyxl, installed on first use (the local pip mirror has it); a test that needs it fails without it. */
function ensureOpenpyxl(): void {
  if (spawnSync('python3', ['-c', 'import openpyxl']).status === 0) return;
  const install = spawnSync('python3', ['-m', 'pip', 'install', '--quiet', 'openpyxl'], { encoding: 'utf8' });
  if (spawnSync('python3', ['-c', 'import openpyxl']).status !== 0) throw new Error(`openpyxl is needed and could not be installed: ${install.stderr}`);
}

interface SheetRead {
  freeze: string | null;
  header: string[];
  notes: Record<string, string>;
  validations: Array<{ type: string; formula1: string | null; formula2: string | null; operator: string | null; sqref: string }>;
  rows: unknown[][];
}
type WorkbookRead = { sheets: string[]; detail: Record<string, SheetRead> };

async function openpyxlRead(bytes: Uint8Array): Promise<WorkbookRead> {
  ensureOpenpyxl();
  const { dir, cleanup } = await tempDir('rantai-xlsx-');
  try {
    const file = path.join(dir, 'book.xlsx');
    await writeFile(file, bytes);
    const r = spawnSync('python3', [SCRIPT, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`openpyxl failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as WorkbookRead;
  } finally {
    await cleanup();
  }
}

const byKey = (g: GraphData) => ({
  nodes: new Map(g.nodes.map((n) => [`${n.label}|${n.id}`, n.props])),
  rels: new Map(g.rels.map((r) => [r.key, { type: r.type, from: r.from, to: r.to, props: r.props }])),
});

const problemsOf = async (bytes: Uint8Array): Promise<Problem[]> => {
  try {
    await datasetFromWorkbook('book.xlsx', bytes);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
};

let seed: Dataset;
let template: Buffer;
beforeAll(async () => {
  seed = await readDataset('seed/indonesia');
  template = await workbookBytes();
});

/** The template, loaded with exceljs and changed by `fill`, saved again. */
async function filledTemplate(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A row as a person types it: numbers as numbers, lists with ";", true/false as words. */
const typed = (v: unknown): ExcelJS.CellValue => (Array.isArray(v) ? (v.length > 0 ? v.join(';') : null) : typeof v === 'boolean' ? String(v) : ((v ?? null) as ExcelJS.CellValue));

/** The seed's rows written into the template's sheets (the header stays in row 1). */
const fillWithSeed = (wb: ExcelJS.Workbook) => {
  for (const spec of FILE_SPECS) {
    const ws = wb.getWorksheet(spec.name)!;
    (seed[spec.name] as Array<Record<string, unknown>>).forEach((row, i) => {
      ws.getRow(i + 2).values = spec.columns.map((c) => typed(row[c]));
    });
  }
};

describe('the template filled by hand (exceljs) loads to exactly the seed', () => {
  it('same graph and content hash as the seed CSV folder', async () => {
    const book = await filledTemplate(fillWithSeed);
    const fromBook = datasetToGraph(await datasetFromWorkbook('filled.xlsx', book));
    const fromCsv = datasetToGraph(seed);
    expect(byKey(fromBook)).toEqual(byKey(fromCsv));
    expect(datasetHash(fromBook)).toBe(datasetHash(fromCsv));
  });
});

describe('export → upload through the API', () => {
  let server: TestServer;
  afterAll(async () => server?.close());

  it('the seed exported as xlsx and uploaded back is identical', async () => {
    const store = new EmbeddedStore(seed, { name: 'seed/indonesia', source: 'folder seed/indonesia' });
    server = await serveWith(store, { writeToken: 'test-write-token-0123456789' });
    const original = await store.info();
    const res = await fetch(`${server.url}/api/export?format=xlsx`);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const book = new Uint8Array(await res.arrayBuffer());
    await store.replace(graphToDataset(datasetToGraph({ ...seed, firms: seed.firms.slice(0, 3), supplies: [], imports: [], makes: [], needs: [], capabilities: [], enrolments: [] })), 'something else');
    const up = await fetch(`${server.url}/api/datasets`, {
      method: 'POST',
      headers: { Authorization: 'Bearer test-write-token-0123456789', 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': 'attachment; filename="rantai-dataset.xlsx"' },
      body: book,
    });
    expect(up.status).toBe(200);
    expect(byKey(await store.snapshot())).toEqual(byKey(datasetToGraph(seed)));
    const after = await store.info();
    expect(after.hash).toBe(original.hash);
    expect(after.name).toBe('rantai-dataset');
    // The export names its dataset on its README sheet (read back by openpyxl).
    const read = await openpyxlRead(book);
    const readme = read.detail.README!.rows.map((r) => r.filter((c) => c !== null));
    expect(readme).toContainEqual(['Dataset', 'seed/indonesia']);
    expect(readme).toContainEqual(['Content hash', original.hash]);
  });
});

describe('read by openpyxl, an independent reader', () => {
  it('the template: README first, one sheet per dataset file with its header, notes, frozen header and validations', async () => {
    const read = await openpyxlRead(template);
    expect(read.sheets).toEqual(['README', ...FILE_SPECS.map((s) => s.name)]);
    for (const spec of FILE_SPECS) {
      const sheet = read.detail[spec.name]!;
      expect(sheet.header).toEqual([...spec.columns]);
      expect(sheet.freeze).toBe('A2');
      expect(Object.keys(sheet.notes)).toHaveLength(spec.columns.length);
      expect(sheet.rows).toEqual([]);
    }
    const firms = read.detail.firms!;
    expect(firms.notes.C1).toContain('IKM (industri kecil dan menengah)');
    expect(firms.notes.K1).toContain('Unit / satuan: tonnes/year / ton per tahun');
    // tier (C) and estimate (N): fixed lists; cluster (E): ids of the clusters sheet; numbers checked;
    // on the 2,000 rows after the header (an empty template).
    expect(firms.validations).toContainEqual(expect.objectContaining({ type: 'list', formula1: '"OEM,TIER1,TIER2,IKM,BUYER"', sqref: 'C2:C2001' }));
    expect(firms.validations).toContainEqual(expect.objectContaining({ type: 'list', formula1: '"true,false"', sqref: 'N2:N2001' }));
    expect(firms.validations).toContainEqual(expect.objectContaining({ type: 'list', formula1: 'clusters!$A$2:$A$1048576', sqref: 'E2:E2001' }));
    expect(firms.validations).toContainEqual(expect.objectContaining({ type: 'decimal', formula1: '-90', formula2: '90', sqref: 'H2:H2001' }));
    expect(read.detail.imports!.validations).toContainEqual(expect.objectContaining({ type: 'whole', formula1: '1800', formula2: '2200' }));
    expect(read.detail.supplies!.validations).toContainEqual(expect.objectContaining({ type: 'list', formula1: 'firms!$A$2:$A$1048576', sqref: 'A2:A2001' }));
    // The README lists every column of every sheet, in both languages.
    const readme = read.detail.README!.rows;
    for (const spec of FILE_SPECS) {
      for (const c of columnsOf(spec)) expect(readme.some((r) => r[0] === spec.name && r[1] === c.name && r[5] === c.en && r[6] === c.id)).toBe(true);
    }

    // Its how-to paragraphs, English then Indonesian, under the title (rows 2–9); the drop-downs'
    // 2,000 rows (C2:C2001 above) written by each language's convention: "2,000" / "2.000".
    const paragraphs = readme.slice(1, 9).map((r) => String(r[0]));
    expect(paragraphs[0]).toMatch(/^This workbook is a Rantai dataset/);
    expect(paragraphs[1]).toMatch(/^Buku kerja ini adalah dataset Rantai/);
    expect(paragraphs[2]).toContain('the first 2,000 empty rows');
    expect(paragraphs[3]).toContain('untuk 2.000 baris kosong pertama');
    expect(paragraphs[7]).toMatch(/^Sumber: /);
  });

  it('the seed export holds the seed\'s values, row by row', async () => {
    const read = await openpyxlRead(await workbookBytes(seed));
    for (const spec of FILE_SPECS) {
      const rows = seed[spec.name] as Array<Record<string, unknown>>;
      const sheet = read.detail[spec.name]!;
      expect(sheet.rows).toHaveLength(rows.length);
      rows.forEach((row, i) => expect(sheet.rows[i]).toEqual(spec.columns.map((c) => typed(row[c]))));
    }
  });
});

describe('a workbook saved again by openpyxl (pandas writes with it)', () => {
  it('reads back as the same dataset: its sheets are found by their absolute relationships', async () => {
    ensureOpenpyxl();
    const { dir, cleanup } = await tempDir('rantai-xlsx-');
    try {
      const file = path.join(dir, 'book.xlsx');
      await writeFile(file, await workbookBytes(seed));
      const r = spawnSync('python3', ['-c', 'import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[1])', file], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const bytes = await readFile(file);
      // The premise: openpyxl writes the workbook's relationships absolute.
      expect(strFromU8(unzipSync(bytes)['xl/_rels/workbook.xml.rels']!)).toContain('Target="/xl/worksheets/sheet1.xml"');
      const back = await datasetFromWorkbook('book.xlsx', bytes);
      expect(datasetHash(datasetToGraph(back))).toBe(datasetHash(datasetToGraph(seed)));
    } finally {
      await cleanup();
    }
  });
});

describe('cells as spreadsheets hold them', () => {
  const firmRow = (wb: ExcelJS.Workbook, n: number) => wb.getWorksheet('firms')!.getRow(n);

  it('accepts dates in year columns, numbers stored as text, formulas, decimal commas and empty trailing rows', async () => {
    const book = await filledTemplate((wb) => {
      fillWithSeed(wb);
      const imports = wb.getWorksheet('imports')!;
      imports.getCell('D2').value = new Date(Date.UTC(2021, 0, 1)); // a year typed as a date
      imports.getCell('D2').numFmt = 'yyyy-mm-dd';
      imports.getCell('E2').value = '1200'; // a number stored as text
      firmRow(wb, 2).getCell('J').value = { formula: '20*2', result: 40 } as ExcelJS.CellFormulaValue;
      firmRow(wb, 3).getCell('K').value = '12,5'; // Indonesian decimal comma
      firmRow(wb, 4).getCell('K').value = '1.234.567,5';
      firmRow(wb, 5).getCell('H').value = '-7,679'; // a coordinate: always a decimal comma
      // Formatted but empty rows after the data.
      const last = seed.firms.length + 1;
      for (let r = last + 1; r <= last + 5; r++) firmRow(wb, r).getCell('A').numFmt = '@';
      firmRow(wb, last + 3).getCell('B').value = '   ';
    });
    const d = await datasetFromWorkbook('book.xlsx', book);
    expect(d.imports[0]).toMatchObject({ year: 2021, value_usd: 1200 });
    expect(d.firms[0]!.employees).toBe(40);
    expect(d.firms[1]!.capacity_tonnes).toBe(12.5);
    expect(d.firms[2]!.capacity_tonnes).toBe(1234567.5);
    expect(d.firms[3]!.lat).toBe(-7.679);
    expect(d.firms).toHaveLength(seed.firms.length);
  });

  it('refuses, by cell: merged cells, an ambiguous separator, a date where text belongs, a formula without a result, an error value', async () => {
    const book = await filledTemplate((wb) => {
      fillWithSeed(wb);
      const firms = wb.getWorksheet('firms')!;
      firms.mergeCells('D3:D4');
      firms.getCell('J6').value = '1,234';
      wb.getWorksheet('components')!.getCell('D3').value = new Date(Date.UTC(2024, 7, 8)); // an HS code Excel made a date
      wb.getWorksheet('components')!.getCell('D3').numFmt = 'dd/mm/yyyy';
      firms.getCell('K7').value = { formula: 'SUM(Z1:Z2)' } as ExcelJS.CellFormulaValue;
      firms.getCell('J8').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      // A thousand typed as Indonesian writes it, into a text cell: it was read as 1.
      firms.getCell('K9').value = '1.000';
    });
    const problems = (await problemsOf(book)).map(formatProblem);
    expect(problems).toEqual([
      'components!D3: hs holds a date (2024-08-08); Excel turned what was typed into a date: format the column as Text and type the value again',
      'firms!D3:D4: cells D3:D4 are merged; unmerge them and give every row its own value',
      'firms!J6: employees "1,234" could be 1.234 (decimal comma) or 1234 (thousands); write it without the separator you do not mean',
      'firms!K7: capacity_tonnes holds a formula without a saved result; open the workbook in Excel and save it again (or paste the values)',
      'firms!J8: employees holds the Excel error #N/A; put a value in the cell',
      'firms!K9: capacity_tonnes "1.000" could be 1 (decimal point) or 1000 (thousands, as Indonesian writes them); write 1000 for the thousands, or the number without its trailing zeros',
    ]);
  });

  it('names a wrong header cell, a missing sheet, an unknown sheet and an old .xls file', async () => {
    const book = await filledTemplate((wb) => {
      fillWithSeed(wb);
      wb.getWorksheet('firms')!.getCell('R1').value = 'colour';
      wb.removeWorksheet(wb.getWorksheet('countries')!.id);
      wb.addWorksheet('Sheet1').getCell('A1').value = 'notes';
      wb.addWorksheet('scratch', { state: 'hidden' }).getCell('A1').value = 'old sums';
      // A firm's id used again two rows down: the first use is named as its cell, as the problem is.
      wb.getWorksheet('firms')!.getCell('A5').value = wb.getWorksheet('firms')!.getCell('A3').value;
    });
    const problems = (await problemsOf(book)).map(formatProblem);
    const reused = String(seed.firms[1]!.id);
    expect(problems).toContain(`firms!A5: id "${reused}" is already used at firms!A3`);
    expect(problems).toContain('firms!R1: unknown column "colour" (expected: id, name, tier, sector, cluster, province, regency, lat, lon, employees, capacity_tonnes, certifications, source, estimate, name_id, sector_id, source_id)');
    expect(problems).toContain('Sheet1: sheet "Sheet1" is not a dataset sheet (expected: clusters, processes, materials, countries, programs, firms, components, capabilities, makes, needs, supplies, imports, enrolments, trade, hs_components, world_trade, and README); rename or delete it');
    // A hidden sheet is said to be hidden: among the tabs it cannot be found (it was not).
    expect(problems).toContain('scratch: sheet "scratch" is hidden and is not a dataset sheet (expected: clusters, processes, materials, countries, programs, firms, components, capabilities, makes, needs, supplies, imports, enrolments, trade, hs_components, world_trade, and README); unhide it (right-click a sheet tab, Unhide) and rename or delete it');
    // Every file that names countries is counted: the seed's imports and its national trade table.
    const countryRefs = `${seed.imports.length} rows of imports, ${seed.trade!.length} rows of trade`;
    expect(problems.find((p) => p.includes('sheet countries is missing'))).toBe(`imports!C2: ${countryRefs} name countries, but sheet countries is missing; a complete dataset holds every core file, even if only as a header row (an upload that replaces only some files says mode=merge)`);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await problemsOf(xls)).map(formatProblem)).toEqual(['book.xlsx: this is an Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx) and upload that']);
    // An OpenDocument spreadsheet (as LibreOffice writes one: its mimetype stored first) is said to
    // be one, with how to save it as .xlsx (it was "not an Excel workbook" or "not a dataset").
    const ods = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
    expect((await problemsOf(ods)).map(formatProblem)).toEqual(['book.xlsx: this is an OpenDocument spreadsheet (.ods); save it as an Excel Workbook (.xlsx; in LibreOffice: File, Save As, Excel 2007-365) and use that']);
  });

  it('a workbook cut short or with broken compressed data: a problem of the workbook, not "the zip file … upload it again"', async () => {
    // A copy that stopped half-way, and one whose bytes were damaged inside a part's compressed data
    // (the template's first sheet part starts after its local header; 200 bytes into it is data).
    const cut = template.subarray(0, Math.floor(template.length / 2));
    const flipped = Buffer.from(template);
    const first = unzipSync(template, { filter: (f) => f.name.startsWith('xl/worksheets/') });
    expect(Object.keys(first).length).toBeGreaterThan(0);
    const at = flipped.indexOf(Buffer.from('xl/worksheets/')) + 200;
    for (let i = at; i < at + 64; i++) flipped[i]! ^= 0x5a;
    for (const bytes of [cut, flipped]) {
      const problems = await problemsOf(bytes);
      expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^book\.xlsx: the workbook is damaged or cut short \(.+\); copy or download it again, or open it in Excel or LibreOffice and save it again$/)]);
      const id = formatProblemIn(problems[0]!, 'id');
      expect(id).toMatch(/^book\.xlsx: buku kerja rusak atau terpotong \(.+\); salin atau unduh lagi berkasnya/);
      // The inflater's English ("invalid distance") is not passed on.
      expect(id).not.toMatch(/invalid|distance|block|pesan pengekstrak/);
    }
  });
});
