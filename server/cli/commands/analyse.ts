// rantai analyse <name>: run an analysis on a dataset folder (embedded store) and print JSON or CSV.
import { stringify } from 'csv-stringify/sync';
import { firmMetrics } from '../../analysis/network/index.ts';
import { firmGraphInput } from '../../api/routes/network.ts';
import { DEFAULT_DATASET } from '../../config.ts';
import { readDataset } from '../../model/index.ts';
import { EmbeddedStore, type GraphStore } from '../../store/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';

type Table = object[];

interface Analysis {
  run: (store: GraphStore) => Promise<{ json: unknown; table: Table }>;
}

/** The analyses this build has; `rantai analyse --help` lists them. */
export const ANALYSES: Record<string, Analysis> = {
  metrics: {
    run: async (store) => {
      const result = firmMetrics(await firmGraphInput(store), { seed: 1 });
      return { json: { seed: 1, ...result }, table: result.firms };
    },
  },
};

export const analyseCommand: CliCommand = {
  name: 'analyse',
  summary: 'run an analysis on a dataset and print it as JSON or CSV',
  usage: `rantai analyse <${Object.keys(ANALYSES).join('|')}> [--dataset DIR] [--format json|csv]`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { dataset: { type: 'string' }, format: { type: 'string' } });
    const name = positionals[0];
    const analysis = name === undefined ? undefined : ANALYSES[name];
    if (!analysis) throw new UsageError(`name one analysis: ${Object.keys(ANALYSES).join(', ')}`);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, got "${format}"`);
    const store = new EmbeddedStore(await readDataset(values.dataset ?? DEFAULT_DATASET));
    const result = await analysis.run(store);
    if (format === 'json') io.out(JSON.stringify(result.json, null, 2));
    else io.out(stringify(result.table, { header: true }).trimEnd());
    return 0;
  },
};
