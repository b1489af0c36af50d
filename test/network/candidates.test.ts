// Candidate search (top-k non-adjacent pairs) against two independent answers:
// (1) brute force: every non-adjacent pair scored with the pair scorer, sorted best first (node
//     order on ties) and cut at k;
// (2) NetworkX 3.6 run here (python3): its function with ebunch=None scores every non-edge; the
//     top k of that list, by score, must be the scores we return.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildAnyGraph, type AnyGraph, type AnyGraphInput } from '../../server/analysis/network/any-graph.ts';
import { topCandidates } from '../../server/analysis/network/candidates.ts';
import { LinkScorer, type LinkFunction, type LinkParams } from '../../server/analysis/network/link-indices.ts';
import { mulberry32 } from '../../server/util/random.ts';

/** A supply-like graph: hubs (buyers) with leaves (IKM), some links between hubs, isolated nodes. */
function supplyLike(seed: number): AnyGraphInput {
  const rng = mulberry32(seed);
  const edges: Array<[string, string]> = [];
  for (let i = 0; i < 60; i++) edges.push([`ikm${i}`, `buyer${Math.floor(rng() * 8)}`]);
  for (let i = 0; i < 12; i++) edges.push([`buyer${Math.floor(rng() * 8)}`, `oem${Math.floor(rng() * 3)}`]);
  for (let i = 0; i < 10; i++) edges.push([`ikm${Math.floor(rng() * 60)}`, `buyer${Math.floor(rng() * 8)}`]);
  return { directed: false, nodes: ['lonely1', 'lonely2'], edges: edges.filter(([u, v]) => u !== v) };
}

function bruteForce(g: AnyGraph, params: LinkParams, k: number, among?: [number[], number[]]): Array<[string, string, number]> {
  const scorer = new LinkScorer(g, params);
  const n = g.ids.length;
  const adjacent = (u: number, v: number) => {
    for (let a = g.out.offsets[u]!; a < g.out.offsets[u + 1]!; a++) if (g.out.targets[a] === v) return true;
    return false;
  };
  const seen = new Set<string>();
  const all: Array<[number, number, number]> = [];
  const sources = among ? among[0] : Array.from({ length: n }, (_, i) => i);
  const targets = among ? among[1] : Array.from({ length: n }, (_, i) => i);
  for (const u of [...sources].sort((a, b) => a - b)) {
    for (const v of targets) {
      const key = [Math.min(u, v), Math.max(u, v)].join();
      if (u === v || adjacent(u, v) || seen.has(key)) continue;
      if (!among && v < u) continue;
      seen.add(key);
      all.push([u, v, scorer.score(u, v)]);
    }
  }
  all.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  return all.slice(0, k).map(([u, v, s]) => [g.ids[u]!, g.ids[v]!, s]);
}

const METHODS: LinkFunction[] = ['resource_allocation_index', 'jaccard_coefficient', 'adamic_adar_index', 'common_neighbors', 'common_neighbor_centrality', 'cn_soundarajan_hopcroft', 'ra_index_soundarajan_hopcroft', 'within_inter_cluster'];

describe('top-k candidates equal brute force over all pairs', () => {
  const g = buildAnyGraph(supplyLike(3));
  const communities = Object.fromEntries(g.ids.map((id, i) => [id, i % 3]));
  for (const method of METHODS) {
    for (const k of [1, 10, 200, 5000]) {
      it(`${method}, top ${k}`, () => {
        const params: LinkParams = { method, communities, alpha: 0.8, delta: 0.001 };
        const ours = topCandidates(g, params, { top: k });
        const want = bruteForce(g, params, k);
        expect(ours.map((p) => p[2])).toEqual(want.map((p) => p[2]));
        // Same pairs where scores do not tie at the cut; with node-order tie breaking, exactly the same list.
        expect(ours).toEqual(want);
      });
    }
  }

  it('preferential_attachment: the largest degree products first (pairs may differ only within ties)', () => {
    const params: LinkParams = { method: 'preferential_attachment', alpha: 0.8, delta: 0.001 };
    for (const k of [1, 15, 300, 5000]) {
      const ours = topCandidates(g, params, { top: k });
      const want = bruteForce(g, params, k);
      expect(ours.map((p) => p[2])).toEqual(want.map((p) => p[2]));
      const scorer = new LinkScorer(g, params);
      for (const [u, v, s] of ours) expect(scorer.score(g.index.get(u)!, g.index.get(v)!)).toBe(s);
      expect(new Set(ours.map(([u, v]) => [u, v].sort().join())).size).toBe(ours.length);
    }
  });

  it('among IKM × buyers: only such pairs, best first, equal to brute force', () => {
    const ikm = g.ids.filter((id) => id.startsWith('ikm'));
    const buyers = g.ids.filter((id) => id.startsWith('buyer'));
    for (const method of ['resource_allocation_index', 'jaccard_coefficient', 'common_neighbor_centrality'] as const) {
      const params: LinkParams = { method, alpha: 0.8, delta: 0.001 };
      const ours = topCandidates(g, params, { top: 40, among: [ikm, buyers] });
      const want = bruteForce(g, params, 40, [ikm.map((id) => g.index.get(id)!), buyers.map((id) => g.index.get(id)!)]);
      expect(ours).toEqual(want);
      for (const [u, v] of ours) {
        expect(u.startsWith('ikm')).toBe(true);
        expect(v.startsWith('buyer')).toBe(true);
      }
    }
    const pa = topCandidates(g, { method: 'preferential_attachment', alpha: 0.8, delta: 0.001 }, { top: 40, among: [ikm, buyers] });
    expect(pa.every(([u, v]) => u.startsWith('ikm') && v.startsWith('buyer'))).toBe(true);
  });
});

describe('top-k candidates agree with NetworkX ebunch=None', () => {
  it('the k best scores of nx.<method>(G) over all non-edges are ours', () => {
    const input = supplyLike(5);
    const g = buildAnyGraph(input);
    const methods = ['resource_allocation_index', 'jaccard_coefficient', 'adamic_adar_index', 'preferential_attachment', 'common_neighbor_centrality'] as const;
    const code = `
import json, sys, networkx as nx
d = json.load(sys.stdin)
G = nx.Graph(); G.add_nodes_from(d["nodes"]); G.add_edges_from(d["edges"])
print(json.dumps({m: sorted((s for _, _, s in getattr(nx, m)(G)), reverse=True)[:60] for m in d["methods"]}))`;
    const nx = JSON.parse(execFileSync('python3', ['-c', code], { input: JSON.stringify({ nodes: input.nodes, edges: input.edges, methods }), encoding: 'utf8' })) as Record<string, number[]>;
    for (const method of methods) {
      const ours = topCandidates(g, { method, alpha: 0.8, delta: 0.001 }, { top: 60 }).map((p) => p[2]);
      expect(ours.length).toBe(60);
      ours.forEach((s, i) => expect(Math.abs(s - nx[method]![i]!), `${method} #${i}`).toBeLessThan(1e-9));
    }
  });
});
