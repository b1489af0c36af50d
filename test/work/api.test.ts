// The work gate through the HTTP API on the embedded store (seed dataset): identical concurrent
// requests computed once, answers cached per data version, budgets and capacity answered as 503
// with Retry-After and a reason (in the request's language), a client that leaves cancels the work.
// Expected counts are by construction: each missing-links computation calls derived('links-ranking')
// exactly once (server/analysis/links/missing-links.ts), and each metrics computation calls
// derived('metrics') once, so counting those calls counts computations independently of the
// gate's own statistics.
import { get as get_, type IncomingMessage } from 'node:http';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { attachWork, type WorkLimits } from '../../server/work/index.ts';
import { serveStore } from '../helpers/server.ts';
import { slowStore, type SlowStore } from './slow-store.ts';

let seed: Dataset;
beforeAll(async () => {
  seed = await readDataset('seed/indonesia');
});

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(limits: Partial<WorkLimits>, delayMs = 0): Promise<{ slow: SlowStore; url: string; work: ReturnType<typeof attachWork> }> {
  const slow = slowStore(new EmbeddedStore(seed), delayMs);
  const work = attachWork(slow.store, limits);
  server = await serveStore(slow.store);
  return { slow, url: server.url, work };
}

interface Reply {
  status: number;
  body: { error?: { code: string; message: string; details?: Record<string, unknown> } } & Record<string, unknown>;
  outcome: string | null;
  retryAfter: string | null;
}

async function get(url: string, init?: RequestInit): Promise<Reply> {
  const res = await fetch(url, init);
  return { status: res.status, body: (await res.json()) as Reply['body'], outcome: res.headers.get('x-rantai-work'), retryAfter: res.headers.get('retry-after') };
}

