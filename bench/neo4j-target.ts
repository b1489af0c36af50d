// The Neo4j a benchmark runs against: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE)
// when set — benchmarks replace its database — otherwise a throw-away local Neo4j (NEO4J_HEAP for
// its heap), stopped and deleted afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Neo4jStore, type Neo4jOptions } from '../server/store/neo4j/index.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../test/setup/neo4j-process.ts';

/**
 * `options` are the store's (e.g. its warmers); `run` also gets the Bolt URI, for a second driver,
 * and Neo4j's process id when it is known (the local one's, or NEO4J_PID for NEO4J_URI's), for
 * reading its CPU time.
 */
export async function withBenchNeo4j<T>(run: (store: Neo4jStore, uri: string, pid: number | undefined) => Promise<T>, options: Partial<Neo4jOptions> = {}): Promise<T> {
  let local: LocalNeo4j | undefined;
  let home = '';
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    home = await mkdtemp(path.join(tmpdir(), 'rantai-bench-'));
    local = await startLocalNeo4j({ home });
    uri = local.uri;
  }
  try {
    const store = await Neo4jStore.connect({ ...options, uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE });
    try {
      return await run(store, uri, local?.pid ?? (process.env.NEO4J_PID ? Number(process.env.NEO4J_PID) : undefined));
    } finally {
      await store.close();
    }
  } finally {
    await local?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  }
}
