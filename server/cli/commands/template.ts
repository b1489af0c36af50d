// rantai template --out FILE.xlsx: the empty dataset workbook (the same file as
// GET /api/datasets/template.xlsx): a README sheet and one sheet per dataset file to fill in.
import { say, text } from '../../i18n/index.ts';
import { writeWorkbook } from '../../model/index.ts';
import { writeStreamWhole } from '../../util/write-whole.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { langFlag } from './lang-flag.ts';

export const templateCommand: CliCommand = {
  name: 'template',
  summary: 'cli.summary.template',
  usage: 'rantai template --out FILE.xlsx [--lang en|id]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' }, lang: { type: 'string' } });
    const lang = langFlag(values.lang);
    if (positionals.length > 0) throw new UsageError(text('cli.usage.unexpectedArgument', { arg: positionals[0]! }));
    if (!values.out) throw new UsageError(text('cli.usage.required', { flag: '--out FILE.xlsx' }));
    if (!/\.xlsx$/i.test(values.out)) throw new UsageError(text('cli.usage.xlsxOut'));
    await writeStreamWhole(values.out, (out) => writeWorkbook(out));
    io.out(say(lang, 'cli.wroteTemplate', { file: values.out }));
    return 0;
  },
};
