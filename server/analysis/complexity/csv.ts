// Reads the input of the economic-complexity computation from CSV text: one row per location,
// product and (optionally) year, with the caller's column names (as py-ecomplexity's `cols_input`).
// Parsing is csv-parse's; this file checks what the computation needs and stops at the first
// problem with its line (the line the record starts on) and column (1-based number in the header).
// Unlike py-ecomplexity, which coerces unreadable values to 0, a value that is missing, not a
// number or negative is an error.
import { parse } from 'csv-parse/sync';
import { text, type Text } from '../../i18n/index.ts';
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

/**
 * The largest value a cell may hold. 1e308 is finite, but the sums and products of RCA overflowed
 * (rca = Infinity, a wrong mcp, and no warning); 1e100 leaves room for any currency's totals.
 */
const MAX_VALUE = 1e100;

const countNewlines = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
};

const quoteProblem = (e: CsvParseError): Text => {
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return text('complexity.quoteNotClosed');
    case 'CSV_INVALID_CLOSING_QUOTE':
      return text('complexity.closingQuote');
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_OPENING_QUOTE':
      return text('complexity.openingQuote');
    default:
      return text('complexity.unreadable', { detail: e.message.replace(/ at line \d+.*$/, '') });
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

const findColumn = (header: string[], name: string, role: 'location' | 'product' | 'value' | 'year'): number => {
  const first = header.indexOf(name);
  if (first < 0) {
    throw new ComplexityInputError(1, header.length + 1, text('complexity.missingColumn', { role: text(`complexity.role.${role}`), name, header: header.join(', ') }));
  }
  const second = header.indexOf(name, first + 1);
  if (second >= 0) throw new ComplexityInputError(1, second + 1, text('complexity.columnTwice', { name }));
  return first;
};

/** Rows in file order; throws ComplexityInputError at the first problem. */
export const parseComplexityCsv = (csv: string, columns: ComplexityColumns): ComplexityInputRow[] => {
  // A file saved in another encoding than UTF-8 (Windows-1252, Latin-1) arrives with U+FFFD where
  // its letters were: refused at the line, as the dataset's CSV files are, not computed as "Caf�".
  const bad = csv.indexOf('\uFFFD');
  if (bad >= 0) throw new ComplexityInputError(csv.slice(0, bad).split('\n').length, 1, text('complexity.notUtf8'));
  const records = readRecords(csv);
  const headerRecord = records.shift();
  if (!headerRecord) throw new ComplexityInputError(1, 1, text('complexity.empty'));
  const header = headerRecord.cells.map((h) => h.trim());
  const loc = findColumn(header, columns.location, 'location');
  const prod = findColumn(header, columns.product, 'product');
  const val = findColumn(header, columns.value, 'value');
  const year = columns.year === undefined ? -1 : findColumn(header, columns.year, 'year');
  // One column in two roles ("loc" as location and product) left every ECI and PCI empty, without a word.
  const roles = [['location', loc], ['product', prod], ['value', val], ['year', year]] as const;
  for (const [i, [first, at]] of roles.entries()) {
    const other = roles.slice(i + 1).find(([, b]) => b === at && at >= 0);
    if (other) throw new ComplexityInputError(1, at + 1, text('complexity.sameColumn', { first: text(`complexity.role.${first}`), second: text(`complexity.role.${other[0]}`), name: header[at]! }));
  }

  const rows: ComplexityInputRow[] = [];
  for (const { line, cells } of records) {
    if (cells.length > header.length) {
      throw new ComplexityInputError(line, header.length + 1, text('complexity.ragged', { n: cells.length, columns: header.length }));
    }
    const cellOf = (index: number, name: string): string => {
      const cell = (cells[index] ?? '').trim();
      if (cell === '') throw new ComplexityInputError(line, index + 1, text('complexity.missingValue', { name }));
      return cell;
    };
    const raw = cellOf(val, columns.value);
    if (!NUMBER.test(raw)) {
      throw new ComplexityInputError(line, val + 1, text('complexity.notNumber', { raw, name: columns.value }));
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || value > MAX_VALUE) {
      throw new ComplexityInputError(line, val + 1, text('complexity.tooLarge', { raw, name: columns.value }));
    }
    if (value < 0) {
      throw new ComplexityInputError(line, val + 1, text('complexity.negative', { raw, name: columns.value }));
    }
    const row: ComplexityInputRow = { location: cellOf(loc, columns.location), product: cellOf(prod, columns.product), value };
    if (year >= 0) row.year = cellOf(year, columns.year!);
    rows.push(row);
  }
  return rows;
};
