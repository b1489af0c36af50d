// Health with Neo4j killed (issue 18, item 6): with the database process gone (SIGKILL), GET
// /api/health answered 503 after 15.4 s; now it answers 200 within a second, reachable false and the
// counts marked unavailable, GET /api/ready answers 503 with Retry-After, and a data route 503
// store_unavailable (not a bare 500). This suite starts its own Neo4j so it can kill it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { healthShape, startServer, type RunningServer } from '../../server/api/index.ts';
import { readConfig } from '../../server/config.ts';
import { openNeo4jRuntime } from '../../server/store/neo4j/index.ts';
import { javaAndMavenAvailable, startLocalNeo4j, type LocalNeo4j } from '../setup/neo4j-process.ts';

const canRun = javaAndMavenAvailable();
let home = '';
let neo4j: LocalNeo4j | undefined;
let server: RunningServer | undefined;
let closeRuntime: (() => Promise<void>) | undefined;

afterAll(async () => {
  await server?.close({ drainMs: 0 });
  await closeRuntime?.();
  await neo4j?.stop();
  if (home) await rm(home, { recursive: true, force: true });
});

const timed = async (url: string) => {
  const started = Date.now();
  const res = await fetch(url);
  return { status: res.status, ms: Date.now() - started, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Record<string, unknown> };
};

describe.skipIf(!canRun)('health and readiness with Neo4j killed', () => {
  it('health: 200 within a second, reachable false; ready: 503; data routes: 503 store_unavailable', async () => {
    home = await mkdtemp(path.join(tmpdir(), 'rantai-health-'));
    neo4j = await startLocalNeo4j({ home });
    const runtime = await openNeo4jRuntime(readConfig({ NEO4J_URI: neo4j.uri }), 'seed/indonesia', () => {});
    closeRuntime = runtime.close;
    server = await startServer(runtime, 0, '127.0.0.1', { log: () => {} });

    const up = await timed(`${server.url}/api/health`);
    expect(healthShape.parse(up.body)).toMatchObject({ status: 'ok', store: 'neo4j', countsAvailable: true, neo4j: { configured: true, reachable: true } });
    expect((up.body.counts as { nodes: Record<string, number> }).nodes.Firm).toBe(104);
    expect((await timed(`${server.url}/api/ready`)).status).toBe(200);

    neo4j.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));

    const health = await timed(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(1_000);
    expect(healthShape.parse(health.body)).toMatchObject({ status: 'degraded', countsAvailable: false, neo4j: { configured: true, reachable: false } });

    const ready = await timed(`${server.url}/api/ready`);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(1_000);
    expect(ready.retryAfter).toBe('5');
    expect(ready.body).toMatchObject({ error: { code: 'store_unavailable' } });

    const graph = await timed(`${server.url}/api/graph`);
    expect(graph.status).toBe(503);
    expect(graph.body).toMatchObject({ error: { code: 'store_unavailable' } });
    expect(graph.retryAfter).toBe('5');
  }, 300_000);
});
