// Runs a graph request: reads the graph (edges or a file), checks its size, computes the metrics
// asked for and the link scores, and shapes the answer. Reading-only: nothing of the served dataset
// is read or changed.
import { text } from '../../i18n/index.ts';
import { buildAnyGraph, type AnyGraph, type AnyGraphInput } from '../network/any-graph.ts';
import { betweennessCentrality, BetweennessOptionsSchema } from '../network/betweenness-centrality.ts';
import { topCandidates } from '../network/candidates.ts';
import { edgeBetweennessCentrality } from '../network/edge-betweenness.ts';
import { googleMatrix, googleMatrixSize } from '../network/google-matrix.ts';
import { scorePairs, type LinkParams } from '../network/link-indices.ts';
import { louvainCommunities, LouvainNxOptionsSchema } from '../network/louvain-nx.ts';
import { pagerankNx, PagerankNxOptionsSchema } from '../network/pagerank-nx.ts';
import { GraphRequestError } from '../network/errors.ts';
import { checkWork } from './cost.ts';
import { GRAPH_LIMITS, MAX_GOOGLE_MATRIX_NODES, type GraphLimits } from './limits.ts';
import { graphTooLarge } from './messages.ts';
import { readCsvGraph } from './read-csv.ts';
import { readGexf } from './read-gexf.ts';
import { readGraphml } from './read-graphml.ts';
import type { GraphRequest, GraphResult } from './schema.ts';

const DEFAULT_NAMES = { csv: 'graph.csv', graphml: 'graph.graphml', gexf: 'graph.gexf' } as const;

/** The format of a file that does not say: an XML root element <graphml> or <gexf>, else CSV. */
function sniff(content: string): keyof typeof DEFAULT_NAMES {
  const root = /<(?:[\w.-]+:)?(graphml|gexf)[\s>]/.exec(content.slice(0, 4096));
  return root ? (root[1] as 'graphml' | 'gexf') : 'csv';
}

/** The graph of a request, as NetworkX would build it. */
export function readRequestGraph(request: GraphRequest): AnyGraphInput {
  const file = request.file;
  if (!file) return { directed: request.directed ?? false, multigraph: request.multigraph, nodes: request.nodes, edges: request.edges ?? [] };
  const format = file.format ?? sniff(file.content);
  const name = file.name ?? DEFAULT_NAMES[format];
  const read = format === 'csv' ? readCsvGraph(file.content, name, request.directed ?? false) : format === 'graphml' ? readGraphml(file.content, name) : readGexf(file.content, name);
  if (request.directed !== undefined && request.directed !== read.directed) {
    throw new GraphRequestError('directed', text(request.directed ? 'graph.directedButFile' : 'graph.undirectedButFile', { file: name }));
  }
  return { ...read, multigraph: request.multigraph, nodes: [...(request.nodes ?? []), ...(read.nodes ?? [])], edges: [...read.edges, ...(request.edges ?? [])] };
}

export function checkedGraph(input: AnyGraphInput, limits: Pick<GraphLimits, 'maxNodes' | 'maxEdges'> = GRAPH_LIMITS): AnyGraph {
  if (input.edges.length > limits.maxEdges) throw graphTooLarge({ part: 'edges', count: input.edges.length, max: limits.maxEdges });
  const g = buildAnyGraph(input);
  if (g.ids.length > limits.maxNodes) throw graphTooLarge({ part: 'nodes', count: g.ids.length, max: limits.maxNodes });
  return g;
}

const byId = <T>(g: AnyGraph, values: ArrayLike<number>, map: (x: number) => T): Record<string, T> => Object.fromEntries(g.ids.map((id, i) => [id, map(values[i]!)]));

export async function analyseGraph(request: GraphRequest, options: { limits?: GraphLimits; checkpoint?: () => void; signal?: AbortSignal } = {}): Promise<GraphResult> {
  const g = checkedGraph(readRequestGraph(request), options.limits);
  const everything = request.metrics === undefined && request.linkPrediction === undefined;
  const metrics = everything ? { betweenness: BetweennessOptionsSchema.parse({}), pagerank: PagerankNxOptionsSchema.parse({}), louvain: LouvainNxOptionsSchema.parse({}) } : (request.metrics ?? {});
  const matrix = 'googleMatrix' in metrics ? metrics.googleMatrix : undefined;
  // The n² numbers of a Google matrix are refused before anything else is computed.
  if (matrix && googleMatrixSize(g, matrix) > MAX_GOOGLE_MATRIX_NODES) throw graphTooLarge({ part: 'googleMatrix', count: googleMatrixSize(g, matrix), max: MAX_GOOGLE_MATRIX_NODES });
  // So is work past what the time budget allows (cost.ts).
  checkWork(g, metrics, request, options.limits ?? GRAPH_LIMITS);
  const out: GraphResult = { graph: { nodes: g.ids.length, edges: g.edgeCount, directed: g.directed, multigraph: g.multigraph } };
  if (metrics.betweenness) {
    const values = await betweennessCentrality(g, metrics.betweenness, { checkpoint: options.checkpoint, signal: options.signal });
    out.betweenness = byId(g, values, (x) => (Number.isNaN(x) ? null : x));
  }
  if ('edgeBetweenness' in metrics && metrics.edgeBetweenness) {
    out.edgeBetweenness = edgeBetweennessCentrality(g, metrics.edgeBetweenness, options.checkpoint).map((e) =>
      e.length === 3 ? [g.ids[e[0]]!, g.ids[e[1]]!, e[2]] : [g.ids[e[0]]!, g.ids[e[1]]!, e[2], e[3]],
    );
  }
  if (metrics.pagerank) out.pagerank = byId(g, pagerankNx(g, metrics.pagerank, options.checkpoint), (x) => x);
  if (matrix) out.googleMatrix = googleMatrix(g, matrix, options.checkpoint);
  if (metrics.louvain) {
    const { communities, modularity } = louvainCommunities(g, metrics.louvain);
    out.louvain = { communities: communities.map((c) => c.map((i) => g.ids[i]!)), modularity };
  }
  const lp = request.linkPrediction;
  if (lp) {
    const params: LinkParams = { method: lp.method, communities: lp.communities, alpha: lp.alpha, delta: lp.delta };
    out.linkPrediction = lp.pairs ? scorePairs(g, params, lp.pairs, options.checkpoint) : topCandidates(g, params, { top: lp.top!, among: lp.among }, options.checkpoint);
  }
  return out;
}
