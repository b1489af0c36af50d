// Reads the input of the economic-complexity computation from CSV text: one row per location,
// product and (optionally) year, with the caller's column names (as py-ecomplexity's `cols_input`).
// Parsing is csv-parse's; this file checks what the computation needs and stops at the first
// problem with its line (the line the record starts on) and column (1-based number in the header).
// Unlike py-ecomplexity, which coerces unreadable values to 0, a value that is missing, not a
// number or negative is an error.
import { parse } from 'csv-parse/sync';
import { ComplexityInputError } from './errors.ts';
import type { ComplexityColumns, ComplexityInputRow } from './types.ts';

interface CsvRecordInfo {
  record: string[];
  raw: string;
  info: { lines: number };
}

interface CsvParseError extends Error {
  code?: string;
  lines?: number;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const countNewlines = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
};

const quoteProblem = (e: CsvParseError): string => {
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'unreadable CSV: a quoted value is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'unreadable CSV: a closing quote must be followed by a comma or the end of the line';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return 'unreadable CSV: a quote inside an unquoted value (quote the whole value and double inner quotes)';
    default:
      return `unreadable CSV: ${e.message.replace(/ at line \d+.*$/, '')}`;
  }
};

const readRecords = (text: string): Array<{ line: number; cells: string[] }> => {
  const normalised = text.replace(/\r\n?/g, '\n');
  try {
    const records = parse(normalised, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as CsvRecordInfo[];
    // info.lines is the line a record ends on; raw also carries skipped blank lines before it.
    return records.map((r) => {
      const body = r.raw.replace(/^\n+/, '').replace(/\n$/, '');
      return { line: r.info.lines - countNewlines(body), cells: r.record };
    });
  } catch (error) {
    const e = error as CsvParseError;
    throw new ComplexityInputError(e.lines ?? 1, 1, quoteProblem(e));
  }
};

const findColumn = (header: string[], name: string, role: string): number => {
  const first = header.indexOf(name);
  if (first < 0) {
    throw new ComplexityInputError(1, header.length + 1, `missing ${role} column "${name}" (the header has: ${header.join(', ')})`);
  }
  const second = header.indexOf(name, first + 1);
  if (second >= 0) throw new ComplexityInputError(1, second + 1, `column "${name}" appears twice in the header`);
  return first;
};

/** Rows in file order; throws ComplexityInputError at the first problem. */
export const parseComplexityCsv = (text: string, columns: ComplexityColumns): ComplexityInputRow[] => {
  const records = readRecords(text);
  const headerRecord = records.shift();
  if (!headerRecord) throw new ComplexityInputError(1, 1, 'the file is empty: expected a header line');
  const header = headerRecord.cells.map((h) => h.trim());
  const loc = findColumn(header, columns.location, 'location');
  const prod = findColumn(header, columns.product, 'product');
  const val = findColumn(header, columns.value, 'value');
  const year = columns.year === undefined ? -1 : findColumn(header, columns.year, 'year');

  const rows: ComplexityInputRow[] = [];
  for (const { line, cells } of records) {
    if (cells.length > header.length) {
      throw new ComplexityInputError(line, header.length + 1, `row has ${cells.length} values but the header has ${header.length} columns`);
    }
    const text = (index: number, name: string): string => {
      const cell = (cells[index] ?? '').trim();
      if (cell === '') throw new ComplexityInputError(line, index + 1, `missing value in column "${name}"`);
      return cell;
    };
    const raw = text(val, columns.value);
    if (!NUMBER.test(raw)) {
      throw new ComplexityInputError(line, val + 1, `"${raw}" in column "${columns.value}" is not a number`);
    }
    const value = Number(raw);
    if (!Number.isFinite(value)) {
      throw new ComplexityInputError(line, val + 1, `"${raw}" in column "${columns.value}" is too large`);
    }
    if (value < 0) {
      throw new ComplexityInputError(line, val + 1, `"${raw}" in column "${columns.value}" is negative; values must be 0 or more`);
    }
    const row: ComplexityInputRow = { location: text(loc, columns.location), product: text(prod, columns.product), value };
    if (year >= 0) row.year = text(year, columns.year!);
    rows.push(row);
  }
  return rows;
};
