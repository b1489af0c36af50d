// Reads one dataset CSV file into located raw rows. csv-parse does the RFC 4180 work; this file
// adds what the validator needs: the line each record starts on, the column number of each header,
// and a located problem (never an exception) for malformed quoting or ragged rows.
import { parse } from 'csv-parse/sync';
import type { Problem } from './problems.ts';

export interface RawRow {
  line: number;
  values: Record<string, unknown>;
}

export interface RawFile {
  /** File name as the user knows it, e.g. `firms.csv`. */
  file: string;
  header: string[];
  rows: RawRow[];
  /** Where a column is, for problem messages: 1-based number in CSV, the field name in JSON. */
  locate: (column: string) => number | string;
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

const countNewlines = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
};

/** The first non-blank line after `line`: where the record that failed starts. */
const nextRecordLine = (lines: string[], line: number): number => {
  let n = line + 1;
  while (n <= lines.length && lines[n - 1]!.trim() === '') n++;
  return n;
};

const quoteMessage = (error: CsvParseError, text: string, lastGoodLine: number): { line: number; message: string } => {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return { line: nextRecordLine(text.split('\n'), lastGoodLine), message: 'malformed quoting: a quoted value that starts on this line is never closed' };
  }
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') {
    return { line: error.lines ?? lastGoodLine + 1, message: 'malformed quoting: a closing quote must be followed by a comma or the end of the line' };
  }
  if (error.code === 'CSV_INVALID_OPENING_QUOTE') {
    return { line: error.lines ?? lastGoodLine + 1, message: 'malformed quoting: a quote inside an unquoted value (quote the whole value and double inner quotes)' };
  }
  return { line: error.lines ?? lastGoodLine + 1, message: `unreadable CSV: ${error.message.replace(/ at line \d+.*/, '')}` };
};

export function readCsvText(file: string, text: string): RawFile {
  // CRLF is accepted: normalising first keeps csv-parse's line numbers physical.
  const normalised = text.replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  const badByte = normalised.indexOf('\uFFFD');
  if (badByte >= 0) {
    const before = normalised.slice(0, badByte).split('\n');
    problems.push({ file, line: before.length, column: 1, message: 'the file is not valid UTF-8 (save it as UTF-8)' });
  }
  const records: Array<{ line: number; cells: string[] }> = [];
  let lastGoodLine = 0;
  let complete = true;
  try {
    parse(normalised, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      on_record: (record: string[], context: unknown) => {
        // With info and raw on, csv-parse hands the record wrapped with its info and raw text.
        const rec = record as unknown as CsvRecordInfo;
        void context;
        // raw carries any skipped blank lines before the record and its own line end.
        const body = rec.raw.replace(/^\n+/, '').replace(/\n$/, '');
        records.push({ line: rec.info.lines - countNewlines(body), cells: rec.record });
        lastGoodLine = rec.info.lines;
        return null;
      },
    });
  } catch (error) {
    const { line, message } = quoteMessage(error as CsvParseError, normalised, lastGoodLine);
    problems.push({ file, line, column: 1, message });
    complete = false;
  }

  const headerRecord = records.shift();
  const header = (headerRecord?.cells ?? []).map((h) => h.trim());
  const position = new Map(header.map((h, i) => [h, i + 1]));
  const rows: RawRow[] = [];
  for (const { line, cells } of records) {
    if (cells.length > header.length) {
      problems.push({ file, line, column: header.length + 1, message: `row has ${cells.length} values but the header has ${header.length} columns` });
      continue;
    }
    const values: Record<string, unknown> = {};
    header.forEach((h, i) => {
      if (h !== '' && cells[i] !== undefined) values[h] = cells[i];
    });
    rows.push({ line, values });
  }
  return {
    file,
    header,
    rows,
    locate: (column) => position.get(column) ?? 1,
    problems,
    complete,
  };
}
