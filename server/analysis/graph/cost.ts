// The work a graph request asks for, counted before any of it is done, against the route's caps
// (limits.ts): a request over them is a 413 naming the work, the cap and what to ask instead,
// rather than 30 s of computing that ends in the time budget's 503.
import type { AnyGraph } from '../network/any-graph.ts';
import { nodeIndices } from '../network/link-indices.ts';
import type { GraphLimits } from './limits.ts';
import { tooMuchWork } from './messages.ts';
import type { GraphRequest } from './schema.ts';

type Metrics = NonNullable<GraphRequest['metrics']>;

/** Adjacency entries of the graph (an undirected edge twice, a directed one once per direction). */
const entries = (g: AnyGraph): number => g.out.targets.length + (g.directed ? g.in.targets.length : 0);

/** Two-step paths u–w–v from the sources: what a top search by a common-neighbour index walks. */
function twoStepPaths(g: AnyGraph, sources: readonly number[] | null): number {
  const { offsets, targets } = g.out;
  const degree = (i: number) => offsets[i + 1]! - offsets[i]!;
  let paths = 0;
  const from = sources ?? g.ids.map((_, i) => i);
  for (const u of from) for (let e = offsets[u]!; e < offsets[u + 1]!; e++) paths += degree(targets[e]!);
  return paths;
}

/** Throws the 413 of tooMuchWork when `metrics` or the link prediction of `request` is over its cap. */
export function checkWork(g: AnyGraph, metrics: Metrics, request: GraphRequest, limits: GraphLimits): void {
  const n = g.ids.length;
  const perSource = n + entries(g);
  const base = { nodes: n, edges: g.edgeCount };
  // A k past n is left to the algorithm's own refusal (400, as NetworkX's ValueError).
  if (metrics.betweenness) {
    const sources = Math.min(metrics.betweenness.k ?? n, n);
    const steps = sources * perSource;
    if (steps > limits.maxBetweennessSteps) throw tooMuchWork({ part: 'betweenness', ...base, sources, count: steps, max: limits.maxBetweennessSteps });
  }
  if ('edgeBetweenness' in metrics && metrics.edgeBetweenness) {
    const sources = Math.min(metrics.edgeBetweenness.k ?? n, n);
    const steps = sources * perSource;
    if (steps > limits.maxEdgeBetweennessSteps) throw tooMuchWork({ part: 'edgeBetweenness', ...base, sources, count: steps, max: limits.maxEdgeBetweennessSteps });
  }
  // PageRank stops when it converges, but a graph that does not runs max_iter iterations (a 400
  // at their end): its worst case is counted, as betweenness's is.
  if (metrics.pagerank) {
    const steps = metrics.pagerank.max_iter * perSource;
    if (steps > limits.maxPagerankSteps) throw tooMuchWork({ part: 'pagerank', ...base, sources: n, iterations: metrics.pagerank.max_iter, count: steps, max: limits.maxPagerankSteps, most: Math.floor(limits.maxPagerankSteps / perSource) });
  }
  const lp = request.linkPrediction;
  // preferential_attachment searches degree products from a heap; pairs given are scored as given;
  // a directed graph or a multigraph is refused by the link prediction itself (NetworkX's error).
  if (lp?.top !== undefined && lp.method !== 'preferential_attachment' && !g.directed && !g.multigraph) {
    const sources = lp.among ? [...new Set(nodeIndices(g, lp.among[0], 'linkPrediction.among.0'))] : null;
    const paths = twoStepPaths(g, sources);
    if (paths > limits.maxTwoStepPaths) throw tooMuchWork({ part: 'linkPrediction', ...base, sources: sources?.length ?? n, count: paths, max: limits.maxTwoStepPaths });
  }
}
