// Betweenness and degree against NetworkX 3.6.1: nx.betweenness_centrality(G, normalized=True) and
// dict(G.degree()) on the undirected firm graph (fixtures from scripts/fixtures/networkx_reference.py),
// plus a cross-check with graphology-metrics' independent Brandes implementation.
import { UndirectedGraph } from 'graphology';
import betweennessOf from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweenness, buildFirmGraphs, degrees } from '../../server/analysis/network/index.ts';
import { mulberry32 } from '../../server/util/random.ts';
import { loadFixtures, maxAbsDiff } from './fixtures.ts';

describe('betweenness agrees with NetworkX', () => {
  for (const fx of loadFixtures()) {
    it(`${fx.name}: every firm within 1e-9, degree exact`, () => {
      const { undirected } = buildFirmGraphs(fx);
      expect(undirected.order).toBe(fx.n);
      expect(undirected.size).toBe(fx.undirected_edges);
      const ours = betweenness(undirected);
      expect(Object.keys(ours)).toEqual(fx.firms);
      expect(maxAbsDiff(ours, fx.betweenness.values)).toBeLessThanOrEqual(1e-9);
      expect(Math.max(...Object.values(fx.betweenness.values))).toBeGreaterThan(0); // a non-trivial reference
      expect(degrees(undirected)).toEqual(fx.degree.values);
    });
  }
});

describe('betweenness small cases (hand computations)', () => {
  const graph = (n: number, edges: [number, number][]) =>
    buildFirmGraphs({
      firms: Array.from({ length: n }, (_, i) => `f${i}`),
      supplies: edges.map(([a, b]) => ({ supplier: `f${a}`, buyer: `f${b}` })),
    }).undirected;

  it('no firms, one firm, two linked firms: n < 3, every value 0 (NetworkX leaves them unscaled)', () => {
    expect(betweenness(graph(0, []))).toEqual({});
    expect({ ...betweenness(graph(1, [])) }).toEqual({ f0: 0 });
    expect({ ...betweenness(graph(2, [[0, 1]])) }).toEqual({ f0: 0, f1: 0 });
  });

  it('path f0-f1-f2: the middle firm is on the only path of the one pair, 1 / ((3-1)(3-2)/2) = 1', () => {
    expect({ ...betweenness(graph(3, [[0, 1], [1, 2]])) }).toEqual({ f0: 0, f1: 1, f2: 0 });
  });

  it('4-cycle: each firm lies on one of the two shortest paths between its two neighbours, 0.5 / 3', () => {
    const b = betweenness(graph(4, [[0, 1], [1, 2], [2, 3], [3, 0]]));
    for (const v of Object.values(b)) expect(v).toBeCloseTo(0.5 / 3, 15);
  });

  it('isolated firms count in n but get 0: path of 3 plus one isolated firm gives 1 / 3 for the middle', () => {
    // Unordered pairs through f1: {f0, f2}; normalised by (n-1)(n-2)/2 = 3.
    const b = betweenness(graph(4, [[0, 1], [1, 2]]));
    expect(b.f1).toBeCloseTo(1 / 3, 15);
    expect(b.f3).toBe(0);
  });
});

describe('betweenness equals graphology-metrics on a random graph', () => {
  it('500 firms, 1,500 links (seeded), within 1e-9', () => {
    const rng = mulberry32(42);
    const g = new UndirectedGraph();
    for (let i = 0; i < 500; i++) g.addNode(`n${i}`);
    while (g.size < 1500) {
      const a = `n${Math.floor(rng() * 500)}`;
      const b = `n${Math.floor(rng() * 500)}`;
      if (a !== b && !g.hasEdge(a, b)) g.addEdge(a, b);
    }
    const reference = betweennessOf(g, { getEdgeWeight: null, normalized: true });
    expect(maxAbsDiff(betweenness(g), reference)).toBeLessThanOrEqual(1e-9);
  });
});
