// Louvain communities of the undirected simple firm graph, reproducible from a seed.
// Reference: Blondel, Guillaume, Lambiotte & Lefebvre (2008), Fast unfolding of communities in large
// networks, J. Stat. Mech. P10008. Run by graphology-communities-louvain (unweighted, resolution 1,
// its default fast local moves and random node order) with a seeded mulberry32 generator, so the
// same graph (same firm order) and seed give the same partition. This is not NetworkX's
// `louvain_communities`: partitions may differ; only the modularity reached is comparable.
// Community numbers are renumbered 0, 1, 2, ... in order of each community's first firm. A firm with
// no supply link is a community of its own.
// `modularity` is graphology-metrics' modularity of the partition (Newman 2006,
// Q = Σ_c [L_c / m - (d_c / 2m)^2]); for a graph without edges, where Q is 0/0, it is reported as 0.
import { UndirectedGraph } from 'graphology';
import louvainOf from 'graphology-communities-louvain';
import modularityOf from 'graphology-metrics/graph/modularity.js';
import { mulberry32 } from '../../util/random.ts';

export interface LouvainOptions {
  /** Seed of the mulberry32 generator that orders node visits. */
  seed: number;
  resolution: number;
}

export const LOUVAIN_DEFAULTS: LouvainOptions = { seed: 1, resolution: 1 };

export interface Communities {
  community: Record<string, number>;
  modularity: number;
}

export function louvain(graph: UndirectedGraph, options: Partial<LouvainOptions> = {}): Communities {
  const { seed, resolution } = { ...LOUVAIN_DEFAULTS, ...options };
  const raw = louvainOf(graph, { getEdgeWeight: null, resolution, rng: mulberry32(seed) });
  const renumber = new Map<number, number>();
  const community: Record<string, number> = {};
  graph.forEachNode((node) => {
    const c = raw[node]!;
    if (!renumber.has(c)) renumber.set(c, renumber.size);
    community[node] = renumber.get(c)!;
  });
  const modularity =
    graph.size === 0
      ? 0
      : modularityOf(graph, { getNodeCommunity: (node: string) => community[node]!, getEdgeWeight: null, resolution });
  return { community, modularity };
}

/**
 * The same on the packed firm graph (firm-csr.ts): the library's graph rebuilt with the firms in
 * `ids` order and the edges in `from`/`to` order (the orders buildFirmGraphs gives, which the
 * library's visiting order depends on); communities by node index.
 */
export function louvainArrays(ids: readonly string[], from: Int32Array, to: Int32Array, options: Partial<LouvainOptions> = {}): { community: number[]; modularity: number } {
  const graph = new UndirectedGraph();
  for (const id of ids) graph.addNode(id);
  for (let e = 0; e < from.length; e++) graph.addEdge(ids[from[e]!]!, ids[to[e]!]!);
  const { community, modularity } = louvain(graph, options);
  return { community: ids.map((id) => community[id]!), modularity };
}
