// How big a computation a table asks for. The computation is dense: per year a locations × products
// matrix, several of them at once (RCA, proximity, density), and an answer row per cell. A 171 kB
// CSV of 3,000 locations and 3,000 products asks for 9 million cells a year and ran POST
// /api/complexity out of memory, taking the server down with it; the route refuses such a table
// before computing (413 naming `csv`), the CLI on one's own machine does not.
import { AppError } from '../../errors.ts';
import { text } from '../../i18n/index.ts';
import type { ComplexityInputRow } from './types.ts';

/** Cells (locations × products, summed over the years) one request computes: a 250-country world table of 1,600 HS products fits. */
export const MAX_COMPLEXITY_CELLS = 400_000;

export interface ComplexitySize {
  locations: number;
  products: number;
  years: number;
  cells: number;
}

/** The distinct locations and products of the table, and its cells: Σ over years of locations × products. */
export function complexitySize(rows: readonly ComplexityInputRow[]): ComplexitySize {
  const byYear = new Map<string, { locations: Set<string>; products: Set<string> }>();
  const locations = new Set<string>();
  const products = new Set<string>();
  for (const r of rows) {
    const key = r.year ?? '';
    let y = byYear.get(key);
    if (!y) byYear.set(key, (y = { locations: new Set(), products: new Set() }));
    y.locations.add(r.location);
    y.products.add(r.product);
    locations.add(r.location);
    products.add(r.product);
  }
  let cells = 0;
  for (const y of byYear.values()) cells += y.locations.size * y.products.size;
  return { locations: locations.size, products: products.size, years: byYear.size, cells };
}

/** Throws payload_too_large (413, field csv) when the table asks for more than `max` cells. */
export function checkComplexitySize(rows: readonly ComplexityInputRow[], max = MAX_COMPLEXITY_CELLS): void {
  const size = complexitySize(rows);
  if (size.cells <= max) return;
  throw new AppError(
    'payload_too_large',
    text('complexity.tooManyCells', { locations: { grouped: size.locations }, products: { grouped: size.products }, cells: { grouped: size.cells }, max: { grouped: max } }),
    { field: 'csv', ...size, max },
  );
}
