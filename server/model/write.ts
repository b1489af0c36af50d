// Writes a Dataset as a folder of CSV files in the dataset format. Values are written exactly
// (numbers in JavaScript's shortest round-trip form), so reading the folder back gives the same data.
import { stringify } from 'csv-stringify/sync';
import { writeFolderWhole } from '../util/write-whole.ts';
import { FILE_SPECS } from './files.ts';
import type { Dataset } from './schemas.ts';

const cell = (v: unknown): string => {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.join(';');
  return String(v);
};

export function datasetToCsvTexts(dataset: Dataset): Map<string, string> {
  const out = new Map<string, string>();
  for (const spec of FILE_SPECS) {
    const rows = ((dataset[spec.name] ?? []) as Array<Record<string, unknown>>).map((r) => spec.columns.map((c) => cell(r[c])));
    out.set(`${spec.name}.csv`, stringify([[...spec.columns], ...rows]));
  }
  return out;
}

/** The folder's CSV files, written whole (server/util/write-whole.ts): a failure leaves the previous ones. */
export const writeDatasetCsv = (dataset: Dataset, dir: string): Promise<void> => writeFolderWhole(dir, datasetToCsvTexts(dataset));
