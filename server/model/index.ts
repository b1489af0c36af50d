// Public face of the dataset model: schemas, reading, validation and the graph mapping.
export * from './schemas.ts';
export { FILE_SPECS, FILE_NAMES, CORE_FILES, specOf, isDatasetFile, type FileSpec } from './files.ts';
export { columnInfo, columnsOf, type ColumnInfo } from './columns.ts';
export { DatasetError, formatProblem, formatProblemIn, localiseProblem, localiseProblems, problem, problemCount, problemText, type Problem, type ProblemPlace } from './problems.ts';
export { datasetToCsvTexts, writeDatasetCsv } from './write.ts';
export { GENERATED_SOURCE, isSynthetic } from './synthetic.ts';
export { readDataset, datasetFromCsvTexts, datasetFromJsonText, datasetFromWorkbook, type ReadOptions } from './reader.ts';
export { writeWorkbook, workbookBytes, type WorkbookAbout, type PackageLimits } from './workbook/index.ts';
export { datasetHash, datasetHashInSlices } from './hash.ts';
export { datasetToGraph, datasetToGraphInSlices, relKey, NODE_LABELS, REL_TYPES, type GraphData, type GraphNode, type GraphRel, type NodeLabel, type RelType, type Props, type PropValue } from './graph.ts';
export { TIERS, type Tier } from './fields.ts';
export { firmClusterIds, noteMembership } from './membership.ts';
