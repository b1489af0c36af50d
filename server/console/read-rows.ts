// Runs a checked console query in a READ transaction and reads its rows as plain values: up to
// `limit` rows (more → truncated) and up to `maxChars` characters of values (more → 413), counted
// as the driver hands the rows over a batch at a time (fetchRows). The same code runs on the
// console's worker thread (read-worker.ts), where the driver decodes rows off the thread that
// answers requests, and in process for tests that hand the console a driver of their own.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { AppError } from '../errors.ts';
import { toNeo4jParam, toPlain, type Plain } from '../store/neo4j/values.ts';
import { GraphCollector } from './graph-values.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';
import type { ConsoleNode, ConsoleRelationship } from './shapes.ts';
import { MAX_VALUE_DEPTH, nestedDeeperThan, valueChars } from './size.ts';

/** What a read needs: plain data, so that it can cross to a worker thread. */
export interface ReadJob {
  database: string;
  query: string;
  /** The request's parameters with the checks' own, as JSON gave them (made Neo4j values here). */
  params: Record<string, unknown>;
  limit: number;
  maxChars: number;
  lang: ConsoleLang;
  /** The transaction's time limit (ms) and metadata (the id by which the console can end it). */
  timeoutMs: number;
  metadata: Record<string, string>;
}

export interface ReadRows {
  /** The columns as Neo4j named them. */
  columns: string[];
  /** Each row's values, in the order of `columns`. */
  rows: Plain[][];
  truncated: boolean;
  nodes?: ConsoleNode[];
  relationships?: ConsoleRelationship[];
}

/** Carries an error out of a transaction function so that executeRead does not retry it. */
export class NoRetry extends Error {
  constructor(readonly inner: unknown) {
    super('console query failed');
  }
}

export const noRetry = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw new NoRetry(error);
  }
};

/** 413: a row whose values nest deeper than MAX_VALUE_DEPTH (or too deep for the driver to read at all). */
export const valuesTooDeep = (row: number | null, lang: ConsoleLang): AppError =>
  new AppError('request_too_large', consoleMessages(lang).tooDeep(MAX_VALUE_DEPTH), { maxValueDepth: MAX_VALUE_DEPTH, ...(row === null ? {} : { rows: row }) });

async function stream(tx: ManagedTransaction, job: ReadJob): Promise<{ columns: string[]; records: Neo4jRecord[]; truncated: boolean }> {
  const result = tx.run(job.query, toNeo4jParam(job.params) as Record<string, unknown>);
  const columns = [...(await result.keys())];
  const records: Neo4jRecord[] = [];
  const it = result[Symbol.asyncIterator]();
  let chars = 0;
  for (;;) {
    const next = await it.next();
    if (next.done) {
      if (next.value.counters.containsUpdates() || next.value.counters.containsSystemUpdates()) throw new AppError('query_refused', consoleMessages(job.lang).changed);
      return { columns, records, truncated: false };
    }
    if (records.length === job.limit) {
      // Discards the rest on the server and waits for the summary.
      await it.return!();
      return { columns, records, truncated: true };
    }
    const values = next.value.toObject();
    if (nestedDeeperThan(values)) {
      await it.return!().catch(() => undefined);
      throw valuesTooDeep(records.length + 1, job.lang);
    }
    chars += valueChars(values, job.maxChars - chars);
    if (chars > job.maxChars) {
      await it.return!().catch(() => undefined);
      throw new AppError('request_too_large', consoleMessages(job.lang).tooLarge(records.length + 1, job.maxChars), { maxAnswerChars: job.maxChars, rows: records.length + 1 });
    }
    records.push(next.value);
  }
}

/** The query's rows as plain values, with the nodes and relationships they hold. Errors come out as NoRetry. */
export async function readRows(driver: Driver, job: ReadJob): Promise<ReadRows> {
  const session = driver.session({ database: job.database, defaultAccessMode: neo4j.session.READ });
  try {
    const read = await session.executeRead((tx) => noRetry(() => stream(tx, job)), { timeout: job.timeoutMs, metadata: job.metadata });
    const graph = new GraphCollector();
    const rows = read.records.map((record) =>
      read.columns.map((column) => {
        const value = record.get(column);
        graph.add(value);
        return toPlain(value);
      }),
    );
    return { columns: read.columns, rows, truncated: read.truncated, ...graph.result() };
  } catch (error) {
    throw error instanceof NoRetry ? error : new NoRetry(error);
  } finally {
    await session.close().catch(() => undefined);
  }
}
