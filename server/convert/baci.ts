// CEPII BACI (Gaulier & Zignago 2010, "BACI: International Trade Database at the Product-Level")
// → the plain trade layout. A BACI file (BACI_HS17_Y2022_V202401.csv) has one row per exporter i,
// importer j, product k (HS 6 digits, leading zero often dropped) and year t, with the value v in
// thousands of US dollars and the quantity q in metric tons; its country_codes file maps the
// numeric codes to ISO 3166 alpha-3, its product_codes file lists the products of its HS revision.
//
// National imports: the rows whose importer is the reporter (--reporter, default IDN), one per
// exporter (the origin). World table (--world): exports summed over importers, per exporter. Values
// become US dollars (v × 1000), quantities tonnes (unit t). Read as a stream: a BACI year has
// millions of rows, memory grows only with the output.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { text, type Text } from '../i18n/index.ts';
import { DatasetError, problem, type Problem } from '../model/index.ts';
import { groupProblems } from '../model/group.ts';
import { hsProblem } from '../model/trade-fields.ts';
import { amount, areaKey, areaList, HS_REVISIONS, isIso3, yearOf, type ConvertOptions, type ConvertResult } from './common.ts';
import { eachRecord, headerIndex } from './records.ts';
import { TradeTable } from './table.ts';

interface Country {
  iso3: string;
  name: string;
}

/** The companion file beside the input whose name starts with `prefix` (the one matching its version when several). */
async function companion(input: string, prefix: string): Promise<string | undefined> {
  const dir = path.dirname(input);
  const version = /_(V\d+)/.exec(path.basename(input))?.[1];
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().startsWith(prefix) && n.toLowerCase().endsWith('.csv')).sort();
  const best = names.find((n) => version !== undefined && n.includes(version)) ?? names[0];
  return best === undefined ? undefined : path.join(dir, best);
}

/** Reads the country codes file (current and older column names). */
async function readCountries(file: string, problems: Problem[]): Promise<Map<string, Country>> {
  const name = path.basename(file);
  const out = new Map<string, Country>();
  let cols: { code: number; iso3: number; name: number } | undefined;
  const stopped = await eachRecord(file, name, ({ line, cells }) => {
    if (!cols) {
      const ix = headerIndex(cells);
      const pick = (...names: string[]) => names.map((n) => ix.get(n)).find((i) => i !== undefined);
      const code = pick('country_code', 'i');
      const iso3 = pick('country_iso3', 'iso_3digit_alpha', 'iso_3_digit_alpha');
      const label = pick('country_name', 'country_name_full', 'country_name_abbreviation');
      if (code === undefined || iso3 === undefined) {
        problems.push(problem({ file: name, line, column: 1 }, text('convert.baci.countryColumns', { code: 'country_code', iso3: 'country_iso3', older: 'iso_3digit_alpha' })));
        cols = { code: -1, iso3: -1, name: -1 };
        return;
      }
      cols = { code, iso3, name: label ?? iso3 };
      return;
    }
    if (cols.code < 0) return;
    const code = (cells[cols.code] ?? '').trim();
    out.set(String(Number(code)), { iso3: (cells[cols.iso3] ?? '').trim(), name: (cells[cols.name] ?? '').trim() });
  });
  if (stopped) problems.push(stopped);
  return out;
}

/** Reads the product codes file: the HS codes of the file's revision. */
async function readProducts(file: string, problems: Problem[]): Promise<Set<string>> {
  const name = path.basename(file);
  const out = new Set<string>();
  let col: number | undefined;
  const stopped = await eachRecord(file, name, ({ cells }) => {
    if (col === undefined) {
      col = headerIndex(cells).get('code') ?? 0;
      return;
    }
    out.add(normaliseK((cells[col] ?? '').trim()));
  });
  if (stopped) problems.push(stopped);
  return out;
}

/** The columns of a BACI file, as problems list them. */
const BACI_COLUMNS = 't, i, j, k, v, q';

/** BACI writes k as a number, so 010121 arrives as 10121. */
const normaliseK = (k: string): string => (/^\d{5}$/.test(k) ? `0${k}` : k);

