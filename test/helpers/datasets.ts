// Datasets shared by tests (and benchmarks): small generated ones, as parsed data or CSV texts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatasetError, datasetFromCsvTexts, datasetToCsvTexts, readDataset, type Dataset, type Problem } from '../../server/model/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';

export const smallDataset = (seed = 1): Dataset => generateDataset({ clusters: 4, firms: 120, components: 25, seed });

/**
 * The two datasets the differential and focus tests run on (it.each): the hand-built seed and a
 * small generated one (seed 21), each read afresh for its test.
 */
export const SEED_AND_GENERATED: ReadonlyArray<readonly [string, () => Promise<Dataset>]> = [
  ['seed', () => readDataset('seed/indonesia')],
  ['generated', async () => smallDataset(21)],
];

export const smallCsvTexts = (seed = 1): Map<string, string> => datasetToCsvTexts(smallDataset(seed));

/** A temporary folder removed by the returned cleanup. */
export async function tempDir(prefix = 'rantai-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Replaces the 1-based `line` of a CSV text with what `edit` returns. */
export function editLine(text: string, line: number, edit: (l: string) => string): string {
  const lines = text.split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  return lines.join('\n');
}

/**
 * `dataset` with one more import: a firm around a cluster (a supply partner of a member, outside
 * it) importing a component a member makes, that no member supplies or imports.
 */
export function contextImportOf(dataset: Dataset): { dataset: Dataset; cluster: string; firm: string; component: string } {
  for (const c of dataset.clusters) {
    const members = new Set(dataset.firms.filter((f) => f.cluster === c.id).map((f) => f.id));
    const named = new Set([...dataset.supplies.filter((s) => members.has(s.supplier) || members.has(s.buyer)).map((s) => s.component), ...dataset.imports.filter((i) => members.has(i.buyer)).map((i) => i.component)]);
    const partner = dataset.supplies.find((s) => members.has(s.supplier) && !members.has(s.buyer))?.buyer;
    const made = dataset.makes.find((m) => members.has(m.firm) && !named.has(m.component))?.component;
    if (partner && made) return { dataset: { ...dataset, imports: [...dataset.imports, { ...dataset.imports[0]!, buyer: partner, component: made }] }, cluster: c.id, firm: partner, component: made };
  }
  throw new Error('no cluster with a partner outside it and a component only made');
}

/** The problems reading these CSV texts as a dataset finds ([] when it is valid). */
export const problemsOf = (texts: Map<string, string>): Problem[] => {
  try {
    datasetFromCsvTexts(texts);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
};
