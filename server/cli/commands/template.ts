// rantai template --out FILE.xlsx: the empty dataset workbook (the same file as
// GET /api/datasets/template.xlsx): a README sheet and one sheet per dataset file to fill in.
import { createWriteStream } from 'node:fs';
import { say } from '../../i18n/index.ts';
import { writeWorkbook } from '../../model/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { langFlag } from './lang-flag.ts';
import { writeStreamed } from './write-streamed.ts';

export const templateCommand: CliCommand = {
  name: 'template',
  summary: 'write the empty dataset workbook (.xlsx) to fill in',
  usage: 'rantai template --out FILE.xlsx [--lang en|id]',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' }, lang: { type: 'string' } });
    const lang = langFlag(values.lang);
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.out) throw new UsageError('--out FILE.xlsx is required');
    if (!/\.xlsx$/i.test(values.out)) throw new UsageError('--out must name an .xlsx file');
    await writeStreamed(createWriteStream(values.out), (out) => writeWorkbook(out));
    io.out(say(lang, 'cli.wroteTemplate', { file: values.out }));
    return 0;
  },
};
