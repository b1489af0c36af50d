// Supply risk (DESIGN.md, "Structure and risk"): single-source components and the failure impact of
// each firm following the tiers upward, identical from both stores.
export { risk, riskFacts } from './risk.ts';
export { warmRisk } from './warm.ts';
export { riskQueryShape, riskOutShape, singleSourceShape, failureImpactShape, lostSupplyShape, type RiskOut, type RiskQuery, type SingleSource, type FailureImpact } from './shapes.ts';
export { riskSummary } from './summary.ts';
export { singleSourceRowShape, failureRowShape, type SingleSourceRow, type FailureRow } from './facts.ts';
export { singleSources } from './single-source.ts';
export { failureImpacts } from './failure-impact.ts';
export { embeddedSingleSourceRows, embeddedFailureRows } from './embedded.ts';
export { neo4jSingleSourceRows, neo4jFailureRows } from './neo4j-facts.ts';
export { riskTable } from './table.ts';