export async function convertBaci(options: ConvertOptions): Promise<ConvertResult> {
  const problems: Problem[] = [];
  const notes: Text[] = [];
  const first = options.inputs[0]!;
  const countriesFile = options.baciCountries ?? (await companion(first, 'country_codes'));
  if (!countriesFile) {
    throw new DatasetError([problem({ file: path.basename(first), line: 0, column: 0 }, text('convert.baci.noCountries', { pattern: 'country_codes_V….csv', flag: '--baci-countries' }))]);
  }
  const codes = await readCountries(countriesFile, problems);
  const productsFile = options.baciProducts ?? (await companion(first, 'product_codes'));
  const products = productsFile ? await readProducts(productsFile, problems) : undefined;
  if (problems.length > 0) throw new DatasetError(groupProblems(problems));
  const reporter = [...codes.entries()].find(([, c]) => c.iso3 === options.reporter)?.[0];
  if (!options.world && reporter === undefined) {
    throw new DatasetError([problem({ file: path.basename(countriesFile), line: 0, column: 0 }, text('convert.baci.noReporter', { reporter: options.reporter, flag: '--reporter', example: 'IDN' }))]);
  }

  const countries = new Map<string, string>();
  const skipped = new Map<string, number>();
  const table = new TradeTable({ hs: 'k', party: 'i', year: 't' }, options.headings, options.world);
  for (const input of options.inputs) {
    const file = path.basename(input);
    const m = /BACI_(HS\d\d)_Y\d{4}_(V\d+)/i.exec(file);
    const source = `${options.source ?? 'CEPII BACI'}${m ? ` ${m[1]!.toUpperCase()} ${m[2]!.toUpperCase()} (${HS_REVISIONS[m[1]!.toUpperCase()] ?? m[1]})` : ''}`;
    let cols: { t: number; i: number; j: number; k: number; v: number; q?: number } | undefined;
    const stopped = await eachRecord(input, file, ({ line, cells }) => {
      if (!cols) {
        const ix = headerIndex(cells);
        const missing = ['t', 'i', 'j', 'k', 'v'].filter((c) => !ix.has(c));
        if (missing.length > 0) problems.push(problem({ file, line, column: 1 }, text('convert.baci.missingColumns', { missing: missing.join(', '), columns: BACI_COLUMNS })));
        cols = { t: ix.get('t') ?? -1, i: ix.get('i') ?? -1, j: ix.get('j') ?? -1, k: ix.get('k') ?? -1, v: ix.get('v') ?? -1, ...(ix.has('q') ? { q: ix.get('q')! } : {}) };
        return;
      }
      const c = cols;
      if (c.t < 0 || c.i < 0 || c.j < 0 || c.k < 0 || c.v < 0) return;
      const cell = (n: number) => (cells[n] ?? '').trim();
      const j = String(Number(cell(c.j)));
      if (!options.world && j !== reporter) return;
      const at = (n: number) => ({ file, line, column: n + 1 });
      const i = String(Number(cell(c.i)));
      const exporter = codes.get(i);
      if (!exporter) {
        problems.push(problem(at(c.i), text('convert.baci.unknownCountry', { column: 'i', got: JSON.stringify(cell(c.i)), file: path.basename(countriesFile) })));
        return;
      }
      if (options.world && !codes.has(j)) {
        problems.push(problem(at(c.j), text('convert.baci.unknownCountry', { column: 'j', got: JSON.stringify(cell(c.j)), file: path.basename(countriesFile) })));
        return;
      }
      if (!isIso3(exporter.iso3)) {
        const shown = areaKey(exporter.iso3, exporter.name);
        skipped.set(shown, (skipped.get(shown) ?? 0) + 1);
        return;
      }
      const k = normaliseK(cell(c.k));
      const wrong = hsProblem(k) ?? (k.length !== 6 ? text('convert.baci.notSix', { got: JSON.stringify(k) }) : undefined);
      if (wrong) problems.push(problem(at(c.k), text('problem.cell', { column: 'k', reason: wrong })));
      else if (products && !products.has(k)) problems.push(problem(at(c.k), text('convert.baci.notProduct', { column: 'k', code: k, file: path.basename(productsFile!) })));
      const year = yearOf(cell(c.t), at(c.t), 't', problems);
      const v = amount(cell(c.v), at(c.v), 'v', problems, { required: true });
      const q = c.q === undefined ? undefined : amount(cell(c.q), at(c.q), 'q', problems, { required: false });
      if (wrong || year === undefined || v === undefined) return;
      if (!countries.has(exporter.iso3)) countries.set(exporter.iso3, exporter.name);
      // v is in thousands of US dollars; rounded to a thousandth of a dollar, so that 0.3 gives 300 exactly.
      const valueUsd = Math.round(v * 1e6) / 1e3;
      table.add({ file, line, hsColumn: c.k + 1, year, hs: k, party: exporter.iso3, valueUsd, ...(q !== undefined ? { quantity: q, unit: 't' } : {}), source }, problems);
    });
    if (stopped) problems.push(stopped);
    if (!cols) problems.push(problem({ file, line: 1, column: 1 }, text('convert.emptyFile', { columns: BACI_COLUMNS })));
  }
  const rows = problems.length === 0 ? table.finish(problems, notes) : [];
  if (problems.length > 0) throw new DatasetError(groupProblems(problems));
  if (skipped.size > 0) notes.push(text('convert.note.noIso', { areas: areaList(skipped, text('convert.note.noCode')) }));
  if (rows.length === 0) notes.push(options.world ? text('convert.note.noRows') : text('convert.note.noImporter', { reporter: options.reporter, column: 'j' }));
  return { rows, world: options.world, countries, notes };
}
