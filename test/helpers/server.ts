// Starts a real HTTP server over a store for API tests, on a free port.
import { startServer, type RunningServer } from '../../server/api/index.ts';
import type { GraphStore } from '../../server/store/index.ts';

export async function serveStore(store: GraphStore): Promise<RunningServer> {
  return startServer(
    { store, neo4jStatus: async () => ({ configured: store.kind === 'neo4j', reachable: store.kind === 'neo4j' }) },
    0,
    '127.0.0.1',
    { log: () => {} },
  );
}

export async function getJson(url: string): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json(), headers: res.headers };
}
