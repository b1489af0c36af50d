// Writes the dataset workbook (.xlsx): a README sheet (what every sheet and column holds, units,
// allowed values and sources, in English and Bahasa Indonesia, and the dataset's provenance when it
// is an export), then one sheet per dataset file with a frozen header row, a note on each header
// cell, drop-downs for enumerations and for ids of other sheets, and number checks. Everything
// comes from the schemas (columns.ts), so a file added to the format appears here by itself.
// Written with exceljs's streaming writer, header rows only; the data rows go in as sheet XML
// (rows.ts), which exceljs's row objects made too slow for a national dataset.
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { count, say, type Lang } from '../../i18n/index.ts';
import { sourceParts } from '../provenance-source.ts';
import { columnsOf, type ColumnInfo } from '../columns.ts';
import { FILE_SPECS, specOf, type FileSpec } from '../files.ts';
import type { Dataset } from '../schemas.ts';
import { columnLetter } from './cells.ts';
import { README_SHEET } from './read.ts';
import { withRows, type SheetRows } from './rows.ts';

/** Where an exported dataset came from, printed on the README sheet. */
export interface WorkbookAbout {
  name: string;
  source: string;
  loadedAt: string | null;
  hash: string | null;
}

/**
 * Drop-downs and number checks cover the rows written plus this many more. Not Excel's whole
 * column: readers such as exceljs expand a validation range into one entry per cell, so a
 * million-row range makes the workbook unopenable for them.
 */
const SPARE_ROWS = 2_000;
/** How far down a reference drop-down looks for ids in its target sheet. */
const LAST_ROW = 1_048_576;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } } as const;

const kindText = (c: ColumnInfo): string => {
  if (c.values) return c.values.join(', ');
  if (c.reference) return `id${c.reference.list ? 's (;)' : ''} → ${c.reference.target}`;
  switch (c.kind) {
    case 'amount':
      return 'number ≥ 0 / angka ≥ 0';
    case 'count':
      return 'whole number ≥ 0 / bilangan bulat ≥ 0';
    case 'latitude':
      return '-90 … 90';
    case 'longitude':
      return '-180 … 180';
    case 'year':
      return '1800 … 2200';
    case 'list':
      return 'list, ";" / daftar, ";"';
    case 'id':
      return 'id';
    default:
      return 'text / teks';
  }
};

/** Units in Indonesian, for the template's bilingual notes ("tonnes/year / ton per tahun"). */
const UNIT_ID: Readonly<Record<string, string>> = {
  degrees: 'derajat',
  people: 'orang',
  units: 'unit',
  'units/year': 'unit per tahun',
  'tonnes/year': 'ton per tahun',
  'USD/year': 'USD per tahun',
  year: 'tahun',
  'share 0..1': 'pangsa 0..1',
};

/** A column's unit in both languages, once where they agree ("mm", "kg"). */
const unitText = (unit: string): string => (UNIT_ID[unit] && UNIT_ID[unit] !== unit ? `${unit} / ${UNIT_ID[unit]}` : unit);

function noteOf(c: ColumnInfo): string {
  const lines = [c.en, c.id];
  if (c.unit) lines.push(`Unit / satuan: ${unitText(c.unit)}`);
  lines.push(c.required ? 'Required / wajib diisi' : 'Optional / boleh kosong');
  if (c.values) lines.push(`Values / nilai: ${c.values.join(', ')}`);
  if (c.reference) lines.push(`Ids from sheet / id dari lembar: ${c.reference.target}`);
  return lines.join('\n');
}

type Validation = ExcelJS.DataValidation;

