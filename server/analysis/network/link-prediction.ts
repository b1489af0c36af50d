// Neighbourhood-based link-prediction indices for pairs of firms on the undirected simple firm
// graph, equal to NetworkX 3.x's functions (networkx.algorithms.link_prediction) of the same names:
// - common-neighbors        |N(u) ∩ N(v) \ {u, v}|                  len(nx.common_neighbors(G, u, v))
// - jaccard                 |common| / |N(u) ∪ N(v)|, 0 if empty    nx.jaccard_coefficient
// - adamic-adar             Σ_{w ∈ common} 1 / ln deg(w)            nx.adamic_adar_index
// - resource-allocation     Σ_{w ∈ common} 1 / deg(w)               nx.resource_allocation_index
// - preferential-attachment deg(u) · deg(v)                         nx.preferential_attachment
// References: Liben-Nowell & Kleinberg (2004), The link prediction problem for social networks;
// Adamic & Adar (2003); Zhou, Lü & Zhang (2009) for resource allocation.
// As in NetworkX, N(u) ∪ N(v) of an adjacent pair contains u and v themselves. Unlike NetworkX,
// a pair (u, u) is refused (SelfPairError): NetworkX's adamic-adar divides by ln 1 = 0 there.
import type { UndirectedGraph } from 'graphology';
import { z } from 'zod';
import { SelfPairError, UnknownFirmError } from './errors.ts';

export const LINK_METHODS = [
  'common-neighbors',
  'jaccard',
  'adamic-adar',
  'resource-allocation',
  'preferential-attachment',
] as const;

export const LinkMethodSchema = z.enum(LINK_METHODS, { error: `method must be one of ${LINK_METHODS.join(', ')}` });
export type LinkMethod = z.infer<typeof LinkMethodSchema>;

const firmId = z
  .string({ error: 'a pair holds two firm ids' })
  .min(1, { error: 'a firm id in a pair must not be empty' })
  .max(200, { error: 'a firm id in a pair must be at most 200 characters' });
export const LinkPairSchema = z.tuple([firmId, firmId]);
export type LinkPair = z.infer<typeof LinkPairSchema>;

export interface LinkScore {
  source: string;
  target: string;
  score: number;
}

/** The firms adjacent to both u and v (neither u nor v itself). */
function commonNeighbors(graph: UndirectedGraph, u: string, v: string): string[] {
  const [small, other] = graph.degree(u) <= graph.degree(v) ? [u, v] : [v, u];
  const out: string[] = [];
  graph.forEachNeighbor(small, (w) => {
    if (w !== u && w !== v && graph.areNeighbors(w, other)) out.push(w);
  });
  return out;
}

function score(graph: UndirectedGraph, method: LinkMethod, u: string, v: string): number {
  switch (method) {
    case 'common-neighbors':
      return commonNeighbors(graph, u, v).length;
    case 'jaccard': {
      const common = commonNeighbors(graph, u, v).length;
      // Without self-loops u, v are never in N(u) ∩ N(v), so the union is du + dv - common.
      const union = graph.degree(u) + graph.degree(v) - common;
      return union === 0 ? 0 : common / union;
    }
    case 'adamic-adar':
      return commonNeighbors(graph, u, v).reduce((s, w) => s + 1 / Math.log(graph.degree(w)), 0);
    case 'resource-allocation':
      return commonNeighbors(graph, u, v).reduce((s, w) => s + 1 / graph.degree(w), 0);
    case 'preferential-attachment':
      return graph.degree(u) * graph.degree(v);
  }
}

/**
 * Scores each pair with one method, in the order given. Every id is checked before anything is
 * computed: an id that is not a firm throws UnknownFirmError, a pair (u, u) throws SelfPairError.
 */
export function linkScores(graph: UndirectedGraph, method: LinkMethod, pairs: readonly LinkPair[]): LinkScore[] {
  for (const [u, v] of pairs) {
    if (!graph.hasNode(u)) throw new UnknownFirmError(u);
    if (!graph.hasNode(v)) throw new UnknownFirmError(v);
    if (u === v) throw new SelfPairError(u);
  }
  return pairs.map(([source, target]) => ({ source, target, score: score(graph, method, source, target) }));
}
