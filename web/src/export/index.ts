// Exports for briefings: the scope line every export carries, decorated SVG and PNG of a view,
// tables as CSV and as one Excel workbook, and the briefing documents (HTML, PDF, PowerPoint) of one view or of a basket of
// views. The PDF and PowerPoint writers load their libraries only when used.
export { composeSvg, svgText, type ComposeLayout, type ComposeText } from './compose.ts';
export { dataUrl, svgToPng } from './png.ts';
export { scopeLine, stateScope, loadTime, sourceText, type Scope, type ScopeInput } from './scope.ts';
export { col, distinct, docTable, formatCell, tableCsv, roleWords, linkRoleWords, tierWords, MAX_DIGITS, type DocTable } from './cells.ts';
export { captureDoc, composeText, scopeOf, sourceLines, ROWS, type BriefingDoc, type BriefingTable, type CaptureContext } from './capture.ts';
export { briefingHtml, packHtml } from './html.ts';
export { basket } from './basket.ts';
export { wrapText, fitText } from './wrap.ts';
export { download, fileName } from './download.ts';
export { toCsvTable } from '../../../server/export/csv-table.ts';
export const tablesXlsx = async (...args: Parameters<typeof import('./xlsx-tables.ts').tablesXlsx>) => (await import('./xlsx-tables.ts')).tablesXlsx(...args);
export const docsToPdf = async (...args: Parameters<typeof import('./pdf.ts').docsToPdf>) => (await import('./pdf.ts')).docsToPdf(...args);
export const docsToPptx = async (...args: Parameters<typeof import('./pptx.ts').docsToPptx>) => (await import('./pptx.ts')).docsToPptx(...args);
