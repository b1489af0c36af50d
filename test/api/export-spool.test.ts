// Whole-graph exports are kept on disk and streamed (server/export/spool.ts, server/work/http.ts), one for every language:
// the server holds none of their bytes while a client downloads them (a national GEXF is 447 MB).
// Here, over HTTP on a generated dataset: the file sent is the one the in-thread writer writes (and
// its gzip unzips to it, node:zlib being the independent reader); asked again, it is the kept file;
// the answer cache counts none of its bytes; a matching If-None-Match is a 304 and a range a 206
// with exactly those bytes (a broken download resumes); a file removed from disk is written again;
// and when the data changes the export is of the new data and the old version's folder is gone.
// With no answer cache at all (as when other large answers have pushed an export's out), the file
// written for the data version is sent again without being written again, to GET, HEAD and ranges.
// A full disk is a 413 saying so, in both languages; /dev/full (the kernel's device whose every write
// fails with ENOSPC) stands in for it, linked where the writer writes.
import { existsSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph, spoolFor } from '../../server/export/index.ts';
import { datasetToGraph } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { attachWork, bodyEtag, workFor } from '../../server/work/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { serveWith, type TestServer } from '../helpers/app-with.ts';
import { raw } from './raw-http.ts';

const dataset = generateDataset({ clusters: 8, firms: 600, components: 40, seed: 11 });
const expectedGexf = Buffer.from(exportGraph('gexf', datasetToGraph(dataset)).body as string, 'utf8');

let server: TestServer;
let store: EmbeddedStore;
let url: string;

beforeAll(async () => {
  store = new EmbeddedStore(dataset, 'spool');
  server = await serveWith(store);
  url = `${server.url}/api/export?format=gexf`;
});
afterAll(() => server?.close());

/** The files of the store's export folder, by data version. */
const spooled = () => {
  const dir = spoolFor(store).dir;
  return existsSync(dir) ? readdirSync(dir).map((version) => ({ version, files: readdirSync(path.join(dir, version)).sort() })) : [];
};

