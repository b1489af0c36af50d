// Per-firm structure metrics for GET /api/analysis/metrics: degree and betweenness on the undirected
// firm graph, PageRank on the directed buyer -> supplier graph, the seeded Louvain community, and the
// partition's modularity. Each value's definition and reference is in its own file. Betweenness, the
// costly part, runs on worker threads at national scale (brandes-pool.ts).
import { betweennessParallel } from './betweenness.ts';
import { degrees } from './degree.ts';
import { buildFirmGraphs, type FirmGraphInput } from './firm-graph.ts';
import { louvain, type LouvainOptions } from './louvain.ts';
import { pagerank } from './pagerank.ts';
import { weightedFirmMetrics, type SupplyWeight } from './firm-metrics-weighted.ts';

export interface FirmMetric {
  id: string;
  degree: number;
  betweenness: number;
  pagerank: number;
  community: number;
}

export interface FirmMetrics {
  /** One row per firm, in input order. */
  firms: FirmMetric[];
  modularity: number;
}

/** With `weight`, the rows' `weight` values are the supply weights (firm-metrics-weighted.ts). */
export async function firmMetrics(input: FirmGraphInput, options: Partial<LouvainOptions> & { weight?: SupplyWeight } = {}): Promise<FirmMetrics> {
  if (options.weight) return weightedFirmMetrics(input, options.seed ?? 1);
  const graphs = buildFirmGraphs(input);
  const degree = degrees(graphs.undirected);
  const between = await betweennessParallel(graphs.undirected);
  const rank = pagerank(graphs.directed);
  const { community, modularity } = louvain(graphs.undirected, options);
  const firms = graphs.firms.map((id) => ({
    id,
    degree: degree[id]!,
    betweenness: between[id]!,
    pagerank: rank[id]!,
    community: community[id]!,
  }));
  return { firms, modularity };
}
