// Checks a CSV text against the upload's cell and column limits before the validator parses it, so
// a file of megabyte cells or thousands of columns gets one clear, located problem rather than
// thousands of "unknown column" messages or a long parse. Follows RFC 4180 quoting; line numbers
// count physical lines as the validator does.
import { text as textOf } from '../i18n/index.ts';
import { FILE_SPECS, problem, type Problem } from '../model/index.ts';
import type { UploadLimits } from './limits.ts';

/** Problems listed per file at most; the rest would repeat the same point. */
const MAX_PROBLEMS = 20;

/** The widest dataset file's column count, for messages. */
export const WIDEST_FILE = Math.max(...FILE_SPECS.map((s) => s.columns.length));

export function checkCsvLimits(file: string, text: string, limits: Pick<UploadLimits, 'maxCellChars' | 'maxColumns'> & Partial<Pick<UploadLimits, 'maxRows'>>): Problem[] {
  const maxRows = limits.maxRows ?? Number.POSITIVE_INFINITY;
  let records = 0;
  const problems: Problem[] = [];
  let line = 1;
  let recordLine = 1;
  let column = 1;
  let cellStart = 0;
  let cellLine = 1;
  let inQuotes = false;
  /** Characters of the cell's text that are quoting, not value (enclosing and doubled quotes). */
  let quoting = 0;
  let columnsReported = false;
  const endCell = (at: number) => {
    const length = at - cellStart - quoting;
    quoting = 0;
    if (length > limits.maxCellChars && problems.length < MAX_PROBLEMS) {
      problems.push(problem({ file, line: cellLine, column }, textOf('upload.cellTooLong', { n: { grouped: length }, max: { grouped: limits.maxCellChars } })));
    }
  };
  for (let i = 0; i < text.length && problems.length < MAX_PROBLEMS; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34 /* " */) {
        quoting++;
        if (text.charCodeAt(i + 1) === 34) i++;
        else inQuotes = false;
      } else if (c === 10) line++;
      continue;
    }
    if (c === 34 && i === cellStart) {
      inQuotes = true;
      quoting++;
    } else if (c === 44 /* , */) {
      endCell(i);
      column++;
      cellStart = i + 1;
      cellLine = line;
      if (column > limits.maxColumns && !columnsReported) {
        problems.push(problem({ file, line: recordLine, column }, textOf('upload.tooManyColumns', { max: limits.maxColumns, widest: WIDEST_FILE })));
        columnsReported = true;
      }
    } else if (c === 10) {
      endCell(text.charCodeAt(i - 1) === 13 ? i - 1 : i);
      // 96 kB of zip held 49 million one-letter rows, which the validator read for minutes.
      // (The header is the first record; the row past the limit is the one this newline ends.)
      if (++records - 1 > maxRows) {
        problems.push(problem({ file, line: recordLine, column: 1 }, textOf('upload.tooManyRows', { max: { grouped: maxRows } })));
        return problems;
      }
      line++;
      recordLine = line;
      cellLine = line;
      column = 1;
      cellStart = i + 1;
    }
  }
  if (problems.length < MAX_PROBLEMS) endCell(text.length);
  return problems;
}
