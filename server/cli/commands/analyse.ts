// rantai analyse <name>: run an analysis on a dataset folder (embedded store) and print JSON or CSV,
// its sentences (explanations, evidence, summaries) and labels in English or Bahasa Indonesia (--lang).
// The filters and limits are the API's (parsed with the routes' own query shapes, so defaults, maxima
// and messages are the same); `--graph FILE` analyses any graph file as POST /api/analysis/graph does.
import { z } from 'zod';
import { firmMetrics } from '../../analysis/network/index.ts';
import { missingLinks, missingLinksQueryShape, missingLinksTable } from '../../analysis/links/index.ts';
import { risk, riskTable } from '../../analysis/risk/index.ts';
import { firmGraphInput } from '../../api/routes/firm-graph-input.ts';
import { metricsQueryShape } from '../../api/routes/network.ts';
import { graphCli, GRAPH_FLAGS } from './analyse-graph.ts';
import { importExposure, importsTable } from '../../analysis/imports/index.ts';
import { nationalImports, nationalTable, type ImportBasis } from '../../analysis/trade/index.ts';
import { DEFAULT_STRATEGY, StrategySchema, substitution, substitutionTable, type Strategy } from '../../analysis/substitution/index.ts';
import { substitutionQueryShape } from '../../analysis/substitution/shapes.ts';
import { DEFAULT_DATASET } from '../../config.ts';
import { toCsvTable } from '../../export/csv-table.ts';
import { LANGS, text, type Lang } from '../../i18n/index.ts';
import { issueText, reasonAfterField, withoutSafeIntegerBounds } from '../../api/issue-reason.ts';
import { readDataset } from '../../model/index.ts';
import { EmbeddedStore, type GraphStore } from '../../store/index.ts';
import { oneOf, parseCommandArgs, quoted } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { langFlag, orProblems } from './lang-flag.ts';

type Table = object[];

/**
 * Options the analyses read (`--strategy` for substitution; `--lang` for those that write sentences;
 * `--cluster`, `--component`, `--buyer`, `--tier`, `--province`, `--limit`, `--seed`, `--weight` as
 * the routes' query parameters of the same names, unparsed: each analysis parses those it takes with
 * its route's shape).
 */
interface AnalyseOptions {
  strategy: Strategy;
  lang: Lang;
  query: Record<string, string | undefined>;
  /** imports: which figures; substitution: the import basis of the import-value term (issue 15). */
  basis: ImportBasis;
  /** imports --basis national: a year of the trade table. */
  year?: number;
}

/** The query of an analysis that takes no filter. */
const NO_FLAGS = z.strictObject({});

