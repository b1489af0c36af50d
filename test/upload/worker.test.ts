// POST /api/datasets reads and checks an upload on a worker thread (server/upload/off-thread.ts),
// whose heap is capped by limits.maxHeapMb: an upload that needs more is refused with 413
// request_too_large in the reader's language, the server goes on, and the dataset served before
// is untouched. The same upload with the default cap is accepted, so the refusal is the cap's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphToDataset } from '../../server/export/index.ts';
import { datasetHash, datasetToCsvTexts, datasetToGraph, workbookBytes } from '../../server/model/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { DEFAULT_UPLOAD_LIMITS } from '../../server/upload/limits.ts';
import { datasetOfUpload, datasetOfUploadOffThread, type ReceivedUpload } from '../../server/upload/index.ts';
import { PIECE_ITEMS } from '../../server/util/pieces.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { zipOf } from './zips.ts';

const TOKEN = 'worker-test-write-token-0123';
// 20,000 firms: about 12 MB of CSV, which takes the reader well over 64 MB of heap to parse and
// check (a national dataset of 100,000 firms takes 512–768 MB, measured with resourceLimits).
const big = generateDataset({ clusters: 40, firms: 20_000, components: 300, seed: 3 });
const zip = zipOf(Object.fromEntries(datasetToCsvTexts(big)));

let tight: TestServer;
let roomy: TestServer;
beforeAll(async () => {
  tight = await serveWith(new EmbeddedStore(smallDataset(1), 'original'), { writeToken: TOKEN, limits: { maxHeapMb: 64 } });
  roomy = await serveWith(new EmbeddedStore(smallDataset(1), 'original'), { writeToken: TOKEN });
});
afterAll(async () => {
  await tight?.close();
  await roomy?.close();
});

const upload = async (server: TestServer, query = '') => {
  const res = await fetch(`${server.url}/api/datasets${query}`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/zip' }, body: zip });
  return { status: res.status, body: (await res.json()) as unknown };
};
const served = async (server: TestServer) =>
  (await (await fetch(`${server.url}/api/health`)).json()) as { dataset: string; counts: { nodes: Record<string, number> }; provenance: { hash: string | null } };

describe('an upload is read on a worker thread with a capped heap', () => {
  it('over the cap: 413 request_too_large naming the cap, in English and Indonesian; nothing changes', async () => {
    const en = await upload(tight);
    expect(en.status).toBe(413);
    expect(errorOf(en.body).code).toBe('request_too_large');
    expect(errorOf(en.body).message).toBe(
      'reading this upload needed more than 64 MB of memory, the most the server gives one upload; nothing was changed (RANTAI_UPLOAD_HEAP_MB on the server sets this limit)',
    );
    expect(errorOf(en.body).details).toEqual({ heapMb: 64 });
    const id = await upload(tight, '?lang=id');
    expect(errorOf(id.body).message).toMatch(/^membaca unggahan ini memerlukan memori lebih dari 64 MB/);
    const after = await served(tight);
    expect(after.dataset).toBe('original');
    expect(after.counts.nodes.Firm).toBe(smallDataset(1).firms.length);
  });

  it('the same upload under the default cap is accepted', async () => {
    expect(DEFAULT_UPLOAD_LIMITS.maxHeapMb).toBe(4096);
    const r = await upload(roomy, '?name=big');
    expect(r.status).toBe(200);
    expect((await served(roomy)).counts.nodes.Firm).toBe(20_000);
    // The content hash the worker computed is the one datasetHash gives the dataset here.
    expect((await served(roomy)).provenance.hash).toBe(datasetHash(datasetToGraph(big)));
    // And the one a store computes from its own graph.
    expect((await served(roomy)).provenance.hash).toBe((await new EmbeddedStore(big).info()).hash);
  });

  it('problems found on the worker come back located and in the request language', async () => {
    const texts = datasetToCsvTexts(smallDataset(2));
    texts.set('firms.csv', texts.get('firms.csv')!.replace(/\n([^,\n]+),/, '\n$1,,'));
    const res = await fetch(`${roomy.url}/api/datasets?lang=id`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/zip' },
      body: zipOf(Object.fromEntries(texts)),
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as unknown;
    expect(errorOf(body).message).toMatch(/^dataset ditolak karena \d+ masalah/);
    const listed = errorOf(body).details as Array<{ file: string; line: number; message: string }>;
    expect(listed[0]).toMatchObject({ file: 'firms.csv', line: 2 });
    // Told in Indonesian on the worker (the Texts behind the problems do not cross threads).
    expect(listed[0]!.message).not.toMatch(/\b(the|must|column)\b/);
  });

  // The dataset comes back in pieces of PIECE_ITEMS rows, and a merge's base graph goes over in
  // pieces (server/util/pieces.ts): what arrives must be what the worker read, table by table.
  it('answers when the worker ends while this thread is busy (its messages then come as it exits)', async () => {
    // The blank template: no table has a row, so the worker posts its answer and ends at once. With
    // this thread busy meanwhile (a server warming a national dataset), Node delivers the answer as
    // the worker exits and 'exit' at once after it: the upload was rejected as a reader that
    // "stopped before it answered" (a 500).
    const blank = new Uint8Array(await workbookBytes());
    const received: ReceivedUpload = { parts: [{ name: 'rantai-template.xlsx', kind: 'xlsx', bytes: Buffer.from(blank) }], fields: {}, named: true };
    const answer = datasetOfUploadOffThread(received, DEFAULT_UPLOAD_LIMITS, { lang: 'en' });
    const until = Date.now() + 4_000; // far longer than the worker needs to read a blank workbook
    while (Date.now() < until); // this thread busy: the worker answers and ends meanwhile
    const off = await answer;
    expect(off.dataset.firms).toEqual([]);
    expect(off.suggestedName).toBe('rantai-template');
  }, 60_000);

  it('gives the dataset the in-thread reader gives, across pieces, replaced and merged', async () => {
    expect(big.firms.length).toBeGreaterThan(3 * PIECE_ITEMS);
    const received = (bytes: Uint8Array): ReceivedUpload => ({ parts: [{ name: 'big.zip', kind: 'zip', bytes: Buffer.from(bytes) }], fields: {}, named: true });
    const off = await datasetOfUploadOffThread(received(zip), DEFAULT_UPLOAD_LIMITS, { lang: 'en' });
    const inThread = await datasetOfUpload(received(zip), DEFAULT_UPLOAD_LIMITS);
    expect(off.dataset).toEqual(inThread.dataset);
    expect([off.given, off.files, off.suggestedName]).toEqual([inThread.given, inThread.files, inThread.suggestedName]);
    // A merge of one file into the big dataset: the base is the big graph, made a dataset on the worker.
    // Its own enrolments but the last: the merged dataset has one enrolment fewer.
    const lines = datasetToCsvTexts(big).get('enrolments.csv')!.trimEnd().split('\n');
    const enrolments = zipOf({ 'enrolments.csv': `${lines.slice(0, -1).join('\n')}\n` });
    const base = datasetToGraph(big);
    const merged = await datasetOfUploadOffThread(received(enrolments), DEFAULT_UPLOAD_LIMITS, { lang: 'en', base });
    const mergedInThread = await datasetOfUpload(received(enrolments), DEFAULT_UPLOAD_LIMITS, { base: graphToDataset(base) });
    expect(merged.dataset).toEqual(mergedInThread.dataset);
    expect(merged.dataset.firms).toHaveLength(big.firms.length);
    expect(merged.dataset.enrolments).toHaveLength(big.enrolments.length - 1);
  }, 120_000);
});
