// Methods (issue 18, item 12): TRACE and every other method a known path does not have answer 405
// with an Allow header listing the documented methods (TRACE fell through to 404 before), OPTIONS
// answers 204 with Allow, unknown API paths stay 404, and the route registry the OpenAPI document
// and the 405s come from lists exactly the routes express serves.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
    // The whole path is named (it said "GET /nothing-here", without its /api).
    expect(JSON.parse((await call('GET', '/api/nothing-here?lang=id')).text)).toEqual({ error: { code: 'not_found', message: 'tidak ada rute API GET /api/nothing-here' } });
  });

  it('every documented method of every route is not a 405', async () => {
    for (const route of ROUTES) {
      const path = route.path.replace('{id}', 'f-1');
      const res = await call(route.method.toUpperCase(), path, route.method === 'post' ? '{}' : undefined);
      expect(res.status, `${route.method} ${path}`).not.toBe(405);
    }
  });
});

describe('addresses that read as the API with the front end served', () => {
  // A client whose base address ends in a slash asks "//api/graph": it got the web page (200,
  // text/html), which it could not parse, and a POST was "not allowed on the web front end".
  let web: RunningServer;
  let root: string;
  const ask = (method: string, path: string): Promise<{ status: number; type: string; text: string }> =>
    new Promise((resolve, reject) => {
      const req = request(`${web.url}${path}`, { method, agent: false }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), text }));
      });
      req.on('error', reject);
      req.end();
    });
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'rantai-web-'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Rantai</title>');
    web = await startServer(ctx, 0, '127.0.0.1', { log: () => {}, webRoot: root });
  });
  afterAll(async () => {
    await web?.close({ drainMs: 0 });
    rmSync(root, { recursive: true, force: true });
  });

  it('"//api/…" is a JSON 404 naming the path, in the asked language; the web page stays the web page', async () => {
    const doubled = await ask('GET', '//api/graph?lang=id');
    expect(doubled.status).toBe(404);
    expect(doubled.type).toMatch(/^application\/json/);
    expect(JSON.parse(doubled.text)).toEqual({ error: { code: 'not_found', message: 'tidak ada rute API GET //api/graph' } });
    expect((await ask('GET', '///API')).status).toBe(404);
    const post = await ask('POST', '//api/graph');
    expect(post.status).toBe(404);
    expect(JSON.parse(post.text)).toMatchObject({ error: { code: 'not_found', message: 'no API route POST //api/graph' } });
    // Still the page: the front end's own addresses, and a path that only begins with "api".
    for (const page of ['/', '/?view=tiers&lang=id', '/apix', '/some/where']) {
      const res = await ask('GET', page);
      expect(res.status, page).toBe(200);
      expect(res.text, page).toContain('<title>Rantai</title>');
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
