// The Neo4j store: the same GraphStore contract as the embedded one, answered from Neo4j. Reads go
// through executeRead (routable to followers on a cluster or Aura), writes through executeWrite,
// and every value passes through toPlain() before it leaves this folder.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { GENERATED_SOURCE, NODE_LABELS, REL_TYPES, relKey, type Dataset, type GraphData, type GraphNode, type GraphRel, type NodeLabel, type Props, type RelType } from '../../model/index.ts';
import { entityOut } from '../entity.ts';
import { countsShape, provenanceOf, type Counts, type DatasetInfo, type DatasetProvenance, type EntityOut, type GraphOut, type GraphQuery } from '../shapes.ts';
import type { DataVersion, GraphStore, VersionedRead, Warmer } from '../types.ts';
import { runWarmers } from '../warm.ts';
import { refreshPlannerStatistics } from './statistics.ts';
import { currentWork, type WorkContext } from '../../work/context.ts';
import { timeBudgetExceeded } from '../../work/errors.ts';
import { FreshRead } from '../../work/fresh-read.ts';
import type { Lang } from '../../i18n/index.ts';
import { buildView, checkFocusSize, checkViewIds, checkWholeViewSize, FILTER_REL_TYPES, isFocused, VIEW_LABELS, VIEW_REL_TYPES, type ViewExtras, type ViewInput } from '../views.ts';
import { neo4jPassingFirms, neo4jViewInput, neo4jWithFirmProps } from './view-input.ts';
import { neo4jFirmStats, neo4jOverviewInput } from './overview-input.ts';
import { buildOverview, chooseGrouping, focusedView, needsStats } from '../overview/index.ts';
import { mapDriverError } from './errors.ts';
import { loadDataset, type LoadProgress } from './load.ts';
import { readGraph } from './graph-read.ts';
import { toNeo4jParam, toPlain } from './values.ts';
import { mapInChunks } from '../../util/yield.ts';
import { ConsoleRunner, type ConsoleCaller, type ConsoleRunnerOptions } from '../../console/run.ts';
import { offThreadReader } from '../../console/read-off-thread.ts';
import { CONSOLE_LIMITS, type CypherRequest, type CypherResult } from '../../console/shapes.ts';

export interface Neo4jOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** The console's own Neo4j user (docs/NEO4J.md); without it the console signs in as `user`. */
  consoleUser?: string;
  consolePassword?: string;
  /** Options of the console (tests replace a check layer to show that the others hold alone). */
  consoleOptions?: ConsoleRunnerOptions;
  log?: (text: string) => void;
  /** The language of what it logs (the server's --lang). */
  lang?: Lang;
  /** Run after each replace() and by warm() (server/store/warm.ts). */
  warmers?: readonly Warmer[];
}

/** Records converted between two looks at the event loop (rows()): some 10-20 ms of work. */
const RECORDS_PER_CHUNK = 2_000;
/** The label relationships of each type start from (counts use Neo4j's count store with it). */
const START_LABEL: Record<RelType, NodeLabel> = {
  MEMBER_OF: 'Firm',
  CAN: 'Firm',
  WORKS: 'Firm',
  NEEDS_PROCESS: 'Component',
  MADE_OF: 'Component',
  MAKES: 'Firm',
  NEEDS: 'Firm',
  SUPPLIES: 'Firm',
  IMPORTS: 'Firm',
  ENROLLED_IN: 'Firm',
  TRADE: 'Country',
  MAPS_TO: 'HsProduct',
  EXPORTS: 'Country',
};

type Row = Record<string, unknown>;

const asNode = (row: Row): GraphNode => ({ id: row.id as string, label: row.label as NodeLabel, props: row.props as Props });
const asRel = (row: Row): GraphRel => {
  const type = row.type as RelType;
  const props = row.props as Props;
  return { key: relKey(type, row.from as string, row.to as string, props), type, from: row.from as string, to: row.to as string, props };
};
const labelOf = `head([l IN labels(n) WHERE l IN $labels])`;

/** Every label's and relationship type's count as one row, keyed by label or type. */
const COUNTS_QUERY = `RETURN ${[
  ...NODE_LABELS.map((label) => `COUNT { MATCH (:${label}) } AS ${label}`),
  ...REL_TYPES.map((type) => `COUNT { MATCH (:${START_LABEL[type]})-[:${type}]->() } AS ${type}`),
].join(', ')}`;

