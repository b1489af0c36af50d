// Atomic, idempotent loading of a dataset into Neo4j by staging (cypher/load/README.md): take the
// load lock, clean leftovers, stage nodes and relationships in batches, swap in one transaction,
// clean up, release the lock.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Neo4jError, type Driver } from 'neo4j-driver';
import { readConfig } from '../../config.ts';
import { datasetHashInSlices, isSynthetic, datasetToGraph, NODE_LABELS, REL_TYPES, type Dataset, type GraphData, type GraphRel, type NodeLabel, type RelType } from '../../model/index.ts';
import { countGraph } from '../entity.ts';
import { cypherFile, splitStatements } from '../cypher-files.ts';
import { acquireLoadLock, DEFAULT_LOCK_TTL_MS, LoadLockLostError } from './lock.ts';
import { refreshPlannerStatistics } from './statistics.ts';
import { batchRows, nodeQuery, nodeRows, propertyKeys, relationshipPlan, relationshipQuery, sharedPrefix, type RelBatch } from './load-rows.ts';
import { toNeo4jParam } from './values.ts';

export interface LoadProgress {
  /**
   * cleanup: leftovers of an earlier load; retire: the previous dataset, deleted after the swap
   * (the new one is live; `total` is its node count, `done` the nodes deleted so far).
   */
  phase: 'cleanup' | 'nodes' | 'relationships' | 'swap' | 'retire' | 'done';
  done: number;
  total: number;
}

export interface LoadOptions {
  database: string;
  name: string;
  /** Where the dataset came from (a folder, an uploaded file); recorded in RantaiMeta. */
  source?: string;
  batchSize?: number;
  /** Transactions in flight at once while staging. */
  parallel?: number;
  /** How long the load lock lives unless renewed (RANTAI_LOAD_LOCK_TTL_MS, default 60 s). */
  lockTtlMs?: number;
  /**
   * A pause after each staging batch, for tests and demonstrations that need a load to stay in
   * staging (RANTAI_LOAD_BATCH_PAUSE_MS, default 0).
   */
  batchPauseMs?: number;
  /** While this file exists, the load waits after each staging batch (RANTAI_LOAD_HOLD_FILE; tests). */
  holdFile?: string;
  onProgress?: (p: LoadProgress) => void;
  /** The dataset's content hash when the caller has it already (an upload's worker computed it). */
  hash?: string;
}

/**
 * Rows per transaction, and transactions in flight (RANTAI_LOAD_BATCH, RANTAI_LOAD_PARALLEL).
 * Quiet runs of bench/neo4j-load.ts at 20,000 firms (relationship phase, best rounds): 3.5–4.0 s
 * with 8,000 rows, 3.7–3.8 s with 5,000, 4.4–5.0 s with 12,000 or 20,000, 5.4 s with 50,000.
 */
const DEFAULT_BATCH = 8_000;
const DEFAULT_PARALLEL = 2;

const relFile = (type: RelType): string => `load/rel-${type.toLowerCase().replace(/_/g, '-')}.cypher`;

/** What Neo4j may answer when two loads create the same index or constraint at the same moment. */
const SCHEMA_RACE = /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/;

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of splitStatements(await cypherFile('schema.cypher'))) {
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (error) {
      // IF NOT EXISTS does not cover a rule another load is creating in the same instant: it exists now.
      if (!(error instanceof Neo4jError && SCHEMA_RACE.test(error.code))) throw error;
    }
  }
}

export async function cleanupLeftovers(driver: Driver, database: string, onBatch?: (deleted: number) => void): Promise<void> {
  const query = await cypherFile('load/cleanup.cypher');
  for (;;) {
    const { records } = await driver.executeQuery(query, { limit: toNeo4jParam(10_000) }, { database });
    const deleted = Number(records[0]?.get('deleted') ?? 0);
    onBatch?.(deleted);
    if (deleted === 0) return;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a staging worker waits for after each batch: the pause, then for the hold file to go. */
function batchPause(pauseMs: number, holdFile: string | undefined): () => Promise<void> {
  return async () => {
    if (pauseMs > 0) await sleep(pauseMs);
    while (holdFile !== undefined && existsSync(holdFile)) await sleep(50);
  };
}

/**
 * Runs the batches with up to `parallel` transactions in flight (staged data is invisible, so order
 * is free); each worker reports progress and waits for `pause` after each of its batches.
 */
async function inBatches<T>(batches: readonly T[], parallel: number, pause: () => Promise<void>, run: (batch: T) => Promise<void>, progress: () => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      await run(batches[next++]!);
      progress();
      await pause();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, batches.length)) }, worker));
}

