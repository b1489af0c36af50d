// gzip on the wire (server/work/encoding.ts, server/api/static-gzip.ts): answers and the front end's
// files go gzipped to a client that accepts it, byte for byte the same once unzipped (node:zlib's
// gunzip is the independent reader), with their own validator; a client that refuses gzip, a small
// body and an already compressed file (xlsx) get the bytes as they are.
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/api/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { attachWork, DEFAULT_WORK_LIMITS, gzipOf, jsonAnswer, Work } from '../../server/work/index.ts';
import { tempDir } from '../helpers/datasets.ts';
import { raw } from './raw-http.ts';

const GZ = { 'Accept-Encoding': 'gzip, deflate, br' };

let server: RunningServer;
let store: EmbeddedStore;
let tmp: { dir: string; cleanup: () => Promise<void> };
let web: string;
/** A script of 200 kB: repeated text, so its gzip is a small part of it. */
const SCRIPT = 'export const rows = [\n' + Array.from({ length: 4000 }, (_, i) => `  { id: ${i}, name: "Sentra ${i % 416}" },\n`).join('') + '];\n';

/**
 * A script that compresses about as badly as a minified bundle (the built front end's files gzip to
 * 24–38 % of their bytes): 60 kB of words from a seeded generator.
 */
const VENDOR = (() => {
  let x = 20261202;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: 6000 }, () => `v${next().toString(36)}=${next() % 1000};`).join('');
})();

beforeAll(async () => {
  tmp = await tempDir();
  web = path.join(tmp.dir, 'web');
  await mkdir(path.join(web, 'assets'), { recursive: true });
  await writeFile(path.join(web, 'index.html'), '<!doctype html><title>Rantai</title>');
  await writeFile(path.join(web, 'assets', 'index.js'), SCRIPT);
  await writeFile(path.join(web, 'assets', 'tiny.css'), 'body{margin:0}');
  await writeFile(path.join(web, 'assets', 'vendor.js'), VENDOR);
  store = new EmbeddedStore(await readDataset('seed/indonesia'));
  attachWork(store, {});
  server = await startServer({ store, neo4jStatus: async () => ({ configured: false, reachable: false }) }, 0, '127.0.0.1', { log: () => {}, webRoot: web });
});
afterAll(async () => {
  await server?.close();
  await tmp?.cleanup();
});

