// rantai export: the dataset as JSON (a bundle `rantai validate` accepts) or a CSV folder.
import { writeFile } from 'node:fs/promises';
import { DEFAULT_DATASET } from '../../config.ts';
import { readDataset, writeDatasetCsv } from '../../model/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';

const FORMATS = ['json', 'csv'] as const;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export the dataset (json bundle or csv folder)',
  usage: `rantai export --format ${FORMATS.join('|')} --out FILE [--dataset DIR]`,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { format: { type: 'string' }, out: { type: 'string' }, dataset: { type: 'string' } });
    const format = values.format ?? 'json';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
    if (!values.out) throw new UsageError('--out FILE is required');
    const dataset = await readDataset(values.dataset ?? DEFAULT_DATASET);
    if (format === 'csv') await writeDatasetCsv(dataset, values.out);
    else await writeFile(values.out, `${JSON.stringify(dataset, null, 1)}\n`, 'utf8');
    io.out(`wrote ${values.out} (${format})`);
    return 0;
  },
};
