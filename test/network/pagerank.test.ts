// PageRank against NetworkX 3.6.1: nx.pagerank(D, alpha=0.85) with default tol=1e-6, and with
// tol=1e-12 as a tighter reference, on the directed buyer -> supplier firm graph (fixtures from
// scripts/fixtures/networkx_reference.py; the synthetic fixture has dangling firms).
import { describe, expect, it } from 'vitest';
import { buildFirmGraphs, pagerank } from '../../server/analysis/network/index.ts';
import { loadFixtures, maxAbsDiff } from './fixtures.ts';

describe('pagerank agrees with NetworkX', () => {
  for (const fx of loadFixtures()) {
    it(`${fx.name}: within 1e-4 of nx.pagerank (tol 1e-6 and tol 1e-12)`, () => {
      const { directed } = buildFirmGraphs(fx);
      expect(directed.size).toBe(fx.directed_edges);
      const ours = pagerank(directed);
      expect(Object.keys(ours)).toEqual(fx.firms);
      expect(maxAbsDiff(ours, fx.pagerank.values)).toBeLessThanOrEqual(1e-4);
      expect(maxAbsDiff(ours, fx.pagerank_tight.values)).toBeLessThanOrEqual(1e-4);
      // Same iteration and stopping rule as NetworkX: far closer than 1e-4 in practice.
      expect(maxAbsDiff(ours, fx.pagerank.values)).toBeLessThanOrEqual(1e-12);
    });

    it(`${fx.name}: tighter tolerance approaches the tight NetworkX reference`, () => {
      const ours = pagerank(buildFirmGraphs(fx).directed, { tolerance: 1e-12, maxIterations: 10_000 });
      expect(maxAbsDiff(ours, fx.pagerank_tight.values)).toBeLessThanOrEqual(1e-10);
    });
  }
});

describe('pagerank small cases', () => {
  it('empty graph gives no values; a lone firm has PageRank 1', () => {
    expect(pagerank(buildFirmGraphs({ firms: [], supplies: [] }).directed)).toEqual({});
    expect(pagerank(buildFirmGraphs({ firms: ['a'], supplies: [] }).directed).a).toBeCloseTo(1, 12);
  });

  it('dangling mass is spread over all firms: b supplies a, so a -> b and b is dangling', () => {
    // Stationary x = 0.85 (x P + x_b / 2) + 0.15 / 2, P = {a -> b}:
    //   x_a = 0.85 x_b / 2 + 0.075, x_b = 0.85 (x_a + x_b / 2) + 0.075, x_a + x_b = 1
    //   => x_a = (0.425 + 0.075) / (1 + 0.425) = 0.5 / 1.425.
    const pr = pagerank(buildFirmGraphs({ firms: ['a', 'b'], supplies: [{ supplier: 'b', buyer: 'a' }] }).directed, {
      tolerance: 1e-14,
      maxIterations: 1000,
    });
    expect(pr.a).toBeCloseTo(0.5 / 1.425, 10);
    expect(pr.b).toBeCloseTo(1 - 0.5 / 1.425, 10);
  });

  it('values sum to 1 with isolated and dangling firms', () => {
    const fx = loadFixtures().find((f) => f.name === 'synthetic-supply')!;
    const sum = Object.values(pagerank(buildFirmGraphs(fx).directed)).reduce((s, x) => s + x, 0);
    expect(sum).toBeCloseTo(1, 9);
  });
});
