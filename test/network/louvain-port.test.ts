// The typed-array Louvain (louvain-run.ts) is a port of graphology-communities-louvain 2.0: for the
// same graph and seed it must give the library's partition and graphology-metrics' modularity,
// bit for bit. The library itself is the independent reference here, run on the same graphology
// graph: the NetworkX fixtures, seeded random graphs with leaves and isolated nodes (the shape of
// supply graphs), and the corner sizes where the library's unsigned arrays wrap around (exactly
// 128 edges, 256 nodes, 32,768 edges, 65,536 nodes).
import { UndirectedGraph } from 'graphology';
import louvainOf from 'graphology-communities-louvain';
import modularityOf from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';
import { buildFirmGraphs, louvain } from '../../server/analysis/network/index.ts';
import { mulberry32 } from '../../server/util/random.ts';
import { loadFixtures } from './fixtures.ts';

/** The library's answer, renumbered as louvain.ts numbers communities (order of first node). */
function reference(graph: UndirectedGraph, seed: number): { community: Record<string, number>; modularity: number } {
  const raw = louvainOf(graph, { getEdgeWeight: null, resolution: 1, rng: mulberry32(seed) });
  const renumber = new Map<number, number>();
  const community: Record<string, number> = {};
  graph.forEachNode((node) => {
    if (!renumber.has(raw[node]!)) renumber.set(raw[node]!, renumber.size);
    community[node] = renumber.get(raw[node]!)!;
  });
  const modularity = graph.size === 0 ? 0 : modularityOf(graph, { getNodeCommunity: (node: string) => community[node]!, getEdgeWeight: null });
  return { community, modularity };
}

/** n nodes, `edges` distinct random edges among the first `linked` nodes, the rest isolated. */
function randomGraph(seed: number, n: number, linked: number, edges: number): UndirectedGraph {
  const rng = mulberry32(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`v${i}`);
  while (g.size < edges) {
    const a = Math.floor(rng() * linked);
    // Half the edges hang a node on a low-numbered hub, as IKM firms hang on their buyers.
    const b = rng() < 0.5 ? Math.floor(rng() * Math.min(linked, 20)) : Math.floor(rng() * linked);
    if (a !== b && !g.hasEdge(`v${a}`, `v${b}`)) g.addEdge(`v${a}`, `v${b}`);
  }
  return g;
}

describe('the typed-array Louvain equals graphology-communities-louvain', () => {
  for (const fx of loadFixtures()) {
    it(`${fx.name}: same communities and modularity for seeds 1, 2, 3, 42`, () => {
      const graph = buildFirmGraphs(fx).undirected;
      for (const seed of [1, 2, 3, 42]) expect(louvain(graph, { seed })).toEqual(reference(graph, seed));
    });
  }

  it('seeded random graphs with hubs, leaves and isolated nodes', () => {
    for (const [seed, n, linked, edges] of [
      [1, 50, 40, 60],
      [2, 400, 300, 500],
      [3, 3000, 1500, 2500],
      [4, 5000, 5000, 15000],
    ] as const) {
      const graph = randomGraph(seed, n, linked, edges);
      for (const s of [1, 9]) expect(louvain(graph, { seed: s }), `graph ${seed}, seed ${s}`).toEqual(reference(graph, s));
    }
  });

  it('the sizes where the library wraps its unsigned arrays: 128 edges, 256 nodes, 32,768 edges, 65,536 nodes', () => {
    for (const [seed, n, linked, edges] of [
      [5, 100, 100, 128],
      [6, 256, 200, 300],
      [7, 256, 256, 128],
      [8, 40000, 30000, 32768],
      [9, 65536, 20000, 30000],
    ] as const) {
      const graph = randomGraph(seed, n, linked, edges);
      expect(louvain(graph, { seed: 1 }), `graph ${seed}`).toEqual(reference(graph, 1));
    }
  }, 60_000);
});
