// Atomic, idempotent loading of a dataset into Neo4j by staging (cypher/load/README.md): clean
// leftovers, stage nodes and relationships in batches, swap in one transaction, clean up.
import type { Driver } from 'neo4j-driver';
import { datasetHash, datasetToGraph, NODE_LABELS, REL_TYPES, type Dataset, type GraphData, type RelType } from '../../model/index.ts';
import { countGraph } from '../entity.ts';
import { cypherFile, splitStatements } from '../cypher-files.ts';
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
  onProgress?: (p: LoadProgress) => void;
}

const relFile = (type: RelType): string => `load/rel-${type.toLowerCase().replace(/_/g, '-')}.cypher`;

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const statement of splitStatements(await cypherFile('schema.cypher'))) {
    await driver.executeQuery(statement, {}, { database });
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
  const size = options.batchSize ?? Number(process.env.RANTAI_LOAD_BATCH ?? 10_000);
  const parallel = options.parallel ?? Number(process.env.RANTAI_LOAD_PARALLEL ?? 1);
  const report = options.onProgress ?? (() => {});
  await applySchema(driver, database);
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
  // RantaiMeta records what the store's info() reports: name, source, time, counts, content hash.
  const counts = countGraph(graph.nodes, graph.rels, NODE_LABELS, REL_TYPES);
  const meta = {
    name: options.name,
    source: options.source ?? options.name,
    loadedAt: new Date().toISOString(),
    nodes: graph.nodes.length,
    relationships: graph.rels.length,
    counts: JSON.stringify(counts),
    hash: datasetHash(graph),
  };
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
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
