// Builds the location × product value matrix of one year, as py-ecomplexity's
// `ComplexityData.create_full_df` does (Growth Lab, cid-harvard/py-ecomplexity): duplicate
// (year, location, product) rows keep their first occurrence; locations and products whose total
// value in the year is 0 are dropped; the rest is made rectangular with 0 for missing pairs.
// Locations and products are sorted (numerically when both keys are numbers, as pandas sorts a
// numeric column), rows are grouped by year in order of first appearance.
import { ComplexityInputError } from './errors.ts';
import type { ComplexityInputRow } from './types.ts';

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
      throw new ComplexityInputError(line, 'location', 'location must be a non-empty string');
    }
    if (typeof row.product !== 'string' || row.product === '') {
      throw new ComplexityInputError(line, 'product', 'product must be a non-empty string');
    }
    if (row.year !== undefined && typeof row.year !== 'string') {
      throw new ComplexityInputError(line, 'year', 'year must be a string when given');
    }
    if (typeof row.value !== 'number' || !Number.isFinite(row.value)) {
      throw new ComplexityInputError(line, 'value', 'value must be a finite number');
    }
    if (row.value < 0) {
      throw new ComplexityInputError(line, 'value', `value must not be negative (got ${row.value})`);
    }
  });
};

/** Groups rows by year in order of first appearance, keeping the first row of each key. */
export const splitYears = (rows: readonly ComplexityInputRow[]): YearRows[] => {
  const groups = new Map<string | null, { rows: ComplexityInputRow[]; seen: Set<string>; duplicates: number }>();
  for (const row of rows) {
    const year = row.year ?? null;
    let group = groups.get(year);
    if (!group) {
      group = { rows: [], seen: new Set(), duplicates: 0 };
      groups.set(year, group);
    }
    const key = JSON.stringify([row.location, row.product]);
    if (group.seen.has(key)) {
      group.duplicates++;
      continue;
    }
    group.seen.add(key);
    group.rows.push(row);
  }
  return [...groups].map(([year, g]) => ({ year, rows: g.rows, duplicates: g.duplicates }));
};

const totalsBy = (rows: readonly ComplexityInputRow[], key: 'location' | 'product'): Map<string, number> => {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row[key], (totals.get(row[key]) ?? 0) + row.value);
  return totals;
};

const keptKeys = (totals: Map<string, number>): string[] =>
  [...totals].filter(([, total]) => total !== 0).map(([k]) => k).sort(compareKeys);

export const buildYearTable = ({ year, rows }: YearRows): YearTable => {
  const locations = keptKeys(totalsBy(rows, 'location'));
  const products = keptKeys(totalsBy(rows, 'product'));
  const locIndex = new Map(locations.map((l, i) => [l, i]));
  const prodIndex = new Map(products.map((p, j) => [p, j]));
  const values = new Float64Array(locations.length * products.length);
  const dropped: ComplexityInputRow[] = [];
  for (const row of rows) {
    const i = locIndex.get(row.location);
    const j = prodIndex.get(row.product);
    if (i === undefined || j === undefined) dropped.push(row);
    else values[i * products.length + j] = row.value;
  }
  return { year, locations, products, values, dropped };
};
