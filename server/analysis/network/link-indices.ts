// NetworkX 3.6's link-prediction functions (networkx.algorithms.link_prediction), by their names, on
// any undirected simple graph (any-graph.ts). With N(u) the neighbours of u (u itself when it has a
// self-loop), CN = N(u) ∩ N(v) \ {u, v} (nx.common_neighbors) and deg counting a self-loop twice:
//   common_neighbors             |CN|                                    (len(nx.common_neighbors))
//   resource_allocation_index    Σ_{w ∈ CN} 1 / deg(w)                   Zhou, Lü & Zhang (2009)
//   jaccard_coefficient          |CN| / |N(u) ∪ N(v)|, 0 if the union is empty   Liben-Nowell & Kleinberg (2004)
//   adamic_adar_index            Σ_{w ∈ CN} 1 / ln deg(w)                Adamic & Adar (2003)
//   preferential_attachment      deg(u) · deg(v)
//   common_neighbor_centrality   alpha |CN| + (1 - alpha) N / d(u, v), 0 for another component;
//                                alpha = 1: |CN|                         Ahmad et al. (2020)
//   cn_soundarajan_hopcroft      |CN| + |{w ∈ CN: c(w) = c(u)}| if c(u) = c(v), else |CN|
//   ra_index_soundarajan_hopcroft  Σ_{w ∈ CN, c(w) = c(u)} 1 / deg(w) if c(u) = c(v), else 0
//   within_inter_cluster         |W| / (|CN \ W| + delta), W = {w ∈ CN: c(w) = c(u)}, if c(u) = c(v), else 0
//                                (Soundarajan & Hopcroft 2012; Rebaza & Dias 2012)
// A pair (u, u) is scored as NetworkX scores it (CN = N(u) \ {u}); common_neighbor_centrality
// refuses it, and adamic_adar_index refuses it when a neighbour has degree 1 (1 / ln 1), as
// NetworkX raises there. Directed graphs and multigraphs are refused (NetworkX: not implemented);
// a community the score needs and the `communities` map lacks is refused (NetworkX raises
// NetworkXAlgorithmError, for the nodes it reads only).
import { z } from 'zod';
import { text } from '../../i18n/index.ts';
import { degreeOf, type AnyGraph } from './any-graph.ts';
import { GraphRequestError } from './errors.ts';

export const LINK_FUNCTIONS = [
  'resource_allocation_index',
  'jaccard_coefficient',
  'adamic_adar_index',
  'preferential_attachment',
  'common_neighbor_centrality',
  'cn_soundarajan_hopcroft',
  'ra_index_soundarajan_hopcroft',
  'within_inter_cluster',
  'common_neighbors',
] as const;
export const LinkFunctionSchema = z.enum(LINK_FUNCTIONS, { error: `method must be one of ${LINK_FUNCTIONS.join(', ')}` });
export type LinkFunction = z.infer<typeof LinkFunctionSchema>;

/** Methods whose scores need communities. */
export const COMMUNITY_FUNCTIONS: readonly LinkFunction[] = ['cn_soundarajan_hopcroft', 'ra_index_soundarajan_hopcroft', 'within_inter_cluster'];

export type CommunityId = string | number;

export interface LinkParams {
  method: LinkFunction;
  /** node id -> community (the `community` node attribute of NetworkX). */
  communities?: Readonly<Record<string, CommunityId>>;
  /** common_neighbor_centrality's alpha (NetworkX default 0.8). */
  alpha: number;
  /** within_inter_cluster's delta (NetworkX default 0.001). */
  delta: number;
}

/** Scores pairs of one graph; keeps the scratch arrays and per-source distances between pairs. */
export class LinkScorer {
  private readonly mark: Int32Array;
  private round = 0;
  private readonly degree: Float64Array;
  private readonly distFrom = new Map<number, Int32Array>();

  constructor(
    readonly g: AnyGraph,
    readonly params: LinkParams,
  ) {
    if (g.directed) throw new GraphRequestError('linkPrediction', text('graph.link.directed'), 'NetworkXNotImplemented');
    if (g.multigraph) throw new GraphRequestError('linkPrediction', text('graph.link.multigraph'), 'NetworkXNotImplemented');
    if (params.method === 'within_inter_cluster' && !(params.delta > 0)) throw new GraphRequestError('linkPrediction.delta', text('graph.link.delta'), 'NetworkXAlgorithmError');
    this.mark = new Int32Array(g.ids.length);
    this.degree = Float64Array.from(g.ids, (_, i) => degreeOf(g, i, false));
  }

