// rantai validate <dataset> [--lang en|id]: exit 0 when the dataset is valid, 1 with every problem
// otherwise. A dataset is a folder of CSV files, a JSON bundle or a workbook (.xlsx); every problem
// is found in one run, repeated ones grouped ("and 61 more like this"), in English or Bahasa
// Indonesia (--lang).
import { say, text, whole } from '../../i18n/index.ts';
import { readDataset } from '../../model/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { langFlag, orProblems } from './lang-flag.ts';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'cli.summary.validate',
  usage: 'rantai validate <dataset> [--lang en|id]',
  async run(argv, io) {
    const { positionals, values } = parseCommandArgs(argv, { lang: { type: 'string' } });
    const lang = langFlag(values.lang);
    if (positionals.length !== 1) throw new UsageError(text('cli.usage.oneDataset'));
    const d = await orProblems(io, lang, () => readDataset(positionals[0]!));
    if (d === null) return 1;
    const n = (x: readonly unknown[]) => whole(lang, x.length);
    io.out(say(lang, 'cli.valid', { firms: n(d.firms), clusters: n(d.clusters), components: n(d.components), supplies: n(d.supplies), imports: n(d.imports) }));
    return 0;
  },
};
