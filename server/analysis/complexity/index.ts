// Economic complexity (RCA, presence, diversity, ubiquity, ECI, PCI, proximity, density, COI, COG)
// as computed by the Growth Lab's Stata `ecomplexity` command (Hidalgo & Hausmann 2009; Hidalgo et
// al. 2007; Hausmann et al., The Atlas of Economic Complexity); compute.ts says where the released
// Python package differs. Also whether ECI/PCI are defined at all (disconnected blocks, eigen-gaps)
// and ECI/PCI within each block. Public face of the folder.
export { computeComplexity, computeComplexityReport, computeComplexityYears, type ComplexityReport, type YearArrays } from './compute.ts';
export { parseComplexityCsv } from './csv.ts';
export { complexityCsvAnswerOffThread, computeComplexityYearsOffThread, OFF_THREAD_MIN_CSV, OFF_THREAD_MIN_ROWS } from './off-thread.ts';
export type { CsvAnswerRequest } from './csv-answer.ts';
export { checkComplexitySize, complexitySize, MAX_COMPLEXITY_CELLS, type ComplexitySize } from './size.ts';
export { ComplexityInputError } from './errors.ts';
export { MIN_BLOCK_LOCATIONS, MIN_BLOCK_PRODUCTS } from './block-eci.ts';
export { EIGEN_GAP_TOLERANCE } from './spectrum.ts';
export {
  ComplexityOptionsSchema,
  resolveComplexityOptions,
  type ComplexityOptions,
  type ComplexityOptionsInput,
} from './options.ts';
export {
  METRIC_COLUMNS,
  conflictingColumns,
  formatComplexityCsv,
  outputColumns,
  toOutputRecords,
  type OutputRecord,
} from './output.ts';
export {
  UNDEFINED_ECI_CODES,
  WARNING_CODES,
  WARNING_LANGS,
  complexityWarningShape,
  localiseWarnings,
  warningMessage,
  type ComplexityWarning,
  type WarningCode,
  type WarningLang,
} from './warnings.ts';
export type { BlockResult, ComplexityColumns, ComplexityInputRow, ComplexityRow, YearStructure } from './types.ts';
