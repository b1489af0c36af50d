// Public face of the stores.
export type { GraphStore, StoreKind, DataVersion, VersionedRead, Warmer } from './types.ts';
export { runWarmers } from './warm.ts';
export * from './shapes.ts';
export { EmbeddedStore } from './embedded/embedded-store.ts';
export { atVersion, wholeGraph } from './derived.ts';
export { buildView, nodeOut, linkOut, isFocused, hasFirmFilter, checkWholeViewSize, MAX_FOCUS_FIRMS, recommendedId, VIEW_LABELS, VIEW_REL_TYPES, type RecommendedLink, type RecommendedInput, type ViewExtras } from './views.ts';
export { keyFigures, latestImportFlows, importFlowKey } from './figures.ts';
export { entityOut, countGraph } from './entity.ts';
export { cypherFile, splitStatements } from './cypher-files.ts';
export { buildOverview, chooseGrouping, OVERVIEW_FIRMS, OVERVIEW_TIER_FIRMS, TIERS_VIEW_FLOWS, TIERS_VIEW_ROWS, GROUP_PARTS, groupId, type Grouping, type FirmStats, type OverviewInput } from './overview/index.ts';
export { knownProvinces, withDatasetProvince } from './provinces.ts';
export { knownCertifications, datasetCertification } from './certifications.ts';
