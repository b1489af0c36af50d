// Write protection, CORS, body limits and error hygiene of the API: writes need the bearer token
// (403 when none is configured, 401 when it is missing or wrong), no CORS header unless configured,
// oversized bodies are 413, and an unexpected error answers a plain 500 with no stack or path.
import { afterEach, describe, expect, it } from 'vitest';
import { tokenMatches, WRITES_DISABLED_MESSAGE } from '../../server/api/auth.ts';
import { parseCorsOrigins } from '../../server/api/cors.ts';
import { datasetToCsvTexts } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { errorOf, serveWith, type AppWithOptions, type TestServer } from '../helpers/app-with.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { zipOf } from '../upload/zips.ts';

const TOKEN = 'a-long-enough-write-token';
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const start = async (options: AppWithOptions = {}, store = new EmbeddedStore(smallDataset(1), 'test')) => {
  server = await serveWith(store, options);
  return server;
};

const uploadZip = () => zipOf(Object.fromEntries(datasetToCsvTexts(smallDataset(2))));

describe('write token', () => {
  it('with no token configured every write is refused with 403 saying how to enable writes', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/api/datasets`, { method: 'POST', headers: { 'Content-Type': 'application/zip', Authorization: 'Bearer anything-at-all-here' }, body: uploadZip() });
    expect(res.status).toBe(403);
    const error = errorOf(await res.json());
    expect(error.code).toBe('writes_disabled');
    expect(error.message).toBe(WRITES_DISABLED_MESSAGE);
    expect(error.message).toContain('RANTAI_WRITE_TOKEN');
  });

  it.each([
    ['no Authorization header', undefined, /send "Authorization: Bearer/],
    ['a wrong token', `Bearer ${TOKEN}x`, /wrong/],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`, /wrong/],
    ['another scheme', `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}`, /wrong/],
    ['the bare token', TOKEN, /wrong/],
  ])('%s: 401 with WWW-Authenticate, nothing changed', async (_name, header, message) => {
    const { url, ctx } = await start({ writeToken: TOKEN });
    const headers: Record<string, string> = { 'Content-Type': 'application/zip' };
    if (header) headers.Authorization = header;
    const res = await fetch(`${url}/api/datasets`, { method: 'POST', headers, body: uploadZip() });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="rantai"');
    const error = errorOf(await res.json());
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(message);
    expect((await ctx.store.info()).name).toBe('test');
  });

  it('the right token (scheme in any case) is accepted', async () => {
    const { url, ctx } = await start({ writeToken: TOKEN });
    const res = await fetch(`${url}/api/datasets?name=second`, { method: 'POST', headers: { 'Content-Type': 'application/zip', Authorization: `bearer ${TOKEN}` }, body: uploadZip() });
    expect(res.status).toBe(200);
    expect((await ctx.store.info()).name).toBe('second');
  });

  it('compares tokens by value, whatever their lengths', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokenMatches('', TOKEN)).toBe(false);
    expect(tokenMatches(TOKEN.toUpperCase(), TOKEN)).toBe(false);
  });

  it('read routes need no token', async () => {
    const { url } = await start({ writeToken: TOKEN });
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    expect((await fetch(`${url}/api/export?format=json`)).status).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/api/cypher`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });

  it('sends no CORS header at all unless RANTAI_CORS_ORIGIN is set', async () => {
    const { url } = await start();
    const get = await fetch(`${url}/api/health`, { headers: { Origin: 'https://elsewhere.example' } });
    const pre = await preflight(url, 'https://elsewhere.example');
    for (const res of [get, pre]) {
      expect([...res.headers.keys()].filter((k) => k.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('allows exactly the configured origins', async () => {
    const { url } = await start({ corsOrigin: 'https://ministry.example, http://localhost:5173' });
    const ok = await fetch(`${url}/api/health`, { headers: { Origin: 'http://localhost:5173' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(ok.headers.get('vary')).toMatch(/Origin/);
    const other = await fetch(`${url}/api/health`, { headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await preflight(url, 'https://ministry.example');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://ministry.example');
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(pre.headers.get('access-control-allow-headers')).toBe('Content-Type, Authorization');
    const refused = await preflight(url, 'https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('"*" allows any origin', async () => {
    const { url } = await start({ corsOrigin: '*' });
    const res = await fetch(`${url}/api/health`, { headers: { Origin: 'https://anyone.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(parseCorsOrigins(' https://a.example/ ,https://b.example ')).toEqual(['https://a.example', 'https://b.example']);
  });
});

describe('limits and error hygiene', () => {
  it('a JSON body over the limit is 413 payload_too_large', async () => {
    const { url } = await start({ jsonLimit: '1kb' });
    const res = await fetch(`${url}/api/cypher`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: `RETURN '${'x'.repeat(5000)}'` }) });
    expect(res.status).toBe(413);
    expect(errorOf(await res.json()).code).toBe('payload_too_large');
  });

  it('an unexpected failure is a plain 500: no stack, no path, the details only in the server log', async () => {
    const store = new EmbeddedStore(smallDataset(1));
    store.snapshot = async () => {
      throw new Error('disk on fire at /srv/secret/path');
    };
    const { url, logged } = await start({}, store);
    const res = await fetch(`${url}/api/export?format=graphml`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: 'internal error; the server log has the details' } });
    expect(text).not.toMatch(/secret|fire|\bat\b/);
    expect(logged.join('\n')).toContain('disk on fire');
  });

  it('sends the security headers on the new routes too', async () => {
    const { url } = await start();
    for (const path of ['/api/export?format=json', '/api/openapi.json', '/api/docs']) {
      const res = await fetch(`${url}${path}`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });
});