  /** Common neighbours of u and v (neither u nor v), in v's adjacency order. */
  commonNeighbors(u: number, v: number): number[] {
    const { offsets, targets } = this.g.out;
    const r = ++this.round;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) this.mark[targets[k]!] = r;
    const out: number[] = [];
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const w = targets[k]!;
      if (w !== u && w !== v && this.mark[w] === r) out.push(w);
    }
    return out;
  }

  /** G.degree(u) (a self-loop twice). */
  degreeOf(u: number): number {
    return this.degree[u]!;
  }

  private neighborCount(u: number): number {
    return this.g.out.offsets[u + 1]! - this.g.out.offsets[u]!;
  }

  private community(u: number): CommunityId {
    const c = this.params.communities?.[this.g.ids[u]!];
    if (c === undefined) throw new GraphRequestError('linkPrediction.communities', text('graph.link.noCommunity', { id: this.g.ids[u]! }), 'NetworkXAlgorithmError', { id: this.g.ids[u] });
    return c;
  }

  private distance(u: number, v: number): number {
    let dist = this.distFrom.get(u);
    if (!dist) {
      const n = this.g.ids.length;
      const { offsets, targets } = this.g.out;
      dist = new Int32Array(n).fill(-1);
      const queue = new Int32Array(n);
      let head = 0;
      let tail = 0;
      queue[tail++] = u;
      dist[u] = 0;
      while (head < tail) {
        const x = queue[head++]!;
        for (let k = offsets[x]!; k < offsets[x + 1]!; k++) {
          const y = targets[k]!;
          if (dist[y]! < 0) {
            dist[y] = dist[x]! + 1;
            queue[tail++] = y;
          }
        }
      }
      // Distances from at most a few sources are kept: pairs usually come grouped by source.
      if (this.distFrom.size > 64) this.distFrom.clear();
      this.distFrom.set(u, dist);
    }
    return dist[v]! < 0 ? Infinity : dist[v]!;
  }

  score(u: number, v: number): number {
    const { method } = this.params;
    const ids = this.g.ids;
    switch (method) {
      case 'common_neighbors':
        return this.commonNeighbors(u, v).length;
      case 'resource_allocation_index':
        return this.commonNeighbors(u, v).reduce((s, w) => s + 1 / this.degree[w]!, 0);
      case 'jaccard_coefficient': {
        const cn = this.commonNeighbors(u, v).length;
        // |N(u) ∪ N(v)| = |N(u)| + |N(v)| - |N(u) ∩ N(v)|; the intersection also holds u (or v)
        // when u and v are adjacent and u (v) has a self-loop, and N(u) itself when u = v.
        const union = u === v ? this.neighborCount(u) : this.neighborCount(u) + this.neighborCount(v) - this.intersectionSize(u, v);
        return union === 0 ? 0 : cn / union;
      }
      case 'adamic_adar_index':
        return this.commonNeighbors(u, v).reduce((s, w) => {
          const d = this.degree[w]!;
          if (d === 1) throw new GraphRequestError('linkPrediction', text('graph.link.adamicAdar', { u: ids[u]!, v: ids[v]! }), 'ZeroDivisionError');
          return s + 1 / Math.log(d);
        }, 0);
      case 'preferential_attachment':
        return this.degree[u]! * this.degree[v]!;
      case 'common_neighbor_centrality': {
        if (u === v) throw new GraphRequestError('linkPrediction', text('graph.link.selfLoop', { u: ids[u]!, v: ids[v]! }), 'NetworkXAlgorithmError');
        const { alpha } = this.params;
        const cn = this.commonNeighbors(u, v).length;
        if (alpha === 1) return cn;
        return alpha * cn + ((1 - alpha) * ids.length) / this.distance(u, v);
      }
      case 'cn_soundarajan_hopcroft': {
        const cu = this.community(u);
        const cv = this.community(v);
        const cn = this.commonNeighbors(u, v);
        const same = cu === cv ? cn.filter((w) => this.community(w) === cu).length : 0;
        return cn.length + same;
      }
      case 'ra_index_soundarajan_hopcroft': {
        const cu = this.community(u);
        if (cu !== this.community(v)) return 0;
        return this.commonNeighbors(u, v).reduce((s, w) => (this.community(w) === cu ? s + 1 / this.degree[w]! : s), 0);
      }
      case 'within_inter_cluster': {
        const cu = this.community(u);
        if (cu !== this.community(v)) return 0;
        const cn = this.commonNeighbors(u, v);
        const within = cn.filter((w) => this.community(w) === cu).length;
        return within / (cn.length - within + this.params.delta);
      }
    }
  }

  private intersectionSize(u: number, v: number): number {
    const { offsets, targets } = this.g.out;
    const r = ++this.round;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) this.mark[targets[k]!] = r;
    let count = 0;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) if (this.mark[targets[k]!] === r) count++;
    return count;
  }
}

/** Node indices of a list of ids; an unknown id is NetworkX's NodeNotFound. */
export function nodeIndices(g: AnyGraph, ids: readonly string[], field: string): number[] {
  return ids.map((id) => {
    const i = g.index.get(id);
    if (i === undefined) throw new GraphRequestError(field, text('graph.nodeNotFound', { id }), 'NodeNotFound', { id });
    return i;
  });
}

/** Scores the given pairs, in order; every id is checked first (as NetworkX does). */
export function scorePairs(g: AnyGraph, params: LinkParams, pairs: ReadonlyArray<readonly [string, string]>, checkpoint?: () => void): Array<[string, string, number]> {
  const scorer = new LinkScorer(g, params);
  const indexed = pairs.map(([u, v]) => nodeIndices(g, [u, v], 'linkPrediction.pairs') as [number, number]);
  return indexed.map(([u, v], i) => {
    if (checkpoint && (i & 1023) === 0) checkpoint();
    return [g.ids[u]!, g.ids[v]!, scorer.score(u, v)];
  });
}
