// Runs console queries on Neo4j, read-only for real. A single Neo4j server executes writes even in a
// READ session, so access mode alone proves nothing; instead, in layers that each hold on their own:
//   1. text checks (check.ts) refuse what is plainly not a read, with Neo4j's own idea of the words;
//   2. `EXPLAIN <query>` (plans, never executes): every operator must be a read, every procedure on
//      the allowlist, the query type "r" (plan-check.ts);
//   3. the Neo4j server itself (scripts/neo4j/hardening.conf, docs/NEO4J.md): no file or network
//      access for LOAD CSV, a time limit on every transaction, and on Enterprise the console's own
//      reader user;
//   4. the query runs in executeRead — a READ transaction, in which Neo4j 5.26 refuses writes — with
//      a server-side transaction timeout, streaming records and stopping after `limit` (more rows →
//      truncated); should the summary count any update anyway, the work throws and it rolls back.
// Each query holds a slot (slots.ts) until Neo4j has really ended it: when Neo4j has not answered
// shortly after the time limit, the caller gets 408 at once while the console ends the transaction
// by id and keeps the slot until SHOW TRANSACTIONS no longer lists it.
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { AppError } from '../errors.ts';
import { setOwn, toNeo4jParam, type Plain } from '../store/neo4j/values.ts';
import { checkConsoleQuery, type CheckedQuery } from './check.ts';
import { consoleTimeout, mapConsoleError } from './errors.ts';
import { inWrittenTerms } from './positions.ts';
import { NOTED_BOUND } from './regex-guard.ts';
import { writtenColumn } from './regex-operands.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';
import { checkPlan, type PlanNode } from './plan-check.ts';
import { CONSOLE_LIMITS, type CypherRequest, type CypherResult } from './shapes.ts';
import { inProcessReader, type ConsoleReader } from './read-off-thread.ts';
import { NoRetry, noRetry, valuesTooDeep, type ReadRows } from './read-rows.ts';
import { ConsoleSlots, type SlotLimits } from './slots.ts';
import { CONSOLE_METADATA_KEY, consoleTransactions, terminateConsoleQuery } from './transactions.ts';
import { watchMemory, type MemoryWatch } from './memory-watch.ts';

/** The checks a query passes before it runs; tests replace one to show that the other holds alone. */
export interface ConsoleLayers {
  text: (query: string, params: Record<string, unknown>, lang: ConsoleLang) => CheckedQuery;
  plan: (queryType: string, plan: PlanNode | false, database: string, lang: ConsoleLang) => void;
}

/** Who asks: the client (its IP address) whose queries share its slots, and the language of the answers. */
export interface ConsoleCaller {
  client?: string;
  lang?: ConsoleLang;
}

export const CONSOLE_LAYERS: ConsoleLayers = { text: checkConsoleQuery, plan: checkPlan };

export interface ConsoleRunnerOptions {
  layers?: Partial<ConsoleLayers>;
  slots?: SlotLimits;
  /** How long after the time limit to wait for Neo4j's own timeout before answering 408 (ms). */
  graceMs?: number;
  /** How often to look whether a query past its time limit has ended in Neo4j (ms). */
  pollMs?: number;
  /** Characters of values an answer may hold (CONSOLE_LIMITS.maxAnswerChars; tests lower it). */
  maxAnswerChars?: number;
  /** Heap bytes one query may hold in Neo4j (CONSOLE_LIMITS.maxQueryMemoryBytes), and how often it is read (ms). */
  maxQueryMemoryBytes?: number;
  memoryPollMs?: number;
  log?: (text: string) => void;
  /** Where the rows are read (read-off-thread.ts); by default in process with `driver`. */
  reader?: ConsoleReader;
}

const EXPLAIN = 'EXPLAIN ';

interface Planned {
  queryType: string;
  plan: PlanNode | false;
}

async function explain(tx: ManagedTransaction, query: string, params: Record<string, unknown>): Promise<Planned> {
  const { summary } = await tx.run(`${EXPLAIN}${query}`, params);
  return { queryType: summary.queryType, plan: summary.plan };
}

/** Neo4j's plan for `query` (query type and operator tree), found with EXPLAIN: nothing runs. */
export async function explainPlan(driver: Driver, database: string, query: string, params: Record<string, unknown> = {}): Promise<Planned> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => explain(tx, query, toNeo4jParam(params) as Record<string, unknown>));
  } finally {
    await session.close();
  }
}

