// Atomic, idempotent loading of a dataset into Neo4j by staging (cypher/load/README.md): take the
// load lock, clean leftovers, stage nodes and relationships in batches, swap in one transaction,
// clean up, release the lock.
import { randomUUID } from 'node:crypto';
import { Neo4jError, type Driver } from 'neo4j-driver';
import { readConfig } from '../../config.ts';
import { datasetHash, datasetToGraph, NODE_LABELS, REL_TYPES, type Dataset, type GraphData, type RelType } from '../../model/index.ts';
import { countGraph } from '../entity.ts';
import { cypherFile, splitStatements } from '../cypher-files.ts';
import { acquireLoadLock, DEFAULT_LOCK_TTL_MS, LoadLockLostError } from './lock.ts';
import { toNeo4jParam } from './values.ts';

export interface LoadProgress {
  phase: 'cleanup' | 'nodes' | 'relationships' | 'swap' | 'done';
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
  onProgress?: (p: LoadProgress) => void;
}

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

/** Runs the batches with up to `parallel` transactions in flight (staged data is invisible, so order is free). */
async function inBatches<T>(rows: T[], size: number, parallel: number, run: (batch: T[]) => Promise<void>, progress: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < rows.length) {
      const start = next;
      next += size;
      const batch = rows.slice(start, start + size);
      await run(batch);
      done += batch.length;
      progress(done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
}

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

async function stageAndSwap(driver: Driver, graph: GraphData, options: LoadOptions, lock: Awaited<ReturnType<typeof acquireLoadLock>>): Promise<void> {
  const { database } = options;
  const size = options.batchSize ?? Number(process.env.RANTAI_LOAD_BATCH ?? 10_000);
  const parallel = options.parallel ?? Number(process.env.RANTAI_LOAD_PARALLEL ?? 1);
  const report = options.onProgress ?? (() => {});
  report({ phase: 'cleanup', done: 0, total: 0 });
  await cleanupLeftovers(driver, database);

  const nodeQuery = await cypherFile('load/nodes.cypher');
  const nodeRows = graph.nodes.map((n) => ({ id: n.id, label: n.label, props: n.props }));
  await inBatches(
    nodeRows,
    size,
    parallel,
    async (batch) => {
      await driver.executeQuery(nodeQuery, { rows: toNeo4jParam(batch) }, { database });
    },
    (done) => report({ phase: 'nodes', done, total: nodeRows.length }),
  );

  let relsDone = 0;
  for (const type of REL_TYPES) {
    const rows = graph.rels.filter((r) => r.type === type).map((r) => ({ from: r.from, to: r.to, props: r.props }));
    if (rows.length === 0) continue;
    const query = await cypherFile(relFile(type));
    const before = relsDone;
    await inBatches(
      rows,
      size,
      parallel,
      async (batch) => {
        await driver.executeQuery(query, { rows: toNeo4jParam(batch) }, { database });
      },
      (done) => {
        relsDone = before + done;
        report({ phase: 'relationships', done: relsDone, total: graph.rels.length });
      },
    );
  }

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
    hash: datasetHash(graph),
  };
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      // Renewing inside the swap holds the lock node's write lock until the swap commits.
      await lock.confirm(tx);
      for (const statement of swap) await tx.run(statement, { meta: toNeo4jParam(meta) });
    });
  } finally {
    await session.close();
  }
  await cleanupLeftovers(driver, database);
  report({ phase: 'done', done: 1, total: 1 });
}

export async function loadDataset(driver: Driver, dataset: Dataset, options: LoadOptions): Promise<void> {
  await loadGraph(driver, datasetToGraph(dataset), options);
}
