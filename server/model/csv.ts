// Reads one dataset CSV file into located raw rows. csv-parse does the RFC 4180 work; this file
// adds what the validator needs: the line each record starts on, the column number of each header,
// and a located problem (never an exception) for malformed quoting or ragged rows. A quoting
// mistake costs only its own record: reading resumes on the next line, so every other problem of
// the file is still found in the same run.
import { parse } from 'csv-parse/sync';
import { text as textOf, type Text } from '../i18n/index.ts';
import { problem, type Problem } from './problems.ts';

export interface RawRow {
  line: number;
  values: Record<string, unknown>;
  /** A problem of the row's shape (too many cells): the row is rejected, its ids still count. */
  broken?: boolean;
  /** Columns whose cell already has a problem of its own (a workbook's date where text belongs). */
  reported?: Set<string>;
}

export interface RawFile {
  /** File name as the user knows it, e.g. `firms.csv`, `bundle.json#firms` or the sheet `firms`. */
  file: string;
  /** The name as a Text, when it has words in it ("firms.csv (current dataset)"). */
  fileText?: Text;
  header: string[];
  rows: RawRow[];
  /** Where a column is, for problem messages: 1-based number in CSV, the field name in JSON, the letter in a sheet. */
  locate: (column: string) => number | string;
  /** Where the header's i-th (0-based) column is, in the same terms as locate. */
  columnAt: (index: number) => number | string;
  /** For a worksheet: the cell as Excel writes it (`firms!D14`). */
  cell?: (line: number, column: number | string) => string;
  /** Problems found while reading (quoting, ragged rows). */
  problems: Problem[];
  /** false when reading stopped early, so ids from this file are not a complete list. */
  complete: boolean;
}

interface CsvRecordInfo {
  record: string[];
  info: { lines: number };
  raw: string;
}

interface CsvParseError extends Error {
  code?: string;
  lines?: number;
}

/** Quoting mistakes reported per file before reading gives up on it (the rest is likely garbage). */
const MAX_RECOVERIES = 50;

const countNewlines = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
};

/** Index just after the n-th newline of s (n ≥ 1), or s.length. */
const afterLine = (s: string, n: number): number => {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const next = s.indexOf('\n', at);
    if (next < 0) return s.length;
    at = next + 1;
  }
  return at;
};

/** The first non-blank line after `line`: where the record that failed starts. */
const nextRecordLine = (text: string, line: number): number => {
  let n = line + 1;
  for (;;) {
    const start = afterLine(text, n - 1);
    if (start >= text.length) return n;
    const end = text.indexOf('\n', start);
    if (text.slice(start, end < 0 ? text.length : end).trim() !== '') return n;
    n++;
  }
};

const quoteProblem = (error: CsvParseError, content: string, lastGoodLine: number): { line: number; resumeAfter: number; message: Text } => {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const line = nextRecordLine(content, lastGoodLine);
    return { line, resumeAfter: line, message: textOf('problem.csv.quoteNotClosed') };
  }
  const line = error.lines ?? lastGoodLine + 1;
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') return { line, resumeAfter: line, message: textOf('problem.csv.closingQuote') };
  if (error.code === 'INVALID_OPENING_QUOTE' || error.code === 'CSV_INVALID_OPENING_QUOTE') return { line, resumeAfter: line, message: textOf('problem.csv.openingQuote') };
  return { line, resumeAfter: line, message: textOf('problem.csv.unreadable', { detail: error.message.replace(/ at line \d+.*/, '') }) };
};

interface Records {
  records: Array<{ line: number; cells: string[] }>;
  complete: boolean;
}