/** The query type of Neo4j's plan for `query` (r, rw, w or s). */
export const explainQueryType = async (driver: Driver, database: string, query: string, params: Record<string, unknown> = {}): Promise<string> =>
  (await explainPlan(driver, database, query, params)).queryType;

/** The answer, its columns named as the analyst wrote them (a pattern in an unnamed RETURN item included). */
function toResult(read: ReadRows, limit: number, elapsedMs: number, patterns: CheckedQuery['patterns'], lang: ConsoleLang): CypherResult {
  const columns = read.columns.map((column) => writtenColumn(column, patterns));
  const rows = read.rows.map((values) => {
    const row: Record<string, Plain> = {};
    // A column may be named __proto__: an own property, as any other name.
    values.forEach((value, k) => setOwn(row, columns[k]!, value));
    return row;
  });
  const notes = boundNotes(patterns, lang);
  const graph = read.nodes ? { nodes: read.nodes, relationships: read.relationships ?? [] } : {};
  return { columns, rows, truncated: read.truncated, limit, ...graph, elapsedMs, ...(notes.length > 0 ? { notes } : {}) };
}

/** The patterns matched only against texts shorter than NOTED_BOUND, said so (regex-guard.ts). */
function boundNotes(patterns: CheckedQuery['patterns'], lang: ConsoleLang): string[] {
  return patterns.flatMap(({ operand }) =>
    operand.bound !== null && operand.bound < NOTED_BOUND ? [consoleMessages(lang).regexBound(operand.pattern, operand.bound, { line: operand.line, column: operand.column })] : [],
  );
}

const TIMED_OUT = Symbol('timed out');

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

export class ConsoleRunner {
  private readonly layers: ConsoleLayers;
  private readonly slots: ConsoleSlots;
  private readonly graceMs: number;
  private readonly pollMs: number;
  private readonly maxAnswerChars: number;
  private readonly maxQueryMemoryBytes: number;
  private readonly memoryPollMs: number;
  private readonly log: (text: string) => void;
  private readonly reader: ConsoleReader;
  /** Queries past their time limit that Neo4j has not ended yet. */
  private readonly lingering = new Set<Promise<void>>();

  constructor(
    readonly driver: Driver,
    readonly database: string,
    options: ConsoleRunnerOptions = {},
  ) {
    this.layers = { ...CONSOLE_LAYERS, ...options.layers };
    this.slots = new ConsoleSlots(options.slots ?? { perClient: CONSOLE_LIMITS.queriesPerClient, total: CONSOLE_LIMITS.queriesInAll });
    this.graceMs = options.graceMs ?? CONSOLE_LIMITS.graceMs;
    this.pollMs = options.pollMs ?? 500;
    this.maxAnswerChars = options.maxAnswerChars ?? CONSOLE_LIMITS.maxAnswerChars;
    this.maxQueryMemoryBytes = options.maxQueryMemoryBytes ?? CONSOLE_LIMITS.maxQueryMemoryBytes;
    this.memoryPollMs = options.memoryPollMs ?? CONSOLE_LIMITS.memoryPollMs;
    this.log = options.log ?? ((text) => console.error(text));
    this.reader = options.reader ?? inProcessReader(driver);
  }

  /** Slots in use (queries in Neo4j, including those past their time limit), for one client or all. */
  inUse(client?: string): number {
    return this.slots.inUse(client);
  }

  /** Resolves when Neo4j has ended every query that outlived its time limit. */
  async settled(): Promise<void> {
    await Promise.all([...this.lingering]);
  }

