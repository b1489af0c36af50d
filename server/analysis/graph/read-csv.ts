// An edge list as CSV: a header row `source,target` or `source,target,weight` (any case, in that
// order), then one edge per row; an empty weight cell means an edge without a weight (it weighs 1).
// RFC 4180 quoting (ids may hold commas). Problems are located as file:line:column.
import { parse } from 'csv-parse/sync';
import type { AnyGraphInput } from '../network/any-graph.ts';
import { GraphFileError } from './file-error.ts';
import { MAX_ID_LENGTH } from './limits.ts';

interface Row {
  record: string[];
  info: { lines: number };
}

export function readCsvGraph(text: string, file: string, directed: boolean): AnyGraphInput {
  let rows: Row[];
  try {
    rows = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as Row[];
  } catch (error) {
    const e = error as { lines?: number; column?: number; message: string };
    throw new GraphFileError(file, e.lines ?? 1, (e.column ?? 0) + 1, `not readable as CSV (${e.message.replace(/^[^:]*: /, '')})`);
  }
  const header = rows[0];
  const names = header?.record.map((h) => h.toLowerCase());
  const weighted = names?.length === 3 && names[2] === 'weight';
  if (!names || names[0] !== 'source' || names[1] !== 'target' || (names.length === 3 && !weighted) || names.length > 3) {
    throw new GraphFileError(file, header?.info.lines ?? 1, 1, `the first row must be the header "source,target" or "source,target,weight" (got "${header?.record.join(',') ?? ''}")`);
  }
  const edges: AnyGraphInput['edges'][number][] = [];
  for (const { record, info } of rows.slice(1)) {
    if (record.length !== names.length) throw new GraphFileError(file, info.lines, 1, `expected ${names.length} cells (${names.join(',')}), got ${record.length}`);
    const [u, v, w] = record as [string, string, string | undefined];
    for (const [cell, column] of [[u, 1], [v, 2]] as const) {
      if (cell === '') throw new GraphFileError(file, info.lines, column, `${column === 1 ? 'source' : 'target'} is empty`);
      if (cell.length > MAX_ID_LENGTH) throw new GraphFileError(file, info.lines, column, `a node id may be at most ${MAX_ID_LENGTH} characters`);
    }
    if (w === undefined || w === '') {
      edges.push([u, v]);
      continue;
    }
    const weight = Number(w);
    if (!Number.isFinite(weight) || !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(w)) throw new GraphFileError(file, info.lines, 3, `weight must be a number, got "${w}"`);
    if (weight < 0) throw new GraphFileError(file, info.lines, 3, `weight must not be negative, got ${w}`);
    edges.push([u, v, weight]);
  }
  return { directed, edges };
}
