// Missing links (DESIGN.md, "Missing links"): supplier-buyer-component candidates with their
// feasibility, replaced imports, distance and network evidence, ranked with one score for both
// stores (weights.ts), each with an evidence sentence; and the clusters with no path to an OEM.
export { missingLinks, missingLinkFacts, linkIndexOf, checkFilterIds, type MissingLinksOptions } from './missing-links.ts';
export {
  missingLinksQueryShape,
  missingLinksOutShape,
  recommendationShape,
  noOemClusterShape,
  gapShape,
  GAP_KINDS,
  FEASIBILITIES,
  type Gap,
  type MissingLinksLabels,
  MISSING_LINKS_DEFAULT_LIMIT,
  MISSING_LINKS_MAX_LIMIT,
  type MissingLinksQuery,
  type MissingLinksOut,
  type Recommendation,
  type NoOemCluster,
  type CandidateFilter,
} from './shapes.ts';
export { candidateRowShape, normaliseCandidate, hopOf, HOPS, refShape, type CandidateRow, type CandidateFact, type Hop, type Ref } from './facts.ts';
export { recommend } from './recommend.ts';
export { missingLinksLabels } from './labels.ts';
export { derive, scoreTerms, scoreOf, termsOf, feasibilityOf, gapsOf, finestTolerance, type Derived, type ScoreInputs } from './score.ts';
export { LINK_WEIGHTS, NETWORK_WEIGHTS, FEASIBILITY, IMPORT_LOG10_FULL, DISTANCE_HALF_KM } from './weights.ts';
export { evidenceSentence, usd } from './sentence.ts';
export { indexGraph, indexGraphInSteps, numProp, strProp, nameOf, tierOf, type GraphIndex } from './graph-index.ts';
export { requirementFacts, isCapable, capabilityPool, type RequirementFacts } from './requirements.ts';
export { embeddedCandidateRows, embeddedRowsOf } from './candidates-embedded.ts';
export { buildLinkIndex, type LinkIndex } from './link-index.ts';
export { selectCandidates, type Selected } from './select.ts';
export { scoringRelationsShape, type ScoringFacts } from './scoring-facts.ts';
export { embeddedScoringFacts } from './scoring-facts-embedded.ts';
export { neo4jScoringFacts, type CandidateTriple } from './neo4j-facts.ts';
export { embeddedNoOemRows, normaliseNoOem, noOemRowShape, type NoOemRow } from './no-oem-path.ts';
export { haversineKm } from './distance.ts';
export { missingLinksTable } from './table.ts';
export { warmMissingLinks } from './warm.ts';
