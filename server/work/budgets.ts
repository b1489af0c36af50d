// The routes behind the gate and each one's time budget, as a multiple of the configured
// RANTAI_ANALYSIS_TIMEOUT_MS (30 s by default). Every national-scale answer measured in
// bench/README.md fits in one budget; a whole-graph export gets three: from Neo4j at national scale
// the dataset workbook took 42 s and GraphML 50 s on a quiet machine (reading the whole graph over
// Bolt is 16-19 s of it), too close to two budgets to be answered on a busy one.
export const WORK_ROUTES = {
  graph: 1,
  entity: 1,
  catalog: 1,
  firms: 1,
  imports: 1,
  substitution: 1,
  'what-if': 1,
  'missing-links': 1,
  risk: 1,
  metrics: 1,
  'link-scores': 1,
  'analysis-graph': 1,
  complexity: 1,
  export: 3,
} as const;

export type WorkRoute = keyof typeof WORK_ROUTES;

export const timeBudgetMs = (route: WorkRoute, timeoutMs: number): number => Math.round(WORK_ROUTES[route] * timeoutMs);

/**
 * Routes that wait in the export lane (WorkLimits.exportConcurrency) rather than for an analysis
 * place: a national export is seconds of work and gigabytes on a worker, and must not keep
 * analyses waiting. The lane's queue waits up to the export's time budget, since an export asked
 * while another is written is worth waiting for.
 */
export const EXPORT_LANE: ReadonlySet<WorkRoute> = new Set<WorkRoute>(['export']);
