// Access to the test Neo4j (started by test/setup/neo4j.global.ts, or NEO4J_URI). Suites that use
// it are named *.neo4j.test.ts: vitest runs them one at a time, as they share one database.
import { inject } from 'vitest';
import { Neo4jStore } from '../../server/store/neo4j/index.ts';

/** The Bolt URI, or null when no Neo4j is available outside CI (the suite then skips). */
export function testNeo4jUri(): string | null {
  return inject('neo4jUri') ?? null;
}

export async function openTestNeo4jStore(uri: string): Promise<Neo4jStore> {
  return Neo4jStore.connect({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE });
}
