// Per-firm structure metrics for GET /api/analysis/metrics: degree and betweenness on the undirected
// firm graph, PageRank on the directed buyer -> supplier graph, the seeded Louvain community, and the
// partition's modularity. Each value's definition and reference is in its own file.
// At national scale (100,000 firms) this must answer in a few seconds (issue 16), so the firm graph
// is packed once into typed arrays (firm-csr.ts, the graphology graphs' orders kept) and every
// metric runs on them; betweenness, the costly part, starts first on worker threads
// (brandes-pool.ts) while this thread computes PageRank and Louvain (graphology-communities-louvain
// on a graph rebuilt from the packed one, in the same orders).
import { betweennessArrays } from './betweenness.ts';
import { buildFirmCsr } from './firm-csr.ts';
import type { FirmGraphInput } from './firm-graph.ts';
import { louvainArrays, type LouvainOptions } from './louvain.ts';
import { pagerankArrays } from './pagerank.ts';
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
  const g = buildFirmCsr(input);
  const n = g.ids.length;
  const between = betweennessArrays({ n, offsets: g.offsets, targets: g.targets });
  // Settled here so that a failure in PageRank or Louvain does not leave it unhandled.
  between.catch(() => undefined);
  const rank = pagerankArrays(g.outOffsets, g.outTargets);
  const { community, modularity } = louvainArrays(g.ids, g.edgeFrom, g.edgeTo, options);
  const b = await between;
  const firms = g.ids.map((id, i) => ({
    id,
    degree: g.offsets[i + 1]! - g.offsets[i]!,
    betweenness: b[i]!,
    pagerank: rank[i]!,
    community: community[i]!,
  }));
  return { firms, modularity };
}
