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
  /** Per row of `rows`, its location's and product's index in `locationKeys` and `productKeys`. */
  loc: Int32Array;
  prod: Int32Array;
  /** The year's locations and products in order of first appearance. */
  locationKeys: string[];
  productKeys: string[];
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

/** One year's rows as they are read: keys interned once, duplicates found by index. */
class YearGroup {
  readonly rows: ComplexityInputRow[] = [];
  duplicates = 0;
  private readonly locIds = new Map<string, number>();
  private readonly prodIds = new Map<string, number>();
  readonly locationKeys: string[] = [];
  readonly productKeys: string[] = [];
  private loc = new Int32Array(1024);
  private prod = new Int32Array(1024);
  /** Per location, a byte per product index: seen already. */
  private readonly seen: Uint8Array[] = [];
  // Tables are usually sorted by location: the last one's id is reused without a lookup.
  private lastLoc: string | null = null;
  private lastLocId = -1;

  add(row: ComplexityInputRow): void {
    let l: number;
    if (row.location === this.lastLoc) l = this.lastLocId;
    else {
      l = this.locIds.get(row.location) ?? -1;
      if (l < 0) {
        l = this.locationKeys.length;
        this.locIds.set(row.location, l);
        this.locationKeys.push(row.location);
        this.seen.push(new Uint8Array(Math.max(16, this.productKeys.length)));
      }
      this.lastLoc = row.location;
      this.lastLocId = l;
    }
    let p = this.prodIds.get(row.product) ?? -1;
    if (p < 0) {
      p = this.productKeys.length;
      this.prodIds.set(row.product, p);
      this.productKeys.push(row.product);
    }
    let seen = this.seen[l]!;
    if (p >= seen.length) {
      const grown = new Uint8Array(Math.max(2 * seen.length, p + 1));
      grown.set(seen);
      this.seen[l] = seen = grown;
    }
    if (seen[p] === 1) {
      this.duplicates++;
      return;
    }
    seen[p] = 1;
    const n = this.rows.length;
    if (n === this.loc.length) {
      this.loc = grow(this.loc);
      this.prod = grow(this.prod);
    }
    this.loc[n] = l;
    this.prod[n] = p;
    this.rows.push(row);
  }

  done(year: string | null): YearRows {
    const n = this.rows.length;
    return { year, rows: this.rows, duplicates: this.duplicates, loc: this.loc.slice(0, n), prod: this.prod.slice(0, n), locationKeys: this.locationKeys, productKeys: this.productKeys };
  }
}

const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
  const out = new Int32Array(2 * a.length);
  out.set(a);
  return out;
};

/** Groups rows by year in order of first appearance, keeping the first row of each key. */
export const splitYears = (rows: readonly ComplexityInputRow[]): YearRows[] => {
  const groups = new Map<string | null, YearGroup>();
  let lastYear: string | null | undefined;
  let last: YearGroup | undefined;
  for (const row of rows) {
    const year = row.year ?? null;
    if (year !== lastYear || !last) {
      last = groups.get(year);
      if (!last) groups.set(year, (last = new YearGroup()));
      lastYear = year;
    }
    last.add(row);
  }
  return [...groups].map(([year, g]) => g.done(year));
};

/** The keys with a non-zero total, sorted, and each key index's position among them (-1: dropped). */
const keptKeys = (keys: readonly string[], totals: Float64Array): { keys: string[]; position: Int32Array } => {
  // Indices are sorted, not keys: each key's index is then known without a lookup.
  const kept = keys.map((_, i) => i).filter((i) => totals[i] !== 0);
  kept.sort((i, j) => compareKeys(keys[i]!, keys[j]!));
  const position = new Int32Array(keys.length).fill(-1);
  kept.forEach((i, r) => (position[i] = r));
  return { keys: kept.map((i) => keys[i]!), position };
};

export const buildYearTable = ({ year, rows, loc, prod, locationKeys, productKeys }: YearRows): YearTable => {
  const locTotals = new Float64Array(locationKeys.length);
  const prodTotals = new Float64Array(productKeys.length);
  for (let r = 0; r < rows.length; r++) {
    const v = rows[r]!.value;
    locTotals[loc[r]!] += v;
    prodTotals[prod[r]!] += v;
  }
  const { keys: locations, position: locPos } = keptKeys(locationKeys, locTotals);
  const { keys: products, position: prodPos } = keptKeys(productKeys, prodTotals);
  const values = new Float64Array(locations.length * products.length);
  const dropped: ComplexityInputRow[] = [];
  for (let r = 0; r < rows.length; r++) {
    const i = locPos[loc[r]!]!;
    const j = prodPos[prod[r]!]!;
    if (i < 0 || j < 0) dropped.push(rows[r]!);
    else values[i * products.length + j] = rows[r]!.value;
  }
  return { year, locations, products, values, dropped };
};
