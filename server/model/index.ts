// Public face of the dataset model: schemas, reading, validation and the graph mapping.
export * from './schemas.ts';
export { FILE_SPECS, FILE_NAMES, specOf, type FileSpec } from './files.ts';
export { DatasetError, formatProblem, type Problem } from './problems.ts';
export { datasetToCsvTexts, writeDatasetCsv } from './write.ts';
export { readDataset, datasetFromCsvTexts, datasetFromJsonText } from './reader.ts';
export { datasetToGraph, relKey, NODE_LABELS, REL_TYPES, type GraphData, type GraphNode, type GraphRel, type NodeLabel, type RelType, type Props, type PropValue } from './graph.ts';
export { TIERS, type Tier } from './fields.ts';
