// Writes a converted table in the dataset's layout (trade.csv: year,hs,origin,value_usd,quantity,
// unit,source; world_trade.csv: year,exporter,hs,value_usd,source), and adds the countries it names
// to a countries.csv (kept as it is otherwise), so that its origins resolve when the dataset loads.
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { text } from '../i18n/index.ts';
import { DatasetError, problem, specOf } from '../model/index.ts';
import { readCsvText } from '../model/csv.ts';
import { checkOutputFile, writeStreamWhole, writeTextWhole } from '../util/write-whole.ts';
import type { ConvertResult } from './common.ts';

/**
 * Writes the rows (row by row, to a temporary file renamed at the end: server/util/write-whole.ts).
 * A failed write (a folder that is not there, a full disk) rejects, names the output rather than its
 * temporary file, and leaves nothing behind; it was an unheard 'error' event that stopped the command
 * with a stack.
 */
export async function writeTradeCsv(result: ConvertResult, out: string): Promise<void> {
  const spec = specOf(result.world ? 'world_trade' : 'trade');
  await writeStreamWhole(out, async (stream) => {
    let failed: Error | undefined;
    const failure = new Promise<never>((_, reject) => stream.once('error', (error) => reject((failed = error))));
    failure.catch(() => undefined);
    const write = async (cells: ReadonlyArray<string | number | undefined>) => {
      if (failed) throw failed;
      if (!stream.write(stringify([cells.map((c) => (c === undefined ? '' : c))]))) await Promise.race([once(stream, 'drain'), failure]);
    };
    await write(spec.columns);
    for (const r of result.rows) {
      await write(result.world ? [r.year, r.party, r.hs, r.valueUsd, r.source] : [r.year, r.hs, r.party, r.valueUsd, r.quantity, r.unit, r.source]);
    }
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  });
}

/** A countries.csv as it is before the conversion adds to it: its text, and the ids it holds. */
export interface CountriesFile {
  file: string;
  text: string | undefined;
  known: ReadonlySet<string>;
}

/**
 * Reads the countries.csv that --countries names (absent: none yet), before anything is written:
 * one the dataset would refuse (separated by semicolons, not UTF-8, no id column, a broken quote) is
 * refused here with the dataset's own located problem, in --lang, and trade.csv is left unwritten.
 * It was read after trade.csv had been written, with an English parse error, and a countries.csv
 * separated by semicolons had rows with commas appended to it.
 */
export async function readCountriesFile(file: string): Promise<CountriesFile> {
  // It is written after trade.csv: a folder or a device there is refused before anything is written.
  await checkOutputFile(file);
  let content: string | undefined;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const known = new Set<string>();
  if (content === undefined || content.trim() === '') return { file, text: content, known };
  const raw = readCsvText(file, content, { workbookAdvice: false });
  const problems = [...raw.problems];
  if (problems.length === 0 && !raw.header.includes('id')) {
    problems.push(problem({ file, line: 1, column: 1 }, text('problem.requiredColumn', { column: 'id' })));
  }
  if (problems.length > 0) throw new DatasetError(problems);
  for (const row of raw.rows) {
    const id = row.values.id;
    if (typeof id === 'string' && id.trim() !== '') known.add(id.trim());
  }
  return { file, text: content, known };
}

/**
 * Adds the countries not yet in the file read by readCountriesFile (id,name; created when missing)
 * and returns how many were added. Rows already there are kept exactly; the file is written whole.
 */
export async function addCountries(before: CountriesFile, countries: ReadonlyMap<string, string>): Promise<number> {
  const added = [...countries].filter(([id]) => !before.known.has(id)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (added.length === 0) return 0;
  const { text: old } = before;
  const head = old === undefined || old.trim() === '' ? 'id,name\n' : old.endsWith('\n') ? old : `${old}\n`;
  await writeTextWhole(before.file, head + stringify(added.map(([id, name]) => [id, name])));
  return added.length;
}
