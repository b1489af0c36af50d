// Exports are written to a file on a worker thread (server/export/off-thread.ts): at national scale
// each format held the main thread 7–16 s (bench/README, "Eighteenth round"). Here: the file's bytes
// are those the in-thread writers give, for every format, with a gzip beside it where one is worth
// sending, on the seed and on a generated graph that crosses several pieces (server/util/pieces.ts);
// the ETag is the body's; an export that needs more heap
// than its worker may use is a 413 naming the cap, in both languages, and the server goes on;
// an export no longer wanted ends its worker.
import { unzipSync } from 'fflate';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportGraph, exportToFile, graphToDataset, gzipPathOf } from '../../server/export/index.ts';
import { datasetToGraph, readDataset, workbookBytes, type GraphData } from '../../server/model/index.ts';
import { PIECE_ITEMS } from '../../server/util/pieces.ts';
import { bodyEtag } from '../../server/work/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';

const about = { name: 'seed', source: 'folder seed/indonesia', loadedAt: '2026-12-04T00:00:00.000Z', hash: null };

/** A workbook's entries, but its creation time (docProps/core.xml), which exceljs sets to now. */
const workbookEntries = (bytes: Uint8Array) => Object.entries(unzipSync(bytes)).filter(([name]) => name !== 'docProps/core.xml');

async function inThread(format: (typeof EXPORT_FORMATS)[number], graph: GraphData): Promise<Uint8Array> {
  if (format === 'xlsx') return workbookBytes(graphToDataset(graph), about);
  const body = exportGraph(format, graph).body;
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}

describe('exportToFile writes what the in-thread writers write', () => {
  let seed: GraphData;
  let generated: GraphData;
  let dir: string;
  beforeAll(async () => {
    seed = datasetToGraph(await readDataset('seed/indonesia'));
    generated = datasetToGraph(generateDataset({ clusters: 12, firms: 2_000, components: 80, seed: 5 }));
    dir = await mkdtemp(path.join(tmpdir(), 'rantai-off-thread-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(EXPORT_FORMATS)('%s, on the seed and on a graph of several pieces, with the body’s ETag and a gzip where it is worth sending', async (format) => {
    // More relationships than three pieces hold, so the worker must put pieces together in order.
    expect(generated.rels.length).toBeGreaterThan(3 * PIECE_ITEMS);
    for (const [name, graph] of [['seed', seed], ['generated', generated]] as const) {
      // The folder does not exist yet: the worker makes it.
      const target = path.join(dir, name, `${format}.out`);
      // The route asks for a gzip of the text formats only (xlsx is not text); the CSV zip is asked
      // for here to see that a gzip saving less than a tenth is not kept.
      const off = await exportToFile({ format, about, path: target, gzip: format !== 'xlsx' }, graph);
      const body = await readFile(target);
      expect(off.file).toMatchObject({ path: target, bytes: body.byteLength });
      expect(off.etag).toBe(bodyEtag(body));
      const expected = await inThread(format, graph);
      if (format === 'xlsx') expect(workbookEntries(body)).toEqual(workbookEntries(expected));
      else expect(Buffer.compare(body, Buffer.from(expected))).toBe(0);
      if (format === 'csv' || format === 'xlsx') {
        // Zips already: none asked for (xlsx), or one saving less than a tenth, not kept (csv).
        expect(off.file.gzip).toBeUndefined();
        expect(existsSync(gzipPathOf(target))).toBe(false);
      } else {
        const zipped = await readFile(gzipPathOf(target));
        expect(off.file.gzip).toEqual({ path: gzipPathOf(target), bytes: zipped.byteLength });
        expect(Buffer.compare(gunzipSync(zipped), body)).toBe(0);
      }
      // Nothing written under a temporary name is left behind.
      expect((await readdir(path.dirname(target))).filter((f) => f.endsWith('.part'))).toEqual([]);
    }
  });

  it('ends the worker of an export no longer wanted, with the reason it was stopped', async () => {
    const controller = new AbortController();
    const stopping = exportToFile({ format: 'gexf', path: path.join(dir, 'stopped.gexf'), gzip: false }, generated, { signal: controller.signal });
    controller.abort(new Error('client gone'));
    await expect(stopping).rejects.toThrow('client gone');
  });
});

describe('an export whose worker runs out of heap', () => {
  const TOKEN = 'export-heap-test-token-0123';
  let server: TestServer;
  beforeAll(async () => {
    // 20,000 firms: writing their GEXF takes the worker well past 64 MB of heap.
    server = await serveWith(new EmbeddedStore(generateDataset({ clusters: 40, firms: 20_000, components: 300, seed: 3 }), 'big'), { writeToken: TOKEN });
    server.ctx.exportHeapMb = 64;
  });
  afterAll(() => server?.close());

  it('is a 413 naming the cap, in English and Indonesian, and the server goes on', async () => {
    const en = await fetch(`${server.url}/api/export?format=gexf`);
    expect(en.status).toBe(413);
    const error = errorOf(await en.json());
    expect(error.code).toBe('request_too_large');
    expect(error.message).toBe(
      'writing this export needed more than 64 MB of memory, the most the server gives one export (RANTAI_EXPORT_HEAP_MB on the server sets this limit); rantai export on the command line has no such limit',
    );
    expect(error.details).toEqual({ heapMb: 64 });
    const id = errorOf(await (await fetch(`${server.url}/api/export?format=gexf&lang=id`)).json());
    expect(id.message).toMatch(/^penulisan ekspor ini memerlukan memori lebih dari 64 MB/);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    // With the default cap the same export is written.
    delete server.ctx.exportHeapMb;
    const ok = await fetch(`${server.url}/api/export?format=gexf`);
    expect(ok.status).toBe(200);
    expect((await ok.arrayBuffer()).byteLength).toBeGreaterThan(10_000_000);
  }, 120_000);
});
