// Metrics and link prediction on any posted graph (POST /api/analysis/graph, `rantai analyse
// --graph FILE`), with NetworkX's option names and meaning; the algorithms live in ../network.
export { analyseGraph, checkedGraph, readRequestGraph } from './analyse.ts';
export { analyseGraphOffThread, answersInPlace, IN_PLACE_MAX } from './off-thread.ts';
export { GRAPH_FILE_FORMATS, graphRequestShape, graphResultShape, linkPredictionShape, type GraphRequest, type GraphResult } from './schema.ts';
export { GRAPH_LIMITS, NO_LIMITS, MAX_GOOGLE_MATRIX_NODES, MAX_PAIRS, MAX_TOP, type GraphLimits } from './limits.ts';
export { GraphFileError } from './file-error.ts';
export { graphTooLarge, graphTooLargeDetailsShape, tooMuchWork, tooMuchWorkDetailsShape, type GraphTooLargeDetails, type TooMuchWorkDetails } from './messages.ts';
