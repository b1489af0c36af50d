// Methods (issue 18, item 12): TRACE and every other method a known path does not have answer 405
// with an Allow header listing the documented methods (TRACE fell through to 404 before), OPTIONS
// answers 204 with Allow, unknown API paths stay 404, and the route registry the OpenAPI document
// and the 405s come from lists exactly the routes express serves.
import { request } from 'node:http';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/api/app.ts';
import { startServer, type RunningServer } from '../../server/api/index.ts';
import { ROUTES } from '../../server/openapi/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { smallDataset } from '../helpers/datasets.ts';

const ctx = { store: new EmbeddedStore(smallDataset(1)), neo4jStatus: async () => ({ configured: false, reachable: false }) };
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(ctx, 0, '127.0.0.1', { log: () => {} });
});
afterAll(async () => server.close({ drainMs: 0 }));

/** node:http rather than fetch, which refuses to send TRACE. */
const call = (method: string, path: string, body?: string): Promise<{ status: number; allow: string | null; text: string }> =>
  new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, agent: false, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: (res.headers.allow as string | undefined) ?? null, text }));
    });
    req.on('error', reject);
    req.end(body);
  });

describe('405 Method Not Allowed', () => {
  it.each([
    ['TRACE', '/api/health', 'GET, HEAD, OPTIONS'],
    ['TRACE', '/api/cypher', 'POST, OPTIONS'],
    ['TRACE', '/api/entities/f-1', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/api/graph', 'GET, HEAD, OPTIONS'],
    ['PUT', '/api/analysis/link-scores', 'POST, OPTIONS'],
    ['GET', '/api/analysis/substitution/what-if', 'POST, OPTIONS'],
    ['POST', '/api/health', 'GET, HEAD, OPTIONS'],
    ['PATCH', '/api/datasets', 'POST, OPTIONS'],
    ['TRACE', '/', 'GET, HEAD, OPTIONS'],
    ['DELETE', '/index.html', 'GET, HEAD, OPTIONS'],
  ])('%s %s → 405, Allow: %s', async (method, path, allow) => {
    const res = await call(method, path);
    expect(res.status).toBe(405);
    expect(res.allow).toBe(allow);
    const body = JSON.parse(res.text) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('method_not_allowed');
    expect(body.error.message).toContain(method);
  });

  it('a refused method is answered before its body is read', async () => {
    const res = await call('PUT', '/api/analysis/link-scores', '{"method":"jaccard"');
    expect(res.status).toBe(405);
  });

  it('OPTIONS answers 204 with Allow; HEAD works where GET does; unknown API paths are 404', async () => {
    const options = await call('OPTIONS', '/api/analysis/missing-links');
    expect(options.status).toBe(204);
    expect(options.allow).toBe('GET, HEAD, OPTIONS');
    expect((await call('HEAD', '/api/health')).status).toBe(200);
    const unknown = await call('TRACE', '/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toMatchObject({ error: { code: 'not_found' } });
  });

  it('every documented method of every route is not a 405', async () => {
    for (const route of ROUTES) {
      const path = route.path.replace('{id}', 'f-1');
      const res = await call(route.method.toUpperCase(), path, route.method === 'post' ? '{}' : undefined);
      expect(res.status, `${route.method} ${path}`).not.toBe(405);
    }
  });
});

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** The routes of the API router, as "METHOD /api/path{param}". */
function expressRoutes(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const m of Object.keys(layer.route.methods)) out.push(`${m.toUpperCase()} ${prefix}${layer.route.path.replace(/:(\w+)/g, '{$1}')}`);
      } else if (layer.handle?.stack) walk(layer.handle.stack, prefix === '' ? '/api' : prefix);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return out.filter((r) => r.includes(' /api/')).sort();
}

describe('the route registry', () => {
  it('lists exactly the API routes express serves (so the document and the 405s cover them all)', () => {
    const app = createApp(ctx, { log: () => {} });
    expect(expressRoutes(app)).toEqual(ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`).sort());
  });
});
