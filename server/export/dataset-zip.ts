// The dataset CSV folder as one zip (for GET /api/export?format=csv): the files sit in a folder
// named after the download, which POST /api/datasets accepts back as it is.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { datasetToCsvTexts, type Dataset } from '../model/index.ts';

export function datasetZip(dataset: Dataset, folder = 'rantai-dataset'): Uint8Array {
  const files: Zippable = {};
  for (const [name, text] of datasetToCsvTexts(dataset)) files[`${folder}/${name}`] = strToU8(text);
  // A fixed time keeps the zip identical for identical data (fflate's mtime default is "now").
  return zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}
