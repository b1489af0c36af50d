// Console reads on worker threads. The driver decodes a row whole before the console can count its
// characters (read-rows.ts), and a row of a few million small values took the thread that decodes
// it for seconds: on the server's own thread, one query within every text check (a list of a
// million four-value lists) left every route unanswered for 16 s. Here each read runs on a worker
// with a driver of its own and a heap of its own: the server's thread stays free, a read past its
// time limit ends with its worker (the console then ends the transaction in Neo4j by id, run.ts),
// and one that needs more memory than its worker has ends the worker, not the server (413).
import type { Driver } from 'neo4j-driver';
import { Neo4jError } from 'neo4j-driver';
import { AppError, type ErrorCode } from '../errors.ts';
import type { Text } from '../i18n/index.ts';
import { JobWorker } from '../util/job-worker.ts';
import { consoleMessages } from './messages.ts';
import { NoRetry, readRows, type ReadJob, type ReadRows } from './read-rows.ts';

/** Where the worker's driver connects, and as whom (the console's own user when one is set). */
export interface ReadConnection {
  uri: string;
  user?: string;
  password?: string;
  fetchSize: number;
}

/** A read, or (without `job`) only the start of the worker and its driver. */
export interface ReadWorkerJob {
  connection: ReadConnection;
  job?: ReadJob;
}

/** An error as data: an AppError, a Neo4j error (its code decides the console's answer), or another. */
export type ReadError =
  | { kind: 'app'; code: ErrorCode; message: string | Text; details: unknown }
  | { kind: 'neo4j'; message: string; code: string; gqlStatus?: string; gqlStatusDescription?: string }
  | { kind: 'other'; message: string; name: string };

export function readErrorAsData(error: unknown): ReadError {
  const inner = error instanceof NoRetry ? error.inner : error;
  if (inner instanceof AppError) return { kind: 'app', code: inner.code, message: inner.text ?? inner.message, details: inner.details };
  if (inner instanceof Neo4jError) return { kind: 'neo4j', message: inner.message, code: inner.code, gqlStatus: inner.gqlStatus, gqlStatusDescription: inner.gqlStatusDescription };
  return { kind: 'other', message: inner instanceof Error ? inner.message : String(inner), name: inner instanceof Error ? inner.name : 'Error' };
}

/** The error again, as the in-process read would have thrown it (wrapped in NoRetry). */
function raiseReadError(e: ReadError): Error {
  if (e.kind === 'app') return new NoRetry(new AppError(e.code, e.message, e.details));
  if (e.kind === 'neo4j') return new NoRetry(new Neo4jError(e.message, e.code, e.gqlStatus ?? '', e.gqlStatusDescription ?? ''));
  // The driver's stack overflow on values nested thousands deep keeps its class (run.ts answers 413).
  const error = e.name === 'RangeError' ? new RangeError(e.message) : new Error(e.message);
  return new NoRetry(error);
}

/** Heap of one console worker (MB): a 16-million-character answer decodes well within it. */
export const READ_WORKER_HEAP_MB = 1024;

/** Reads one query's rows; its time limit runs from here (what preparing took is not counted). */
export type ReadRowsOf = (job: ReadJob, signal: AbortSignal) => Promise<ReadRows>;

export interface ConsoleReader {
  /** A reader ready to start at once: a worker that has started, with its driver. */
  prepare(): Promise<ReadRowsOf>;
  close(): Promise<void>;
}

/** Reads on the thread that asks, with the console's driver (tests that pass a driver of their own). */
export const inProcessReader = (driver: Driver): ConsoleReader => ({
  prepare: async () => (job) => readRows(driver, job),
  close: async () => {},
});

/** Reads on `workers` worker threads (one query each at a time), each with its own driver. */
export function offThreadReader(connection: ReadConnection, workers: number, heapMb = READ_WORKER_HEAP_MB): ConsoleReader {
  const pool = Array.from({ length: workers }, () => new JobWorker<ReadWorkerJob, ReadError>(new URL('./read-worker.ts', import.meta.url), 'console read', raiseReadError, { maxOldGenerationSizeMb: heapMb }));
  return {
    async prepare() {
      // The least busy worker: the console's slots keep at most `workers` queries in flight. A
      // worker starting (the first query, or the next after one ended with its worker) takes a
      // second or two, which is not the query's time: it is waited for here, before the limit runs.
      const worker = pool.reduce((a, b) => (b.pending < a.pending ? b : a));
      await worker.run({ connection });
      return async (job, signal) => {
        try {
          return await worker.run<ReadRows>({ connection, job }, signal);
        } catch (error) {
          if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
            throw new NoRetry(new AppError('request_too_large', consoleMessages(job.lang).tooLargeToRead(heapMb), { maxReadMegabytes: heapMb }));
          }
          throw error;
        }
      };
    },
    close: async () => {
      await Promise.all(pool.map((w) => w.close()));
    },
  };
}
