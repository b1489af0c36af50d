// Reads the answer of POST /api/complexity (one row per location × product, Growth Lab column names)
// into what the panel shows: per location its diversity and ECI, per product its ubiquity and PCI,
// and the products a location does not make yet (mcp = 0) ranked by density — how close they are
// to what it makes (Hausmann et al., Atlas of Economic Complexity, "density" and "COG").
import type { z } from 'zod';
import type { complexityOutShape } from '../../../../server/api/routes/complexity.ts';

export type ComplexityOut = z.infer<typeof complexityOutShape>;
type Row = ComplexityOut['rows'][number];

export type LocationFigure = {
  location: string;
  diversity: number;
  eci: number | null;
};
export type ProductFigure = {
  product: string;
  ubiquity: number;
  pci: number | null;
};
export type Opportunity = {
  location: string;
  product: string;
  density: number;
  pci: number | null;
  cog: number | null;
};

const num = (v: Row[string]): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const byDesc = (a: number | null, b: number | null): number => (b ?? -Infinity) - (a ?? -Infinity);

/** Figures of the latest year in the answer (or the only one), keyed by the caller's column names. */
export function readComplexity(out: ComplexityOut, cols: { location: string; product: string; year?: string }) {
  let rows = out.rows;
  if (cols.year) {
    const years = [...new Set(rows.map((r) => String(r[cols.year!])))].sort();
    const latest = years[years.length - 1];
    rows = rows.filter((r) => String(r[cols.year!]) === latest);
  }
  const locations = new Map<string, LocationFigure>();
  const products = new Map<string, ProductFigure>();
  const opportunities: Opportunity[] = [];
  for (const r of rows) {
    const location = String(r[cols.location]);
    const product = String(r[cols.product]);
    if (!locations.has(location)) locations.set(location, { location, diversity: num(r.diversity) ?? 0, eci: num(r.eci) });
    if (!products.has(product)) products.set(product, { product, ubiquity: num(r.ubiquity) ?? 0, pci: num(r.pci) });
    if (num(r.mcp) === 0) opportunities.push({ location, product, density: num(r.density) ?? 0, pci: num(r.pci), cog: num(r.cog) });
  }
  return {
    locations: [...locations.values()].sort((a, b) => byDesc(a.eci, b.eci) || a.location.localeCompare(b.location)),
    products: [...products.values()].sort((a, b) => byDesc(a.pci, b.pci) || a.product.localeCompare(b.product)),
    opportunities: opportunities.sort((a, b) => b.density - a.density || byDesc(a.pci, b.pci) || a.location.localeCompare(b.location) || a.product.localeCompare(b.product)),
  };
}
