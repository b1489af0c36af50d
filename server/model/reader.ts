// Reads a dataset from a folder of CSV files, a JSON bundle file, a workbook (.xlsx), or in-memory
// texts and bytes (uploads), then validates it. Every entry point returns a Dataset or throws a
// DatasetError. `options.base` makes it a merge: files not given come from that dataset.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readCsvText, type RawFile } from './csv.ts';
import { FILE_NAMES, isDatasetFile, specOf } from './files.ts';
import { DatasetError, problem, type Problem } from './problems.ts';
import type { Dataset, DatasetFile } from './schemas.ts';
import { validateRaw, type ValidateOptions } from './validate.ts';
import { readWorkbook, type PackageLimits } from './workbook/index.ts';
import { text as textOf, type TextParam } from '../i18n/index.ts';
import { jsonSyntaxError } from '../util/json-syntax.ts';

export interface ReadOptions {
  /** A merge: the files not given are this dataset's (the one served now). */
  base?: Dataset;
  /** Filled with the names of the dataset files that were given. */
  given?: DatasetFile[];
}

const expectedFiles = (): string => FILE_NAMES.map((n) => `${n}.csv`).join(', ');

/** Validates a set of CSV texts keyed by file name (`firms.csv`, …). */
export function datasetFromCsvTexts(files: ReadonlyMap<string, string>, options: ReadOptions = {}): Dataset {
  const raws = new Map<DatasetFile, RawFile>();
  const problems: Problem[] = [];
  for (const [fileName, text] of files) {
    const base = path.basename(fileName);
    const stem = base.replace(/\.csv$/i, '');
    if (!/\.csv$/i.test(base) || !isDatasetFile(stem)) {
      problems.push(problem({ file: base, line: 1, column: 1 }, textOf('problem.unknownFile', { expected: expectedFiles() })));
      continue;
    }
    raws.set(stem, readCsvText(base, text));
  }
  return validateRaw(raws, problems, { base: options.base, given: options.given });
}

const jsonErrorLocation = (text: string, error: Error): { line: number; column: number } => {
  // V8 names the position for long texts; for short ones it names the unexpected token instead.
  const m = /position (\d+)/.exec(error.message);
  const token = /Unexpected token '(.)'/.exec(error.message);
  const at = m ? Number(m[1]) : token ? text.indexOf(token[1]!) : -1;
  if (at < 0) return { line: 1, column: 1 };
  const before = text.slice(0, at);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
};

/**
 * Why a text is not JSON: in English V8's own words (what the problem has always said); in
 * Indonesian what was expected where the text stops being JSON (json-syntax.ts), V8's words only
 * when that checker finds nothing.
 */
function jsonDetail(text: string, error: Error): TextParam {
  const at = jsonSyntaxError(text);
  return at ? { perLang: { en: error.message, id: textOf('problem.json.expected', { expected: textOf(`json.${at.expected}`) }) } } : error.message;
}

/**
 * Validates a JSON bundle: `{ "firms": [ {...}, … ], … }`. Problems name the bundle's file, the
 * 1-based row number within the array as the line and the field name as the column.
 */
