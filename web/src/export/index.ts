// Exports for briefings: decorated SVG and PNG of a view, its tables as CSV, a self-contained HTML.
export { composeSvg, svgText, type ExportMeta } from './compose.ts';
export { svgToPng } from './png.ts';
export { briefingHtml, type BriefingText } from './briefing.ts';
export { download, fileName } from './download.ts';
export { toCsvTable } from '../../../server/export/csv-table.ts';
