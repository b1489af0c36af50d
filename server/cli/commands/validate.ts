// rantai validate <dataset>: exit 0 when the dataset is valid, 1 with every problem otherwise. A
// dataset is a folder of CSV files, a JSON bundle or a workbook (.xlsx); every problem is found in
// one run, repeated ones grouped ("and 61 more like this").
import { DatasetError, formatProblem, problemCount, readDataset } from '../../model/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a dataset (CSV folder, JSON bundle or .xlsx workbook) and list every problem',
  usage: 'rantai validate <dataset>',
  async run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {});
    if (positionals.length !== 1) throw new UsageError('give exactly one dataset (a folder of CSV files, a .json bundle or an .xlsx workbook)');
    try {
      const d = await readDataset(positionals[0]!);
      io.out(`valid: ${d.firms.length} firms, ${d.clusters.length} clusters, ${d.components.length} components, ${d.supplies.length} supplies, ${d.imports.length} imports`);
      return 0;
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      for (const p of error.problems) io.err(formatProblem(p));
      io.err(`rejected: ${problemCount(error.problems)} problem(s)`);
      return 1;
    }
  },
};
