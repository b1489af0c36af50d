// NetworkX's Louvain (louvain-nx.ts) on graphs where most nodes have no neighbour, as in a national
// dataset where most firms supply no one: the sweeps skip such nodes (and nodes whose only edge is a
// self-loop), which must leave the partition NetworkX returns unchanged. Expected: NetworkX 3.6's
// nx.community.louvain_communities(G, weight="weight", seed=seed), run here (python3) on the same
// graph, undirected and directed, for several seeds.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildAnyGraph } from '../../server/analysis/network/any-graph.ts';
import { LouvainNxOptionsSchema, louvainCommunities } from '../../server/analysis/network/louvain-nx.ts';
import { mulberry32 } from '../../server/util/random.ts';

interface Case {
  directed: boolean;
  nodes: string[];
  edges: Array<[string, string, number]>;
}

/** 600 nodes: 120 in a sparse weighted web, 20 with a self-loop only, the rest alone. */
function sparse(seed: number, directed: boolean): Case {
  const rng = mulberry32(seed);
  const nodes = Array.from({ length: 600 }, (_, i) => `n${i}`);
  const edges: Array<[string, string, number]> = [];
  for (let i = 0; i < 260; i++) {
    const a = Math.floor(rng() * 120);
    const b = Math.floor(rng() * 120);
    if (a !== b) edges.push([`n${a}`, `n${b}`, Math.round(rng() * 50) + 1]);
  }
  for (let i = 200; i < 220; i++) edges.push([`n${i}`, `n${i}`, 3]);
  // One edge per pair (an undirected pair in either direction), weights summed, in first-seen order.
  const pairs = new Map<string, [string, string, number]>();
  for (const [a, b, w] of edges) {
    const key = !directed && b < a ? `${b} ${a}` : `${a} ${b}`;
    const seen = pairs.get(key);
    if (seen) seen[2] += w;
    else pairs.set(key, [a, b, w]);
  }
  return { directed, nodes, edges: [...pairs.values()] };
}

const NETWORKX = String.raw`
import json, sys
import networkx as nx
d = json.load(sys.stdin)
out = []
for c in d["cases"]:
    G = nx.DiGraph() if c["directed"] else nx.Graph()
    G.add_nodes_from(c["nodes"])
    for a, b, w in c["edges"]:
        G.add_edge(a, b, weight=w)
    comms = nx.community.louvain_communities(G, weight="weight", seed=c["seed"])
    out.append([sorted(c_) for c_ in comms])
print(json.dumps(out))
`;

describe('louvain_communities with nodes that have no neighbour', () => {
  it('gives NetworkX’s partition, undirected and directed, seeds 1-4', () => {
    const cases = [1, 2, 3, 4].flatMap((seed) => [false, true].map((directed) => ({ ...sparse(seed * 7, directed), seed })));
    const expected = JSON.parse(execFileSync('python3', ['-c', NETWORKX], { input: JSON.stringify({ cases }), encoding: 'utf8' })) as string[][][];
    cases.forEach((c, k) => {
      const g = buildAnyGraph({ directed: c.directed, nodes: c.nodes, edges: c.edges });
      const { communities } = louvainCommunities(g, LouvainNxOptionsSchema.parse({ seed: c.seed }));
      const named = communities.map((members) => members.map((i) => g.ids[i]!).sort());
      // NetworkX's list order and the members of each community.
      expect(named, `case ${k} (seed ${c.seed}, ${c.directed ? 'directed' : 'undirected'})`).toEqual(expected[k]);
    });
  });
});
