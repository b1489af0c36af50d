// Builds the location × product value matrix of one year, as py-ecomplexity's
// `ComplexityData.create_full_df` does (Growth Lab, cid-harvard/py-ecomplexity): duplicate
// (year, location, product) rows keep their first occurrence; locations and products whose total
// value in the year is 0 are dropped; the rest is made rectangular with 0 for missing pairs.
// Locations and products are sorted (numerically when both keys are numbers, as pandas sorts a
// numeric column), rows are grouped by year in order of first appearance.
import { ComplexityInputError } from './errors.ts';
import type { ComplexityInputRow } from './types.ts';
import { text } from '../../i18n/index.ts';

export interface YearRows {
  year: string | null;
  rows: ComplexityInputRow[];
  /** How many later duplicates of a (location, product) key were ignored. */
  duplicates: number;
}

export interface YearTable {
  year: string | null;
  /** Kept locations (non-zero total), sorted. */
  locations: string[];
  /** Kept products (non-zero total), sorted. */
  products: string[];
  /** Row-major locations.length × products.length values, 0 where the input has no row. */
  values: Float64Array;
  /** Input rows of a dropped location or product: they come back with empty metrics. */
  dropped: ComplexityInputRow[];
}

const NUMERIC_KEY = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Numbers before other keys, numbers by value, other keys by code units. */
export const compareKeys = (a: string, b: string): number => {
  const na = NUMERIC_KEY.test(a);
  const nb = NUMERIC_KEY.test(b);
  if (na && nb) {
    const d = Number(a) - Number(b);
    if (d !== 0) return d;
  } else if (na !== nb) {
    return na ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
};

/** Checks rows given directly (not through the CSV reader); line = 1-based row number. */
export const validateRows = (rows: readonly ComplexityInputRow[]): void => {
  rows.forEach((row, i) => {
    const line = i + 1;
    if (typeof row.location !== 'string' || row.location === '') {
      throw new ComplexityInputError(line, 'location', text('complexity.row.location'));
    }
    if (typeof row.product !== 'string' || row.product === '') {
      throw new ComplexityInputError(line, 'product', text('complexity.row.product'));
    }
    if (row.year !== undefined && typeof row.year !== 'string') {
      throw new ComplexityInputError(line, 'year', text('complexity.row.year'));
    }
    if (typeof row.value !== 'number' || !Number.isFinite(row.value)) {
      throw new ComplexityInputError(line, 'value', text('complexity.row.value'));
    }
    if (row.value < 0) {
      throw new ComplexityInputError(line, 'value', text('complexity.row.negative', { value: String(row.value) }));
    }
  });
};

/** Groups rows by year in order of first appearance, keeping the first row of each key. */
export const splitYears = (rows: readonly ComplexityInputRow[]): YearRows[] => {
  // Seen keys as location → products: no key string is built per row (this is the hot loop for
  // large tables).
  const groups = new Map<string | null, { rows: ComplexityInputRow[]; seen: Map<string, Set<string>>; duplicates: number }>();
  for (const row of rows) {
    const year = row.year ?? null;
    let group = groups.get(year);
    if (!group) {
      group = { rows: [], seen: new Map(), duplicates: 0 };
      groups.set(year, group);
    }
    let products = group.seen.get(row.location);
    if (!products) {
      products = new Set();
      group.seen.set(row.location, products);
    }
    if (products.has(row.product)) {
      group.duplicates++;
      continue;
    }
    products.add(row.product);
    group.rows.push(row);
  }
  return [...groups].map(([year, g]) => ({ year, rows: g.rows, duplicates: g.duplicates }));
};

/** Interns keys in order of first appearance and sums the values per key. */
class KeyTotals {
  readonly ids = new Map<string, number>();
  readonly totals: number[] = [];

  add(key: string, value: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.totals.length;
      this.ids.set(key, id);
      this.totals.push(0);
    }
    this.totals[id]! += value;
    return id;
  }

  /** The keys with a non-zero total, sorted, and each interned id's position among them (-1: dropped). */
  kept(): { keys: string[]; position: Int32Array } {
    const keys = [...this.ids.keys()].filter((k) => this.totals[this.ids.get(k)!] !== 0).sort(compareKeys);
    const position = new Int32Array(this.totals.length).fill(-1);
    keys.forEach((k, i) => (position[this.ids.get(k)!] = i));
    return { keys, position };
  }
}

export const buildYearTable = ({ year, rows }: YearRows): YearTable => {
  const locs = new KeyTotals();
  const prods = new KeyTotals();
  const rowLoc = new Int32Array(rows.length);
  const rowProd = new Int32Array(rows.length);
  rows.forEach((row, r) => {
    rowLoc[r] = locs.add(row.location, row.value);
    rowProd[r] = prods.add(row.product, row.value);
  });
  const { keys: locations, position: locPos } = locs.kept();
  const { keys: products, position: prodPos } = prods.kept();
  const values = new Float64Array(locations.length * products.length);
  const dropped: ComplexityInputRow[] = [];
  rows.forEach((row, r) => {
    const i = locPos[rowLoc[r]!]!;
    const j = prodPos[rowProd[r]!]!;
    if (i < 0 || j < 0) dropped.push(row);
    else values[i * products.length + j] = row.value;
  });
  return { year, locations, products, values, dropped };
};