/** A query parsed with a route's shape; a refusal is a usage error naming the flag. */
function queryOf<S extends z.ZodType>(shape: S, query: Record<string, string | undefined>): z.infer<S> {
  const present = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
  const parsed = shape.safeParse(present, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issue = withoutSafeIntegerBounds(parsed.error.issues)[0]!;
  if (issue.code === 'unrecognized_keys') throw new UsageError(text('cli.usage.notAnalysisFlag', { flags: issue.keys.map((k) => `--${k}`).join(', ') }));
  // The reason the API gives for the same query (server/api/issue-reason.ts).
  const name = String(issue.path[0] ?? '');
  // "--limit: must be between 1 and 1000", not "--limit: limit must …" (issue-reason.ts).
  throw new UsageError(text('cli.usage.flagReason', { flag: `--${name}`, reason: reasonAfterField(issueText(issue), name) }));
}

interface Analysis {
  run: (store: GraphStore, options: AnalyseOptions) => Promise<{ json: unknown; table: Table }>;
}

/** The analyses this build has; `rantai analyse --help` lists them. */
export const ANALYSES: Record<string, Analysis> = {
  metrics: {
    run: async (store, { query }) => {
      const { seed, weight } = queryOf(metricsQueryShape, query);
      const result = await firmMetrics(await firmGraphInput(store, weight), { seed, weight });
      return { json: { seed, weight: weight ?? null, ...result }, table: result.firms };
    },
  },
  'missing-links': {
    run: async (store, { lang, query }) => {
      const { buyer, cluster, component, tier, province, limit } = queryOf(missingLinksQueryShape, query);
      const result = await missingLinks(store, { buyer, cluster, component, tier, province, limit, lang });
      return { json: result, table: missingLinksTable(result) };
    },
  },
  risk: {
    run: async (store, { lang, query }) => {
      queryOf(NO_FLAGS, query);
      const result = await risk(store, lang);
      return { json: result, table: riskTable(result) };
    },
  },
  imports: {
    run: async (store, { lang, query, basis, year }) => {
      queryOf(NO_FLAGS, query);
      if (basis === 'national') {
        const result = await nationalImports(store, { year, lang });
        return { json: result, table: nationalTable(result) };
      }
      if (year !== undefined) throw new UsageError(text('cli.usage.yearWithBasis'));
      const result = await importExposure(store, lang);
      return { json: result, table: importsTable(result) };
    },
  },
  substitution: {
    run: async (store, { strategy, lang, query, basis }) => {
      const { cluster, province, component, limit } = queryOf(substitutionQueryShape, query);
      const result = await substitution(store, { strategy, cluster, province, component, limit, lang, importBasis: basis });
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
  summary: 'cli.summary.analyse',
  usage:
    `rantai analyse <${Object.keys(ANALYSES).join('|')}> [--dataset DIR] [--format json|csv] [--strategy ready-now|balanced|strategic] [--basis buyers|national] [--year YEAR] [--lang ${LANGS.join('|')}]` +
    ' [--cluster ID] [--component ID] [--buyer ID] [--tier TIER] [--province NAME] [--limit N] [--seed N] [--weight valueUsd|unitsPerYear]' +
    '\n       rantai analyse [metrics] --graph FILE [--directed] [--link METHOD --top K] [--format json|csv]',
  note: 'cli.usage.note.analyse',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      dataset: { type: 'string' },
      format: { type: 'string' },
      strategy: { type: 'string' },
      lang: { type: 'string' },
      cluster: { type: 'string' },
      component: { type: 'string' },
      buyer: { type: 'string' },
      tier: { type: 'string' },
      province: { type: 'string' },
      limit: { type: 'string' },
      seed: { type: 'string' },
      weight: { type: 'string' },
      basis: { type: 'string' },
      year: { type: 'string' },
      ...GRAPH_FLAGS,
    });
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'csv') throw new UsageError(text('cli.usage.oneOf', { flag: '--format', values: oneOf(['json', 'csv']), got: format }));
    // One analysis a run: a second word (`rantai analyse risk risk`, or a stray value) was ignored.
    if (positionals.length > 1) throw new UsageError(text('cli.usage.unexpectedArgument', { arg: positionals[1]! }));
    const print = (result: { json: unknown; table: Table }) => io.out(format === 'json' ? JSON.stringify(result.json, null, 2) : csvOf(result.table));
    if (values.graph !== undefined) {
      if (positionals[0] !== undefined && positionals[0] !== 'metrics') throw new UsageError(text('cli.usage.graphWithMetrics', { got: positionals[0] }));
      const datasetFlags = (['dataset', 'strategy', 'basis', 'year', 'cluster', 'component', 'buyer', 'tier', 'province', 'limit', 'seed', 'weight'] as const).filter((f) => values[f] !== undefined);
      if (datasetFlags.length > 0) throw new UsageError(text('cli.usage.graphNotDataset', { flags: datasetFlags.map((f) => `--${f}`).join(', ') }));
      print(await graphCli(values));
      return 0;
    }
    if (values.directed || values.link !== undefined || values.top !== undefined) throw new UsageError(text('cli.usage.graphFlags'));
    const name = positionals[0];
    const analysis = name === undefined ? undefined : ANALYSES[name];
    if (!analysis) throw new UsageError(text('cli.usage.nameAnalysis', { names: { perLang: { en: Object.keys(ANALYSES).join(', '), id: Object.keys(ANALYSES).map(quoted).join(', ') } } }));
    const strategy = StrategySchema.safeParse(values.strategy ?? DEFAULT_STRATEGY);
    if (!strategy.success) throw new UsageError(text('cli.usage.oneOf', { flag: '--strategy', values: oneOf(StrategySchema.options), got: String(values.strategy) }));
    const lang = langFlag(values.lang);
    const basis = values.basis ?? 'buyers';
    if (basis !== 'buyers' && basis !== 'national') throw new UsageError(text('cli.usage.oneOf', { flag: '--basis', values: oneOf(['buyers', 'national']), got: String(values.basis) }));
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1800 && year <= 2200)) throw new UsageError(text('cli.usage.yearRange', { got: String(values.year) }));
    const dataset = await orProblems(io, lang, () => readDataset(values.dataset ?? DEFAULT_DATASET));
    if (dataset === null) return 1;
    const query = { cluster: values.cluster, component: values.component, buyer: values.buyer, tier: values.tier, province: values.province, limit: values.limit, seed: values.seed, weight: values.weight };
    const result = await analysis.run(new EmbeddedStore(dataset), { strategy: strategy.data, lang, query, basis, year });
    print(result);
    return 0;
  },
};
