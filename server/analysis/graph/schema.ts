// The contract of POST /api/analysis/graph (issue 17), as zod schemas: the request types are
// z.infer of these, and the OpenAPI document is generated from them.
//   {"directed": bool, "multigraph"?: bool, "edges": [[u, v] | [u, v, weight], …] | "file": {…},
//    "nodes"?: [ids], "metrics"?: {"betweenness"?, "edgeBetweenness"?, "pagerank"?, "googleMatrix"?, "louvain"?},
//    "linkPrediction"?: {"method", "pairs" | "top", "among"?, "communities"?, "alpha"?, "delta"?}}
// answers {"graph": {…}, "betweenness"?: {node: value}, "pagerank"?: {node: value},
//          "googleMatrix"?: {"nodes": [order], "matrix": [[…], …]}, "louvain"?: {"communities": [[…]], "modularity"},
//          "linkPrediction"?: [[u, v, score], …]}.
// Option names and defaults are NetworkX 3.6's (betweenness_centrality, pagerank, google_matrix,
// louvain_communities, the link_prediction functions); `"weight": true` uses the third element of
// each edge (an edge without one weighs 1, NetworkX's default).
import { z } from 'zod';
import { BetweennessOptionsSchema } from '../network/betweenness-centrality.ts';
import { EdgeBetweennessOptionsSchema } from '../network/edge-betweenness.ts';
import { GoogleMatrixOptionsSchema } from '../network/google-matrix.ts';
import { LinkFunctionSchema } from '../network/link-indices.ts';
import { LouvainNxOptionsSchema } from '../network/louvain-nx.ts';
import { PagerankNxOptionsSchema } from '../network/pagerank-nx.ts';
import { MAX_GOOGLE_MATRIX_NODES, MAX_ID_LENGTH, MAX_PAIRS, MAX_TOP, MAX_WEIGHT } from './limits.ts';

/** A node id: a string, or a number read as its decimal text (3 and "3" are one node). */
export const nodeIdShape = z
  .union([z.string({ error: 'a node id is a string or a number' }).min(1, { error: 'a node id must not be empty' }).max(MAX_ID_LENGTH, { error: `a node id may be at most ${MAX_ID_LENGTH} characters` }), z.number().finite()], { error: 'a node id is a string or a number' })
  .transform(String);

/** Weights are lengths (betweenness) or strengths (PageRank, Louvain): finite and not negative. */
export const edgeShape = z.tuple(
  [nodeIdShape, nodeIdShape, z.number({ error: 'a weight must be a number' }).finite({ error: 'a weight must be a finite number' }).min(0, { error: 'a weight must not be negative' }).max(MAX_WEIGHT, { error: 'a weight may be at most 1e100' }).optional()],
  { error: 'an edge is [u, v] or [u, v, weight]' },
);

export const GRAPH_FILE_FORMATS = ['csv', 'graphml', 'gexf'] as const;

export const graphFileShape = z.strictObject({
  format: z.enum(GRAPH_FILE_FORMATS, { error: `format must be one of ${GRAPH_FILE_FORMATS.join(', ')}` }).optional().describe('csv, graphml or gexf; when absent, read from the content (<graphml …> or <gexf …>, else CSV)'),
  content: z.string({ error: 'content must be the file\'s text' }).min(1, { error: 'content must not be empty' }),
  name: z.string().min(1).max(200).optional().describe('the file name used in problem locations (default graph.csv, graph.graphml, graph.gexf)'),
});

export const linkPredictionShape = z
  .strictObject({
    method: LinkFunctionSchema.describe('a NetworkX link-prediction function name, e.g. jaccard_coefficient'),
    pairs: z.array(z.tuple([nodeIdShape, nodeIdShape]), { error: 'pairs must be a list of [u, v]' }).min(1).max(MAX_PAIRS, { error: `pairs may hold at most ${MAX_PAIRS.toLocaleString('en')} pairs` }).optional().describe('score these pairs, in this order (NetworkX `ebunch`)'),
    top: z.number({ error: 'top must be a whole number' }).int().min(1).max(MAX_TOP, { error: `top may be at most ${MAX_TOP}` }).optional().describe('the k best non-adjacent pairs, best first (ties in node order)'),
    among: z
      .tuple([z.array(nodeIdShape).min(1), z.array(nodeIdShape).min(1)], { error: 'among is [[sources], [targets]]' })
      .optional()
      .describe('with top: only pairs (source, target), e.g. IKM firms × buyers'),
    communities: z.record(z.string(), z.union([z.string().max(200), z.number()]), { error: 'communities maps node ids to community ids' }).optional().describe('node -> community, for cn_soundarajan_hopcroft, ra_index_soundarajan_hopcroft, within_inter_cluster'),
    alpha: z.number().min(0).max(1).default(0.8).describe('common_neighbor_centrality\'s alpha (NetworkX default 0.8)'),
    delta: z.number().finite().default(0.001).describe('within_inter_cluster\'s delta (NetworkX default 0.001)'),
  })
  .refine((l) => (l.pairs === undefined) !== (l.top === undefined), { error: 'give either pairs or top', path: ['pairs'] })
  .refine((l) => l.among === undefined || l.top !== undefined, { error: 'among goes with top', path: ['among'] })
  // The two refinements in JSON Schema words, so that the OpenAPI document allows no request the
  // server refuses.
  .meta({ oneOf: [{ required: ['pairs'] }, { required: ['top'] }], dependentRequired: { among: ['top'] } });

