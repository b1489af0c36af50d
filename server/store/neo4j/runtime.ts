// Opens the Neo4j store for the server: waits for Neo4j with backoff (saying how to start it),
// loads the seed dataset when the database holds none, and reports reachability for /api/health.
import { ANALYSIS_WARMERS } from '../../analysis/warm.ts';
import type { Config } from '../../config.ts';
import { DEFAULT_LANG, say, type Lang } from '../../i18n/index.ts';
import { readDataset } from '../../model/index.ts';
import { folderProvenance, type Runtime } from '../../runtime.ts';
import { Neo4jStore } from './neo4j-store.ts';

/** How often the server's store reads the data version to notice a load by someone else (one small read). */
export const LOAD_WATCH_MS = 5_000;

export interface WaitOptions {
  /** Give up after this long (ms); the default waits a few minutes. */
  timeoutMs?: number;
  log: (text: string) => void;
  /** The language of what is logged (and of the error when it gives up); English by default. */
  lang?: Lang;
}

export async function waitForNeo4j(store: Neo4jStore, uri: string, { timeoutMs = 300_000, log, lang = DEFAULT_LANG }: WaitOptions): Promise<void> {
  const started = Date.now();
  let delay = 500;
  let told = false;
  for (;;) {
    if (await store.reachable()) return;
    if (!told) {
      log(say(lang, 'runtime.neo4jUnreachable', { uri }));
      told = true;
    }
    if (Date.now() - started > timeoutMs) throw new Error(say(lang, 'runtime.neo4jGaveUp', { uri, seconds: String(Math.round(timeoutMs / 1000)) }));
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 10_000);
  }
}

export async function openNeo4jRuntime(config: Config, datasetPath: string, log: (text: string) => void, lang: Lang = DEFAULT_LANG): Promise<Runtime> {
  const uri = config.NEO4J_URI!;
  let closing = false;
  const store = Neo4jStore.create({
    uri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    consoleUser: config.NEO4J_CONSOLE_USER,
    consolePassword: config.NEO4J_CONSOLE_PASSWORD,
    // A warm-up cut short by the shutdown is nothing to report.
    log: (text) => {
      if (!closing) log(text);
    },
    warmers: ANALYSIS_WARMERS,
    lang,
  });
  await waitForNeo4j(store, uri, { log, lang });
  if (await store.isEmpty()) {
    log(say(lang, 'runtime.loadingSeed', { dataset: datasetPath }));
    await store.replace(await readDataset(datasetPath), folderProvenance(datasetPath));
  } else {
    // The dataset was loaded before this server started (or by someone else): build what the
    // analyses keep for its version while the server starts answering; early requests join it.
    void store.warm();
  }
  // A dataset loaded by someone else later (`rantai load`, another server) is noticed within
  // LOAD_WATCH_MS and warmed for, so its first request here is as fast as after a load of ours.
  store.watchLoads(LOAD_WATCH_MS);
  return {
    store,
    neo4jStatus: async () => ({ configured: true, reachable: await store.reachable() }),
    close: () => {
      closing = true;
      return store.close();
    },
  };
}