function validationOf(c: ColumnInfo): Validation | undefined {
  const base = { allowBlank: !c.required, showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: c.name };
  if (c.values) {
    return { ...base, type: 'list', formulae: [`"${c.values.join(',')}"`], error: `Choose one of / pilih salah satu: ${c.values.join(', ')}` };
  }
  if (c.reference && !c.reference.list) {
    const target = specOf(c.reference.target);
    const column = columnLetter(target.columns.indexOf(target.key[0]!) + 1);
    return {
      ...base,
      type: 'list',
      errorStyle: 'warning',
      formulae: [`${target.name}!$${column}$2:$${column}$${LAST_ROW}`],
      error: `Use an id from the ${target.name} sheet / gunakan id dari lembar ${target.name}`,
    };
  }
  switch (c.kind) {
    case 'amount':
      return { ...base, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], error: 'A number, not negative / angka, tidak negatif' };
    case 'count':
      return { ...base, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], error: 'A whole number, not negative / bilangan bulat, tidak negatif' };
    case 'latitude':
      return { ...base, type: 'decimal', operator: 'between', formulae: [-90, 90], error: 'Latitude between -90 and 90 / lintang antara -90 dan 90' };
    case 'longitude':
      return { ...base, type: 'decimal', operator: 'between', formulae: [-180, 180], error: 'Longitude between -180 and 180 / bujur antara -180 dan 180' };
    case 'year':
      return { ...base, type: 'whole', operator: 'between', formulae: [1800, 2200], error: 'A year between 1800 and 2200 / tahun antara 1800 dan 2200' };
    default:
      return undefined;
  }
}

const cellOut = (v: unknown): string | number | null => {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.length > 0 ? v.join(';') : null;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return v;
  return String(v);
};

/** The README sheet's paragraphs, each in English then in Bahasa Indonesia (server/i18n/messages/workbook.ts). */
/** The stored source phrase (model/provenance-source.ts) in English and Indonesian, one after the other. */
function bilingualSource(source: string): string {
  const parts = sourceParts(source);
  if (parts.kind !== 'upload' && parts.kind !== 'merge') return source;
  const [en, id] = (['en', 'id'] as const).map((lang) =>
    parts.kind === 'upload' ? say(lang, 'workbook.source.upload', { files: parts.files }) : say(lang, 'workbook.source.merge', { files: parts.files, into: parts.into }),
  );
  return `${en} / ${id}`;
}

const README_PARAGRAPHS = (lang: Lang): string[] => [
  say(lang, 'workbook.readme.intro'),
  say(lang, 'workbook.readme.ids', { rows: count(lang, SPARE_ROWS) }),
  say(lang, 'workbook.readme.problems'),
  say(lang, 'workbook.readme.sources'),
];

/** A row tall enough for its wrapped texts (the readers do not grow rows written with styles). */
function fitHeight(row: ExcelJS.Row, texts: readonly string[], width: number): void {
  const lines = Math.max(1, ...texts.map((t) => Math.ceil((t.length * 1.15) / width)));
  if (lines > 1) row.height = 15 * lines + 2;
}

