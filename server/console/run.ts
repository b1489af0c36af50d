// Runs one console query on Neo4j, read-only for real. A single Neo4j server executes writes even
// in a READ session, so access mode alone proves nothing; instead:
//   1. textual checks (check.ts) refuse what is plainly not a read;
//   2. `EXPLAIN <query>` (plans, never executes) must report query type "r" (read only);
//   3. the query runs in executeRead with a server-side transaction timeout, streaming records and
//      stopping after `limit` (more rows → truncated);
//   4. if the summary still counts any update, the work throws so the transaction rolls back.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Record as Neo4jRecord, type ResultSummary } from 'neo4j-driver';
import { AppError } from '../errors.ts';
import { toNeo4jParam, toPlain, type Plain } from '../store/neo4j/values.ts';
import { DBMS_MODE_PROCEDURES } from './allowlist.ts';
import { checkConsoleQuery } from './check.ts';
import { mapConsoleError } from './errors.ts';
import { GraphCollector } from './graph-values.ts';
import type { CypherRequest, CypherResult } from './shapes.ts';

/** Query types in a plan summary (Bolt protocol): r, rw, w, s (schema). */
const QUERY_TYPE_WORDS: Record<string, string> = { rw: 'reads and writes', w: 'writes', s: 'changes the schema' };

/** Carries an error out of a transaction function so that executeRead does not retry it. */
class NoRetry extends Error {
  constructor(readonly inner: unknown) {
    super('console query failed');
  }
}

const noRetry = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw new NoRetry(error);
  }
};

const EXPLAIN = 'EXPLAIN ';

/**
 * Neo4j's messages about the planned query quote it with our EXPLAIN prefix and count positions
 * from it; this puts them back in the user's terms.
 */
function withoutExplain(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const shift = EXPLAIN.length;
  const position = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(error.message);
  if (!position) return error;
  const onFirstLine = position[1] === '1';
  const column = Number(position[2]) - (onFirstLine ? shift : 0);
  let message = error.message.replace(position[0], `(line ${position[1]}, column ${column} (offset: ${Number(position[3]) - shift}))`);
  // Neo4j quotes the failing line with a caret under the position; on line 1 that line has our prefix.
  if (onFirstLine) message = message.replace(`"${EXPLAIN}`, '"').replace(/\n( *)\^/, (_m, spaces: string) => `\n${spaces.slice(shift)}^`);
  error.message = message;
  return error;
}

async function planType(tx: ManagedTransaction, query: string, params: Record<string, unknown>): Promise<string> {
  const result = await tx.run(`${EXPLAIN}${query}`, params);
  return result.summary.queryType;
}

/** The query type of Neo4j's plan for `query` (r, rw, w or s), found with EXPLAIN: nothing runs. */
export async function explainQueryType(driver: Driver, database: string, query: string, params: Record<string, unknown> = {}): Promise<string> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => planType(tx, query, toNeo4jParam(params) as Record<string, unknown>));
  } finally {
    await session.close();
  }
}

interface Streamed {
  columns: string[];
  records: Neo4jRecord[];
  truncated: boolean;
  summary: ResultSummary;
}

async function stream(tx: ManagedTransaction, query: string, params: Record<string, unknown>, limit: number): Promise<Streamed> {
  const result = tx.run(query, params);
  const columns = [...(await result.keys())];
  const records: Neo4jRecord[] = [];
  const it = result[Symbol.asyncIterator]();
  for (;;) {
    const next = await it.next();
    if (next.done) return { columns, records, truncated: false, summary: next.value };
    if (records.length === limit) {
      // Discards the rest on the server and waits for the summary.
      const last = await it.return!();
      return { columns, records, truncated: true, summary: last.value as ResultSummary };
    }
    records.push(next.value);
  }
}

/** Whether the plan's query type is acceptable: "r", or "s" for a call of a DBMS-mode read procedure. */
const readOnlyPlan = (type: string, procedures: readonly string[]): boolean =>
  type === 'r' || (type === 's' && procedures.some((p) => DBMS_MODE_PROCEDURES.includes(p)));

export async function runConsoleQuery(driver: Driver, database: string, request: CypherRequest): Promise<CypherResult> {
  const { text: query, procedures } = checkConsoleQuery(request.query);
  const params = toNeo4jParam(request.params) as Record<string, unknown>;
  const { timeoutMs, limit } = request;
  const txConfig = { timeout: timeoutMs, metadata: { app: 'rantai-console' } };
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const started = performance.now();
  try {
    const type = await session.executeRead((tx) => noRetry(() => planType(tx, query, params)), txConfig).catch((error: unknown) => {
      throw error instanceof NoRetry ? new NoRetry(withoutExplain(error.inner)) : error;
    });
    if (!readOnlyPlan(type, procedures)) {
      throw new AppError('query_refused', `the query ${QUERY_TYPE_WORDS[type] ?? `is of type "${type}"`} according to Neo4j's plan; the console only runs read-only queries`, { queryType: type });
    }
    const streamed = await session.executeRead(
      (tx) =>
        noRetry(async () => {
          const s = await stream(tx, query, params, limit);
          if (s.summary.counters.containsUpdates() || s.summary.counters.containsSystemUpdates()) {
            throw new AppError('query_refused', 'the query changed the database; the change was rolled back (the console is read-only)');
          }
          return s;
        }),
      txConfig,
    );
    const graph = new GraphCollector();
    const rows = streamed.records.map((record) => {
      const row: Record<string, Plain> = {};
      for (const column of streamed.columns) {
        const value = record.get(column);
        graph.add(value);
        row[column] = toPlain(value);
      }
      return row;
    });
    const elapsedMs = Math.round(performance.now() - started);
    return { columns: streamed.columns, rows, truncated: streamed.truncated, limit, ...graph.result(), elapsedMs };
  } catch (error) {
    const inner = error instanceof NoRetry ? error.inner : error;
    if (inner instanceof AppError) throw inner;
    throw mapConsoleError(inner, timeoutMs, performance.now() - started);
  } finally {
    await session.close();
  }
}
