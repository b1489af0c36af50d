// Access to the test Neo4j (started by test/setup/neo4j.global.ts, one per worker, or NEO4J_URI).
// Suites that use it are named *.neo4j.test.ts: each uses its worker's database, which no other
// suite uses meanwhile (two suites running at once have different VITEST_POOL_IDs).
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, inject } from 'vitest';
import { ANALYSIS_WARMERS } from '../../server/analysis/warm.ts';
import { Neo4jStore } from '../../server/store/neo4j/index.ts';

/** The Bolt URI, or null when no Neo4j is available outside CI (the suite then skips). */
export function testNeo4jUri(): string | null {
  const uris = inject('neo4jUris');
  if (!uris || uris.length === 0) return null;
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  return uris[(Math.max(1, worker) - 1) % uris.length]!;
}

export async function openTestNeo4jStore(uri: string): Promise<Neo4jStore> {
  return Neo4jStore.connect({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE });
}

/** A store warmed after each load like the server's (server/store/neo4j/runtime.ts). */
export function openWarmedTestNeo4jStore(uri: string): Neo4jStore {
  return Neo4jStore.create({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE, warmers: ANALYSIS_WARMERS });
}

/** A driver of someone else's, for writes made directly in Neo4j, not through Rantai. */
export function otherTestDriver(uri: string): Driver {
  const auth = process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined;
  return neo4j.driver(uri, auth);
}

/**
 * What the direct-write suites need: a store warmed like the server's, and writes made directly in
 * Neo4j by someone else's driver (not through Rantai), in the test database.
 */
export interface DirectWrites {
  store: Neo4jStore;
  write(query: string, params?: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export function openDirectWrites(uri: string): DirectWrites {
  const store = openWarmedTestNeo4jStore(uri);
  const other = otherTestDriver(uri);
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  return {
    store,
    write: async (query, params = {}) => {
      await other.executeQuery(query, params, { database });
    },
    close: async () => {
      await other.close();
      await store.close();
    },
  };
}

/** A suite's store (not warmed) and someone else's driver, with the database they share. */
export interface StoreAndOther {
  store: Neo4jStore;
  /** For reads and writes made directly in Neo4j, not through Rantai. */
  other: Driver;
  database: string;
}

/**
 * Opens both before the suite's tests and closes them after (hooks registered here, so a suite's
 * own beforeAll runs after this one's); without a Neo4j (`uri` null, the suite skips) nothing opens.
 */
export function useStoreAndOther(uri: string | null): StoreAndOther {
  const handles = { database: process.env.NEO4J_DATABASE ?? 'neo4j' } as StoreAndOther;
  beforeAll(async () => {
    if (!uri) return;
    handles.store = await openTestNeo4jStore(uri);
    handles.other = otherTestDriver(uri);
  });
  afterAll(async () => {
    await handles.store?.close();
    await handles.other?.close();
  });
  return handles;
}