export const graphMetricsShape = z.strictObject({
  betweenness: BetweennessOptionsSchema.optional().describe('nx.betweenness_centrality'),
  edgeBetweenness: EdgeBetweennessOptionsSchema.optional().describe('nx.edge_betweenness_centrality'),
  pagerank: PagerankNxOptionsSchema.optional().describe('nx.pagerank'),
  googleMatrix: GoogleMatrixOptionsSchema.optional().describe(`nx.google_matrix: PageRank's transition matrix, row-stochastic, rows and columns in nodelist order; at most ${MAX_GOOGLE_MATRIX_NODES.toLocaleString('en')} rows (413 past them); never computed unless asked`),
  louvain: LouvainNxOptionsSchema.optional().describe('nx.community.louvain_communities, with the modularity of its partition'),
});

export const graphRequestShape = z
  .strictObject({
    directed: z.boolean({ error: 'directed must be true or false' }).optional().describe('default false; a GraphML/GEXF file says it itself'),
    multigraph: z.boolean({ error: 'multigraph must be true or false' }).default(false).describe('keep parallel edges (nx.MultiGraph / MultiDiGraph); otherwise a repeated edge is one edge and its last weight counts'),
    edges: z.array(edgeShape, { error: 'edges must be a list of [u, v] or [u, v, weight]' }).optional().describe('the edges; with a file, added after the file\'s edges'),
    file: graphFileShape.optional().describe('the graph as a file: CSV source,target[,weight], GraphML or GEXF'),
    nodes: z.array(nodeIdShape, { error: 'nodes must be a list of node ids' }).optional().describe('nodes in order, isolated ones included (they come before the edge ends)'),
    metrics: graphMetricsShape.optional().describe('the metrics to compute, each with NetworkX\'s options; without metrics and linkPrediction: betweenness, pagerank and louvain with their defaults'),
    linkPrediction: linkPredictionShape.optional(),
  })
  .refine((r) => r.edges !== undefined || r.file !== undefined, { error: 'give the graph as edges or as a file', path: ['edges'] })
  .meta({ anyOf: [{ required: ['edges'] }, { required: ['file'] }] });

export type GraphRequest = z.infer<typeof graphRequestShape>;

export const graphResultShape = z.object({
  graph: z.object({ nodes: z.number().int(), edges: z.number().int(), directed: z.boolean(), multigraph: z.boolean() }).describe('what was read'),
  betweenness: z.record(z.string(), z.number().nullable()).optional().describe('node -> value; null where NetworkX gives NaN (k = 1 without endpoints)'),
  edgeBetweenness: z
    .array(z.union([z.tuple([z.string(), z.string(), z.number()]), z.tuple([z.string(), z.string(), z.number().int(), z.number()])]))
    .optional()
    .describe('[u, v, value] per edge in NetworkX\'s edge order; in a multigraph [u, v, key, value], key = the position of the edge among those between u and v, in input order'),
  pagerank: z.record(z.string(), z.number()).optional(),
  googleMatrix: z
    .object({ nodes: z.array(z.string()).describe('the node of each row and column, in order'), matrix: z.array(z.array(z.number())).describe('matrix[i][j]: the probability of a step from nodes[i] to nodes[j]') })
    .optional()
    .describe('nx.google_matrix as rows'),
  louvain: z.object({ communities: z.array(z.array(z.string())), modularity: z.number() }).optional(),
  linkPrediction: z.array(z.tuple([z.string(), z.string(), z.number()])).optional().describe('[u, v, score]: the pairs in the order given, or the best first'),
});

export type GraphResult = z.infer<typeof graphResultShape>;
