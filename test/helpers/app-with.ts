// An HTTP server with the routes and middlewares of issue 7 (console, uploads, exports, OpenAPI,
// write token, CORS) mounted the way the lead mounts them in server/api/app.ts, over any store.
// Tests start it on a free port and talk to it with fetch.
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/api/app.ts';
import type { ApiContext } from '../../server/api/context.ts';
import { type DatasetRouteOptions } from '../../server/api/routes/datasets.ts';
import type { GraphStore } from '../../server/store/index.ts';

export interface AppWithOptions extends DatasetRouteOptions {
  corsOrigin?: string;
  jsonLimit?: string;
  trustProxy?: string;
}

export interface TestServer {
  url: string;
  ctx: ApiContext;
  /** What the error handler logged (internal errors). */
  logged: string[];
  close: () => Promise<void>;
}

export async function serveWith(store: GraphStore, options: AppWithOptions = {}): Promise<TestServer> {
  const ctx: ApiContext = {
    store,
    neo4jStatus: async () => ({ configured: store.kind === 'neo4j', reachable: store.kind === 'neo4j' }),
  };
  const logged: string[] = [];
  const log = (text: string) => logged.push(text);
  const app = createApp(ctx, { log, writeToken: options.writeToken, corsOrigin: options.corsOrigin, trustProxy: options.trustProxy, uploadLimits: options.limits, jsonLimit: options.jsonLimit });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    logged,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const errorOf = (body: unknown) => (body as { error: { code: string; message: string; details?: unknown } }).error;
