// A metrics request naming a seed other than the kept one (GET /api/analysis/metrics?seed=…) runs
// Louvain alone and takes degree, betweenness and PageRank from the metrics kept for the default
// seed, which do not depend on the seed (exact betweenness, PageRank without randomness). Its
// answer must be exactly what computing every metric for that seed gives (firmMetrics, itself
// checked against NetworkX and graphology in firm-metrics*.test.ts), unweighted and with each
// supply weight, on the main thread and on the worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  firmCommunities,
  firmCommunitiesOffThread,
  firmMetrics,
  SUPPLY_WEIGHTS,
  withCommunities,
  type FirmGraphInput,
  type SupplyWeight,
} from '../../server/analysis/network/index.ts';
import { firmGraphInput } from '../../server/api/routes/firm-graph-input.ts';
import type { RunningServer } from '../../server/api/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { serveStore } from '../helpers/server.ts';

const WEIGHTS: ReadonlyArray<SupplyWeight | undefined> = [undefined, ...SUPPLY_WEIGHTS];
let store: EmbeddedStore;
let server: RunningServer;
const inputs = new Map<SupplyWeight | undefined, FirmGraphInput>();
beforeAll(async () => {
  store = new EmbeddedStore(generateDataset({ clusters: 30, firms: 3000, components: 100, seed: 11 }));
  for (const weight of WEIGHTS) inputs.set(weight, await firmGraphInput(store, weight));
  server = await serveStore(store);
}, 60_000);
afterAll(async () => server?.close());

describe('the metrics of another seed', () => {
  it.each(WEIGHTS)('are the default seed’s with that seed’s communities (weight %s)', async (weight) => {
    const input = inputs.get(weight)!;
    const base = await firmMetrics(input, { seed: 1, weight });
    for (const seed of [2, 9, 4242]) {
      const whole = await firmMetrics(input, { seed, weight });
      // Not a trivial check: the seed changes the partition, so base's communities would fail it.
      expect(whole.firms.map((f) => f.community), `seed ${seed}`).not.toEqual(base.firms.map((f) => f.community));
      const communities = firmCommunities(input, { seed, weight });
      expect(withCommunities(base, communities), `seed ${seed}`).toEqual(whole);
      // The worker answers the same communities (threshold 1: every graph goes to the worker).
      expect(await firmCommunitiesOffThread(input, { seed, weight }, undefined, 1)).toEqual(communities);
    }
  }, 120_000);

  it('refuses communities of another firm list than the metrics’', async () => {
    const input = inputs.get(undefined)!;
    const base = await firmMetrics(input, { seed: 1 });
    const fewer = { firms: input.firms.slice(1), supplies: input.supplies.filter((s) => s.supplier !== input.firms[0] && s.buyer !== input.firms[0]) };
    expect(() => withCommunities(base, firmCommunities(fewer, { seed: 2 }))).toThrow('another firm graph');
  });

  it.each(WEIGHTS)('over the route: the default seed, then two others, each as computed whole (weight %s)', async (weight) => {
    const input = inputs.get(weight)!;
    for (const seed of [1, 7, 31]) {
      const res = await fetch(`${server.url}/api/analysis/metrics?seed=${seed}${weight ? `&weight=${weight}` : ''}`);
      expect(res.status).toBe(200);
      const whole = await firmMetrics(input, { seed, weight });
      expect(await res.json()).toEqual({ seed, ...(weight ? { weight } : {}), modularity: whole.modularity, firms: whole.firms });
    }
  }, 120_000);
});
