// rantai generate: a synthetic dataset of any size, reproducible from --seed.
import { writeDatasetCsv } from '../../model/index.ts';
import { generateDataset } from '../../../seed/generator/index.ts';
import { countFlag, parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const generateCommand: CliCommand = {
  name: 'generate',
  summary: 'write a synthetic dataset of any size, reproducible from a seed',
  usage: 'rantai generate --clusters N --firms N --components N --seed S --out DIR [--trade]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      clusters: { type: 'string' },
      firms: { type: 'string' },
      components: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      trade: { type: 'boolean' },
    });
    if (!values.out) throw new UsageError('--out DIR is required');
    const options = {
      clusters: countFlag('clusters', values.clusters, 9),
      firms: countFlag('firms', values.firms, 1000),
      components: countFlag('components', values.components, 100),
      seed: countFlag('seed', values.seed, 1),
      trade: values.trade ?? false,
    };
    const started = performance.now();
    const dataset = generateDataset(options);
    await writeDatasetCsv(dataset, values.out);
    const ms = Math.round(performance.now() - started);
    io.out(
      `wrote ${values.out}: ${dataset.firms.length} firms, ${dataset.clusters.length} clusters, ${dataset.components.length} components, ` +
        `${dataset.capabilities.length} capabilities, ${dataset.supplies.length} supplies, ${dataset.imports.length} imports` +
        (options.trade ? `, ${dataset.trade?.length ?? 0} trade rows, ${dataset.hs_components?.length ?? 0} concordance rows, ${dataset.world_trade?.length ?? 0} world rows` : '') +
        ` in ${ms} ms`,
    );
    return 0;
  },
};
