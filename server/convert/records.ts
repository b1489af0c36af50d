// Reads a large CSV file record by record (a BACI year is millions of rows): a stream, never the
// whole file in memory, each record with the line it starts on. A quoting mistake becomes a
// located problem and ends the reading (what follows it cannot be trusted).
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { text } from '../i18n/index.ts';
import { problem, type Problem } from '../model/index.ts';

export interface CsvRecord {
  line: number;
  cells: string[];
}

interface CsvParseError extends Error {
  code?: string;
  lines?: number;
}

const newlines = (cells: readonly string[]): number => cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);

/**
 * Calls `onRecord` for every non-blank record of `file`, in order; `name` is how problems name
 * the file. Returns the problem that stopped the reading, if any.
 */
export async function eachRecord(file: string, name: string, onRecord: (r: CsvRecord) => void): Promise<Problem | undefined> {
  const source = createReadStream(file);
  const parser = source.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  // pipe() does not pass on the file's own error (none such, a folder): the reading below would
  // never hear of it and the process would stop on an unheard 'error' event.
  source.on('error', (error: NodeJS.ErrnoException) => {
    error.path ??= file; // a folder's EISDIR comes from read(), which names no path
    parser.destroy(error);
  });
  try {
    let width: number | undefined;
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (record.every((c) => c.trim() === '')) continue;
      const line = info.lines - newlines(record);
      // More values than the header names means two rows ran together (a line ending the parser did
      // not take for one, an unclosed quote): stop rather than read a merged row.
      if (width !== undefined && record.length > width) {
        parser.destroy();
        return problem({ file: name, line, column: width + 1 }, text('convert.ragged', { n: String(record.length), width: String(width) }));
      }
      width ??= record.length;
      onRecord({ line, cells: record });
    }
    return undefined;
  } catch (error) {
    const e = error as CsvParseError;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') throw error;
    // The parser's own words (English) are quoted as its detail, as problem.csv.unreadable does.
    return problem({ file: name, line: e.lines ?? 0, column: 1 }, text('convert.unreadable', { code: e.code ?? 'error', detail: e.message.replace(/ at line \d+.*/, '') }));
  }
}

/** A header row: where each name is (0-based), trimmed; the first of two equal names counts. */
export function headerIndex(cells: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  cells.forEach((c, i) => {
    const name = c.trim();
    if (name !== '' && !out.has(name)) out.set(name, i);
  });
  return out;
}
