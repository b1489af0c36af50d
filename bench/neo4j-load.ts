// Load throughput into Neo4j through the driver: a generated dataset of over a million entities
// (nodes + relationships), loaded with the same staged, atomic loader the server uses.
// Uses NEO4J_URI when set (the database is replaced!), otherwise starts a throw-away local Neo4j.
// Run: npm run bench -- neo4j-load   (FIRMS=150000 to change the size)
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { datasetToGraph } from '../server/model/index.ts';
import { Neo4jStore } from '../server/store/neo4j/index.ts';
import { generateDataset } from '../seed/generator/index.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../test/setup/neo4j-process.ts';

export async function benchNeo4jLoad(): Promise<void> {
  const firms = Number(process.env.FIRMS ?? 150_000);
  const dataset = generateDataset({ clusters: 416, firms, components: 2000, seed: 1 });
  const graph = datasetToGraph(dataset);
  const entities = graph.nodes.length + graph.rels.length;
  let local: LocalNeo4j | undefined;
  let home = '';
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    home = await mkdtemp(path.join(tmpdir(), 'rantai-bench-'));
    local = await startLocalNeo4j({ home });
    uri = local.uri;
  }
  const store = await Neo4jStore.connect({ uri });
  try {
    const started = performance.now();
    await store.replace(dataset, 'bench');
    const seconds = (performance.now() - started) / 1000;
    const counts = await store.counts();
    const stored = Object.values(counts.nodes).reduce((a, b) => a + b, 0) + Object.values(counts.relationships).reduce((a, b) => a + b, 0);
    console.log(`neo4j load: ${graph.nodes.length.toLocaleString('en')} nodes + ${graph.rels.length.toLocaleString('en')} relationships = ${entities.toLocaleString('en')} entities in ${seconds.toFixed(1)} s`);
    console.log(`neo4j load: ${Math.round(entities / seconds).toLocaleString('en')} entities/s on ${availableParallelism()} cores (stored ${stored.toLocaleString('en')})`);
  } finally {
    await store.close();
    await local?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  }
}
