// rantai export: the dataset as GraphML or GEXF (for Gephi, yEd, NetworkX), a JSON bundle, a CSV
// folder or the dataset workbook (.xlsx) (the last three accepted back by `rantai validate` and `rantai load`).
import { DEFAULT_DATASET } from '../../config.ts';
import { EXPORT_FORMATS, toGexf, toGraphml, type ExportFormat } from '../../export/index.ts';
import { say, text } from '../../i18n/index.ts';
import { datasetHash, datasetToGraph, readDataset, writeDatasetCsv, writeWorkbook } from '../../model/index.ts';
import { folderProvenance } from '../../runtime.ts';
import { writeStreamWhole, writeTextWhole } from '../../util/write-whole.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { langFlag, orProblems } from './lang-flag.ts';

const isFormat = (f: string): f is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(f);

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'cli.summary.export',
  usage: `rantai export --format ${EXPORT_FORMATS.join('|')} --out FILE [--dataset DIR] [--lang en|id]`,
  note: 'cli.usage.note.export',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, out: { type: 'string' }, dataset: { type: 'string' }, lang: { type: 'string' } });
    const lang = langFlag(values.lang);
    if (positionals.length > 0) throw new UsageError(text('cli.usage.unexpectedArgument', { arg: positionals[0]! }));
    const format = values.format ?? 'json';
    if (!isFormat(format)) throw new UsageError(text('cli.usage.oneOf', { flag: '--format', values: oneOf(EXPORT_FORMATS), got: format }));
    if (!values.out) throw new UsageError(text('cli.usage.required', { flag: '--out FILE' }));
    const location = values.dataset ?? DEFAULT_DATASET;
    const dataset = await orProblems(io, lang, () => readDataset(location));
    if (dataset === null) return 1;
    switch (format) {
      case 'csv':
        await writeDatasetCsv(dataset, values.out);
        break;
      case 'json':
        await writeTextWhole(values.out, `${JSON.stringify(dataset, null, 1)}\n`);
        break;
      case 'graphml':
        await writeTextWhole(values.out, toGraphml(datasetToGraph(dataset)));
        break;
      case 'gexf':
        await writeTextWhole(values.out, toGexf(datasetToGraph(dataset)));
        break;
      case 'xlsx': {
        const about = { ...folderProvenance(location), loadedAt: null, hash: datasetHash(datasetToGraph(dataset)) };
        await writeStreamWhole(values.out, (out) => writeWorkbook(out, dataset, about));
        break;
      }
    }
    io.out(say(lang, 'cli.wrote', { file: values.out, format }));
    return 0;
  },
};
