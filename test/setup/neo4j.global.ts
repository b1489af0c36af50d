// vitest global setup: provides the Bolt URI of a Neo4j to the suites. NEO4J_URI is used as it
// is; otherwise a throw-away local Neo4j is started (Java + Maven needed). In CI a missing Neo4j
// fails the run; elsewhere the Neo4j suites skip.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { javaAndMavenAvailable, startLocalNeo4j } from './neo4j-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return undefined;
  }
  if (!javaAndMavenAvailable()) {
    if (process.env.CI === 'true') throw new Error('Neo4j is required in CI: install Java 17 and Maven, or set NEO4J_URI');
    console.warn('Java or Maven missing and NEO4J_URI unset: the Neo4j suites will skip');
    project.provide('neo4jUri', null);
    return undefined;
  }
  const home = await mkdtemp(path.join(tmpdir(), 'rantai-neo4j-'));
  const neo4j = await startLocalNeo4j({ home });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    await rm(home, { recursive: true, force: true });
  };
}
