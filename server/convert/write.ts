// Writes a converted table in the dataset's layout (trade.csv: year,hs,origin,value_usd,quantity,
// unit,source; world_trade.csv: year,exporter,hs,value_usd,source), and adds the countries it names
// to a countries.csv (kept as it is otherwise), so that its origins resolve when the dataset loads.
import { createWriteStream } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { specOf } from '../model/index.ts';
import type { ConvertResult } from './common.ts';

/** Writes the rows (row by row, to a temporary file renamed at the end). */
export async function writeTradeCsv(result: ConvertResult, out: string): Promise<void> {
  const spec = specOf(result.world ? 'world_trade' : 'trade');
  const tmp = `${out}.part`;
  const stream = createWriteStream(tmp, 'utf8');
  const write = (cells: ReadonlyArray<string | number | undefined>) =>
    new Promise<void>((resolve, reject) => {
      const ok = stream.write(stringify([cells.map((c) => (c === undefined ? '' : c))]));
      if (ok) resolve();
      else stream.once('drain', resolve).once('error', reject);
    });
  await write(spec.columns);
  for (const r of result.rows) {
    await write(result.world ? [r.year, r.party, r.hs, r.valueUsd, r.source] : [r.year, r.hs, r.party, r.valueUsd, r.quantity, r.unit, r.source]);
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  await rename(tmp, out);
}

/**
 * Adds the countries not yet in `file` (id,name; created when missing) and returns how many were
 * added. Rows already there are kept exactly.
 */
export async function addCountries(file: string, countries: ReadonlyMap<string, string>): Promise<number> {
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const known = new Set<string>();
  if (text !== undefined) {
    const rows = parse(text, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true }) as Array<Record<string, string>>;
    for (const r of rows) if (r.id) known.add(r.id.trim());
  }
  const added = [...countries].filter(([id]) => !known.has(id)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (added.length === 0) return 0;
  const head = text === undefined || text.trim() === '' ? 'id,name\n' : text.endsWith('\n') ? text : `${text}\n`;
  await writeFile(file, head + stringify(added.map(([id, name]) => [id, name])), 'utf8');
  return added.length;
}
