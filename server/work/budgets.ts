// The routes behind the gate and each one's time budget, as a multiple of the configured
// RANTAI_ANALYSIS_TIMEOUT_MS (30 s by default). Every national-scale answer measured in
// bench/README.md fits in one budget; a whole-graph export (166 MB of JSON at national scale,
// about 12 s) gets two.
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
  export: 2,
} as const;

export type WorkRoute = keyof typeof WORK_ROUTES;

export const timeBudgetMs = (route: WorkRoute, timeoutMs: number): number => Math.round(WORK_ROUTES[route] * timeoutMs);
