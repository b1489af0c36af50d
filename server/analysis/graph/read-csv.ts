// An edge list as CSV: a header row `source,target` or `source,target,weight` (any case, in that
// order), then one edge per row; an empty weight cell means an edge without a weight (it weighs 1).
// RFC 4180 quoting (ids may hold commas). Problems are located as file:line:column.
import { parse } from 'csv-parse/sync';
import { text, type PerLang, type Text } from '../../i18n/index.ts';
import type { AnyGraphInput } from '../network/any-graph.ts';
import { GraphFileError } from './file-error.ts';
import { MAX_ID_LENGTH, MAX_WEIGHT } from './limits.ts';

interface Row {
  record: string[];
  info: { lines: number };
}

/**
 * What csv-parse found wrong: the two quoting mistakes people make, in the catalogue's words;
 * anything rarer as csv-parse's own English (its code in Indonesian, which reads alike).
 */
function csvProblem(e: { code?: string; message: string }): Text | PerLang {
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') return text('graph.csv.quoteNotClosed');
  if (e.code === 'CSV_INVALID_CLOSING_QUOTE' || e.code === 'INVALID_OPENING_QUOTE' || e.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') return text('graph.csv.badQuote');
  const english = e.message.replace(/^[^:]*: /, '');
  return { perLang: { en: english, id: e.code ?? english } };
}

export function readCsvGraph(content: string, file: string, directed: boolean): AnyGraphInput {
  let rows: Row[];
  try {
    rows = parse(content, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as Row[];
  } catch (error) {
    const e = error as { lines?: number; column?: number; code?: string; message: string };
    throw new GraphFileError(file, e.lines ?? 1, (e.column ?? 0) + 1, text('graph.csv.unreadable', { detail: csvProblem(e) }));
  }
  const header = rows[0];
  const names = header?.record.map((h) => h.toLowerCase());
  const weighted = names?.length === 3 && names[2] === 'weight';
  if (!names || names[0] !== 'source' || names[1] !== 'target' || (names.length === 3 && !weighted) || names.length > 3) {
    throw new GraphFileError(file, header?.info.lines ?? 1, 1, text('graph.csv.header', { got: header?.record.join(',') ?? '' }));
  }
  const edges: AnyGraphInput['edges'][number][] = [];
  for (const { record, info } of rows.slice(1)) {
    if (record.length !== names.length) throw new GraphFileError(file, info.lines, 1, text('graph.csv.cells', { n: String(names.length), names: names.join(','), got: String(record.length) }));
    const [u, v, w] = record as [string, string, string | undefined];
    for (const [cell, column] of [[u, 1], [v, 2]] as const) {
      if (cell === '') throw new GraphFileError(file, info.lines, column, text('graph.csv.empty', { column: column === 1 ? 'source' : 'target' }));
      if (cell.length > MAX_ID_LENGTH) throw new GraphFileError(file, info.lines, column, text('graph.idTooLong', { max: MAX_ID_LENGTH }));
    }
    if (w === undefined || w === '') {
      edges.push([u, v]);
      continue;
    }
    const weight = Number(w);
    if (!Number.isFinite(weight) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(w)) throw new GraphFileError(file, info.lines, 3, text('graph.csv.weightNumber', { got: w }));
    if (weight < 0) throw new GraphFileError(file, info.lines, 3, text('graph.csv.weightNegative', { got: w }));
    if (weight > MAX_WEIGHT) throw new GraphFileError(file, info.lines, 3, text('graph.csv.weightHuge', { got: w }));
    edges.push([u, v, weight]);
  }
  return { directed, edges };
}
