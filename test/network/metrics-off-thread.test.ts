// Firm metrics on the worker thread (server/analysis/network/metrics-off-thread.ts) are exactly the
// main thread's (the same code, the columns copied back), with and without a supply weight; the
// event loop turns while the worker computes (on the main thread it would turn zero times); an
// aborted request ends its job and the next job is answered; a small graph stays on the main thread.
import { beforeAll, describe, expect, it } from 'vitest';
import { firmMetrics, firmMetricsOffThread, type FirmGraphInput } from '../../server/analysis/network/index.ts';
import { firmGraphInput } from '../../server/api/routes/firm-graph-input.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';

let input: FirmGraphInput;
let weighted: FirmGraphInput;
beforeAll(async () => {
  const store = new EmbeddedStore(generateDataset({ clusters: 40, firms: 4000, components: 120, seed: 5 }));
  input = await firmGraphInput(store);
  weighted = await firmGraphInput(store, 'valueUsd');
}, 60_000);

describe('firm metrics off the main thread', () => {
  it('are the main thread’s values, and the event loop turns meanwhile', async () => {
    expect(input.supplies.length).toBeGreaterThan(1000);
    let turns = 0;
    const tick = setInterval(() => turns++, 1);
    const off = await firmMetricsOffThread(input, { seed: 9 }, undefined, 1);
    clearInterval(tick);
    expect(turns).toBeGreaterThan(0);
    const main = await firmMetrics(input, { seed: 9 });
    expect(off).toEqual(main);
    // Not a trivial answer: communities found, and some firm lies on shortest paths.
    expect(new Set(off.firms.map((f) => f.community)).size).toBeGreaterThan(1);
    expect(off.firms.some((f) => f.betweenness > 0)).toBe(true);
  }, 60_000);

  it('are the main thread’s values with a supply weight', async () => {
    expect(await firmMetricsOffThread(weighted, { seed: 3, weight: 'valueUsd' }, undefined, 1)).toEqual(await firmMetrics(weighted, { seed: 3, weight: 'valueUsd' }));
  }, 60_000);

  it('ends an aborted job with its reason, then answers the next one', async () => {
    const gone = new AbortController();
    const job = firmMetricsOffThread(weighted, { seed: 4, weight: 'valueUsd' }, gone.signal, 1);
    setTimeout(() => gone.abort(new Error('the client went away')), 20);
    await expect(job).rejects.toThrow('the client went away');
    const already = new AbortController();
    already.abort(new Error('gone before it started'));
    await expect(firmMetricsOffThread(input, {}, already.signal, 1)).rejects.toThrow('gone before it started');
    expect(await firmMetricsOffThread(input, { seed: 2 }, undefined, 1)).toEqual(await firmMetrics(input, { seed: 2 }));
  }, 60_000);

  it('computes a graph under the threshold on the main thread (the event loop does not turn)', async () => {
    let turns = 0;
    const tick = setInterval(() => turns++, 1);
    const small = { firms: input.firms.slice(0, 300), supplies: input.supplies.filter((s) => input.firms.indexOf(s.supplier) < 300 && input.firms.indexOf(s.buyer) < 300) };
    const answer = await firmMetricsOffThread(small, { seed: 1 });
    clearInterval(tick);
    expect(answer).toEqual(await firmMetrics(small, { seed: 1 }));
    expect(turns).toBe(0);
  });
});
