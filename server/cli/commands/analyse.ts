// rantai analyse <name>: run an analysis on a dataset folder (embedded store) and print JSON or CSV,
// its sentences (explanations, evidence, summaries) and labels in English or Bahasa Indonesia (--lang).
import { firmMetrics } from '../../analysis/network/index.ts';
import { missingLinks, missingLinksTable } from '../../analysis/links/index.ts';
import { risk, riskTable } from '../../analysis/risk/index.ts';
import { firmGraphInput } from '../../api/routes/network.ts';
import { importExposure, importsTable } from '../../analysis/imports/index.ts';
import { DEFAULT_STRATEGY, StrategySchema, substitution, substitutionTable, type Strategy } from '../../analysis/substitution/index.ts';
import { DEFAULT_DATASET } from '../../config.ts';
import { toCsvTable } from '../../export/csv-table.ts';
import { DEFAULT_LANG, LANGS, LangSchema, type Lang } from '../../i18n/index.ts';
import { readDataset } from '../../model/index.ts';
import { EmbeddedStore, type GraphStore } from '../../store/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';

type Table = object[];

/** Options the analyses read (`--strategy` for substitution; `--lang` for those that write sentences). */
interface AnalyseOptions {
  strategy: Strategy;
  lang: Lang;
}

interface Analysis {
  run: (store: GraphStore, options: AnalyseOptions) => Promise<{ json: unknown; table: Table }>;
}

/** The analyses this build has; `rantai analyse --help` lists them. */
export const ANALYSES: Record<string, Analysis> = {
  metrics: {
    run: async (store) => {
      const result = await firmMetrics(await firmGraphInput(store), { seed: 1 });
      return { json: { seed: 1, ...result }, table: result.firms };
    },
  },
  'missing-links': {
    run: async (store, { lang }) => {
      const result = await missingLinks(store, { lang });
      return { json: result, table: missingLinksTable(result) };
    },
  },
  risk: {
    run: async (store, { lang }) => {
      const result = await risk(store, lang);
      return { json: result, table: riskTable(result) };
    },
  },
  imports: {
    run: async (store, { lang }) => {
      const result = await importExposure(store, lang);
      return { json: result, table: importsTable(result) };
    },
  },
  substitution: {
    run: async (store, { strategy, lang }) => {
      const result = await substitution(store, { strategy, limit: Number.MAX_SAFE_INTEGER, lang });
      return { json: result, table: substitutionTable(result) };
    },
  },
};

/**
 * The table as CSV with the formula-safe writer the web and API downloads use (a firm named
 * `=HYPERLINK(…)` must not become a live formula in a spreadsheet); columns in first-seen order.
 */
export function csvOf(table: Table): string {
  const columns = [...new Set(table.flatMap((row) => Object.keys(row)))];
  return toCsvTable(columns, table as ReadonlyArray<Record<string, unknown>>, { lineEnd: '\n' }).replace(/\n$/, '');
}

export const analyseCommand: CliCommand = {
  name: 'analyse',
  summary: 'run an analysis on a dataset and print it as JSON or CSV',
  usage: `rantai analyse <${Object.keys(ANALYSES).join('|')}> [--dataset DIR] [--format json|csv] [--strategy ready-now|balanced|strategic] [--lang ${LANGS.join('|')}]`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { dataset: { type: 'string' }, format: { type: 'string' }, strategy: { type: 'string' }, lang: { type: 'string' } });
    const name = positionals[0];
    const analysis = name === undefined ? undefined : ANALYSES[name];
    if (!analysis) throw new UsageError(`name one analysis: ${Object.keys(ANALYSES).join(', ')}`);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, got "${format}"`);
    const strategy = StrategySchema.safeParse(values.strategy ?? DEFAULT_STRATEGY);
    if (!strategy.success) throw new UsageError(`--strategy must be ready-now, balanced or strategic, got "${values.strategy}"`);
    const lang = LangSchema.safeParse(values.lang ?? DEFAULT_LANG);
    if (!lang.success) throw new UsageError(`--lang must be ${LANGS.join(' or ')}, got "${values.lang}"`);
    const store = new EmbeddedStore(await readDataset(values.dataset ?? DEFAULT_DATASET));
    const result = await analysis.run(store, { strategy: strategy.data, lang: lang.data });
    if (format === 'json') io.out(JSON.stringify(result.json, null, 2));
    else io.out(csvOf(result.table));
    return 0;
  },
};