export function datasetFromJsonText(fileName: string, text: string, options: ReadOptions = {}): Dataset {
  let bundle: unknown;
  try {
    bundle = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const { line, column } = jsonErrorLocation(text, error as Error);
    throw new DatasetError([problem({ file: fileName, line, column }, textOf('problem.json.invalid', { detail: jsonDetail(text, error as Error) }))]);
  }
  if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) {
    throw new DatasetError([problem({ file: fileName, line: 1, column: 1 }, textOf('problem.json.notObject'))]);
  }
  const raws = new Map<DatasetFile, RawFile>();
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(bundle)) {
    const file = `${fileName}#${key}`;
    if (!isDatasetFile(key)) {
      problems.push(problem({ file: fileName, line: 1, column: key }, textOf('problem.json.unknownKey', { key, expected: FILE_NAMES.join(', ') })));
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push(problem({ file, line: 1, column: key }, textOf('problem.json.notArray', { key })));
      continue;
    }
    const rows = [];
    for (const [i, row] of value.entries()) {
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        problems.push(problem({ file, line: i + 1, column: key }, textOf('problem.json.rowNotObject')));
        continue;
      }
      rows.push({ line: i + 1, values: row as Record<string, unknown> });
    }
    const columns = specOf(key).columns;
    raws.set(key, {
      file,
      // JSON rows name their columns themselves; unknown keys are caught row by row.
      header: [...columns],
      rows,
      locate: (column) => column,
      columnAt: (index) => columns[index] ?? key,
      problems: [],
      complete: true,
    });
  }
  const validate: ValidateOptions = { base: options.base, given: options.given, nameOf: (f) => `${fileName}#${f}` };
  return validateRaw(raws, problems, validate);
}

/** Validates a workbook (.xlsx): one sheet per dataset file; problems located as `sheet!cell`. */
export async function datasetFromWorkbook(fileName: string, bytes: Uint8Array, options: ReadOptions & { limits?: PackageLimits } = {}): Promise<Dataset> {
  const { raws, problems, unreadable } = await readWorkbook(fileName, bytes, options.limits);
  if (unreadable) throw new DatasetError(problems);
  return validateRaw(raws, problems, { base: options.base, given: options.given, nameOf: (f) => textOf('problem.sheetName', { name: f }) });
}

/** Gives a file error its path: reading a folder fails in read(), which names none ("EISDIR: : is a folder"). */
const withPath =
  (file: string) =>
  (error: NodeJS.ErrnoException): never => {
    error.path ??= file;
    throw error;
  };

/** Reads a dataset from a folder of CSV files, a `.json` bundle or an `.xlsx` workbook. */
export async function readDataset(location: string, options: ReadOptions = {}): Promise<Dataset> {
  let info;
  try {
    info = await stat(location);
  } catch {
    throw new DatasetError([problem({ file: location, line: 0, column: 0 }, textOf('problem.noSuchFile'))]);
  }
  if (info.isFile()) {
    // .xls and .ods too: the workbook reader tells what they are and how to save them as .xlsx.
    if (/\.(?:xlsx|xls|ods)$/i.test(location)) return datasetFromWorkbook(path.basename(location), await readFile(location).catch(withPath(location)), options);
    if (/\.json$/i.test(location)) return datasetFromJsonText(path.basename(location), await readFile(location, 'utf8').catch(withPath(location)), options);
    // Any other file (rantai validate /etc/passwd) is one mistake, not a dozen missing files; told
    // before reading it, whatever its size.
    if (!/\.csv$/i.test(location) || !isDatasetFile(path.basename(location).replace(/\.csv$/i, ''))) {
      throw new DatasetError([problem({ file: location, line: 0, column: 0 }, textOf('problem.notDataset', { expected: expectedFiles() }))]);
    }
    return datasetFromCsvTexts(new Map([[path.basename(location), await readFile(location, 'utf8')]]), options);
  }
  // A device or a pipe (`rantai validate /dev/null`) is not a dataset either; readdir called it "part
  // of the path is not a folder".
  if (!info.isDirectory()) throw new DatasetError([problem({ file: location, line: 0, column: 0 }, textOf('problem.notDataset', { expected: expectedFiles() }))]);
  const entries = (await readdir(location)).filter((n) => /\.csv$/i.test(n)).sort();
  if (entries.length === 0) {
    throw new DatasetError([problem({ file: location, line: 0, column: 0 }, textOf('problem.noCsvFiles', { expected: expectedFiles() }))]);
  }
  const texts = new Map<string, string>();
  for (const name of entries) texts.set(name, await readFile(path.join(location, name), 'utf8').catch(withPath(path.join(location, name))));
  return datasetFromCsvTexts(texts, options);
}
