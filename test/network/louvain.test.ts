// Seeded Louvain: determinism, and the modularity it reports checked two independent ways -
// (1) a hand-written Newman (2006) formula, Q = Σ_c [L_c / m - (d_c / 2m)^2], on the de-duplicated
//     supply pairs (no graphology involved), and
// (2) NetworkX 3.6.1 `nx.community.modularity(G, partition)` for fixed partitions stored in the
//     fixtures (NetworkX's own Louvain with seed=1, label propagation, components, singletons, ...).
// NetworkX's `louvain_communities(G, seed=1)` modularity is the yardstick: ours must reach 90 % of it.
import modularityOf from 'graphology-metrics/graph/modularity.js';
import { describe, expect, it } from 'vitest';
import { buildFirmGraphs, louvain, type FirmGraphInput } from '../../server/analysis/network/index.ts';
import { loadFixtures } from './fixtures.ts';

/** The simple undirected edge list of a supply input, without graphology. */
function simpleEdges(input: FirmGraphInput): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const { supplier, buyer } of input.supplies) {
    if (supplier === buyer) continue;
    const [a, b] = supplier < buyer ? [supplier, buyer] : [buyer, supplier];
    seen.set(JSON.stringify([a, b]), [a, b]);
  }
  return [...seen.values()];
}

/** Newman 2006: Q = Σ_c [L_c / m - (d_c / 2m)^2], L_c edges inside c, d_c total degree of c. */
function newmanModularity(edges: [string, string][], community: (id: string) => number): number {
  const m = edges.length;
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  for (const [a, b] of edges) {
    const ca = community(a);
    const cb = community(b);
    if (ca === cb) inside.set(ca, (inside.get(ca) ?? 0) + 1);
    degree.set(ca, (degree.get(ca) ?? 0) + 1);
    degree.set(cb, (degree.get(cb) ?? 0) + 1);
  }
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - (d / (2 * m)) ** 2;
  return q;
}

const blocksOf = (community: Record<string, number>, firms: readonly string[]): string[][] => {
  const blocks = new Map<number, string[]>();
  for (const id of firms) {
    const c = community[id]!;
    if (!blocks.has(c)) blocks.set(c, []);
    blocks.get(c)!.push(id);
  }
  return [...blocks.values()];
};

const fixtures = loadFixtures();

describe('louvain modularity', () => {
  for (const fx of fixtures) {
    it(`${fx.name}: graphology's modularity of our partition equals Newman's formula (1e-9)`, () => {
      const { community, modularity } = louvain(buildFirmGraphs(fx).undirected, { seed: 1 });
      expect(Object.keys(community)).toEqual(fx.firms);
      expect(Math.abs(modularity - newmanModularity(simpleEdges(fx), (id) => community[id]!))).toBeLessThanOrEqual(1e-9);
    });

    it(`${fx.name}: reaches at least 0.9 x NetworkX's Louvain modularity, for several seeds`, () => {
      const graph = buildFirmGraphs(fx).undirected;
      const reference = fx.modularity.networkx_louvain_seed_1!;
      expect(reference).toBeGreaterThan(0.2);
      for (const seed of [1, 2, 3, 42]) expect(louvain(graph, { seed }).modularity).toBeGreaterThanOrEqual(0.9 * reference);
    });

    it(`${fx.name}: graphology's modularity and Newman's formula equal NetworkX on stored partitions (1e-9)`, () => {
      const graph = buildFirmGraphs(fx).undirected;
      const edges = simpleEdges(fx);
      expect(fx.modularity.checks.length).toBeGreaterThanOrEqual(4);
      for (const check of fx.modularity.checks) {
        const block = new Map<string, number>();
        check.partition.forEach((ids, c) => ids.forEach((id) => block.set(id, c)));
        const ofNode = (id: string) => block.get(id)!;
        expect(block.size, check.partition_from).toBe(fx.n);
        expect(Math.abs(modularityOf(graph, { getNodeCommunity: ofNode, getEdgeWeight: null }) - check.modularity), check.partition_from).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(newmanModularity(edges, ofNode) - check.modularity), check.partition_from).toBeLessThanOrEqual(1e-9);
      }
    });
  }
});

describe('louvain is deterministic and well-formed', () => {
  const fx = fixtures.find((f) => f.name === 'synthetic-supply')!;

  it('same input and seed give the same communities and modularity, graph rebuilt each time', () => {
    for (const seed of [1, 7, 123456789]) {
      const a = louvain(buildFirmGraphs(fx).undirected, { seed });
      const b = louvain(buildFirmGraphs(fx).undirected, { seed });
      expect(b).toEqual(a);
    }
  });

  it('pins the Florentine partition: seed 1 finds the same communities as nx.community.louvain_communities(G, seed=1)', () => {
    const flo = fixtures.find((f) => f.name === 'florentine')!;
    const { community } = louvain(buildFirmGraphs(flo).undirected, { seed: 1 });
    expect(blocksOf(community, flo.firms)).toEqual(flo.modularity.checks[0]!.partition);
  });

  it('communities are numbered 0, 1, 2, ... in order of their first firm', () => {
    const { community } = louvain(buildFirmGraphs(fx).undirected, { seed: 3 });
    let next = 0;
    for (const id of fx.firms) {
      const c = community[id]!;
      expect(c).toBeLessThanOrEqual(next);
      if (c === next) next++;
    }
  });

  it('each isolated firm is a community of its own', () => {
    const { community } = louvain(buildFirmGraphs(fx).undirected, { seed: 1 });
    const isolated = ['iso-1', 'iso-2', 'iso-3'];
    for (const id of isolated) {
      expect(fx.degree.values[id]).toBe(0);
      expect(fx.firms.filter((f) => community[f] === community[id])).toEqual([id]);
    }
  });

  it('without links every firm is alone and modularity is reported as 0; no firms gives nothing', () => {
    expect(louvain(buildFirmGraphs({ firms: ['a', 'b', 'c'], supplies: [] }).undirected)).toEqual({
      community: { a: 0, b: 1, c: 2 },
      modularity: 0,
    });
    expect(louvain(buildFirmGraphs({ firms: [], supplies: [] }).undirected)).toEqual({ community: {}, modularity: 0 });
  });
});
