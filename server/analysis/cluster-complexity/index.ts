// Economic complexity of the dataset's clusters and components (GET /api/analysis/complexity),
// identical from both stores: the table (facts.ts, embedded.ts, neo4j.ts), the analysis with its
// structure warnings and per-block values (analysis.ts), ranks with ties (rank.ts).
export { analyseClusterTable, clusterComplexity, warmClusterComplexity, clusterTable, presentClusterComplexity, type ClusterComplexityAnalysis } from './analysis.ts';
export { clusterTableOf } from './embedded.ts';
export { tableRowShape, type ClusterTableRow, type TableCell } from './facts.ts';
export { neo4jClusterTable } from './neo4j.ts';
export { rankWithTies, TIE_TOLERANCE, type Ranked } from './rank.ts';
export { clusterComplexityOutShape, clusterComplexityQueryShape, MAX_OPPORTUNITIES, type ClusterComplexityOut, type ClusterComplexityQuery } from './shapes.ts';
