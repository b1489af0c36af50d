// Exports are written on a worker thread (server/export/off-thread.ts): at national scale each
// format held the main thread 7–16 s (bench/README, "Eighteenth round"). Here: the bytes are those
// the in-thread writers give, for every format, on the seed and on a generated graph that crosses
// several pieces (server/util/pieces.ts); the ETag is the body's; an export that needs more heap
// than its worker may use is a 413 naming the cap, in both languages, and the server goes on;
// an export no longer wanted ends its worker.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportGraph, exportOffThread, graphToDataset } from '../../server/export/index.ts';
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

describe('exportOffThread writes what the in-thread writers write', () => {
  let seed: GraphData;
  let generated: GraphData;
  beforeAll(async () => {
    seed = datasetToGraph(await readDataset('seed/indonesia'));
    generated = datasetToGraph(generateDataset({ clusters: 12, firms: 2_000, components: 80, seed: 5 }));
  });

  it.each(EXPORT_FORMATS)('%s, on the seed and on a graph of several pieces, with the body’s ETag', async (format) => {
    // More relationships than three pieces hold, so the worker must put pieces together in order.
    expect(generated.rels.length).toBeGreaterThan(3 * PIECE_ITEMS);
    for (const graph of [seed, generated]) {
      const off = await exportOffThread({ format, about }, graph);
      expect(off.etag).toBe(bodyEtag(off.body));
      const expected = await inThread(format, graph);
      if (format === 'xlsx') expect(workbookEntries(off.body)).toEqual(workbookEntries(expected));
      else expect(Buffer.compare(off.body, Buffer.from(expected))).toBe(0);
    }
  });

  it('ends the worker of an export no longer wanted, with the reason it was stopped', async () => {
    const controller = new AbortController();
    const stopping = exportOffThread({ format: 'gexf' }, generated, { signal: controller.signal });
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
