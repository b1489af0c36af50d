// vitest global setup of the Neo4j suites: provides the Bolt URIs of the Neo4j they use, one per
// worker (test/helpers/neo4j.ts picks its worker's). NEO4J_URI is used as it is (one database, its
// suites then run one at a time: vitest.config.ts); otherwise throw-away local Neo4j are started
// (Java + Maven needed), one per worker, at once. In CI a missing Neo4j fails the run; elsewhere
// the Neo4j suites skip.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { javaAndMavenAvailable, startLocalNeo4j } from './neo4j-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One per worker (VITEST_POOL_ID 1, 2, …), or one for all; null: no Neo4j (the suites skip). */
    neo4jUris: string[] | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUris', [process.env.NEO4J_URI]);
    return undefined;
  }
  if (!javaAndMavenAvailable()) {
    if (process.env.CI === 'true') throw new Error('Neo4j is required in CI: install Java 17 and Maven, or set NEO4J_URI');
    console.warn('Java or Maven missing and NEO4J_URI unset: the Neo4j suites will skip');
    project.provide('neo4jUris', null);
    return undefined;
  }
  const workers = Math.max(1, Number(project.config.maxWorkers) || 1);
  const homes = await Promise.all(Array.from({ length: workers }, () => mkdtemp(path.join(tmpdir(), 'rantai-neo4j-'))));
  const started = await Promise.allSettled(homes.map((home) => startLocalNeo4j({ home })));
  const running = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stop = async () => {
    await Promise.all(running.map((neo4j) => neo4j.stop()));
    await Promise.all(homes.map((home) => rm(home, { recursive: true, force: true })));
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  project.provide('neo4jUris', running.map((neo4j) => neo4j.uri));
  return stop;
}
