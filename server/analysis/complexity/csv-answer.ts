// The answer of POST /api/complexity from its CSV text: parsed, checked against the size cap,
// computed, and written as the JSON text the route sends. One function, so that a large table is
// answered on the worker thread (off-thread.ts) from parsing to the text: at the cap the answer is
// some 80 MB of JSON, whose parsing, row objects and serialisation held the main thread seconds.
import { computeComplexityReport } from './compute.ts';
import { parseComplexityCsv } from './csv.ts';
import { toOutputRecords } from './output.ts';
import { checkComplexitySize } from './size.ts';
import type { ComplexityColumns } from './types.ts';
import { localiseWarnings, type WarningLang } from './warnings.ts';

export interface CsvAnswerRequest {
  csv: string;
  columns: ComplexityColumns;
  rcaThreshold?: number;
  lang: WarningLang;
}

/** The JSON text of `{columns, rows, warnings}` (warnings in `lang`). Throws the located input errors. */
export function complexityCsvAnswer({ csv, columns, rcaThreshold, lang }: CsvAnswerRequest): string {
  const rows = parseComplexityCsv(csv, columns);
  checkComplexitySize(rows);
  const report = computeComplexityReport(rows, rcaThreshold === undefined ? {} : { rcaThreshold });
  const records = toOutputRecords(report.rows, columns);
  return JSON.stringify({ columns: records.length > 0 ? Object.keys(records[0]!) : [], rows: records, warnings: localiseWarnings(report.warnings, lang) });
}