function writeReadme(wb: ExcelJS.stream.xlsx.WorkbookWriter, about: WorkbookAbout | undefined): void {
  // Printed (or opened in LibreOffice) as it is read on screen: landscape, one page wide, long
  // text wrapped inside its cell instead of running off the page.
  const ws = wb.addWorksheet(README_SHEET, {
    views: [{ state: 'frozen', ySplit: 0 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [14, 16, 30, 26, 12, 55, 55];
  ws.columns = widths.map((width, i) => ({ width, style: i >= 5 ? { alignment: { wrapText: true, vertical: 'top' } } : { alignment: { vertical: 'top' } } }));
  const title = ws.addRow(['Rantai — dataset workbook / buku kerja dataset']);
  title.font = { bold: true, size: 14 };
  title.commit();
  // One paragraph per row, merged across the sheet; LibreOffice and Excel do not grow a merged
  // row to its text, so the height is set from the paragraph's length.
  const across = widths.reduce((a, b) => a + b, 0);
  const id = README_PARAGRAPHS('id');
  for (const [i, en] of README_PARAGRAPHS('en').entries()) {
    for (const text of [en, id[i]!]) {
      const row = ws.addRow([text]);
      row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
      row.height = 15 * Math.ceil(text.length / across) + 2;
      ws.mergeCells(row.number, 1, row.number, widths.length);
      row.commit();
    }
  }
  if (about) {
    ws.addRow([]).commit();
    ws.addRow(['Dataset', about.name]).commit();
    ws.addRow(['Source / sumber', bilingualSource(about.source)]).commit();
    ws.addRow(['Loaded / dimuat', about.loadedAt ?? '']).commit();
    ws.addRow(['Content hash', about.hash ?? '']).commit();
  }
  ws.addRow([]).commit();
  const head = ws.addRow(['Sheet / lembar', 'Column / kolom', 'Required / wajib', 'Values / nilai', 'Unit / satuan', 'Description', 'Keterangan']);
  head.font = { bold: true };
  head.commit();
  for (const spec of FILE_SPECS) {
    const fileRow = ws.addRow([spec.name, '', spec.optional ? 'optional sheet / lembar opsional' : 'core sheet / lembar inti', '', '', spec.doc.en, spec.doc.id]);
    fileRow.font = { bold: true };
    fitHeight(fileRow, [spec.doc.en, spec.doc.id], widths[5]!);
    fileRow.commit();
    for (const c of columnsOf(spec)) {
      const row = ws.addRow([spec.name, c.name, c.required ? 'yes / ya' : '', kindText(c), c.unit ? unitText(c.unit) : '', c.en, c.id]);
      fitHeight(row, [c.en, c.id], widths[5]!);
      row.commit();
    }
  }
  ws.commit();
}

function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, spec: FileSpec, rows: readonly object[]): void {
  const lastValidated = rows.length + 1 + SPARE_ROWS;
  const columns = columnsOf(spec);
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { orientation: 'landscape', paperSize: 9, printTitlesRow: '1:1' } });
  // Wide enough for the header and the first rows' values (a name cut at the next column reads
  // as another name), within bounds so that one long note does not push the rest off screen.
  const sample = (rows as Array<Record<string, unknown>>).slice(0, 500);
  const widest = (name: string) => sample.reduce((w, row) => Math.max(w, String(cellOut(row[name]) ?? '').length), name.length);
  ws.columns = columns.map((c) => ({ width: Math.max(8, Math.min(40, widest(c.name) + 2)) }));
  const header = ws.addRow(columns.map((c) => c.name));
  header.font = { bold: true };
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = HEADER_FILL;
    cell.note = noteOf(c);
  });
  header.commit();
  columns.forEach((c, i) => {
    const v = validationOf(c);
    const letter = columnLetter(i + 1);
    if (v) (ws as unknown as { dataValidations: { add: (range: string, v: Validation) => void } }).dataValidations.add(`${letter}2:${letter}${lastValidated}`, v);
  });
  ws.commit();
}

/** Every dataset file's rows as rows.ts writes them, in the order of each sheet's columns. */
export function datasetSheetRows(dataset: Dataset): SheetRows[] {
  return FILE_SPECS.map((spec) => {
    const rows = (dataset[spec.name] ?? []) as ReadonlyArray<Record<string, unknown>>;
    const names = columnsOf(spec).map((c) => c.name);
    return { sheet: spec.name, length: rows.length, row: (i) => names.map((name) => cellOut(rows[i]![name])) };
  });
}

/** The workbook with header rows only (every sheet's checks cover the rows of `dataset`) to `out`. */
async function writeFrame(out: Writable, dataset?: Dataset, about?: WorkbookAbout): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Rantai';
  // A fixed date keeps the template's bytes the same from run to run.
  wb.created = new Date('2020-01-01T00:00:00Z');
  wb.modified = wb.created;
  writeReadme(wb, about);
  for (const spec of FILE_SPECS) writeSheet(wb, spec, dataset ? ((dataset[spec.name] ?? []) as object[]) : []);
  await wb.commit();
}

/**
 * Writes the workbook to `out`: the empty template without a dataset, else the dataset's rows
 * (rows.ts puts them into the frame exceljs writes: the national dataset in seconds, not minutes).
 */
export async function writeWorkbook(out: Writable, dataset?: Dataset, about?: WorkbookAbout): Promise<void> {
  if (!dataset) return writeFrame(out);
  const frame = await collect((sink) => writeFrame(sink, dataset, about));
  await withRows(frame, datasetSheetRows(dataset), out);
}

/** What `write` writes to a stream, as bytes. */
async function collect(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await write(sink);
  await done;
  return Buffer.concat(chunks);
}

/** The workbook as bytes (the API's export, tests); the CLI streams it to a file with writeWorkbook. */
export const workbookBytes = (dataset?: Dataset, about?: WorkbookAbout): Promise<Buffer> => collect((out) => writeWorkbook(out, dataset, about));
