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
import { say } from '../../i18n/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { langFlag } from './lang-flag.ts';

const FORMATS = ['csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const thresholdFlag = (value: string | undefined): number => {
  if (value === undefined) return 1;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) {
    throw new UsageError(`--rca-threshold must be a number greater than 0, got "${value}"`);
  }
  return n;
};

const requiredFlag = (name: string, value: string | undefined): string => {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} COL is required`);
  return value.trim();
};

export const complexityCommand: CliCommand = {
  name: 'complexity',
  summary: 'economic complexity (RCA, ECI, PCI, density, COI, COG) of a location × product CSV',
  usage:
    'rantai complexity <file.csv> --location COL --product COL --value COL [--year COL] ' +
    '[--rca-threshold N] [--format csv|json] [--lang en|id]\n' +
    '  writes one row per location, product and year with diversity, ubiquity, mcp, eci, pci,\n' +
    '  density, coi, cog and rca (the Growth Lab ecomplexity columns); --rca-threshold defaults\n' +
    '  to 1, --format to csv; warnings go to stderr, in English or Bahasa Indonesia (--lang, default en)',
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
    if (positionals.length !== 1) throw new UsageError('give exactly one CSV file');
    const file = positionals[0]!;
    const columns: ComplexityColumns = {
      location: requiredFlag('location', values.location),
      product: requiredFlag('product', values.product),
      value: requiredFlag('value', values.value),
    };
    if (values.year !== undefined) columns.year = requiredFlag('year', values.year);
    const clash = conflictingColumns(columns);
    if (clash.length > 0) {
      throw new UsageError(`column name(s) used twice or clashing with an output column: ${[...new Set(clash)].join(', ')}`);
    }
    const rcaThreshold = thresholdFlag(values['rca-threshold']);
    const format = (values.format ?? 'csv') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be csv or json, got "${values.format}"`);
    const lang = langFlag(values.lang);

    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.err(say(lang, 'cli.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
      return 1;
    }
    try {
      const rows = parseComplexityCsv(text, columns);
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
