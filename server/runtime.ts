// Opens the store the configuration asks for: Neo4j when NEO4J_URI is set, otherwise the embedded
// graph loaded from the dataset folder.
import type { ApiContext } from './api/index.ts';
import path from 'node:path';
import { REPO_ROOT, type Config } from './config.ts';
import { readDataset } from './model/index.ts';
import { EmbeddedStore } from './store/index.ts';

/** A dataset path as the user would write it: relative to the repository when inside it. */
export function displayName(datasetPath: string): string {
  const rel = path.relative(REPO_ROOT, path.resolve(datasetPath));
  return rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(datasetPath) : rel;
}

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
    datasetName: displayName(datasetPath),
    neo4jStatus: async () => ({ configured: false, reachable: false }),
    close: () => store.close(),
  };
}
