// Public face of the dataset workbook (.xlsx): the template and exports, and reading a filled one.
export { writeWorkbook, workbookBytes, type WorkbookAbout } from './write.ts';
export { readWorkbook, LOCAL_WORKBOOK_LIMITS, README_SHEET, type WorkbookContent } from './read.ts';
export type { PackageLimits } from './package.ts';
