// Economic complexity (RCA, presence, diversity, ubiquity, ECI, PCI, proximity, density, COI, COG)
// as computed by the Growth Lab's py-ecomplexity and Stata `ecomplexity` (Hidalgo & Hausmann 2009;
// Hidalgo et al. 2007; Hausmann et al., The Atlas of Economic Complexity). Public face of the folder.
export { computeComplexity, computeComplexityReport, type ComplexityReport } from './compute.ts';
export { parseComplexityCsv } from './csv.ts';
export { ComplexityInputError } from './errors.ts';
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
export type { ComplexityColumns, ComplexityInputRow, ComplexityRow } from './types.ts';
