// Reads a filled workbook (.xlsx) into the validator's raw files: one sheet per dataset file, the
// header in row 1, problems located as `sheet!cell`. The sheets are streamed row by row (exceljs's
// streaming reader), so a national-scale workbook never exists as a whole object model in memory.
// The README sheet of the template is skipped; empty trailing rows are ignored; merged cells are
// refused (each row needs its own value), and cells are converted by cells.ts.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RawFile, RawRow } from '../csv.ts';
import { columnInfo, type ColumnInfo } from '../columns.ts';
import { FILE_NAMES, specOf } from '../files.ts';
import { problem, type Problem } from '../problems.ts';
import { text, type Text } from '../../i18n/index.ts';
import type { DatasetFile } from '../schemas.ts';
import { cellValue, columnLetter, shownValue } from './cells.ts';
import { inspectWorkbook, type PackageFacts, type PackageLimits } from './package.ts';
import { AppError } from '../../errors.ts';
import { partsInOrder } from '../../upload/zip.ts';

export const README_SHEET = 'README';

export interface WorkbookContent {
  raws: Map<DatasetFile, RawFile>;
  problems: Problem[];
  /** true when the file is not a workbook at all: its one problem says so, nothing else applies. */
  unreadable?: boolean;
}

/** Limits for a workbook read from the local disk (the CLI); uploads pass the server's. */
export const LOCAL_WORKBOOK_LIMITS: PackageLimits = { maxEntryBytes: 2 ** 31, maxTotalBytes: 2 ** 32 };

const sheetProblem = (sheet: string, message: Text): Problem => problem({ file: sheet, line: 0, column: 0 }, message);

const isXls = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;
/** An OpenDocument spreadsheet (LibreOffice's .ods): a zip whose first entry, stored, is its mimetype. */
const ODS_MIMETYPE = Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');
const isOds = (b: Uint8Array): boolean => isZip(b) && Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 200)).includes(ODS_MIMETYPE);

const textOf = (raw: unknown): string => {
  const shown = shownValue(raw);
  return 'value' in shown && shown.value !== null && shown.value !== undefined ? String(shown.value).trim() : '';
};

interface SheetRead {
  file: DatasetFile;
  raw: RawFile;
}

interface RowLike {
  number: number;
  values: unknown;
}

async function readSheet(file: DatasetFile, sheet: string, rowsOf: AsyncIterable<RowLike>): Promise<SheetRead> {
  const spec = specOf(file);
  const problems: Problem[] = [];
  const cellRef = (line: number, column: number | string) => `${sheet}!${column}${line}`;
  let header: string[] = [];
  let infos: Array<ColumnInfo | undefined> = [];
  const rows: RawRow[] = [];
  for await (const row of rowsOf) {
    const cells = (row.values as unknown[]) ?? [];
    if (row.number === 1) {
      header = [];
      for (let c = 1; c < cells.length; c++) header[c - 1] = textOf(cells[c]);
      for (let c = 0; c < header.length; c++) header[c] ??= '';
      infos = header.map((h) => (spec.columns.includes(h) ? columnInfo(spec, h) : undefined));
      continue;
    }
    const values: Record<string, unknown> = {};
    const out: RawRow = { line: row.number, values };
    let any = false;
    for (let c = 1; c < cells.length; c++) {
      const raw = cells[c];
      if (raw === undefined || raw === null) continue;
      const name = header[c - 1];
      const info = infos[c - 1];
      if (!name) {
        if (textOf(raw) !== '') {
          any = true;
          problems.push(problem({ file: sheet, line: row.number, column: columnLetter(c), cell: cellRef(row.number, columnLetter(c)) }, text('problem.sheet.noHeader')));
          out.broken = true;
        }
        continue;
      }
      if (name in values) continue; // a repeated column name: the first one is read
      const converted = cellValue(raw, info?.kind ?? 'text');
      if ('problem' in converted) {
        any = true;
        problems.push(problem({ file: sheet, line: row.number, column: columnLetter(c), cell: cellRef(row.number, columnLetter(c)) }, text('problem.cell', { column: name, reason: converted.problem })));
        (out.reported ??= new Set()).add(name);
        out.broken = true;
        continue;
      }
      if (converted.value !== undefined) {
        any = true;
        values[name] = converted.value;
      }
    }
    if (any) rows.push(out);
  }
  const position = new Map<string, number>();
  header.forEach((h, i) => {
    if (h !== '' && !position.has(h)) position.set(h, i + 1);
  });
  const raw: RawFile = {
    file: sheet,
    header,
    rows,
    locate: (column) => columnLetter(position.get(column) ?? 1),
    columnAt: (index) => columnLetter(index + 1),
    cell: cellRef,
    problems,
    complete: true,
  };
  return { file, raw };
}

/** The dataset sheet a sheet name stands for (case and surrounding spaces do not matter). */
const fileOfSheet = (name: string): DatasetFile | undefined => FILE_NAMES.find((f) => f === name.trim().toLowerCase());

const SHARED_STRINGS = 'xl/sharedStrings.xml';
/**
 * The parts exceljs's streaming reader needs before it can read a sheet as it comes: the workbook's
 * relationships, the workbook, its string table and its styles. A sheet met before them is copied,
 * inflated, to a temporary file and read after the last part (and Excel, LibreOffice and our own
 * writer all put the relationships after the sheets): a national workbook put 284 MB in the
 * temporary folder while it was read, and a read that stopped early left copies of the analyst's
 * sheets there. Given these parts first, no sheet is copied anywhere.
 */
