// What the converters share: the options, the result, parsing numbers and HS codes from a foreign
// file with located problems, and the HS revisions' names.
import { text, type Text, type TextParam } from '../i18n/index.ts';
import { problem, type Problem, type ProblemPlace } from '../model/index.ts';
import type { OutRow } from './table.ts';

export interface ConvertOptions {
  /** The files to convert (one table: BACI ships one file per year). */
  inputs: readonly string[];
  /** ISO 3166 alpha-3 of the reporting country (national imports). Default IDN. */
  reporter: string;
  /** Comtrade flow code kept (national imports: M). */
  flow: string;
  /** Write the world table (exports by country, HS code and year) instead of national imports. */
  world: boolean;
  /** Headings (4 digits) whose subheadings are summed into the heading. */
  headings: ReadonlySet<string>;
  /** The `source` text (default: named after the layout, with the HS revision). */
  source?: string;
  /** BACI: the country codes file (default: country_codes*.csv beside the input). */
  baciCountries?: string;
  /** BACI: the product codes file (default: product_codes*.csv beside the input, when there is one). */
  baciProducts?: string;
}

export interface ConvertResult {
  /** National imports (party = origin) or the world table (party = exporter). */
  rows: OutRow[];
  world: boolean;
  /** Names of the countries the rows name, by ISO code (for countries.csv). */
  countries: Map<string, string>;
  /** What was left out or merged, and why (printed to stderr, in the reader's language). */
  notes: Text[];
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A non-negative finite number in a cell, or a located problem. */
export function amount(cell: string | undefined, where: ProblemPlace, column: string, problems: Problem[], options: { required: boolean }): number | undefined {
  const t = (cell ?? '').trim();
  if (t === '' || t.toUpperCase() === 'NA') {
    if (options.required) problems.push(problem(where, text('convert.empty', { column })));
    return undefined;
  }
  if (!NUMBER.test(t)) {
    problems.push(problem(where, text('convert.number', { column, got: JSON.stringify(t) })));
    return undefined;
  }
  const n = Number(t);
  if (!Number.isFinite(n)) {
    problems.push(problem(where, text('convert.finite', { column, got: JSON.stringify(t) })));
    return undefined;
  }
  if (n < 0) {
    problems.push(problem(where, text('convert.negative', { column, got: t })));
    return undefined;
  }
  return n;
}

/** A year in a cell, or a located problem. */
export function yearOf(cell: string | undefined, where: ProblemPlace, column: string, problems: Problem[]): number | undefined {
  const t = (cell ?? '').trim();
  if (!/^\d{4}$/.test(t) || Number(t) < 1800 || Number(t) > 2200) {
    problems.push(problem(where, text('convert.year', { column, got: JSON.stringify(t) })));
    return undefined;
  }
  return Number(t);
}

/** UN Comtrade's classification codes and the HS editions they stand for. */
export const HS_REVISIONS: Readonly<Record<string, string>> = {
  H0: 'HS 1992',
  H1: 'HS 1996',
  H2: 'HS 2002',
  H3: 'HS 2007',
  H4: 'HS 2012',
  H5: 'HS 2017',
  H6: 'HS 2022',
  HS92: 'HS 1992',
  HS96: 'HS 1996',
  HS02: 'HS 2002',
  HS07: 'HS 2007',
  HS12: 'HS 2012',
  HS17: 'HS 2017',
  HS22: 'HS 2022',
};

export const isIso3 = (s: string): boolean => /^[A-Z]{3}$/.test(s);

/** An area left out of a table: its code as the download gives it ("" for none) and its name. */
export const areaKey = (code: string, name: string | undefined): string => JSON.stringify([code, name ?? '']);

/**
 * The areas left out of a table, as a note lists them, their names quoted as data:
 * `_X "Areas, nes" × 4, (no code) "Other Asia" × 1`. An area the download gives no code for is
 * named by `noCode`, in the reader's language.
 */
export function areaList(areas: ReadonlyMap<string, number>, noCode: Text): TextParam {
  return {
    join: [...areas].map(([key, n]) => {
      const [code, name] = JSON.parse(key) as [string, string];
      return text('convert.note.area', { code: code === '' ? noCode : code, name: name === '' ? '' : ` ${JSON.stringify(name)}`, n: String(n) });
    }),
  };
}
