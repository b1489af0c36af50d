// What the converters share: the options, the result, parsing numbers and HS codes from a foreign
// file with located problems, and the HS revisions' names.
import type { Problem } from '../model/index.ts';
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
  /** What was left out or merged, and why (printed to stderr). */
  notes: string[];
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A non-negative finite number in a cell, or a located problem. */
export function amount(text: string | undefined, where: Omit<Problem, 'message'>, column: string, problems: Problem[], options: { required: boolean }): number | undefined {
  const t = (text ?? '').trim();
  if (t === '' || t.toUpperCase() === 'NA') {
    if (options.required) problems.push({ ...where, message: `${column} is empty` });
    return undefined;
  }
  if (!NUMBER.test(t)) {
    problems.push({ ...where, message: `${column} must be a number, got ${JSON.stringify(t)}` });
    return undefined;
  }
  const n = Number(t);
  if (!Number.isFinite(n)) {
    problems.push({ ...where, message: `${column} must be a finite number, got ${JSON.stringify(t)}` });
    return undefined;
  }
  if (n < 0) {
    problems.push({ ...where, message: `${column} must not be negative, got ${t}` });
    return undefined;
  }
  return n;
}

/** A year in a cell, or a located problem. */
export function yearOf(text: string | undefined, where: Omit<Problem, 'message'>, column: string, problems: Problem[]): number | undefined {
  const t = (text ?? '').trim();
  if (!/^\d{4}$/.test(t) || Number(t) < 1800 || Number(t) > 2200) {
    problems.push({ ...where, message: `${column} must be a year between 1800 and 2200, got ${JSON.stringify(t)}` });
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
