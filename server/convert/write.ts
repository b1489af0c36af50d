// Writes a converted table in the dataset's layout (trade.csv: year,hs,origin,value_usd,quantity,
// unit,source; world_trade.csv: year,exporter,hs,value_usd,source), and adds the countries it names
// to a countries.csv (kept as it is otherwise), so that its origins resolve when the dataset loads.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { AppError } from '../errors.ts';
import { text } from '../i18n/index.ts';
import { specOf } from '../model/index.ts';
import type { ConvertResult } from './common.ts';

/**
 * Refuses an output that is not a file to replace: a folder (EISDIR, as the command line tells it),
 * or a device or pipe (`--out /dev/full` was replaced by a regular file, the rename taking its name).
 */
async function checkTarget(out: string): Promise<void> {
  const info = await stat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info === undefined || info.isFile()) return;
  if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: ${out}`), { code: 'EISDIR', path: out });
  throw new AppError('invalid_request', text('convert.notAFile', { path: out }));
}

/**
 * Writes the rows (row by row, to a temporary file renamed at the end). A failed write (a folder
 * that is not there, a full disk) rejects, names the output rather than its temporary file, and
 * leaves nothing behind; it was an unheard 'error' event that stopped the command with a stack.
 */
export async function writeTradeCsv(result: ConvertResult, out: string): Promise<void> {
  await checkTarget(out);
  const spec = specOf(result.world ? 'world_trade' : 'trade');
  const tmp = `${out}.part`;
  const stream = createWriteStream(tmp, 'utf8');
  let failed: Error | undefined;
  const failure = new Promise<never>((_, reject) => stream.once('error', (error) => reject((failed = error))));
  failure.catch(() => undefined);
  const write = async (cells: ReadonlyArray<string | number | undefined>) => {
    if (failed) throw failed;
    if (!stream.write(stringify([cells.map((c) => (c === undefined ? '' : c))]))) await Promise.race([once(stream, 'drain'), failure]);
  };
  try {
    await write(spec.columns);
    for (const r of result.rows) {
      await write(result.world ? [r.year, r.party, r.hs, r.valueUsd, r.source] : [r.year, r.hs, r.party, r.valueUsd, r.quantity, r.unit, r.source]);
    }
    await Promise.race([new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))), failure]);
    await rename(tmp, out);
  } catch (error) {
    stream.destroy();
    await rm(tmp, { force: true });
    const e = error as NodeJS.ErrnoException;
    if (e.path === tmp) e.path = out;
    throw error;
  }
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