/** What Neo4j answers when a transaction ran past the timeout the driver gave it. */
const TIMED_OUT = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/**
 * Sessions in flight at once. The work gate (server/work) admits RANTAI_ANALYSIS_CONCURRENCY
 * analyses (4 by default) of at most a few concurrent reads each; the rest is for version reads,
 * health, the console and loads. A request beyond the pool waits for a connection at most
 * connectionAcquisitionTimeout, then answers 503.
 */
const POOL_SIZE = 20;

/**
 * Time limit of one read of a kept value (keepAtVersion): such a read belongs to no request, so no
 * request's budget bounds it; each request waiting for it still stops at its own budget.
 */
const KEPT_READ_TIMEOUT_MS = 120_000;

/**
 * How long an answer from Neo4j counts as proof that it is reachable. Every request reads the data
 * version, so under load health needs no connectivity check of its own (which cost it 3x the p99
 * of the embedded store's health); short enough that health reports Neo4j gone within a second.
 */
export const REACHABLE_FRESH_MS = 250;

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly database: string;
  private readonly driver: Driver;
  private readonly versions = new FreshRead(() => this.readVersion());
  private countsKept: { version: string; counts: Counts } | undefined;
  private readonly connectivity = new FreshRead(() => this.checkReachable());
  /** When Neo4j last answered (a version read or a connectivity check), for reachable(). */
  private lastAnswerAt = Number.NEGATIVE_INFINITY;
  private infoKept: { version: string; info: DatasetInfo } | undefined;
  private readonly consoleRunner: ConsoleRunner;
  /** Values kept per data version (keepAtVersion): the latest version's, one per key. */
  private readonly kept = new Map<string, { version: string; value: Promise<unknown> }>();
  private readonly warmers: readonly Warmer[];
  private readonly log: ((text: string) => void) | undefined;
  private readonly lang: Lang | undefined;
  /**
   * The load id ('-': none) the warmers last ran for, undefined until they first run (a store that
   * never warms, such as the CLI's, never warms on its own either); a version read that sees
   * another one warms again (noticeLoad).
   */
  private warmedLoad: string | undefined;
  /** The load id the latest version read saw. */
  private loadSeen = '-';
  private warming: Promise<void> | undefined;
  /** replace() is loading: it warms itself once its swap has committed. */
  private replacing = false;
  private watchTimer: ReturnType<typeof setInterval> | undefined;

  private constructor(driver: Driver, database: string, consoleRunner: ConsoleRunner, options: Neo4jOptions) {
    this.driver = driver;
    this.database = database;
    this.consoleRunner = consoleRunner;
    this.warmers = options.warmers ?? [];
    this.log = options.log;
    this.lang = options.lang;
  }

  /** Creates the drivers (the store's and the console's); does not wait for Neo4j (see waitUntilReachable). */
  static create(options: Neo4jOptions): Neo4jStore {
    const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      maxConnectionPoolSize: POOL_SIZE,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      // The store reads every record of a result before using any (rows()): batches of 10,000
      // instead of the driver's 1,000 save round trips on large reads (a national tier focus is
      // 95,700 records: 10-20 % of that read).
      fetchSize: 10_000,
      userAgent: 'rantai/0.1',
    });
    // The console signs in as its own user where one is configured, and has its own small pool, so
    // console queries can neither use the store's rights nor take the analyses' connections.
    const consoleAuth = options.consoleUser ? neo4j.auth.basic(options.consoleUser, options.consolePassword ?? '') : auth;
    const consoleDriver = neo4j.driver(options.uri, consoleAuth, {
      // Each query's connection, one for each query's memory watch (console/memory-watch.ts), and two for ending queries.
      maxConnectionPoolSize: CONSOLE_LIMITS.queriesInAll * 2 + 2,
      // A few rows at a time: the console counts what it holds as rows arrive (run.ts).
      fetchSize: CONSOLE_LIMITS.fetchRows,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      userAgent: 'rantai-console/0.1',
    });
    const database = options.database ?? 'neo4j';
    // The console's rows are read on worker threads with drivers of their own, as the same user:
    // a huge row is decoded there, not on the thread that answers every request (read-off-thread.ts).
    const signIn = options.consoleUser ? { user: options.consoleUser, password: options.consolePassword ?? '' } : options.password ? { user: options.user ?? 'neo4j', password: options.password } : {};
    const reader = offThreadReader({ uri: options.uri, ...signIn, fetchSize: CONSOLE_LIMITS.fetchRows }, CONSOLE_LIMITS.queriesInAll);
    return new Neo4jStore(driver, database, new ConsoleRunner(consoleDriver, database, { log: options.log, reader, ...options.consoleOptions }), options);
  }

  static async connect(options: Neo4jOptions): Promise<Neo4jStore> {
    const store = Neo4jStore.create(options);
    await store.driver.verifyConnectivity({ database: store.database });
    return store;
  }

  /**
   * Whether Neo4j answers: yes when it answered in the last REACHABLE_FRESH_MS, otherwise a
   * connectivity check that concurrent callers (health checks) share.
   */
  reachable(): Promise<boolean> {
    if (performance.now() - this.lastAnswerAt < REACHABLE_FRESH_MS) return Promise.resolve(true);
    return this.connectivity.get();
  }

  private async checkReachable(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
      this.lastAnswerAt = performance.now();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The data version: the bookmark of a trivial read transaction, which names the last transaction
   * committed in the database (it advances with every committed write, by anyone, and stays equal
   * otherwise: test/work/version.neo4j.test.ts), with the load id of the dataset (RantaiMeta.loadId,
   * written by each load) for people reading it. Concurrent callers share reads (FreshRead), so
   * many requests cost one round trip, never a stale one.
   */
  version(): Promise<DataVersion> {
    return this.versions.get();
  }

  private async readVersion(): Promise<DataVersion> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const loadId = await session.executeRead(async (tx) => {
        const result = await tx.run('OPTIONAL MATCH (m:RantaiMeta {id: $id}) RETURN m.loadId AS loadId', { id: 'dataset' });
        return result.records[0]?.get('loadId') as unknown;
      });
      const bookmarks = session.lastBookmarks();
      this.lastAnswerAt = performance.now();
      const load = typeof loadId === 'string' ? loadId : '-';
      this.loadSeen = load;
      this.noticeLoad(load);
      return { key: `neo4j:${load}:${bookmarks.join(',')}`, bookmarks };
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * A read transaction. Inside an analysis of the work gate (server/work/context.ts) it waits for
   * the data version the analysis answers for, gets the time left in the budget as its Neo4j
   * transaction timeout, and is stopped when the work is aborted: closing the session makes Neo4j
   * terminate the transaction, so a client that gave up leaves nothing running.
   */
  private async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, bookmarks?: readonly string[]): Promise<T> {
    const context = currentWork();
    context?.signal.throwIfAborted();
    const after = bookmarks ?? context?.bookmarks;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, bookmarks: after ? [...after] : undefined });
    const stop = () => void session.close().catch(() => undefined);
    context?.signal.addEventListener('abort', stop, { once: true });
    try {
      const timeout = context ? Math.max(1, context.deadline - Date.now()) : undefined;
      return await session.executeRead(work, timeout === undefined ? undefined : { timeout });
    } catch (error) {
      throw Neo4jStore.workError(error, context);
    } finally {
      context?.signal.removeEventListener('abort', stop);
      await session.close();
    }
  }

  /**
   * A value built from reads at the data version now, kept until the version moves on (the
   * contract in types.ts). The version is the bookmark of a fresh read (any committed write moves
   * it, test/work/version.neo4j.test.ts) with the load id, so a direct write in Neo4j is never
   * answered from a kept value: the next call builds from the data as written. The build's reads
   * wait for that version (its bookmarks) and belong to no request: they are not stopped when the
   * request that started the build gives up, and they are bounded by KEPT_READ_TIMEOUT_MS.
   */
  async keepAtVersion<T>(key: string, build: (read: VersionedRead) => Promise<T>): Promise<T> {
    const version = await this.version();
    const kept = this.kept.get(key);
    if (kept?.version === version.key) return kept.value as Promise<T>;
    const read: VersionedRead = (query, params) => this.detachedRead(query, params, version.bookmarks);
    const value = Promise.resolve().then(() => build(read));
    this.kept.set(key, { version: version.key, value });
    // A failed build is not kept: the next call tries again.
    value.catch(() => {
      if (this.kept.get(key)?.value === value) this.kept.delete(key);
    });
    return value;
  }

  /** A read outside any request's work, after the given bookmarks. */
  private async detachedRead(query: string, params: Row, bookmarks: readonly string[] | undefined): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, bookmarks: bookmarks ? [...bookmarks] : undefined });
    try {
      return await session.executeRead((tx) => Neo4jStore.rows(tx, query, params), { timeout: KEPT_READ_TIMEOUT_MS });
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  preparing(): boolean {
    return this.warming !== undefined;
  }

  /** Builds what the warmers ask for at the data version now (server/store/warm.ts). */
  async warm(): Promise<void> {
    const run = (async () => {
      // Which load this warm-up is for. Should Neo4j not answer, the warmers' own reads fail and
      // are reported by runWarmers; the next version read that sees a load id warms again.
      await this.version().catch(() => undefined);
      this.warmedLoad = this.loadSeen;
      await runWarmers(this, this.warmers, { log: this.log, lang: this.lang });
    })();
    this.warming = run;
    try {
      await run;
    } finally {
      if (this.warming === run) this.warming = undefined;
    }
  }

  /**
   * A dataset loaded by someone else (`rantai load`, another server) since the warmers last ran:
   * warm for it now, in the background, so that the first request after that load does not pay
   * for what a load through this store would have built (issue 16). A direct write keeps the load
   * id and is left to the next request, which builds afresh from the data as written.
   */
  private noticeLoad(load: string): void {
    if (this.warmedLoad === undefined || this.warmedLoad === load || this.replacing || this.warming || this.warmers.length === 0) return;
    this.warmedLoad = load;
    // The loader refreshes the planner's statistics just after its swap, which this read may have
    // seen first: a warmer planned before that would run for minutes at national scale.
    void refreshPlannerStatistics(this.driver, this.database)
      .then(() => this.warm())
      .catch(() => undefined);
  }

  /**
   * Reads the data version every `intervalMs` (one small read), so a load by someone else is
   * noticed and warmed for while nobody asks (the server's store; runtime.ts). Stopped by close().
   */
  watchLoads(intervalMs: number): void {
    if (this.watchTimer) clearInterval(this.watchTimer);
    this.watchTimer = setInterval(() => void this.version().catch(() => undefined), intervalMs);
    this.watchTimer.unref();
  }

  /** Why a read failed, in the catalogue's terms: the work's abort reason, its budget, or the driver's error. */
  private static workError(error: unknown, context: WorkContext | undefined): unknown {
    if (context?.signal.aborted) return context.signal.reason;
    if (context && error instanceof Neo4jError && TIMED_OUT.has(error.code)) return timeBudgetExceeded(context.budgetMs, context.kept);
    return mapDriverError(error);
  }

  private static async rows(tx: ManagedTransaction, query: string, params: Row = {}): Promise<Row[]> {
    const { records } = await tx.run(query, toNeo4jParam(params) as Row);
    // In chunks with the event loop let run between them: the members of every cluster at
    // national scale are 95,700 records, half a second of conversion in one piece during the
    // warm-up after a start or a load.
    return mapInChunks(records, (r) => toPlain(r.toObject()) as Row, RECORDS_PER_CHUNK);
  }

  async read(query: string, params: Record<string, unknown>): Promise<Row[]> {
    return this.readTx((tx) => Neo4jStore.rows(tx, query, params));
  }

  /**
   * Counts in one query (each COUNT subquery is answered from Neo4j's count store), kept until the
   * data version changes: /api/health asks for them on every call, which costs one version read.
   */
  async counts(): Promise<Counts> {
    const version = await this.version();
    const kept = this.countsKept;
    if (kept?.version === version.key) return kept.counts;
    const counts = await this.readTx(async (tx) => {
      const [row] = await Neo4jStore.rows(tx, COUNTS_QUERY);
      const pick = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, row![name] as number]));
      return { nodes: pick(NODE_LABELS), relationships: pick(REL_TYPES) };
    }, version.bookmarks);
    this.countsKept = { version: version.key, counts };
    return counts;
  }

  /** Nodes of the given labels and relationships of the given types (between data nodes). */
  private async fetch(tx: ManagedTransaction, labels: readonly NodeLabel[], types: readonly RelType[]): Promise<{ nodes: GraphNode[]; rels: GraphRel[] }> {
    return readGraph(tx, labels, types, START_LABEL);
  }

  /** Every component id and cluster id, to tell an unknown filter value from an empty answer. */
  private static async knownIds(tx: ManagedTransaction): Promise<Pick<ViewInput, 'componentIds' | 'clusterIds'>> {
    const ids = async (label: NodeLabel) => new Set((await Neo4jStore.rows(tx, `MATCH (n:${label}) RETURN n.id AS id`)).map((r) => r.id as string));
    return { componentIds: await ids('Component'), clusterIds: await ids('Cluster') };
  }

  async focusFirms(query: Pick<GraphQuery, 'tier' | 'province' | 'cluster' | 'component' | 'group'>): Promise<string[]> {
    return this.readTx(async (tx) => {
      checkViewIds(query, await Neo4jStore.knownIds(tx));
      const firms = await neo4jPassingFirms((q, p) => Neo4jStore.rows(tx, q, p), query);
      // A component narrows them: the view checks the size of what is left (views.ts, narrowedFocus).
      if (query.component === undefined) checkFocusSize(firms.length, query);
      return firms;
    });
  }

  async graph(query: GraphQuery, extras: ViewExtras = {}): Promise<GraphOut> {
    // The view of single firms without filters reads the whole graph: past the limit, refused first.
    await checkWholeViewSize(query, async () => (await this.counts()).nodes.Firm ?? 0);
    return this.readTx(async (tx) => {
      const known = await Neo4jStore.knownIds(tx);
      const run = (q: string, p?: Row) => Neo4jStore.rows(tx, q, p);
      // A focus reads its neighbourhood by id (view-input.ts); an overview is summed in Cypher
      // (overview-input.ts); the whole firm-level view needs the whole graph.
      if (isFocused(query)) {
        const { input, lean } = await neo4jViewInput(run, query, extras, known);
        return neo4jWithFirmProps(run, focusedView(input, query, extras), lean);
      }
      const grouping = chooseGrouping(query.group, false, needsStats(query.group, false) ? await neo4jFirmStats(run) : undefined);
      if (grouping) return buildOverview(await neo4jOverviewInput(run, grouping, query.view, extras), query, grouping, extras);
      const types = [...new Set<RelType>([...VIEW_REL_TYPES[query.view], ...FILTER_REL_TYPES])];
      const { nodes, rels } = await this.fetch(tx, VIEW_LABELS[query.view], types);
      return buildView({ nodes, rels, ...known }, query, extras);
    });
  }

  async entity(id: string): Promise<EntityOut | null> {
    return this.readTx(async (tx) => {
      // One UNION branch per label so each lookup uses that label's uniqueness index.
      const find = NODE_LABELS.map((l) => `MATCH (n:${l} {id: $id}) RETURN n.id AS id, '${l}' AS label, properties(n) AS props`).join(' UNION ALL ');
      const [found] = await Neo4jStore.rows(tx, find, { id });
      if (!found) return null;
      const node = asNode(found);
      const rows = await Neo4jStore.rows(
        tx,
        `MATCH (n:${node.label} {id: $id})-[r]-(m) WHERE any(l IN labels(m) WHERE l IN $labels)
         RETURN startNode(r) = n AS out, m.id AS otherId, ${labelOf.replace('(n)', '(m)')} AS otherLabel, properties(m) AS otherProps, type(r) AS type, properties(r) AS props`,
        { id, labels: NODE_LABELS },
      );
      return entityOut(
        node,
        rows.map((r) => {
          const other = asNode({ id: r.otherId, label: r.otherLabel, props: r.otherProps });
          const rel = asRel({ from: r.out ? id : other.id, to: r.out ? other.id : id, type: r.type, props: r.props });
          return { rel, other };
        }),
      );
    });
  }

  async snapshot(): Promise<GraphData> {
    return this.readTx((tx) => this.fetch(tx, NODE_LABELS, REL_TYPES));
  }

  async subgraph(labels: readonly NodeLabel[], types: readonly RelType[]): Promise<GraphData> {
    return this.readTx((tx) => this.fetch(tx, labels, types));
  }

  async replace(dataset: Dataset, about?: (DatasetProvenance & { hash?: string }) | string, onProgress?: (p: LoadProgress) => void): Promise<void> {
    const { name, source } = provenanceOf(about);
    const hash = typeof about === 'object' ? about.hash : undefined;
    this.replacing = true;
    try {
      await loadDataset(this.driver, dataset, { database: this.database, name, source, onProgress, ...(hash ? { hash } : {}) });
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      this.replacing = false;
    }
    // What was kept describes the old data (its version is gone): free it before the warmers
    // build the new data's values, so two datasets' values are never held at once.
    this.kept.clear();
    await this.warm();
  }

  /**
   * The dataset as RantaiMeta records it, read afresh each time (one node), so a `rantai load` by
   * anyone shows in the next answer. A load made before counts were recorded counts the store.
   */
  /** What the store holds, kept until the data version changes (health asks on every call). */
  async info(): Promise<DatasetInfo> {
    const version = await this.version();
    if (this.infoKept?.version === version.key) return this.infoKept.info;
    const info = await this.readInfo(version.bookmarks);
    this.infoKept = { version: version.key, info };
    return info;
  }

  private async readInfo(bookmarks: DataVersion['bookmarks']): Promise<DatasetInfo> {
    const [row] = await this.readTx((tx) => Neo4jStore.rows(tx, 'MATCH (m:RantaiMeta {id: $id}) RETURN properties(m) AS meta', { id: 'dataset' }), bookmarks);
    const meta = (row?.meta ?? {}) as Record<string, unknown>;
    const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
    let counts: Counts | undefined;
    try {
      const parsed = countsShape.safeParse(JSON.parse(String(meta.counts ?? 'null')));
      if (parsed.success) counts = parsed.data;
    } catch {
      counts = undefined;
    }
    return {
      name: text(meta.name) ?? `neo4j:${this.database}`,
      source: text(meta.source) ?? text(meta.name) ?? `neo4j:${this.database}`,
      loadedAt: text(meta.loadedAt),
      hash: text(meta.hash),
      counts: counts ?? (await this.counts()),
      // A load made before this was recorded is read from its firms (once per data version).
      synthetic: typeof meta.synthetic === 'boolean' ? meta.synthetic : await this.firmsAllGenerated(bookmarks),
    };
  }

  /** Whether there are firms and every one names rantai generate as its source (model/synthetic.ts). */
  private async firmsAllGenerated(bookmarks: DataVersion['bookmarks']): Promise<boolean> {
    const [row] = await this.readTx(
      (tx) => Neo4jStore.rows(tx, 'MATCH (f:Firm) RETURN count(f) AS firms, count(CASE WHEN f.source STARTS WITH $prefix THEN 1 END) AS generated', { prefix: GENERATED_SOURCE.slice(0, -1) }),
      bookmarks,
    );
    const firms = Number(row?.firms ?? 0);
    return firms > 0 && Number(row?.generated ?? 0) === firms;
  }

  /** Whether any dataset has been loaded (the server loads the seed into an empty database). */
  async isEmpty(): Promise<boolean> {
    const [row] = await this.read('MATCH (m:RantaiMeta {id: $id}) RETURN count(m) AS c', { id: 'dataset' });
    return row!.c === 0;
  }

  async close(): Promise<void> {
    if (this.watchTimer) clearInterval(this.watchTimer);
    await this.consoleRunner.close();
    await this.driver.close();
  }

  /** A Cypher console query: refused unless its plan is read-only, bounded in time, rows and queries per client (server/console). */
  async console(request: CypherRequest, caller?: ConsoleCaller): Promise<CypherResult> {
    return this.consoleRunner.run(request, caller);
  }

  /** The console (tests look at its slots and wait for lingering queries). */
  get consoleQueries(): ConsoleRunner {
    return this.consoleRunner;
  }
}
