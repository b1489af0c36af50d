// Faults: Neo4j going away while Rantai serves gives 503 with the error shape (health still
// answers, reporting it unreachable), and the service resumes by itself when Neo4j is back.
// This suite starts its own Neo4j process so it can stop and restart it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/api/index.ts';
import { readConfig } from '../../server/config.ts';
import { openNeo4jRuntime } from '../../server/store/neo4j/index.ts';
import { freePort, javaAndMavenAvailable, startLocalNeo4j, type LocalNeo4j } from '../setup/neo4j-process.ts';

// This suite starts and kills its own Neo4j: it needs Java and Maven, which CI must have.
const canRun = javaAndMavenAvailable();
if (!canRun && process.env.CI) throw new Error('the Neo4j fault tests need Java 17 and Maven (CI installs them)');
let home = '';
let neo4j: LocalNeo4j | undefined;
let server: RunningServer | undefined;
let closeRuntime: (() => Promise<void>) | undefined;

afterAll(async () => {
  await server?.close();
  await closeRuntime?.();
  await neo4j?.stop();
  if (home) await rm(home, { recursive: true, force: true });
});

const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe.skipIf(!canRun)('Neo4j going away and coming back', () => {
  it('answers 503 while Neo4j is down and recovers without a restart', async () => {
    home = await mkdtemp(path.join(tmpdir(), 'rantai-faults-'));
    const port = await freePort();
    neo4j = await startLocalNeo4j({ home, port });
    const config = readConfig({ NEO4J_URI: neo4j.uri });
    const runtime = await openNeo4jRuntime(config, 'seed/indonesia', () => {});
    closeRuntime = runtime.close;
    server = await startServer(runtime, 0, '127.0.0.1', { log: () => {} });
    expect((await get(`${server.url}/api/graph`)).status).toBe(200);

    await neo4j.stop();
    const down = await get(`${server.url}/api/graph`);
    expect(down.status).toBe(503);
    expect((down.body.error as { code: string }).code).toBe('store_unavailable');
    // Health is liveness: it answers 200 and reports Neo4j unreachable (test/api/health.neo4j.test.ts).
    const health = await get(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.body.neo4j).toEqual({ configured: true, reachable: false });

    neo4j = await startLocalNeo4j({ home, port });
    let status = 0;
    for (let i = 0; i < 30 && status !== 200; i++) {
      status = (await get(`${server.url}/api/graph`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(status).toBe(200);
    // Health waits at most a few seconds for the counts; a freshly restarted Neo4j plans them slowly,
    // so the first answers may still say countsAvailable: false.
    let again = await get(`${server.url}/api/health`);
    for (let i = 0; i < 30 && again.body.countsAvailable !== true; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      again = await get(`${server.url}/api/health`);
    }
    expect((again.body.counts as { nodes: Record<string, number> }).nodes.Firm).toBe(104);
  }, 300_000);
});
