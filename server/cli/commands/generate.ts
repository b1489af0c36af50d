// rantai generate: a synthetic dataset of any size, reproducible from --seed.
import { say, text, whole } from '../../i18n/index.ts';
import { writeDatasetCsv } from '../../model/index.ts';
import { generateDataset } from '../../../seed/generator/index.ts';
import { countFlag, parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { langFlag } from './lang-flag.ts';

export const generateCommand: CliCommand = {
  name: 'generate',
  summary: 'cli.summary.generate',
  usage: 'rantai generate --clusters N --firms N --components N --seed S --out DIR [--trade] [--lang en|id]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      clusters: { type: 'string' },
      firms: { type: 'string' },
      components: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      trade: { type: 'boolean' },
    });
    const lang = langFlag(values.lang);
    if (!values.out) throw new UsageError(text('cli.usage.required', { flag: '--out DIR' }));
    const options = {
      // Five times the national dataset at most: past it the generator ran out of memory after a
      // minute (a number of clusters with twenty digits). Seeds are 32-bit (mulberry32): a larger
      // one named the same dataset as a smaller, silently.
      clusters: countFlag('clusters', values.clusters, 9, 2_000),
      firms: countFlag('firms', values.firms, 1000, 500_000),
      components: countFlag('components', values.components, 100, 10_000),
      seed: countFlag('seed', values.seed, 1, 2 ** 32 - 1),
      trade: values.trade ?? false,
    };
    const started = performance.now();
    const dataset = generateDataset(options);
    await writeDatasetCsv(dataset, values.out);
    const ms = Math.round(performance.now() - started);
    const n = (x: readonly unknown[]) => whole(lang, x.length);
    const counts = {
      dir: values.out,
      firms: n(dataset.firms),
      clusters: n(dataset.clusters),
      components: n(dataset.components),
      capabilities: n(dataset.capabilities),
      supplies: n(dataset.supplies),
      imports: n(dataset.imports),
      ms: whole(lang, ms),
    };
    io.out(
      options.trade
        ? say(lang, 'cli.generatedTrade', { ...counts, trade: n(dataset.trade ?? []), concordance: n(dataset.hs_components ?? []), world: n(dataset.world_trade ?? []) })
        : say(lang, 'cli.generated', counts),
    );
    return 0;
  },
};
