// `nx.google_matrix(G, alpha, personalization, nodelist, weight, dangling)` of NetworkX 3.6: the
// transition matrix of PageRank's Markov chain, rows and columns in `nodelist` order (G's node
// order when absent),
//   M = alpha * S + (1 - alpha) * 1 p^T,
// where S is the adjacency of the nodelist (`to_numpy_array`: the induced subgraph's edge weights,
// parallel edges summed, an undirected edge both ways, a self-loop once) with each row divided by
// its sum, a row summing to 0 (a dangling node) replaced by the dangling vector w; p is the
// personalization vector over the nodelist (uniform 1/N when absent, else normalised, nodes left out
// get 0) and w the normalised `dangling` map (p when absent). Every row sums to 1. What is read and
// normalised is PageRank's (stochastic.ts), so pagerank(G) is this matrix's stationary distribution.
// NetworkX's refusals, with their NetworkX error in the details: a nodelist naming a node twice or a
// node not in G (NetworkXError), a nodelist that leaves nodes out without a personalization (numpy
// cannot broadcast the uniform 1/N over fewer rows: ValueError), a personalization summing to 0
// (ZeroDivisionError); a dangling map summing to 0 gives NetworkX NaN rows, which JSON cannot hold,
// so it is refused (ZeroDivisionError) when there is a dangling row.
// Reference: Langville & Meyer (2004), A survey of eigenvector methods of web information retrieval.
import { z } from 'zod';
import { text } from '../../i18n/index.ts';
import type { AnyGraph } from './any-graph.ts';
import { GraphRequestError } from './errors.ts';
import { PagerankNxOptionsSchema } from './pagerank-nx.ts';
import { edgeWeights, normalised, stochasticRows, vectorOver } from './stochastic.ts';

const FIELD = 'metrics.googleMatrix';

export const GoogleMatrixOptionsSchema = PagerankNxOptionsSchema.pick({ alpha: true, personalization: true, weight: true, dangling: true }).extend({
  nodelist: z
    .array(z.union([z.string().min(1, { error: 'a node id must not be empty' }), z.number().finite()], { error: 'a node id is a string or a number' }).transform(String), { error: 'nodelist must be a list of node ids' })
    .nullable()
    .default(null)
    .describe('the order of the rows and columns (NetworkX `nodelist`); G\'s node order when null; a part of the nodes gives the matrix of the subgraph they induce, and needs a personalization'),
});
export type GoogleMatrixOptions = z.infer<typeof GoogleMatrixOptionsSchema>;

export interface GoogleMatrix {
  /** The node of each row (and column), in order. */
  nodes: string[];
  matrix: number[][];
}

/** The node indices of a nodelist, refused as NetworkX's to_numpy_array refuses them. */
function orderOf(g: AnyGraph, nodelist: readonly string[] | null): Int32Array {
  if (nodelist === null) return Int32Array.from(g.ids, (_, i) => i);
  const order = new Int32Array(nodelist.length);
  const seen = new Set<number>();
  nodelist.forEach((id, i) => {
    const node = g.index.get(id);
    if (node === undefined) throw new GraphRequestError(`${FIELD}.nodelist`, text('graph.googleMatrix.notInGraph', { id }), 'NetworkXError');
    if (seen.has(node)) throw new GraphRequestError(`${FIELD}.nodelist`, text('graph.googleMatrix.duplicate', { id }), 'NetworkXError');
    seen.add(node);
    order[i] = node;
  });
  return order;
}

/** The dimension of the matrix a request asks for (for the size check before any work). */
export const googleMatrixSize = (g: AnyGraph, options: GoogleMatrixOptions): number => options.nodelist?.length ?? g.ids.length;

export function googleMatrix(g: AnyGraph, options: GoogleMatrixOptions, checkpoint?: () => void): GoogleMatrix {
  const order = orderOf(g, options.nodelist);
  const m = order.length;
  const nodes = Array.from(order, (i) => g.ids[i]!);
  if (g.ids.length === 0) return { nodes, matrix: [] };
  if (m < g.ids.length && options.personalization === null) throw new GraphRequestError(`${FIELD}.nodelist`, text('graph.googleMatrix.partNeedsPersonalization', { m: { grouped: m }, n: { grouped: g.ids.length } }), 'ValueError');
  const p = options.personalization ? normalised(vectorOver(g, options.personalization, order), `${FIELD}.personalization`) : new Float64Array(m).fill(1 / m);
  const keep = new Uint8Array(g.ids.length);
  for (const i of order) keep[i] = 1;
  const { a, dangling } = stochasticRows(g, edgeWeights(g, options.weight, `${FIELD}.weight`), keep);
  const w = options.dangling && dangling.length > 0 ? normalised(vectorOver(g, options.dangling, order), `${FIELD}.dangling`) : p;
  const position = new Int32Array(g.ids.length).fill(-1);
  order.forEach((node, i) => (position[node] = i));
  const isDangling = new Uint8Array(g.ids.length);
  for (const d of dangling) isDangling[d] = 1;
  const { alpha } = options;
  const { offsets, targets } = g.out;
  const matrix: number[][] = [];
  for (const u of order) {
    checkpoint?.();
    const row = new Float64Array(m);
    if (isDangling[u]) row.set(w);
    else for (let k = offsets[u]!; k < offsets[u + 1]!; k++) if (position[targets[k]!]! >= 0) row[position[targets[k]!]!] = a[k]!;
    const out = new Array<number>(m);
    for (let j = 0; j < m; j++) out[j] = alpha * row[j]! + (1 - alpha) * p[j]!;
    matrix.push(out);
  }
  return { nodes, matrix };
}
