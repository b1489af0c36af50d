// Firm metrics with supply weights (GET /api/analysis/metrics?weight=valueUsd, `rantai analyse
// metrics --weight valueUsd`): the same four values as firm-metrics.ts, with NetworkX's meaning of
// `weight` for each, on the graphs NetworkX would hold after
//   U.add_edge(supplier, buyer, valueUsd=total)   (undirected: both directions of a pair summed)
//   D.add_edge(buyer, supplier, valueUsd=total)   (directed, buyer -> supplier, as PageRank's graph)
// where `total` sums the SUPPLIES rows of the pair (one per component). So:
// - degree: the weighted degree, G.degree(weight='valueUsd');
// - betweenness: betweenness_centrality(U, weight='valueUsd') - the weight is a LENGTH (Dijkstra):
//   shortest paths prefer small values; a researcher who wants strong links to be short passes
//   the inverse in a file of their own to POST /api/analysis/graph;
// - pagerank: pagerank(D, weight='valueUsd'): rank flows along the larger values;
// - community: louvain_communities(U, weight='valueUsd', seed=seed) (Python-random node order, as
//   louvain-nx.ts), communities numbered in NetworkX's order; modularity with the same weights.
// A pair none of whose rows gives the value has no attribute and weighs 1 (NetworkX's default);
// otherwise the values given are summed. Self-supply rows are skipped, as in the unweighted graphs.
import { z } from 'zod';
import { buildAnyGraph, degreeOf, type AnyGraph } from './any-graph.ts';
import { betweennessCentrality } from './betweenness-centrality.ts';
import type { RunControl } from './brandes-pool.ts';
import { DuplicateFirmError, UnknownFirmError } from './errors.ts';
import type { FirmGraphInput } from './firm-graph.ts';
import type { FirmCommunities, FirmMetrics } from './firm-metrics.ts';
import { LouvainNxOptionsSchema, louvainCommunities } from './louvain-nx.ts';
import { PagerankNxOptionsSchema, pagerankNx } from './pagerank-nx.ts';

/** The SUPPLIES properties usable as edge weights. */
export const SUPPLY_WEIGHTS = ['valueUsd', 'unitsPerYear'] as const;
export const SupplyWeightSchema = z.enum(SUPPLY_WEIGHTS, { error: `weight must be one of ${SUPPLY_WEIGHTS.join(', ')}` });
export type SupplyWeight = z.infer<typeof SupplyWeightSchema>;

type Edge = [string, string, number | undefined];

/** Pairs summed in first-appearance order; undefined when no row of the pair gave a value. */
function summed(rows: ReadonlyArray<{ a: string; b: string; w: number | null | undefined }>, undirected: boolean): Edge[] {
  const at = new Map<string, Edge>();
  for (const { a, b, w } of rows) {
    const key = undirected && b < a ? `${b}\u0000${a}` : `${a}\u0000${b}`;
    let edge = at.get(key);
    if (!edge) at.set(key, (edge = [a, b, undefined]));
    if (w !== null && w !== undefined) edge[2] = (edge[2] ?? 0) + w;
  }
  return [...at.values()];
}

/** The pairs' rows (a → b, its weight), the firms checked: no duplicate, no unknown end. */
function weightedRows(input: FirmGraphInput): Array<{ a: string; b: string; w: number | null | undefined }> {
  const known = new Set<string>();
  for (const id of input.firms) {
    if (known.has(id)) throw new DuplicateFirmError(id);
    known.add(id);
  }
  const rows: Array<{ a: string; b: string; w: number | null | undefined }> = [];
  for (const s of input.supplies) {
    if (!known.has(s.supplier)) throw new UnknownFirmError(s.supplier, 'supplies');
    if (!known.has(s.buyer)) throw new UnknownFirmError(s.buyer, 'supplies');
    if (s.supplier !== s.buyer) rows.push({ a: s.supplier, b: s.buyer, w: s.weight });
  }
  return rows;
}

const undirectedOf = (input: FirmGraphInput, rows: ReturnType<typeof weightedRows>): AnyGraph => buildAnyGraph({ directed: false, nodes: input.firms, edges: summed(rows, true) });

/** Each node's community number, from Louvain's communities of node indices. */
function communityOf(n: number, communities: readonly number[][]): Int32Array {
  const community = new Int32Array(n);
  communities.forEach((members, c) => members.forEach((i) => (community[i] = c)));
  return community;
}

/** Only the communities of weightedFirmMetrics (the one value the seed changes), rows in its order. */
export function weightedFirmCommunities(input: FirmGraphInput, seed: number): FirmCommunities {
  const u = undirectedOf(input, weightedRows(input));
  const { communities, modularity } = louvainCommunities(u, LouvainNxOptionsSchema.parse({ seed }));
  return { ids: u.ids, community: communityOf(u.ids.length, communities), modularity };
}

export async function weightedFirmMetrics(input: FirmGraphInput, seed: number, control: RunControl = {}): Promise<FirmMetrics> {
  const rows = weightedRows(input);
  const u = undirectedOf(input, rows);
  const d = buildAnyGraph({ directed: true, nodes: input.firms, edges: summed(rows.map(({ a, b, w }) => ({ a: b, b: a, w })), false) });
  const between = await betweennessCentrality(u, { normalized: true, weight: true, endpoints: false, k: null, seed }, control);
  const rank = pagerankNx(d, PagerankNxOptionsSchema.parse({}), control.checkpoint);
  const { communities, modularity } = louvainCommunities(u, LouvainNxOptionsSchema.parse({ seed }));
  const community = communityOf(u.ids.length, communities);
  const firms = u.ids.map((id, i) => ({ id, degree: degreeOf(u, i, true), betweenness: between[i]!, pagerank: rank[d.index.get(id)!]!, community: community[i]! }));
  return { firms, modularity };
}
