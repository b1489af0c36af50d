// Import substitution (DESIGN.md, "Analyses > Substitution"): for each imported component and each
// cluster, the requirements the cluster's members meet, the gaps (each with its policy lever), the
// product-space density, capacity ratio, import-weighted distance, a score under a named strategy,
// a status, candidate firms and a one-sentence explanation; and the what-if over interventions.
// Public face of the folder.
export { substitution, whatIf, factSource, type WhatIfInput } from './analysis.ts';
export { warmSubstitution } from './warm.ts';
export { embeddedFactSource } from './embedded-facts.ts';
export { neo4jFactSource } from './neo4j-facts.ts';
export { evaluate, evaluateInSlices, evaluateSteps, compareRank, STATUS, type Evaluation, type EvaluationInput, type Status } from './evaluate.ts';
export { densityIndex, clusterDensities } from './density.ts';
export { applyInterventions } from './interventions.ts';
export { explain, formatUsd } from './explain.ts';
export { substitutionLabels, substitutionLabelsShape, type SubstitutionLabels } from './labels.ts';
export { haversineKm, geoPoint } from './geo.ts';
export { topK } from './rank.ts';
export * from './requirements.ts';
export * from './shapes.ts';
export { substitutionTable, gapLabel, type SubstitutionTableRow } from './table.ts';
export * from './strategies.ts';
export type * from './facts.ts';
