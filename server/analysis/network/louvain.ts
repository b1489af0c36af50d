// Louvain communities of the undirected simple firm graph, reproducible from a seed.
// Reference: Blondel, Guillaume, Lambiotte & Lefebvre (2008), Fast unfolding of communities in large
// networks, J. Stat. Mech. P10008. The algorithm is graphology-communities-louvain's (unweighted,
// resolution 1, its default fast local moves and random node order) with a seeded mulberry32
// generator, run on typed arrays (louvain-run.ts, a faithful port: same seed, same partition and
// modularity as the library), so the same graph (same firm order) and seed give the same partition.
// This is not NetworkX's `louvain_communities`: partitions may differ; only the modularity reached
// is comparable.
// Community numbers are renumbered 0, 1, 2, ... in order of each community's first firm. A firm with
// no supply link is a community of its own.
// `modularity` is graphology-metrics' modularity of the partition (Newman 2006,
// Q = Σ_c [L_c / m - (d_c / 2m)^2]); for a graph without edges, where Q is 0/0, it is reported as 0.
import type { UndirectedGraph } from 'graphology';
import { mulberry32 } from '../../util/random.ts';
import { louvainRun, type LouvainResult } from './louvain-run.ts';

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

/** On packed arrays: n nodes, the edges in the graph's edge order (firm-csr.ts). */
export function louvainArrays(n: number, from: Int32Array, to: Int32Array, options: Partial<LouvainOptions> = {}): LouvainResult {
  const { seed, resolution } = { ...LOUVAIN_DEFAULTS, ...options };
  return louvainRun(n, from, to, resolution, mulberry32(seed));
}

export function louvain(graph: UndirectedGraph, options: Partial<LouvainOptions> = {}): Communities {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const from = new Int32Array(graph.size);
  const to = new Int32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    from[e] = index.get(source)!;
    to[e++] = index.get(target)!;
  });
  const result = louvainArrays(ids.length, from, to, options);
  const community: Record<string, number> = {};
  ids.forEach((id, i) => {
    community[id] = result.community[i]!;
  });
  return { community, modularity: result.modularity };
}
