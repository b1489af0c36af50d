// Output records with the caller's column names, in the column order of py-ecomplexity's output
// (location, product, value, time, then diversity, ubiquity, mcp, eci, pci, density, coi, cog,
// rca), as JSON-ready objects or CSV text. Empty metrics are null in JSON and empty in CSV.
import { stringify } from 'csv-stringify/sync';
import type { ComplexityColumns, ComplexityRow } from './types.ts';

export const METRIC_COLUMNS = ['diversity', 'ubiquity', 'mcp', 'eci', 'pci', 'density', 'coi', 'cog', 'rca'] as const;

export type OutputRecord = Record<string, string | number | null>;

/** Output header: the caller's names for location, product, value and year, then the metrics. */
export const outputColumns = (columns: ComplexityColumns): string[] => [
  columns.location,
  columns.product,
  columns.value,
  ...(columns.year === undefined ? [] : [columns.year]),
  ...METRIC_COLUMNS,
];

/** Names the caller may not use for their columns (they would collide in the output). */
export const conflictingColumns = (columns: ComplexityColumns): string[] => {
  const names = outputColumns(columns);
  return names.filter((name, i) => names.indexOf(name) !== i);
};

export const toOutputRecords = (rows: readonly ComplexityRow[], columns: ComplexityColumns): OutputRecord[] =>
  rows.map((row) => {
    const record: OutputRecord = {
      [columns.location]: row.location,
      [columns.product]: row.product,
      [columns.value]: row.value,
    };
    if (columns.year !== undefined) record[columns.year] = row.year;
    for (const metric of METRIC_COLUMNS) record[metric] = row[metric];
    return record;
  });

export const formatComplexityCsv = (rows: readonly ComplexityRow[], columns: ComplexityColumns): string => {
  const header = outputColumns(columns);
  const records = toOutputRecords(rows, columns).map((r) => header.map((h) => r[h] ?? ''));
  return stringify(records, { header: true, columns: header });
};
