// The firm graphs and the per-firm metrics row, against NetworkX 3.6.1 fixtures
// (scripts/fixtures/networkx_reference.py): degree = dict(G.degree()), betweenness =
// nx.betweenness_centrality(G, normalized=True), pagerank = nx.pagerank(D, alpha=0.85).
import { describe, expect, it } from 'vitest';
import {
  buildFirmGraphs,
  DuplicateFirmError,
  firmMetrics,
  FirmGraphInputSchema,
  louvain,
  UnknownFirmError,
} from '../../server/analysis/network/index.ts';
import { loadFixtures } from './fixtures.ts';

describe('buildFirmGraphs', () => {
  it('keeps every firm in order, collapses multi-edges, orients buyer -> supplier', () => {
    const { firms, undirected, directed } = buildFirmGraphs({
      firms: ['oem', 't1', 'ikm', 'lonely'],
      supplies: [
        { supplier: 't1', buyer: 'oem' },
        { supplier: 't1', buyer: 'oem' },
        { supplier: 'ikm', buyer: 't1' },
        { supplier: 'oem', buyer: 't1' },
      ],
    });
    expect(firms).toEqual(['oem', 't1', 'ikm', 'lonely']);
    expect(undirected.nodes()).toEqual(firms);
    expect(directed.nodes()).toEqual(firms);
    expect(undirected.size).toBe(2);
    expect(directed.size).toBe(3);
    expect(directed.hasDirectedEdge('oem', 't1')).toBe(true);
    expect(directed.hasDirectedEdge('t1', 'ikm')).toBe(true);
    expect(directed.hasDirectedEdge('ikm', 't1')).toBe(false);
    expect(undirected.degree('lonely')).toBe(0);
  });

  it('skips a row whose supplier is its own buyer', () => {
    const { undirected, directed } = buildFirmGraphs({ firms: ['a', 'b'], supplies: [{ supplier: 'a', buyer: 'a' }, { supplier: 'a', buyer: 'b' }] });
    expect(undirected.size).toBe(1);
    expect(directed.size).toBe(1);
  });

  it('refuses a repeated firm id and a supply row naming an unknown firm', () => {
    expect(() => buildFirmGraphs({ firms: ['a', 'a'], supplies: [] })).toThrow(DuplicateFirmError);
    let caught: unknown;
    try {
      buildFirmGraphs({ firms: ['a'], supplies: [{ supplier: 'a', buyer: 'ghost' }] });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UnknownFirmError);
    expect((caught as UnknownFirmError).id).toBe('ghost');
    expect((caught as UnknownFirmError).field).toBe('supplies');
  });

  it('the input schema rejects malformed input', () => {
    expect(FirmGraphInputSchema.safeParse({ firms: ['a'], supplies: [{ supplier: 'a' }] }).success).toBe(false);
    expect(FirmGraphInputSchema.safeParse({ firms: ['a', 'b'], supplies: [{ supplier: 'a', buyer: 'b' }] }).success).toBe(true);
  });
});

describe('firmMetrics agrees with NetworkX', () => {
  for (const fx of loadFixtures()) {
    it(`${fx.name}: one row per firm with NetworkX's degree, betweenness and PageRank`, async () => {
      const { firms, modularity } = await firmMetrics(fx, { seed: 5 });
      expect(firms.map((f) => f.id)).toEqual(fx.firms);
      for (const row of firms) {
        expect(row.degree).toBe(fx.degree.values[row.id]);
        expect(Math.abs(row.betweenness - fx.betweenness.values[row.id]!)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(row.pagerank - fx.pagerank.values[row.id]!)).toBeLessThanOrEqual(1e-4);
      }
      const expected = louvain(buildFirmGraphs(fx).undirected, { seed: 5 });
      expect(firms.map((f) => f.community)).toEqual(fx.firms.map((id) => expected.community[id]));
      expect(modularity).toBe(expected.modularity);
    });
  }

  it('no firms: no rows, modularity 0', async () => {
    expect(await firmMetrics({ firms: [], supplies: [] })).toEqual({ firms: [], modularity: 0 });
  });
});