describe('an export kept on disk', () => {
  it('is the writer’s file, then the kept one, and the answer cache counts none of its bytes', async () => {
    const first = await raw(url);
    expect(first.status).toBe(200);
    expect(first.headers['x-rantai-work']).toBe('computed');
    expect(Buffer.compare(first.body, expectedGexf)).toBe(0);
    expect(first.headers.etag).toBe(bodyEtag(expectedGexf));
    expect(first.headers['content-length']).toBe(String(expectedGexf.byteLength));
    expect(first.headers['content-disposition']).toBe('attachment; filename="rantai-graph.gexf"');
    expect(first.headers['content-type']).toMatch(/^application\/gexf\+xml/);
    // One version, holding the GEXF and its gzip, nothing half-written.
    expect(spooled()).toEqual([{ version: expect.any(String), files: ['rantai-graph.gexf', 'rantai-graph.gexf.gz'] }]);

    const again = await raw(url);
    expect(again.headers['x-rantai-work']).toBe('hit');
    expect(Buffer.compare(again.body, expectedGexf)).toBe(0);
    // The whole answer is kept; its bytes are on disk, not in the cache (they were, before: 1 MB here).
    expect(expectedGexf.byteLength).toBeGreaterThan(500_000);
    expect(workFor(store).load.cachedBytes).toBeLessThan(1_000);
    // The file is the same in every language: asked in Indonesian, it is the kept one.
    const id = await raw(`${url}&lang=id`, { 'Accept-Language': 'id-ID,id;q=0.9' });
    expect(id.headers['x-rantai-work']).toBe('hit');
    expect(Buffer.compare(id.body, expectedGexf)).toBe(0);
  });

  it('goes gzipped to a client that accepts it, unzipping to the same bytes, with its own validator', async () => {
    const zipped = await raw(url, { 'Accept-Encoding': 'gzip' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(zipped.headers.etag).toBe(bodyEtag(expectedGexf).replace(/"$/, '-gz"'));
    expect(zipped.body.byteLength).toBeLessThan(expectedGexf.byteLength / 4);
    expect(Buffer.compare(gunzipSync(zipped.body), expectedGexf)).toBe(0);
  });

  it('is a 304 to a matching If-None-Match, and a range is exactly those bytes (a download resumes)', async () => {
    const etag = bodyEtag(expectedGexf);
    const unchanged = await raw(url, { 'If-None-Match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body.byteLength).toBe(0);

    const total = expectedGexf.byteLength;
    const part = await raw(url, { Range: 'bytes=1000-1999', 'If-Range': etag });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 1000-1999/${total}`);
    expect(Buffer.compare(part.body, expectedGexf.subarray(1000, 2000))).toBe(0);
    const rest = await raw(url, { Range: `bytes=${total - 10}-` });
    expect(Buffer.compare(rest.body, expectedGexf.subarray(total - 10))).toBe(0);
    // A range of another version of the file (If-Range does not match) gets the whole file.
    const stale = await raw(url, { Range: 'bytes=1000-1999', 'If-Range': '"another"' });
    expect(stale.status).toBe(200);
    expect(stale.body.byteLength).toBe(total);
  });

  it('is a 416 naming the file’s size to a range outside it, in English and Indonesian (it was a 400 “Range Not Satisfiable”)', async () => {
    const total = expectedGexf.byteLength;
    const outside = await raw(url, { Range: `bytes=${total}-` });
    expect(outside.status).toBe(416);
    expect(outside.headers['content-range']).toBe(`bytes */${total}`);
    const body = JSON.parse(outside.body.toString('utf8')) as { error: { code: string; message: string; details: { size: number } } };
    expect(body.error.code).toBe('range_not_satisfiable');
    expect(body.error.details.size).toBe(total);
    expect(body.error.message).toContain(`bytes 0 to ${total - 1}`);
    const id = JSON.parse((await raw(`${url}&lang=id`, { Range: `bytes=${total + 5}-${total + 9}` })).body.toString('utf8')) as { error: { code: string; message: string } };
    expect(id.error.code).toBe('range_not_satisfiable');
    expect(id.error.message).toMatch(/^rentang yang diminta \(Range: bytes=\d+-\d+\) berada di luar berkas/);
    // The file is still there for a range inside it.
    expect((await raw(url, { Range: 'bytes=0-9' })).status).toBe(206);
  });

  it('is written again when its file has gone from disk (a cleaner of the temporary folder)', async () => {
    rmSync(spoolFor(store).dir, { recursive: true, force: true });
    const answered = await raw(url);
    expect(answered.status).toBe(200);
    expect(answered.headers['x-rantai-work']).toBe('computed');
    expect(Buffer.compare(answered.body, expectedGexf)).toBe(0);
  });

  it('is of the new data once the data changes, and the old version’s folder is gone', async () => {
    const before = spooled().map((v) => v.version);
    expect(before).toHaveLength(1);
    const next = generateDataset({ clusters: 8, firms: 300, components: 40, seed: 12 });
    await store.replace(next, 'next');
    const answered = await raw(url);
    expect(answered.headers['x-rantai-work']).toBe('computed');
    expect(Buffer.compare(answered.body, Buffer.from(exportGraph('gexf', datasetToGraph(next)).body as string, 'utf8'))).toBe(0);
    const after = spooled();
    expect(after).toHaveLength(1);
    expect(after[0]!.version).not.toBe(before[0]);
  });
});

describe('an export on a full disk', () => {
  let full: TestServer;
  let fullStore: EmbeddedStore;
  beforeAll(async () => {
    fullStore = new EmbeddedStore(generateDataset({ clusters: 4, firms: 200, components: 20, seed: 13 }), 'full');
    full = await serveWith(fullStore);
  });
  afterAll(() => full?.close());

  it('is a 413 saying the temporary folder has no room, in English and Indonesian, and is written once there is room', async () => {
    const folder = spoolFor(fullStore).folderFor((await fullStore.version()).key);
    const part = path.join(folder, 'rantai-graph.gexf.part');
    symlinkSync('/dev/full', part);
    const en = await raw(`${full.url}/api/export?format=gexf`);
    expect(en.status).toBe(413);
    expect(JSON.parse(en.body.toString('utf8')).error).toMatchObject({
      code: 'request_too_large',
      message: "the server's temporary folder has no room left for this export (TMPDIR on the server sets where exports are written); rantai export on the command line writes where you choose",
    });
    const id = await raw(`${full.url}/api/export?format=gexf&lang=id`);
    expect(id.status).toBe(413);
    expect(JSON.parse(id.body.toString('utf8')).error.message).toBe(
      'folder sementara server tidak lagi memiliki ruang untuk ekspor ini (lokasi penulisan ekspor diatur oleh TMPDIR di server); rantai export di baris perintah menulis ke lokasi yang Anda pilih',
    );
    rmSync(part);
    const ok = await raw(`${full.url}/api/export?format=gexf`);
    expect(ok.status).toBe(200);
    expect(ok.body.toString('utf8')).toMatch(/^<\?xml/);
  });
});

describe('an export whose answer the cache no longer holds', () => {
  let bare: TestServer;
  let bareStore: EmbeddedStore;
  beforeAll(async () => {
    bareStore = new EmbeddedStore(dataset, 'no cache');
    attachWork(bareStore, { cacheEntries: 0 });
    bare = await serveWith(bareStore);
  });
  afterAll(() => bare?.close());

  it('is the file written for this data version, not written again, until the data changes', async () => {
    const exportUrl = `${bare.url}/api/export?format=gexf`;
    const first = await raw(exportUrl);
    expect(first.status).toBe(200);
    expect(Buffer.compare(first.body, expectedGexf)).toBe(0);
    const file = path.join(spoolFor(bareStore).folderFor((await bareStore.version()).key), 'rantai-graph.gexf');
    const written = statSync(file);
    // Nothing is cached, so every answer is computed: the route itself must find the file.
    for (const [method, headers] of [['GET', {}], ['HEAD', {}], ['GET', { Range: 'bytes=0-99' }]] as const) {
      const again = await raw(exportUrl, headers, method);
      expect(again.headers['x-rantai-work']).toBe('computed');
      expect(again.headers.etag).toBe(bodyEtag(expectedGexf));
      if (method === 'GET' && !('Range' in headers)) expect(Buffer.compare(again.body, expectedGexf)).toBe(0);
    }
    const after = statSync(file);
    expect(after.ino).toBe(written.ino);
    expect(after.mtimeMs).toBe(written.mtimeMs);

    const next = generateDataset({ clusters: 8, firms: 300, components: 40, seed: 12 });
    await bareStore.replace(next, 'next');
    const changed = await raw(exportUrl);
    expect(Buffer.compare(changed.body, Buffer.from(exportGraph('gexf', datasetToGraph(next)).body as string, 'utf8'))).toBe(0);
  });
});
