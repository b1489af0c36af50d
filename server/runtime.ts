// Opens the store the configuration asks for: Neo4j when NEO4J_URI is set, otherwise the embedded
// graph loaded from the dataset folder.
import type { ApiContext } from './api/index.ts';
import type { Config } from './config.ts';
import { readDataset } from './model/index.ts';
import { EmbeddedStore } from './store/index.ts';

export interface Runtime extends ApiContext {
  close: () => Promise<void>;
}

export async function openRuntime(config: Config, datasetPath: string, log: (text: string) => void): Promise<Runtime> {
  if (config.NEO4J_URI) {
    const { openNeo4jRuntime } = await import('./store/neo4j/index.ts');
    return openNeo4jRuntime(config, datasetPath, log);
  }
  const dataset = await readDataset(datasetPath);
  const store = new EmbeddedStore(dataset);
  return {
    store,
    datasetName: datasetPath,
    neo4jStatus: async () => ({ configured: false, reachable: false }),
    close: () => store.close(),
  };
}
