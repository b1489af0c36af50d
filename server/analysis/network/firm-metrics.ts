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
import { weightedFirmCommunities, weightedFirmMetrics, type SupplyWeight } from './firm-metrics-weighted.ts';

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

/** The one part of FirmMetrics a seed changes: each firm's community, rows in firmMetrics' order. */
export interface FirmCommunities {
  ids: readonly string[];
  community: Int32Array;
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

/**
 * Only the communities and modularity of firmMetrics for these options: degree, betweenness and
 * PageRank do not depend on the seed (betweenness is exact: every node a source), so a new seed
 * needs Louvain alone (at national scale 1.0 of 2.2 s unweighted, 1.2 of 10.7 s weighted).
 */
export function firmCommunities(input: FirmGraphInput, options: Partial<LouvainOptions> & { weight?: SupplyWeight } = {}): FirmCommunities {
  if (options.weight) return weightedFirmCommunities(input, options.seed ?? 1);
  const g = buildFirmCsr(input);
  const { community, modularity } = louvainArrays(g.ids, g.edgeFrom, g.edgeTo, options);
  return { ids: g.ids, community: Int32Array.from(community), modularity };
}

/**
 * `base` (another seed's metrics of the same firm graph) with these communities: what firmMetrics
 * answers for the communities' seed.
 */
export function withCommunities(base: FirmMetrics, c: FirmCommunities): FirmMetrics {
  // Both are computed from one firm graph, in the same firm order: anything else is a mistake here.
  if (base.firms.length !== c.ids.length || base.firms.some((f, i) => f.id !== c.ids[i])) throw new Error('communities of another firm graph than the metrics');
  return { firms: base.firms.map((f, i) => ({ ...f, community: c.community[i]! })), modularity: c.modularity };
}
