// Public face of the exports: the stored graph as GraphML, GEXF, a JSON dataset bundle, a zip of
// the dataset's CSV folder or the dataset workbook (xlsx, streamed by server/model/workbook); and spreadsheet-safe CSV tables for analysis and console results.
import type { GraphData } from '../model/index.ts';
import { datasetZip } from './dataset-zip.ts';
import { toGexf } from './gexf.ts';
import { graphToDataset } from './graph-to-dataset.ts';
import { toGraphml } from './graphml.ts';

export { graphToDataset } from './graph-to-dataset.ts';
export { toGraphml } from './graphml.ts';
export { toGexf } from './gexf.ts';
export { datasetZip } from './dataset-zip.ts';
export { toCsvTable, neutraliseCell } from './csv-table.ts';
export { exportToFile, gzipPathOf, DEFAULT_EXPORT_HEAP_MB, type ExportJob, type ExportOptions } from './off-thread.ts';
export { spoolFor, spoolRoot, ExportSpool } from './spool.ts';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The formats built in memory by exportGraph (xlsx is streamed by writeWorkbook). */
export type FileExportFormat = Exclude<ExportFormat, 'xlsx'>;

export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  /** File name extension, without the dot. */
  extension: string;
}

/** The JSON dataset bundle (the format `rantai validate` and POST /api/datasets accept). */
export const datasetJson = (graph: GraphData): string => `${JSON.stringify(graphToDataset(graph), null, 1)}\n`;

/** The media type of each export (xlsx's is the workbook's, server/upload's XLSX_TYPE). */
export const EXPORT_CONTENT_TYPES: Record<FileExportFormat, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'application/zip',
};

export function exportGraph(format: FileExportFormat, graph: GraphData): ExportFile {
  const contentType = EXPORT_CONTENT_TYPES[format];
  switch (format) {
    case 'graphml':
      return { body: toGraphml(graph), contentType, extension: 'graphml' };
    case 'gexf':
      return { body: toGexf(graph), contentType, extension: 'gexf' };
    case 'json':
      return { body: datasetJson(graph), contentType, extension: 'json' };
    case 'csv':
      return { body: datasetZip(graphToDataset(graph)), contentType, extension: 'zip' };
  }
}