const slices = <T>(rows: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

export async function loadGraph(driver: Driver, graph: GraphData, options: LoadOptions): Promise<void> {
  const { database } = options;
  await applySchema(driver, database);
  // One load at a time: a second load would delete this one's staged nodes as leftovers.
  const ttlMs = options.lockTtlMs ?? readConfig().RANTAI_LOAD_LOCK_TTL_MS ?? DEFAULT_LOCK_TTL_MS;
  const lock = await acquireLoadLock(driver, database, options.name, ttlMs);
  try {
    await stageAndSwap(driver, graph, options, lock);
  } catch (error) {
    // Staging fails in odd ways once another load has taken the lock and cleaned up: say why.
    throw lock.lost ? new LoadLockLostError() : error;
  } finally {
    await lock.release().catch(() => undefined);
  }
}

/** One write transaction running `statements` in order (the driver retries it on a transient error). */
async function writeAll(driver: Driver, database: string, statements: ReadonlyArray<[string, Record<string, unknown>]>): Promise<Array<Record<string, unknown>>> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const out: Array<Record<string, unknown>> = [];
      for (const [query, params] of statements) for (const r of (await tx.run(query, params)).records) out.push(r.toObject());
      return out;
    });
  } finally {
    await session.close();
  }
}

async function stageAndSwap(driver: Driver, graph: GraphData, options: LoadOptions, lock: Awaited<ReturnType<typeof acquireLoadLock>>): Promise<void> {
  const { database } = options;
  const size = options.batchSize ?? Number(process.env.RANTAI_LOAD_BATCH ?? DEFAULT_BATCH);
  const parallel = options.parallel ?? Number(process.env.RANTAI_LOAD_PARALLEL ?? DEFAULT_PARALLEL);
  const pause = batchPause(options.batchPauseMs ?? readConfig().RANTAI_LOAD_BATCH_PAUSE_MS ?? 0, options.holdFile ?? readConfig().RANTAI_LOAD_HOLD_FILE);
  const report = options.onProgress ?? (() => {});
  // The content hash for RantaiMeta, computed while Neo4j works on the batches (its slices yield),
  // unless the caller has it.
  const hash = options.hash !== undefined ? Promise.resolve(options.hash) : datasetHashInSlices(graph);
  report({ phase: 'cleanup', done: 0, total: 0 });
  await cleanupLeftovers(driver, database);

  // Nodes, per label: each batch returns the element ids of the nodes it staged, which the
  // relationships and the swap use.
  const nodeTemplate = await cypherFile('load/nodes.cypher');
  const nodeOf = new Map<string, string>();
  const labelOf = new Map<string, NodeLabel>();
  const staged = new Map<NodeLabel, string[]>(NODE_LABELS.map((l) => [l, []]));
  const nodeBatches: Array<{ label: NodeLabel; query: string; rows: unknown[][] }> = [];
  for (const label of NODE_LABELS) {
    const nodes = graph.nodes.filter((n) => n.label === label);
    if (nodes.length === 0) continue;
    for (const n of nodes) labelOf.set(n.id, label);
    const keys = propertyKeys(nodes, 'id');
    const query = nodeQuery(nodeTemplate, keys);
    for (const rows of slices(nodeRows(nodes, keys), size)) nodeBatches.push({ label, query, rows });
  }
  // Each phase is announced when it starts (done 0), so that its time can be told from the last one's.
  report({ phase: 'nodes', done: 0, total: graph.nodes.length });
  let nodesDone = 0;
  await inBatches(
    nodeBatches,
    parallel,
    pause,
    async ({ label, query, rows }) => {
      const [result] = await writeAll(driver, database, [[query, { rows }]]);
      const ids = result!.ids as string[];
      const nodes = result!.nodes as string[];
      ids.forEach((id, i) => nodeOf.set(id, nodes[i]!));
      // A loop, not push(...nodes): a batch can be larger than a call's argument limit.
      const list = staged.get(label)!;
      for (const node of nodes) list.push(node);
      nodesDone += rows.length;
    },
    () => report({ phase: 'nodes', done: nodesDone, total: graph.nodes.length }),
  );
  // The relationship batches and the swap send element ids without the start they all share.
  const prefix = sharedPrefix(nodeOf.values());
  if (prefix !== '') {
    for (const [id, e] of nodeOf) nodeOf.set(id, e.slice(prefix.length));
    for (const list of staged.values()) for (let i = 0; i < list.length; i++) list[i] = list[i]!.slice(prefix.length);
  }

  report({ phase: 'relationships', done: 0, total: graph.rels.length });
  const templates = new Map<RelType, string>();
  const keys = new Map<RelType, string[]>();
  // One pass over the relationships (1.45 million at the bench's default size), not one per type.
  const byType = new Map<RelType, GraphRel[]>();
  for (const r of graph.rels) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  for (const type of REL_TYPES) {
    const rels = byType.get(type);
    if (!rels) continue;
    keys.set(type, propertyKeys(rels));
    templates.set(type, relationshipQuery(await cypherFile(relFile(type)), keys.get(type)!));
  }
  const plan = relationshipPlan(graph.rels, labelOf, size);
  let relsDone = 0;
  const runRels = async (batch: RelBatch) => {
    const rows = batchRows(batch, keys, nodeOf);
    const types = REL_TYPES.filter((t) => rows.has(t));
    const results = await writeAll(
      driver,
      database,
      types.map((t) => [templates.get(t)!, { ...rows.get(t)!, prefix }]),
    );
    // A staged node that could not be found creates nothing (the files say why): fail, do not swap.
    results.forEach((r, i) => {
      const want = rows.get(types[i]!)!.rows.length;
      if (Number(r.created) !== want) throw new Error(`staging ${types[i]} created ${String(r.created)} of ${want} relationships: a staged node was not found`);
    });
    relsDone += batch.size;
  };
  const relProgress = () => report({ phase: 'relationships', done: relsDone, total: graph.rels.length });
  for (const group of plan.concurrent) await inBatches(group, parallel, pause, runRels, relProgress);
  await inBatches(plan.sequential, 1, pause, runRels, relProgress);

  report({ phase: 'swap', done: 0, total: 1 });
  const swap = splitStatements(await cypherFile('load/swap.cypher'));
  // RantaiMeta records what the store's info() reports (name, source, time, counts, content hash);
  // loadId names this load: with the transaction bookmark it makes the data version (Neo4jStore.version).
  const counts = countGraph(graph.nodes, graph.rels, NODE_LABELS, REL_TYPES);
  const meta = {
    name: options.name,
    source: options.source ?? options.name,
    loadedAt: new Date().toISOString(),
    loadId: randomUUID(),
    nodes: graph.nodes.length,
    relationships: graph.rels.length,
    counts: JSON.stringify(counts),
    hash: await hash,
    synthetic: isSynthetic(graph.nodes.filter((n) => n.label === 'Firm').map((n) => n.props)),
  };
  const params = { meta: toNeo4jParam(meta), prefix, staged: [...staged].filter(([, nodes]) => nodes.length > 0).map(([label, nodes]) => ({ label, nodes })) };
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      // Renewing inside the swap holds the lock node's write lock until the swap commits.
      await lock.confirm(tx);
      for (const statement of swap) await tx.run(statement, params);
    });
  } finally {
    await session.close();
  }
  // Before anyone plans a query on the new data with statistics of the old (statistics.ts).
  await refreshPlannerStatistics(driver, database);
  // The previous dataset's nodes: whoever waits for their deletion should know the new data is live.
  const { records } = await driver.executeQuery(await cypherFile('load/retired-count.cypher'), {}, { database });
  const retired = Number(records[0]?.get('n') ?? 0);
  let removed = 0;
  report({ phase: 'retire', done: 0, total: retired });
  await cleanupLeftovers(driver, database, (deleted) => {
    removed += deleted;
    if (deleted > 0) report({ phase: 'retire', done: Math.min(removed, retired), total: retired });
  });
  report({ phase: 'done', done: 1, total: 1 });
}

export async function loadDataset(driver: Driver, dataset: Dataset, options: LoadOptions): Promise<void> {
  await loadGraph(driver, datasetToGraph(dataset), options);
}