  async run(request: CypherRequest, { client = 'local', lang = 'en' }: ConsoleCaller = {}): Promise<CypherResult> {
    const checked = this.layers.text(request.query, request.params, lang);
    const query = checked.text;
    const params = toNeo4jParam({ ...request.params, ...checked.params }) as Record<string, unknown>;
    const { timeoutMs, limit } = request;
    const release = this.slots.acquire(client, timeoutMs + this.graceMs, lang);
    const id = randomUUID();
    const txConfig = { timeout: timeoutMs, metadata: { app: 'rantai-console', [CONSOLE_METADATA_KEY]: id } as Record<string, string> };
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const started = performance.now();
    let lingering = false;
    let watch: MemoryWatch | null = null;
    try {
      const planning = session.executeRead((tx) => noRetry(() => explain(tx, query, params)), txConfig).catch((error: unknown) => {
        throw error instanceof NoRetry ? new NoRetry(inWrittenTerms(error.inner, checked, EXPLAIN)) : error;
      });
      // Planning has the query's deadline too: a query Neo4j's parser cannot take (too deeply
      // nested, nesting.ts) made Neo4j fail without answering at all, for 120 s.
      const planned = await withDeadline(planning, timeoutMs + this.graceMs);
      if (planned === TIMED_OUT) {
        lingering = true;
        this.linger(id, planning, session, release);
        throw consoleTimeout(timeoutMs, lang);
      }
      this.layers.plan(planned.queryType, planned.plan, this.database, lang);
      watch = watchMemory(this.driver, this.database, id, this.maxQueryMemoryBytes, this.memoryPollMs, this.log);
      const reading = new AbortController();
      const job = { database: this.database, query, params: { ...request.params, ...checked.params }, limit, maxChars: this.maxAnswerChars, lang, timeoutMs, metadata: txConfig.metadata };
      const read = await this.reader.prepare();
      const work = read(job, reading.signal).catch((error: unknown) => {
        throw error instanceof NoRetry ? new NoRetry(inWrittenTerms(error.inner, checked)) : error;
      });
      const outcome = await withDeadline(work, timeoutMs + this.graceMs);
      if (outcome === TIMED_OUT) {
        lingering = true;
        // A worker still decoding a row stops now; Neo4j's side is ended by id (linger).
        reading.abort(new Error('console read past its time limit'));
        this.linger(id, work, session, release);
        throw consoleTimeout(timeoutMs, lang);
      }
      return toResult(outcome, limit, Math.round(performance.now() - started), checked.patterns, lang);
    } catch (error) {
      const inner = error instanceof NoRetry ? error.inner : error;
      // Ended by the memory watch: whatever Neo4j said of the ending, the reason is the memory.
      await watch?.stop();
      const held = watch?.exceeded() ?? null;
      if (held !== null) throw new AppError('query_refused', consoleMessages(lang).memoryLimit(held, this.maxQueryMemoryBytes), { maxQueryMemoryBytes: this.maxQueryMemoryBytes, usedBytes: held });
      if (inner instanceof AppError) throw inner;
      // The driver reads values by recursion: one nested thousands deep overflows its stack.
      if (inner instanceof RangeError && /call stack/i.test(inner.message)) throw valuesTooDeep(null, lang);
      throw mapConsoleError(inner, timeoutMs, performance.now() - started, lang);
    } finally {
      await watch?.stop();
      if (!lingering) {
        release();
        await session.close().catch(() => undefined);
      }
    }
  }

  /**
   * A query Neo4j did not end at its time limit: ask Neo4j to end it by id, and give its slot back
   * only once SHOW TRANSACTIONS no longer lists it (or, when that cannot be asked, once Neo4j answered).
   */
  private linger(id: string, work: Promise<unknown>, session: Session, release: () => void): void {
    let answered = false;
    const done = work.then(
      () => {
        answered = true;
      },
      () => {
        answered = true;
      },
    );
    const reap = async (): Promise<void> => {
      try {
        const ended = await terminateConsoleQuery(this.driver, this.database, id).catch(() => []);
        if (ended.length > 0) this.log(`console: query ${id} outlived its time limit; asked Neo4j to end ${ended.join(', ')}`);
        for (;;) {
          const listed = await consoleTransactions(this.driver, this.database, id).catch(() => null);
          if (listed !== null ? listed.length === 0 : answered) break;
          await sleep(this.pollMs);
        }
        await Promise.race([done, sleep(5_000)]);
      } finally {
        release();
        void session.close().catch(() => undefined);
      }
    };
    const job: Promise<void> = reap().finally(() => this.lingering.delete(job));
    this.lingering.add(job);
  }

  /** Closes the console's readers and driver after waiting a little for lingering queries. */
  async close(): Promise<void> {
    await Promise.race([this.settled(), sleep(2_000)]);
    await this.reader.close();
    await this.driver.close();
  }
}
