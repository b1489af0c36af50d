// Opens the store the configuration asks for: Neo4j when NEO4J_URI is set, otherwise the embedded
// graph. The embedded store serves the last upload kept in its data folder (RANTAI_DATA_DIR), and
// the dataset folder (the seed by default) only when nothing was uploaded.
import type { ApiContext } from './api/index.ts';
import path from 'node:path';
import { ANALYSIS_WARMERS } from './analysis/warm.ts';
import { DEFAULT_DATA_DIR, REPO_ROOT, type Config } from './config.ts';
import { DEFAULT_LANG, say, type Lang } from './i18n/index.ts';
import { readDataset } from './model/index.ts';
import { EmbeddedStore } from './store/index.ts';
import { folderSource } from './model/provenance-source.ts';
import { keepDataset, KEPT_FILE, readKept } from './upload/index.ts';

/** A dataset path as the user would write it: relative to the repository when inside it. */
export function displayName(datasetPath: string): string {
  const rel = path.relative(REPO_ROOT, path.resolve(datasetPath));
  return rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(datasetPath) : rel;
}

/** The provenance of a dataset read from a folder or file. */
export const folderProvenance = (datasetPath: string) => ({ name: displayName(datasetPath), source: folderSource(displayName(datasetPath)) });

export interface Runtime extends ApiContext {
  close: () => Promise<void>;
}

/** `lang`: the language of what it logs while opening (`rantai serve --lang`). */
export async function openRuntime(config: Config, datasetPath: string, log: (text: string) => void, lang: Lang = DEFAULT_LANG): Promise<Runtime> {
  if (config.NEO4J_URI) {
    const { openNeo4jRuntime } = await import('./store/neo4j/index.ts');
    return openNeo4jRuntime(config, datasetPath, log, lang);
  }
  const dataDir = path.resolve(config.RANTAI_DATA_DIR ?? DEFAULT_DATA_DIR);
  const kept = await readKept(dataDir);
  let store: EmbeddedStore;
  if (kept) {
    log(say(lang, 'runtime.servingKept', { name: kept.about.name, loadedAt: kept.about.loadedAt, file: path.join(dataDir, KEPT_FILE), dataset: displayName(datasetPath) }));
    store = new EmbeddedStore(kept.dataset, kept.about, { warmers: ANALYSIS_WARMERS, log, lang });
  } else {
    store = new EmbeddedStore(await readDataset(datasetPath), folderProvenance(datasetPath), { warmers: ANALYSIS_WARMERS, log, lang });
  }
  // The content hash is computed once per load; doing it now keeps the first /api/health fast.
  await store.info();
  // So are the values analyses derive from the whole graph (each upload builds them again).
  await store.warm();
  return {
    store,
    neo4jStatus: async () => ({ configured: false, reachable: false }),
    keepUpload: (dataset, about) => keepDataset(dataDir, dataset, about),
    close: () => store.close(),
  };
}
