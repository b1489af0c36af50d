// POST /api/analysis/graph's work on the worker thread (server/analysis/graph/off-thread.ts) is
// exactly the main thread's: the same answer for every metric and a link prediction, the same
// refusals (a NetworkX error's details, a file's problem told in Bahasa Indonesia, a 413 of the
// work caps); the event loop turns while the worker computes (on the main thread it would turn
// zero times); an aborted request ends its job and the next is answered; a small request stays in place.
import { describe, expect, it } from 'vitest';
import { analyseGraph, analyseGraphOffThread, answersInPlace, graphRequestShape, type GraphRequest } from '../../server/analysis/graph/index.ts';
import { AppError, localiseError } from '../../server/errors.ts';

/** A seeded random graph of n nodes and m edges with weights (a linear congruential generator). */
function randomEdges(n: number, m: number, seed: number): Array<[string, string, number]> {
  let s = seed;
  const next = () => (s = (s * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: m }, () => [`n${Math.floor(next() * n)}`, `n${Math.floor(next() * n)}`, Math.round(next() * 100) / 10]);
}
const request = (r: unknown): GraphRequest => graphRequestShape.parse(r);
/** The error a promise ends with, in the language `lang` (as the API's error handler tells it). */
const refusal = async (p: Promise<unknown>, lang: 'en' | 'id' = 'en') => {
  const e = await p.then(() => null, (error: unknown) => error);
  expect(e).toBeInstanceOf(AppError);
  const told = localiseError(e, lang) as AppError;
  return { code: told.code, message: told.message, details: told.details };
};

/** The answer of `analyseGraphOffThread(r)`, and how often the event loop turned while it was computed. */
async function withTurns(r: GraphRequest) {
  let turns = 0;
  const tick = setInterval(() => turns++, 1);
  const answer = await analyseGraphOffThread(r);
  clearInterval(tick);
  return { answer, turns };
}

describe('graph analysis off the main thread', () => {
  it('answers as the main thread does, and the event loop turns meanwhile', async () => {
    const r = request({ edges: randomEdges(1500, 6000, 7), metrics: { betweenness: { k: 200, seed: 3, weight: true }, pagerank: { weight: true }, louvain: { seed: 5 } }, linkPrediction: { method: 'jaccard_coefficient', top: 50 } });
    expect(answersInPlace(r)).toBe(false);
    const { answer: off, turns } = await withTurns(r);
    expect(turns).toBeGreaterThan(0);
    expect(off).toEqual(await analyseGraph(r));
    // Not a trivial answer: communities found, pairs scored.
    expect(off.louvain!.communities.length).toBeGreaterThan(1);
    expect(off.linkPrediction).toHaveLength(50);
  }, 60_000);

  it('refuses as the main thread does: NetworkX’s error, a file’s problem in Bahasa Indonesia, the work cap', async () => {
    const noConvergence = request({ edges: randomEdges(300, 3000, 2), directed: true, metrics: { pagerank: { max_iter: 5, tol: 1e-300 } } });
    expect(await refusal(analyseGraphOffThread(noConvergence, { inPlace: false }))).toEqual(await refusal(analyseGraph(noConvergence)));
    expect((await refusal(analyseGraphOffThread(noConvergence, { inPlace: false }))).details).toMatchObject({ networkx: 'PowerIterationFailedConvergence' });
    const badFile = request({ file: { content: 'source,target\na,b\nc\n', format: 'csv' } });
    const off = await refusal(analyseGraphOffThread(badFile), 'id');
    expect(off).toEqual(await refusal(analyseGraph(badFile), 'id'));
    // The place and the reason in the reader's language, in the details too (built again from the place).
    expect(off.details).toMatchObject({ field: 'file.content', file: 'graph.csv', line: 3, column: 1 });
    expect(off.message).toMatch(/^graph\.csv:3:1: /);
    expect(off.message).not.toEqual((await refusal(analyseGraph(badFile), 'en')).message);
    // A path of 20,000 nodes: 20,000 + 2 · 19,999 = 59,998 steps per iteration, 100,000 iterations.
    const path = request({ edges: Array.from({ length: 19_999 }, (_, i) => [i, i + 1]), metrics: { pagerank: { max_iter: 100_000 } } });
    expect((await refusal(analyseGraphOffThread(path), 'en')).details).toMatchObject({ part: 'pagerank', count: 5_999_800_000 });
  }, 60_000);

  it('ends an aborted job with its reason, then answers the next one', async () => {
    const slow = request({ edges: Array.from({ length: 50_000 }, (_, i) => [i, i + 1]), metrics: { pagerank: { max_iter: 5000, tol: 1e-300 } } });
    const gone = new AbortController();
    const job = analyseGraphOffThread(slow, { signal: gone.signal });
    setTimeout(() => gone.abort(new Error('the client went away')), 50);
    await expect(job).rejects.toThrow('the client went away');
    const small = request({ edges: randomEdges(100, 300, 1), metrics: { pagerank: {} } });
    expect(await analyseGraphOffThread(small, { inPlace: false })).toEqual(await analyseGraph(small));
  }, 60_000);

  it('answers a small request in place (the event loop does not turn)', async () => {
    const small = request({ edges: randomEdges(200, 1000, 4) });
    expect(answersInPlace(small)).toBe(true);
    // Past 1,000 edges, with a file, or with max_iter past 1,000, it goes to the worker.
    expect(answersInPlace(request({ edges: randomEdges(200, 1001, 4) }))).toBe(false);
    expect(answersInPlace(request({ file: { content: 'a,b\n' } }))).toBe(false);
    expect(answersInPlace(request({ edges: [[1, 2]], metrics: { pagerank: { max_iter: 1001 } } }))).toBe(false);
    const { answer, turns } = await withTurns(small);
    expect(turns).toBe(0);
    expect(answer).toEqual(await analyseGraph(small));
  });
});
