// Size limits of a posted graph (POST /api/analysis/graph). Past them the answer is 413
// payload_too_large naming the limit, before anything is computed; the JSON body limit of the
// server (2 MB by default) applies first. The CLI (`rantai analyse --graph FILE`) reads a file of
// any size through the same readers with these limits lifted.
//
// A graph within those sizes can still ask for more work than the analysis time budget (30 s)
// allows: exact betweenness is O(sources · (n + m)), and the best pairs by a common-neighbour index
// walk every two-step path u–w–v, Σ deg(w)² of them (a star of 150,000 edges: 2·10¹⁰).
// Such a request ran into the budget's 503 after 30–46 s, holding up to 1.4 GB, and told the
// client to try again. It is now refused at once (413, cost.ts) with what to ask instead. The
// caps are steps measured to take about 15 s on the reference machine (2 cores; analyseGraph on
// random graphs of 2,000-10,000 nodes and on stars, December 2026):
// betweenness 1.1·10⁸ steps/s on the worker pool, edge betweenness 3·10⁷/s, two-step paths of a top search 4.7·10⁶/s,
// PageRank 1.2·10⁸ steps/s undirected (3·10⁸ directed; n + adjacency entries per iteration: its
// max_iter may be 100,000, and a graph that does not converge runs them all: 3,000 nodes and
// 15,000 edges at 100,000 iterations held the main thread 11 s).
export interface GraphLimits {
  maxNodes: number;
  maxEdges: number;
  /** sources · (n + m) of betweenness_centrality. */
  maxBetweennessSteps: number;
  /** sources · (n + m) of edge_betweenness_centrality. */
  maxEdgeBetweennessSteps: number;
  /** Two-step paths u–w–v from the sources that a `top` search by a common-neighbour index walks. */
  maxTwoStepPaths: number;
  /** max_iter · (n + m) of pagerank: its work when it does not converge sooner. */
  maxPagerankSteps: number;
}

export const GRAPH_LIMITS: GraphLimits = { maxNodes: 200_000, maxEdges: 500_000, maxBetweennessSteps: 1.6e9, maxEdgeBetweennessSteps: 4.5e8, maxTwoStepPaths: 7e7, maxPagerankSteps: 1.8e9 };
const ANY = Number.MAX_SAFE_INTEGER;
export const NO_LIMITS: GraphLimits = { maxNodes: ANY, maxEdges: ANY, maxBetweennessSteps: ANY, maxEdgeBetweennessSteps: ANY, maxTwoStepPaths: ANY, maxPagerankSteps: ANY };

/** At most this many pairs to score, and at most this many candidates (`top`). */
export const MAX_PAIRS = 100_000;
export const MAX_TOP = 100_000;
/**
 * The Google matrix (metrics.googleMatrix) holds n² numbers: about 20 MB of JSON at this many rows,
 * so it is given for at most 1,000 nodes, on the route and in the CLI alike (413 past it).
 */
export const MAX_GOOGLE_MATRIX_NODES = 1_000;
/** Longest node id. */
export const MAX_ID_LENGTH = 500;

/**
 * The largest edge weight: sums of larger ones overflow (two of 1e308 make Infinity), and PageRank's
 * rows then summed to Infinity, every entry 0, the values summing to 0.235 without a word. 1e100 is
 * past any real flow (USD, tonnes, units), as the dataset's amounts and complexity's values are.
 */
export const MAX_WEIGHT = 1e100;