function readRecords(file: string, text: string, problems: Problem[]): Records {
  const records: Records['records'] = [];
  let rest = text;
  let offset = 0;
  for (let attempt = 0; ; attempt++) {
    let lastGoodLine = 0;
    try {
      parse(rest, {
        bom: attempt === 0,
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
        raw: true,
        on_record: (record: string[]) => {
          // With info and raw on, csv-parse hands the record wrapped with its info and raw text.
          const rec = record as unknown as CsvRecordInfo;
          // raw carries any skipped blank lines before the record and its own line end.
          const body = rec.raw.replace(/^\n+/, '').replace(/\n$/, '');
          // A row of empty cells (",,,," as spreadsheets save trailing rows) is a blank line.
          if (rec.record.every((c) => c.trim() === '')) return null;
          records.push({ line: offset + rec.info.lines - countNewlines(body), cells: rec.record });
          lastGoodLine = rec.info.lines;
          return null;
        },
      });
      return { records, complete: true };
    } catch (error) {
      const { line, resumeAfter, message } = quoteProblem(error as CsvParseError, rest, lastGoodLine);
      problems.push(problem({ file, line: offset + line, column: 1 }, message));
      // Without a header row nothing else can be read; past many mistakes the rest is noise.
      if ((offset === 0 && records.length === 0) || attempt + 1 >= MAX_RECOVERIES) return { records, complete: false };
      rest = rest.slice(afterLine(rest, resumeAfter));
      offset += resumeAfter;
    }
  }
}

/**
 * A header row without a comma but with semicolons or tabs: the columns are separated by those. A
 * spreadsheet set to Indonesian (or any language with a decimal comma) saves its CSV files with
 * semicolons. Every dataset file has at least two columns, so its header has a comma.
 */
function otherSeparator(text: string): { line: number; tab: boolean } | undefined {
  const lines = text.replace(/^\uFEFF/, '').split('\n', 50);
  const at = lines.findIndex((l) => l.trim() !== '');
  const header = lines[at];
  if (header === undefined || header.includes(',')) return undefined;
  if (header.includes(';')) return { line: at + 1, tab: false };
  if (header.includes('\t')) return { line: at + 1, tab: true };
  return undefined;
}

/**
 * Reads one CSV file of a dataset. `workbookAdvice`: whether a file saved with semicolons or tabs may
 * be told to use the dataset's workbook instead (not for a file Rantai writes to, such as the
 * countries.csv `trade convert` adds to).
 */
export function readCsvText(file: string, text: string, { workbookAdvice = true }: { workbookAdvice?: boolean } = {}): RawFile {
  // CRLF is accepted: normalising first keeps csv-parse's line numbers physical.
  const normalised = text.replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  const badByte = normalised.indexOf('\uFFFD');
  if (badByte >= 0) {
    const before = normalised.slice(0, badByte).split('\n');
    problems.push(problem({ file, line: before.length, column: 1 }, textOf('problem.csv.notUtf8')));
  }
  const separator = otherSeparator(normalised);
  if (separator !== undefined) {
    // Read with commas, such a file is one column a row: every column "unknown", every row broken.
    // One problem says what happened instead.
    problems.push(problem({ file, line: separator.line, column: 1 }, textOf(`${separator.tab ? 'problem.csv.tabs' : 'problem.csv.semicolons'}${workbookAdvice ? '' : '.save'}`)));
    return { file, header: [], rows: [], locate: () => 1, columnAt: (index) => index + 1, problems, complete: false };
  }
  const { records, complete } = readRecords(file, normalised, problems);
  const headerRecord = records.shift();
  const header = (headerRecord?.cells ?? []).map((h) => h.trim());
  const position = new Map<string, number>();
  header.forEach((h, i) => {
    if (!position.has(h)) position.set(h, i + 1);
  });
  const rows: RawRow[] = [];
  for (const { line, cells } of records) {
    const values: Record<string, unknown> = {};
    header.forEach((h, i) => {
      // The first of two same-named columns counts (the header problem says so).
      if (h !== '' && cells[i] !== undefined && position.get(h) === i + 1) values[h] = cells[i];
    });
    const row: RawRow = { line, values };
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push(problem({ file, line, column: header.length + 1 }, textOf('problem.csv.ragged', { n: cells.length, columns: header.length })));
      row.broken = true;
    }
    rows.push(row);
  }
  return {
    file,
    header,
    rows,
    locate: (column) => position.get(column) ?? 1,
    columnAt: (index) => index + 1,
    problems,
    complete,
  };
}
