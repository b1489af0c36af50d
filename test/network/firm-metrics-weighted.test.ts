// Firm metrics with a supply weight (weight=valueUsd) against NetworkX 3.6 run here (python3) on the
// graphs firm-metrics-weighted.ts documents: the rows of a pair summed into one edge attribute (a
// pair with no value at all has none), U undirected supplier-buyer, D directed buyer -> supplier;
// NetworkX's G.degree(weight), betweenness_centrality(U, weight), pagerank(D, weight) and
// louvain_communities(U, weight, seed) are the expected values.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { firmMetrics, type FirmGraphInput } from '../../server/analysis/network/index.ts';
import { mulberry32 } from '../../server/util/random.ts';

/** IKM firms supplying buyers supplying OEMs, several components per pair, some rows without a value. */
function supplyRows(seed: number): FirmGraphInput {
  const rng = mulberry32(seed);
  const firms = [...Array.from({ length: 30 }, (_, i) => `ikm${i}`), ...Array.from({ length: 8 }, (_, i) => `buyer${i}`), 'oem0', 'oem1', 'oem2', 'lonely'];
  const supplies: FirmGraphInput['supplies'] = [];
  const value = () => (rng() < 0.1 ? null : Math.round(rng() * 1000) + 1);
  for (let i = 0; i < 30; i++) {
    const buyer = `buyer${Math.floor(rng() * 8)}`;
    supplies.push({ supplier: `ikm${i}`, buyer, weight: value() });
    if (rng() < 0.4) supplies.push({ supplier: `ikm${i}`, buyer, weight: value() }); // a second component
    if (rng() < 0.3) supplies.push({ supplier: `ikm${i}`, buyer: `buyer${Math.floor(rng() * 8)}`, weight: value() });
  }
  for (let i = 0; i < 14; i++) supplies.push({ supplier: `buyer${Math.floor(rng() * 8)}`, buyer: `oem${Math.floor(rng() * 3)}`, weight: value() });
  supplies.push({ supplier: 'buyer3', buyer: 'ikm4', weight: 7 }); // a supplier buying back: both directions of one pair
  supplies.push({ supplier: 'oem1', buyer: 'oem1', weight: 99 }); // self-supply: skipped
  return { firms, supplies };
}

const NETWORKX = String.raw`
import json, sys
import networkx as nx
d = json.load(sys.stdin)
U = nx.Graph(); D = nx.DiGraph()
U.add_nodes_from(d["firms"]); D.add_nodes_from(d["firms"])
for s in d["supplies"]:
    a, b, w = s["supplier"], s["buyer"], s.get("weight")
    if a == b: continue
    for G, u, v in ((U, a, b), (D, b, a)):
        if not G.has_edge(u, v): G.add_edge(u, v)
        if w is not None: G[u][v]["valueUsd"] = G[u][v].get("valueUsd", 0) + w
comms = nx.community.louvain_communities(U, weight="valueUsd", seed=d["seed"])
print(json.dumps({
  "degree": dict(U.degree(weight="valueUsd")),
  "betweenness": nx.betweenness_centrality(U, weight="valueUsd"),
  "pagerank": nx.pagerank(D, weight="valueUsd"),
  "communities": [sorted(c) for c in comms],
  "modularity": nx.community.modularity(U, comms, weight="valueUsd"),
}))`;

describe('firm metrics with weight=valueUsd equal NetworkX with weight="valueUsd"', () => {
  for (const seed of [1, 7]) {
    it(`rows of seed ${seed}`, async () => {
      const input = supplyRows(seed);
      const nx = JSON.parse(execFileSync('python3', ['-c', NETWORKX], { input: JSON.stringify({ ...input, seed }), encoding: 'utf8' })) as {
        degree: Record<string, number>;
        betweenness: Record<string, number>;
        pagerank: Record<string, number>;
        communities: string[][];
        modularity: number;
      };
      const ours = await firmMetrics(input, { seed, weight: 'valueUsd' });
      expect(ours.firms.map((f) => f.id)).toEqual(input.firms);
      for (const f of ours.firms) {
        expect(f.degree, `degree ${f.id}`).toBe(nx.degree[f.id]);
        expect(Math.abs(f.betweenness - nx.betweenness[f.id]!), `betweenness ${f.id}`).toBeLessThan(1e-12);
        expect(Math.abs(f.pagerank - nx.pagerank[f.id]!), `pagerank ${f.id}`).toBeLessThan(1e-9);
      }
      // The same partition (community numbers are positions in NetworkX's list).
      const ourCommunities = new Map<number, string[]>();
      for (const f of ours.firms) ourCommunities.set(f.community, [...(ourCommunities.get(f.community) ?? []), f.id]);
      expect([...ourCommunities.values()].map((c) => c.sort()).sort()).toEqual([...nx.communities].sort());
      expect(Math.abs(ours.modularity - nx.modularity)).toBeLessThan(1e-12);
      // The weights change the answer: the unweighted metrics differ somewhere.
      const plain = await firmMetrics(input, { seed });
      expect(plain.firms.some((f, i) => f.degree !== ours.firms[i]!.degree)).toBe(true);
    });
  }
});
