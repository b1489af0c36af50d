// Economic complexity for the server, on a worker thread when the table is large: the years of a
// dataset's table (computeComplexityYears), and a whole POST /api/complexity answer from its CSV.
// At national scale (416 clusters × 2,000 components) one computation holds a thread for 2–4 s, and
// an uploaded table at the size cap (size.ts) for about 13 s: on the main thread nothing else was
// answered meanwhile, /api/health included. The worker is started on the first large table and
// kept (referenced only while it has a job, so an idle worker never keeps a process alive); jobs
// run one at a time in arrival order. A job whose signal aborts (the client went away) ends the
// worker, which the next job starts again. Small tables stay on the main thread, where they take
// less than a worker's start. Results are the same values either way: the same code runs, and the
// arrays are copied, not recomputed. The worker's queue and lifetime are util/job-worker.ts.
import type { Text } from '../../i18n/index.ts';
import { JobWorker, raiseJobError, type JobError } from '../../util/job-worker.ts';
import { computeComplexityYears, type YearArrays } from './compute.ts';
import { complexityCsvAnswer, type CsvAnswerRequest } from './csv-answer.ts';
import { ComplexityInputError } from './errors.ts';
import type { ComplexityOptionsInput } from './options.ts';
import type { ComplexityInputRow } from './types.ts';
import type { ComplexityWarning } from './warnings.ts';

/** Below this many input rows the main thread computes the table itself (milliseconds of work). */
export const OFF_THREAD_MIN_ROWS = 20_000;

export interface ComplexityYears {
  years: YearArrays[];
  warnings: ComplexityWarning[];
}
/**
 * Rows as the worker receives them: each distinct location, product and year once, and per row its
 * indices and value. Cloning 170,000 row objects to the worker held the main thread a few hundred ms;
 * typed arrays are copied in one piece.
 */
export interface PackedRows {
  locations: string[];
  products: string[];
  years: string[];
  location: Int32Array;
  product: Int32Array;
  /** -1: the row has no year. */
  year: Int32Array;
  value: Float64Array;
}
/** Computed years of packed rows, or a whole POST /api/complexity answer from its CSV text. */
export type ComplexityJob = { kind: 'years'; rows: PackedRows; options: ComplexityOptionsInput } | { kind: 'csv'; request: CsvAnswerRequest };

export function packRows(rows: readonly ComplexityInputRow[]): PackedRows {
  const n = rows.length;
  const out: PackedRows = { locations: [], products: [], years: [], location: new Int32Array(n), product: new Int32Array(n), year: new Int32Array(n), value: new Float64Array(n) };
  const index = (seen: Map<string, number>, list: string[], key: string): number => {
    let i = seen.get(key);
    if (i === undefined) seen.set(key, (i = list.push(key) - 1));
    return i;
  };
  const locations = new Map<string, number>();
  const products = new Map<string, number>();
  const years = new Map<string, number>();
  rows.forEach((r, k) => {
    out.location[k] = index(locations, out.locations, r.location);
    out.product[k] = index(products, out.products, r.product);
    out.year[k] = r.year === undefined ? -1 : index(years, out.years, r.year);
    out.value[k] = r.value;
  });
  return out;
}

export function unpackRows(p: PackedRows): ComplexityInputRow[] {
  return Array.from(p.value, (value, k) => {
    const y = p.year[k]!;
    return y < 0 ? { location: p.locations[p.location[k]!]!, product: p.products[p.product[k]!]!, value } : { location: p.locations[p.location[k]!]!, product: p.products[p.product[k]!]!, value, year: p.years[y]! };
  });
}
/** A located input error (its line and column), or any other error as every worker sends it. */
export type ComplexityJobError = { kind: 'input'; line: number; column: number | string; reason: Text } | JobError;

const raise = (e: ComplexityJobError): Error => (e.kind === 'input' ? new ComplexityInputError(e.line, e.column, e.reason) : raiseJobError(e, 'economic complexity'));

const complexityWorker = new JobWorker<ComplexityJob, ComplexityJobError>(new URL('./worker-entry.ts', import.meta.url), 'economic complexity', raise);

/** computeComplexityYears, on the worker for a table of OFF_THREAD_MIN_ROWS rows or more. */
export function computeComplexityYearsOffThread(rows: readonly ComplexityInputRow[], options: ComplexityOptionsInput = {}, signal?: AbortSignal): Promise<ComplexityYears> {
  if (rows.length < OFF_THREAD_MIN_ROWS) return Promise.resolve().then(() => computeComplexityYears(rows, options));
  return complexityWorker.run({ kind: 'years', rows: packRows(rows), options }, signal);
}

/**
 * Below this many characters of CSV (some 200 rows) the main thread answers POST /api/complexity
 * itself. The work grows with locations × products, not with the text: a helper's 26 KB table of
 * 632 locations and 632 products (round 50) took 1.4–6.4 s on the main thread and answered 75 MB,
 * and four at once left /api/health unanswered for 21 s when the bound was 200,000 characters. Two
 * thousand characters hold at most some 200 × 200 cells: milliseconds.
 */
export const OFF_THREAD_MIN_CSV = 2_000;

/** An answer's UTF-8 bytes and its ETag (bodyEtag, as every other answer of the server). */
export interface CsvAnswerBytes {
  bytes: Uint8Array;
  etag: string;
}

/**
 * complexityCsvAnswer (csv-answer.ts): its JSON text, made on the main thread for a CSV under
 * OFF_THREAD_MIN_CSV characters, else as bytes with their ETag on the worker.
 */
export function complexityCsvAnswerOffThread(request: CsvAnswerRequest, signal?: AbortSignal): Promise<string | CsvAnswerBytes> {
  if (request.csv.length < OFF_THREAD_MIN_CSV) return Promise.resolve().then(() => complexityCsvAnswer(request));
  return complexityWorker.run({ kind: 'csv', request }, signal);
}