const READ_FIRST = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', SHARED_STRINGS, 'xl/styles.xml'];
const readingRank = (part: string): number => {
  const at = READ_FIRST.indexOf(part);
  return at < 0 ? READ_FIRST.length : at;
};

/** Reads the workbook's sheets; throws AppError for a damaged or hostile file, never for its content. */
export async function readWorkbook(name: string, bytes: Uint8Array, limits: PackageLimits = LOCAL_WORKBOOK_LIMITS): Promise<WorkbookContent> {
  const problems: Problem[] = [];
  const raws = new Map<DatasetFile, RawFile>();
  if (isXls(bytes)) return { raws, problems: [sheetProblem(name, text('problem.sheet.xls'))], unreadable: true };
  if (isOds(bytes)) return { raws, problems: [sheetProblem(name, text('problem.sheet.ods'))], unreadable: true };
  if (!isZip(bytes)) return { raws, problems: [sheetProblem(name, text('problem.sheet.notXlsx'))], unreadable: true };
  let facts: PackageFacts;
  try {
    facts = inspectWorkbook(bytes, limits);
  } catch (error) {
    // A workbook cut short (a copy interrupted, a download stopped) is a zip the zip reader calls
    // damaged: told as the workbook it is, with what to do, as a problem of the file (the command
    // line's "rejected: 1 problem", the upload's 422), not as "the zip file … upload it again".
    const why = error instanceof AppError && error.text?.key === 'zip.damaged' ? error.text.params?.why : undefined;
    if (why === undefined) throw error;
    return { raws, problems: [sheetProblem(name, text('problem.sheet.damaged', { why }))], unreadable: true };
  }
  if (facts.truncated.length > 0) {
    return { raws, problems: facts.truncated.map((part) => sheetProblem(part, text('problem.sheet.truncated', { part }))), unreadable: true };
  }
  for (const [sheet, refs] of facts.merges) {
    if (!fileOfSheet(sheet)) continue;
    for (const ref of refs.slice(0, 20)) {
      const start = /^([A-Z]+)(\d+)/.exec(ref);
      problems.push(problem({ file: sheet, line: Number(start?.[2] ?? 0), column: start?.[1] ?? 'A', cell: `${sheet}!${ref}` }, text('problem.sheet.merged', { ref })));
    }
  }

  const parts = partsInOrder(bytes, readingRank).map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(parts), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  acceptAbsoluteTargets(reader);
  // With no string table to wait for, every sheet is read as it comes (see readingRank).
  if (!facts.parts.includes(SHARED_STRINGS)) (reader as { sharedStrings?: unknown[] }).sharedStrings = [];
  const where = { sheet: name };
  try {
    await readSheets(reader, raws, problems, where, facts.hidden);
  } catch (error) {
    // A part that is not well-formed XML (the XML reader's own error): the file is damaged, its
    // content is not wrong. Limits and hostile packages are AppErrors and keep their answer.
    if (error instanceof AppError) throw error;
    return { raws, problems: [sheetProblem(where.sheet, text('problem.sheet.malformed', { part: where.sheet }))], unreadable: true };
  }
  return { raws, problems };
}

/**
 * exceljs's streaming reader names a sheet only when the workbook's relationship to it is written
 * relative (`worksheets/sheet1.xml`, as Excel and LibreOffice write it); openpyxl and pandas write
 * it absolute (`/xl/worksheets/sheet1.xml`), so every sheet of a workbook an analyst saved from
 * Python came out unnamed and was refused as "not a dataset sheet". The relationships are made
 * relative as the reader reads them (its own _parseRels, then the targets rewritten).
 */
function acceptAbsoluteTargets(reader: object): void {
  const own = reader as { _parseRels?: (entry: unknown) => Promise<void>; workbookRels?: Array<{ Target?: string }> };
  const parse = own._parseRels;
  if (typeof parse !== 'function') return;
  own._parseRels = async function (this: typeof own, entry: unknown) {
    await parse.call(this, entry);
    for (const rel of this.workbookRels ?? []) if (typeof rel.Target === 'string') rel.Target = rel.Target.replace(/^\/?xl\//, '');
  };
}

/** Reads every sheet the streaming reader emits into `raws`; `where.sheet` names the sheet being read. */
async function readSheets(reader: AsyncIterable<unknown>, raws: Map<DatasetFile, RawFile>, problems: Problem[], where: { sheet: string }, hidden: ReadonlySet<string>): Promise<void> {
  const seen = new Map<DatasetFile, string>();
  for await (const worksheet of reader as AsyncIterable<AsyncIterable<RowLike> & { name?: string }>) {
    const sheet = worksheet.name ?? '';
    if (sheet) where.sheet = sheet;
    const file = fileOfSheet(sheet);
    if (!file) {
      let filled = false;
      for await (const row of worksheet) if (!filled && ((row.values as unknown[]) ?? []).some((v) => textOf(v) !== '')) filled = true;
      if (filled && sheet.trim().toLowerCase() !== README_SHEET.toLowerCase()) {
        // A hidden sheet cannot be found among the tabs without being told it is there.
        problems.push(sheetProblem(sheet, text(hidden.has(sheet) ? 'problem.sheet.unknownHidden' : 'problem.sheet.unknown', { sheet, expected: FILE_NAMES.join(', ') })));
      }
      continue;
    }
    if (seen.has(file)) {
      for await (const row of worksheet) void row;
      problems.push(sheetProblem(sheet, text('problem.sheet.twice', { first: seen.get(file)!, second: sheet, file })));
      continue;
    }
    seen.set(file, sheet);
    const { raw } = await readSheet(file, sheet, worksheet);
    raws.set(file, raw);
  }
}
