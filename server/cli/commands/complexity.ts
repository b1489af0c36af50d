// rantai complexity <file.csv> --location COL --product COL --value COL [--year COL]
//   [--rca-threshold N] [--format csv|json] [--lang en|id]
// Economic complexity (RCA, M, diversity, ubiquity, ECI, PCI, density, COI, COG) per location,
// product and year of a CSV file, with the column names of the Growth Lab's py-ecomplexity output
// (see server/analysis/complexity/). Input problems print as `file:line:column: message`, exit 1.
// Warnings (a disconnected table, an undefined ECI, …) print to stderr as `file: warning (code):
// message`; they and the input problems are in English or Bahasa Indonesia (--lang); the output
// itself is unchanged by it.
import { readFile } from 'node:fs/promises';
import {
  ComplexityInputError,
  computeComplexityReport,
  conflictingColumns,
  formatComplexityCsv,
  parseComplexityCsv,
  toOutputRecords,
  warningMessage,
  type ComplexityColumns,
} from '../../analysis/complexity/index.ts';
import { say, text } from '../../i18n/index.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { langFlag } from './lang-flag.ts';

const FORMATS = ['csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const thresholdFlag = (value: string | undefined): number => {
  if (value === undefined) return 1;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(text('cli.usage.rcaThreshold', { got: value }));
  }
  return n;
};

const requiredFlag = (name: string, value: string | undefined): string => {
  if (value === undefined || value.trim() === '') throw new UsageError(text('cli.usage.required', { flag: `--${name} COL` }));
  return value.trim();
};

export const complexityCommand: CliCommand = {
  name: 'complexity',
  summary: 'cli.summary.complexity',
  usage:
    'rantai complexity <file.csv> --location COL --product COL --value COL [--year COL] ' +
    '[--rca-threshold N] [--format csv|json] [--lang en|id]',
  note: 'cli.usage.note.complexity',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      location: { type: 'string' },
      product: { type: 'string' },
      value: { type: 'string' },
      year: { type: 'string' },
      'rca-threshold': { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError(text('cli.usage.oneCsv'));
    const file = positionals[0]!;
    const columns: ComplexityColumns = {
      location: requiredFlag('location', values.location),
      product: requiredFlag('product', values.product),
      value: requiredFlag('value', values.value),
    };
    if (values.year !== undefined) columns.year = requiredFlag('year', values.year);
    const clash = conflictingColumns(columns);
    if (clash.length > 0) {
      throw new UsageError(text('cli.usage.columnClash', { n: new Set(clash).size, columns: [...new Set(clash)].join(', ') }));
    }
    const rcaThreshold = thresholdFlag(values['rca-threshold']);
    const format = (values.format ?? 'csv') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(text('cli.usage.oneOf', { flag: '--format', values: oneOf(FORMATS), got: String(values.format) }));
    const lang = langFlag(values.lang);

    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      io.err(say(lang, 'cli.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
      return 1;
    }
    try {
      const rows = parseComplexityCsv(content, columns);
      const report = computeComplexityReport(rows, { rcaThreshold });
      // `warning (code):` is the line's stable tag, like the code itself (scripts grep for it); the sentence after it is in --lang.
      for (const warning of report.warnings) io.err(`${file}: warning (${warning.code}): ${warningMessage(warning, lang)}`);
      if (format === 'json') io.out(JSON.stringify(toOutputRecords(report.rows, columns)));
      else io.out(formatComplexityCsv(report.rows, columns).replace(/\n$/, ''));
      return 0;
    } catch (error) {
      if (!(error instanceof ComplexityInputError)) throw error;
      io.err(`${file}:${error.line}:${error.column}: ${error.reasonIn(lang)}`);
      return 1;
    }
  },
};
