// The national dataset (416 clusters, FIRMS firms, 2,000 components, seed 1) timed on the embedded
// store and on Neo4j (loaded once unless NEO4J_URI with NEO4J_LOADED=yes says it already is), as
// the focus and overview benchmarks both need; EMBEDDED=skip / NEO4J=skip leave a store out.
import type { Dataset } from '../server/model/index.ts';
import { EmbeddedStore, type GraphStore } from '../server/store/index.ts';
import { generateDataset } from '../seed/generator/index.ts';
import { withBenchNeo4j } from './neo4j-target.ts';

export async function onNationalStores(name: string, defaultRepeats: number, time: (label: string, store: GraphStore, repeats: number) => Promise<void>): Promise<void> {
  const firms = Number(process.env.FIRMS ?? 100_000);
  const repeats = Number(process.env.REPEATS ?? defaultRepeats);
  const dataset: Dataset = generateDataset({ clusters: 416, firms, components: 2000, seed: 1 });
  console.log(`${name}: generated 416 clusters, ${firms.toLocaleString('en')} firms, 2,000 components (seed 1)`);
  if (process.env.EMBEDDED !== 'skip') await time('embedded', new EmbeddedStore(dataset), repeats);
  if (process.env.NEO4J !== 'skip') {
    process.env.NEO4J_HEAP ??= '2g';
    await withBenchNeo4j(async (neo) => {
      if (!(process.env.NEO4J_URI && process.env.NEO4J_LOADED === 'yes')) {
        const t = performance.now();
        await neo.replace(dataset, 'bench');
        console.log(`${name}: neo4j: dataset loaded in ${((performance.now() - t) / 1000).toFixed(0)} s`);
      }
      await time('neo4j', neo, repeats);
    });
  }
}
