// Load throughput into Neo4j through the driver: a generated dataset of over a million entities
// (nodes + relationships), loaded with the same staged, atomic loader the server uses.
// Uses NEO4J_URI when set (the database is replaced!), otherwise starts a throw-away local Neo4j.
// Run: npm run bench -- neo4j-load   (FIRMS=150000 to change the size)
import { availableParallelism } from 'node:os';
import { datasetToGraph } from '../server/model/index.ts';
import { generateDataset } from '../seed/generator/index.ts';
import { withBenchNeo4j } from './neo4j-target.ts';

export async function benchNeo4jLoad(): Promise<void> {
  const firms = Number(process.env.FIRMS ?? 150_000);
  const dataset = generateDataset({ clusters: 416, firms, components: 2000, seed: 1 });
  const graph = datasetToGraph(dataset);
  const entities = graph.nodes.length + graph.rels.length;
  await withBenchNeo4j(async (store) => {
    const started = performance.now();
    await store.replace(dataset, 'bench');
    const seconds = (performance.now() - started) / 1000;
    const counts = await store.counts();
    const stored = Object.values(counts.nodes).reduce((a, b) => a + b, 0) + Object.values(counts.relationships).reduce((a, b) => a + b, 0);
    console.log(`neo4j load: ${graph.nodes.length.toLocaleString('en')} nodes + ${graph.rels.length.toLocaleString('en')} relationships = ${entities.toLocaleString('en')} entities in ${seconds.toFixed(1)} s`);
    console.log(`neo4j load: ${Math.round(entities / seconds).toLocaleString('en')} entities/s on ${availableParallelism()} cores (stored ${stored.toLocaleString('en')})`);
  });
}
