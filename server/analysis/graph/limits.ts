// Size limits of a posted graph (POST /api/analysis/graph). Past them the answer is 413
// payload_too_large naming the limit, before anything is computed; the JSON body limit of the
// server (2 MB by default) applies first. The CLI (`rantai analyse --graph FILE`) reads a file of
// any size through the same readers with these limits lifted.
export interface GraphLimits {
  maxNodes: number;
  maxEdges: number;
}

export const GRAPH_LIMITS: GraphLimits = { maxNodes: 200_000, maxEdges: 500_000 };
export const NO_LIMITS: GraphLimits = { maxNodes: Number.MAX_SAFE_INTEGER, maxEdges: Number.MAX_SAFE_INTEGER };

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
