// rantai trade convert: a UN Comtrade or CEPII BACI file → the dataset's trade.csv (national
// imports of the reporter, by origin) or, with --world, world_trade.csv (exports by country). The
// input is read as a stream; every problem is located as file:line:column and nothing is written
// unless the whole file converts. --countries adds the countries the table names to a countries.csv.
// --lang en|id: the language of the problems, the notes, the report and the usage mistakes.
import { addCountries, convertTrade, LAYOUTS, readCountriesFile, writeTradeCsv, type Layout } from '../../convert/index.ts';
import { count, render, say, text, type Lang } from '../../i18n/index.ts';
import { hsProblem } from '../../model/trade-fields.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { langFlag } from './lang-flag.ts';

const USAGE =
  'rantai trade convert --from comtrade|baci IN [IN …] --out FILE [--reporter IDN] [--flow M] [--world] [--headings 8714,8409] [--countries countries.csv] [--source TEXT] [--baci-countries FILE] [--baci-products FILE] [--lang en|id]';

const years = (lang: Lang, rows: ReadonlyArray<{ year: number }>): string => {
  const ys = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  return ys.length === 0 ? say(lang, 'cli.trade.years.none') : ys.length === 1 ? String(ys[0]) : `${ys[0]}–${ys[ys.length - 1]}`;
};

export const tradeCommand: CliCommand = {
  name: 'trade',
  summary: 'cli.summary.trade',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      from: { type: 'string' },
      out: { type: 'string' },
      reporter: { type: 'string' },
      flow: { type: 'string' },
      world: { type: 'boolean' },
      headings: { type: 'string' },
      countries: { type: 'string' },
      source: { type: 'string' },
      'baci-countries': { type: 'string' },
      'baci-products': { type: 'string' },
      lang: { type: 'string' },
    });
    const lang = langFlag(values.lang);
    const [sub, ...inputs] = positionals;
    if (sub !== 'convert') throw new UsageError(sub === undefined ? text('cli.usage.tradeSub') : text('cli.usage.tradeUnknownSub', { sub }));
    if (inputs.length === 0) throw new UsageError(text('cli.usage.tradeInput'));
    if (!values.from || !(LAYOUTS as readonly string[]).includes(values.from)) throw new UsageError(values.from ? text('cli.usage.oneOf', { flag: '--from', values: oneOf(LAYOUTS), got: values.from }) : text('cli.usage.oneOfMissing', { flag: '--from', values: oneOf(LAYOUTS) }));
    if (!values.out) throw new UsageError(text('cli.usage.tradeOut'));
    const reporter = values.reporter ?? 'IDN';
    if (!/^[A-Z]{3}$/.test(reporter)) throw new UsageError(text('cli.usage.tradeReporter', { got: reporter }));
    const headings = new Set((values.headings ?? '').split(',').map((h) => h.trim()).filter((h) => h !== ''));
    for (const h of headings) if (h.length !== 4 || hsProblem(h)) throw new UsageError(text('cli.usage.tradeHeadings', { heading: h }));
    const world = values.world ?? false;
    if (world && values.flow !== undefined) throw new UsageError(text('cli.usage.tradeWorldFlow'));
    // A DatasetError goes to the dispatcher (server/cli/index.ts), which lists it in --lang's language.
    // The countries file is read first: one that cannot take the new rows stops the command before
    // trade.csv is written.
    const countries = values.countries === undefined ? undefined : await readCountriesFile(values.countries);
    const result = await convertTrade(values.from as Layout, {
        inputs,
        reporter,
        flow: values.flow ?? 'M',
        world,
        headings,
        ...(values.source !== undefined ? { source: values.source } : {}),
        ...(values['baci-countries'] !== undefined ? { baciCountries: values['baci-countries'] } : {}),
        ...(values['baci-products'] !== undefined ? { baciProducts: values['baci-products'] } : {}),
    });
    await writeTradeCsv(result, values.out);
    const sources = [...new Set(result.rows.map((r) => r.source))].join('; ');
    const report = {
      out: values.out,
      rows: count(lang, result.rows.length),
      years: years(lang, result.rows),
      codes: count(lang, new Set(result.rows.map((r) => r.hs)).size),
      parties: count(lang, new Set(result.rows.map((r) => r.party)).size),
      source: result.rows[0] ? say(lang, 'cli.trade.source', { source: sources }) : '',
    };
    io.out(world ? say(lang, 'cli.trade.wrote.world', report) : say(lang, 'cli.trade.wrote.national', { ...report, reporter }));
    if (countries) {
      const added = await addCountries(countries, result.countries);
      io.out(say(lang, added === 1 ? 'cli.trade.countries.one' : 'cli.trade.countries.other', { file: countries.file, n: count(lang, added) }));
    }
    for (const note of result.notes) io.err(say(lang, 'cli.trade.note', { note: render(lang, note) }));
    return 0;
  },
};