describe('single flight and the answer cache', () => {
  it('computes 50 identical concurrent requests once (cache off: sharing alone)', async () => {
    const { slow, url, work } = await serve({ cacheEntries: 0 }, 500);
    const replies = await Promise.all(Array.from({ length: 50 }, () => get(`${url}/api/analysis/missing-links?limit=5`)));
    expect(replies.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(new Set(replies.map((r) => JSON.stringify(r.body))).size).toBe(1);
    expect(slow.calls.get('links-ranking')).toBe(1);
    expect(work.stats.computed).toBe(1);
    expect(replies.filter((r) => r.outcome === 'computed')).toHaveLength(1);
    expect(replies.filter((r) => r.outcome === 'shared')).toHaveLength(49);
    // Without the gate each request would compute (cache off, nothing in flight any more).
    await get(`${url}/api/analysis/missing-links?limit=5`);
    expect(slow.calls.get('links-ranking')).toBe(2);
  });

  it('answers a repeated request from the cache, and the same request in another order of parameters too', async () => {
    const { slow, url } = await serve({});
    const first = await get(`${url}/api/analysis/missing-links?limit=3&cluster=cl-ceper`);
    const again = await get(`${url}/api/analysis/missing-links?cluster=cl-ceper&limit=3`);
    expect([first.outcome, again.outcome]).toEqual(['computed', 'hit']);
    expect(again.body).toEqual(first.body);
    expect(slow.calls.get('links-ranking')).toBe(1);
    // A different request, or the same one in another language, is computed afresh.
    expect((await get(`${url}/api/analysis/missing-links?limit=4&cluster=cl-ceper`)).outcome).toBe('computed');
    expect((await get(`${url}/api/analysis/missing-links?limit=3&cluster=cl-ceper`, { headers: { 'Accept-Language': 'id' } })).outcome).toBe('computed');
    expect(slow.calls.get('links-ranking')).toBe(3);
  });

  it('sends an ETag and answers 304 to a client that already holds the answer', async () => {
    const { url } = await serve({});
    const first = await fetch(`${url}/api/analysis/imports`, { headers: { 'Accept-Language': 'id' } });
    const etag = first.headers.get('etag');
    // fetch accepts gzip, so the validator is the gzip representation's (test/api/gzip.test.ts).
    expect(etag).toMatch(/^"[\w-]{27}-gz"$/);
    await first.arrayBuffer();
    // node:http, because fetch adds Cache-Control: no-cache to a request with If-None-Match.
    const again = await new Promise<IncomingMessage>((resolve, reject) => get_(`${url}/api/analysis/imports`, { headers: { 'If-None-Match': etag!, 'Accept-Language': 'id', 'Accept-Encoding': 'gzip' } }, resolve).on('error', reject));
    again.resume();
    expect(again.statusCode).toBe(304);
    expect(again.headers['x-rantai-work']).toBe('hit');
  });

  it('caches an entity per data version and shares it between identical requests (a hub took Neo4j 2.5 s a click)', async () => {
    const { url, slow } = await serve({});
    const replies = await Promise.all(Array.from({ length: 6 }, () => get(`${url}/api/entities/cl-ceper`)));
    expect(replies.filter((r) => r.outcome === 'computed')).toHaveLength(1);
    expect((await get(`${url}/api/entities/cl-ceper`)).outcome).toBe('hit');
    // Another language is another answer; a replaced dataset, a fresh one with its new name.
    expect((await get(`${url}/api/entities/cl-ceper`, { headers: { 'Accept-Language': 'id' } })).outcome).toBe('computed');
    await slow.store.replace({ ...seed, clusters: seed.clusters.map((c) => (c.id === 'cl-ceper' ? { ...c, name: 'Ceper (renamed)' } : c)) });
    const after = await get(`${url}/api/entities/cl-ceper`);
    expect(after.outcome).toBe('computed');
    expect((after.body.properties as { name: string }).name).toBe('Ceper (renamed)');
  });

  it('never answers from an older dataset: replace() changes the version and the answer', async () => {
    const { url, slow } = await serve({});
    const before = await get(`${url}/api/graph?cluster=cl-ceper`);
    expect((await get(`${url}/api/graph?cluster=cl-ceper`)).outcome).toBe('hit');
    // The same seed with Ceper renamed: only the version tells the cache the data changed.
    const renamed: Dataset = { ...seed, clusters: seed.clusters.map((c) => (c.id === 'cl-ceper' ? { ...c, name: 'Ceper (renamed)' } : c)) };
    await slow.store.replace(renamed);
    const after = await get(`${url}/api/graph?cluster=cl-ceper`);
    expect(after.outcome).toBe('computed');
    const name = (reply: Reply) => (reply.body.nodes as Array<{ id: string; name: string }>).find((n) => n.id === 'cl-ceper')?.name;
    expect(name(before)).not.toBe('Ceper (renamed)');
    expect(name(after)).toBe('Ceper (renamed)');
  });
});

describe('capacity and budgets', () => {
  it('refuses beyond the queue with 503 over_capacity and Retry-After, and answers the rest', async () => {
    // Each analysis takes 1.5 s, so all four requests arrive while the first still runs, even on a
    // machine busy enough to take a few hundred milliseconds between them (a CI run once did).
    const { url, work } = await serve({ concurrency: 1, queue: 1, cacheEntries: 0 }, 1500);
    const replies = await Promise.all([1, 2, 3, 4].map((seedValue) => get(`${url}/api/analysis/metrics?seed=${seedValue}`)));
    const statuses = replies.map((r) => r.status).sort();
    // One runs, one waits, two are refused at once.
    expect(statuses).toEqual([200, 200, 503, 503]);
    for (const refused of replies.filter((r) => r.status === 503)) {
      expect(refused.body.error?.code).toBe('over_capacity');
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(refused.body.error?.message).toMatch(/^the server is busy/);
    }
    expect(work.stats.refused).toBe(2);
  });

  it('writes exports in a lane of their own: one at a time, the next waiting, analyses answered meanwhile', async () => {
    // Every held-back read takes 800 ms, and there is one analysis place. Before the export lane an
    // export took that place: the risk analysis waited behind both exports (about 2.4 s).
    const { url, work } = await serve({ concurrency: 1, cacheEntries: 0 }, 800);
    const done: string[] = [];
    const timed = (name: string, path: string) =>
      fetch(`${url}${path}`).then(async (res) => {
        await res.arrayBuffer();
        done.push(name);
        return res.status;
      });
    const first = timed('graphml', '/api/export?format=graphml');
    const second = timed('gexf', '/api/export?format=gexf');
    await new Promise((r) => setTimeout(r, 150));
    const risk = timed('risk', '/api/analysis/risk');
    await new Promise((r) => setTimeout(r, 150));
    expect(work.load).toMatchObject({ exporting: 1, exportsQueued: 1, inFlight: 1, queued: 0 });
    expect(await Promise.all([first, second, risk])).toEqual([200, 200, 200]);
    // The analysis is answered while the exports are still being written, one after the other.
    expect(done).toEqual(['risk', 'graphml', 'gexf']);
  });

  it('stops an analysis at its time budget: 503 time_budget_exceeded with Retry-After, then serves on', async () => {
    const { url, slow, work } = await serve({ timeoutMs: 100, cacheEntries: 0 }, 1000);
    const started = Date.now();
    const late = await get(`${url}/api/analysis/risk`);
    expect(Date.now() - started).toBeLessThan(900);
    expect(late.status).toBe(503);
    expect(late.body.error?.code).toBe('time_budget_exceeded');
    expect(late.body.error?.details).toMatchObject({ budgetMs: 100 });
    expect(Number(late.retryAfter)).toBeGreaterThan(0);
    expect(work.stats.timedOut).toBe(1);
    slow.delayMs = 0;
    expect((await get(`${url}/api/analysis/risk`)).status).toBe(200);
  });

  it('tells a posted graph past its budget to ask for less, with no Retry-After: nothing of it is kept for a retry (English and Indonesian)', async () => {
    const { url } = await serve({ timeoutMs: 200, cacheEntries: 0 });
    // A random graph of 4,000 nodes and 16,000 edges: exact betweenness takes about a second here.
    let state = 7;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) % 4000;
    const edges = Array.from({ length: 16_000 }, () => [next(), next()]);
    const post = (lang: string) =>
      get(`${url}/api/analysis/graph?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ edges, metrics: { betweenness: {} } }) });
    const en = await post('en');
    expect(en.status).toBe(503);
    expect(en.body.error?.code).toBe('time_budget_exceeded');
    expect(en.retryAfter).toBeNull();
    expect(en.body.error?.details).toEqual({ budgetMs: 200 });
    expect(en.body.error?.message).toBe(
      'the answer was not ready within its time budget of 0.2 s; nothing of this work is kept between requests, so the same request would take as long again: ask for less (for a posted graph: fewer nodes, betweenness from a sample of k sources, fewer pairs with among or top)',
    );
    const id = await post('id');
    expect(id.body.error?.message).toMatch(/^jawaban belum siap dalam batas waktunya \(0,2 detik\); perhitungan ini tidak disimpan antarpermintaan/);
  });

  it('refuses to start an analysis when the heap is fuller than allowed: 503 memory_budget_exceeded, in Bahasa Indonesia when asked', async () => {
    // 0.001 % of the heap limit is always in use, so the budget is exceeded for certain.
    const { url } = await serve({ heapPercent: 0.001 });
    const en = await get(`${url}/api/analysis/substitution`);
    expect(en.status).toBe(503);
    expect(en.body.error?.code).toBe('memory_budget_exceeded');
    expect(en.body.error?.message).toMatch(/^the server's memory is \d+% full/);
    expect(Number(en.retryAfter)).toBeGreaterThan(0);
    const id = await get(`${url}/api/analysis/substitution`, { headers: { 'Accept-Language': 'id-ID,id;q=0.9,en;q=0.5' } });
    expect(id.body.error?.code).toBe('memory_budget_exceeded');
    expect(id.body.error?.message).toMatch(/^memori server sudah terpakai \d+%/);
  });

  it('keeps validation errors as they were: 400 naming the field, before any work', async () => {
    const { url, work } = await serve({});
    const bad = await get(`${url}/api/analysis/missing-links?limit=1001`);
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe('invalid_parameter');
    expect(work.stats.computed).toBe(0);
  });
});

describe('cancellation', () => {
  it('stops the work of a client that disconnects, and answers the next client normally', async () => {
    const { url, slow, work } = await serve({ cacheEntries: 0 }, 400);
    const leaving = new AbortController();
    // Missing links for a buyer looks the buyer up (held back 400 ms), then builds its index.
    const gone = fetch(`${url}/api/analysis/missing-links?buyer=f-kai`, { signal: leaving.signal }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    expect(work.load.inFlight).toBe(1);
    leaving.abort();
    await gone;
    // The computation stops at its next step (after the held-back derived() call, ~800 ms in):
    // the index is never built and the place is freed.
    for (let waited = 0; work.load.inFlight > 0 && waited < 3000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(slow.calls.get('entity')).toBe(1);
    expect(slow.built.get('links-ranking')).toBeUndefined();
    expect(work.stats.cancelled).toBe(1);
    expect(work.load.inFlight).toBe(0);
    slow.delayMs = 0;
    expect((await get(`${url}/api/analysis/missing-links?buyer=f-kai`)).status).toBe(200);
    expect(slow.built.get('links-ranking')).toBe(1);
  });

  it('keeps computing a shared answer while one of its clients is still waiting', async () => {
    const { url, work } = await serve({ cacheEntries: 0 }, 400);
    const leaving = new AbortController();
    const gone = fetch(`${url}/api/analysis/missing-links?limit=2`, { signal: leaving.signal }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const staying = get(`${url}/api/analysis/missing-links?limit=2`);
    await new Promise((r) => setTimeout(r, 50));
    leaving.abort();
    await gone;
    const reply = await staying;
    expect(reply.status).toBe(200);
    expect(reply.outcome).toBe('shared');
    expect(work.stats.cancelled).toBe(0);
    expect(work.stats.computed).toBe(1);
  });
});