describe('answers of the work gate', () => {
  it('sends the graph gzipped to a client that accepts it: the same bytes unzipped, its own ETag, Vary: Accept-Encoding', async () => {
    const url = `${server.url}/api/graph?view=network&lang=id`;
    const plain = await raw(url, { 'Accept-Encoding': 'identity' });
    const zipped = await raw(url, GZ);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.headers['content-type']).toBe(plain.headers['content-type']);
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.byteLength);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    // the seed's graph gzips to under a quarter
    expect(zipped.body.byteLength).toBeLessThanOrEqual(plain.body.byteLength / 4);
    expect(zipped.headers.etag).toBe(`${plain.headers.etag!.slice(0, -1)}-gz"`);

    // Each representation revalidates with its own validator.
    expect((await raw(url, { ...GZ, 'If-None-Match': zipped.headers.etag! })).status).toBe(304);
    expect((await raw(url, { 'Accept-Encoding': 'identity', 'If-None-Match': plain.headers.etag! })).status).toBe(304);
    expect((await raw(url, { ...GZ, 'If-None-Match': plain.headers.etag! })).status).toBe(200);
  });

  it('sends the body as it is when gzip is refused (q=0) or not named', async () => {
    const url = `${server.url}/api/analysis/risk?lang=en`;
    const zipped = await raw(url, GZ);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    for (const headers of [{ 'Accept-Encoding': 'gzip;q=0, identity' }, { 'Accept-Encoding': 'br' }, {}] as Array<Record<string, string>>) {
      const res = await raw(url, headers);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.equals(gunzipSync(zipped.body))).toBe(true);
    }
  });

  it('compresses a GraphML export but neither the CSV tables (a zip) nor a workbook (xlsx is a zip too)', async () => {
    const graphml = await raw(`${server.url}/api/export?format=graphml`, GZ);
    expect(graphml.status).toBe(200);
    expect(graphml.headers['content-encoding']).toBe('gzip');
    expect(graphml.headers['content-disposition']).toMatch(/attachment; filename=".+\.graphml"/);
    const plain = await raw(`${server.url}/api/export?format=graphml`);
    expect(gunzipSync(graphml.body).equals(plain.body)).toBe(true);
    expect(plain.body.toString('utf8', 0, 200)).toMatch(/<graphml/);

    const csv = await raw(`${server.url}/api/export?format=csv`, GZ);
    expect(csv.headers['content-type']).toBe('application/zip');
    expect(csv.headers['content-encoding']).toBeUndefined();

    const xlsx = await raw(`${server.url}/api/export?format=xlsx`, GZ);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    expect(xlsx.headers.vary ?? '').not.toMatch(/Accept-Encoding/i);
    expect(xlsx.body.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe("the front end's files", () => {
  it('sends a script gzipped (GET and HEAD), the same bytes unzipped, and answers 304 to its ETag', async () => {
    const url = `${server.url}/assets/index.js`;
    const plain = await raw(url);
    const zipped = await raw(url, GZ);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(SCRIPT);
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toMatch(/javascript/);
    expect(zipped.headers['cache-control']).toBe('public, max-age=3600');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(SCRIPT);
    expect(zipped.headers.etag).toMatch(/^W\/".+-gz"$/);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect((await raw(url, { ...GZ, 'If-None-Match': zipped.headers.etag! })).status).toBe(304);
    const head = await raw(url, GZ, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('gzip');
    expect(head.body.byteLength).toBe(0);
  });

  it('sends a script that compresses only as well as a minified bundle gzipped too', async () => {
    const zipped = await raw(`${server.url}/assets/vendor.js`, GZ);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const unzipped = gunzipSync(zipped.body);
    expect(unzipped.toString('utf8')).toBe(VENDOR);
    // more than a quarter of the file (a first version sent a gzip only under a quarter, so none of the built files)
    expect(zipped.body.byteLength).toBeGreaterThan(unzipped.byteLength / 4);
  });

  it('compresses a file again once it has changed on disk', async () => {
    const file = path.join(web, 'assets', 'index.js');
    const before = await raw(`${server.url}/assets/index.js`, GZ);
    const changed = SCRIPT.replace('Sentra', 'Klaster');
    await writeFile(file, changed);
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    const after = await raw(`${server.url}/assets/index.js`, GZ);
    expect(gunzipSync(after.body).toString('utf8')).toBe(changed);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('leaves a small file, a path it did not list and a missing file to express.static', async () => {
    const tiny = await raw(`${server.url}/assets/tiny.css`, GZ);
    expect(tiny.status).toBe(200);
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('body{margin:0}');
    const traversal = await raw(`${server.url}/assets/..%2f..%2fpackage.json`, GZ);
    expect(traversal.headers['content-encoding']).toBeUndefined();
    expect(traversal.body.toString()).not.toContain('"name"');
    const missing = await raw(`${server.url}/assets/nothing.js`, GZ);
    expect(missing.headers['content-encoding']).toBeUndefined();
  });
});

describe('the answer cache', () => {
  it('weighs a kept answer as its body, and its gzip too once made; an answer it does not keep weighs nothing', async () => {
    const work = new Work(store, { ...DEFAULT_WORK_LIMITS });
    const signal = new AbortController().signal;
    const json = jsonAnswer({ rows: Array.from({ length: 2000 }, (_, i) => ({ id: i })) });
    await work.answer({ route: 'graph', params: { n: 1 }, signal }, async () => json);
    expect(work.load.cachedBytes).toBe(json.body.byteLength);
    const zipped = await gzipOf(json, (bytes) => work.keep(json, bytes));
    expect(zipped).not.toBeNull();
    expect(work.load.cachedBytes).toBe(json.body.byteLength + zipped!.byteLength);
    // made once: asking again neither compresses nor counts it again
    expect(await gzipOf(json, (bytes) => work.keep(json, bytes))).toBe(zipped);
    expect(work.load.cachedBytes).toBe(json.body.byteLength + zipped!.byteLength);
    const other = jsonAnswer({ rows: Array.from({ length: 2000 }, (_, i) => ({ n: i })) });
    await gzipOf(other, (bytes) => work.keep(other, bytes));
    expect(work.load.cachedBytes).toBe(json.body.byteLength + zipped!.byteLength);
  });

  it('evicts the oldest answers when a gzip takes the cache past its budget', async () => {
    // Four answers of one size S, in a budget of 4 S + 10 bytes (each at most a quarter of it, so kept).
    const answers = ['a', 'b', 'c', 'd'].map((k) => jsonAnswer({ rows: Array.from({ length: 3000 }, (_, i) => ({ [k]: i })) }));
    const size = answers[0]!.body.byteLength;
    expect(answers.every((x) => x.body.byteLength === size)).toBe(true);
    const work = new Work(store, { ...DEFAULT_WORK_LIMITS, cacheBytes: 4 * size + 10 });
    const signal = new AbortController().signal;
    for (const [n, x] of answers.entries()) await work.answer({ route: 'graph', params: { n }, signal }, async () => x);
    expect(work.load.cached).toBe(4);
    const last = answers[3]!;
    await gzipOf(last, (bytes) => work.keep(last, bytes));
    // the first, least recently used, made room for the last one's gzip
    expect(work.load.cached).toBe(3);
    expect((await work.answer({ route: 'graph', params: { n: 3 }, signal }, async () => last)).outcome).toBe('hit');
    expect((await work.answer({ route: 'graph', params: { n: 0 }, signal }, async () => answers[0]!)).outcome).toBe('computed');
  });
});
