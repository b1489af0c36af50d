// Product complexity from the world table (issue 15, "World-trade complexity for components"):
// ECI per country and PCI per HS product computed by the existing complexity code
// (server/analysis/complexity: the Growth Lab's Stata `ecomplexity`, location = exporter, product =
// HS code, value = exports in US dollars, one year), then carried to the components through the
// concordance. No second implementation: the PCI of an HS product here is exactly what
// `rantai complexity` prints for the same table.
//
//   pci(component) = Σ over its concordance rows (hs, share) with a PCI, in HS code order, of
//                    w_hs × PCI_hs, where w_hs = share × X_hs / Σ (share × X_hs) and X_hs is the
//                    product's world exports that year (Σ over exporters): the component's PCI is
//                    the trade-weighted mean of its HS products' (one product: exactly its PCI)
//   percentile(component) = share of the table's HS products with a lower PCI (0..1)
//   rank(country) = 1 + the number of countries with a higher ECI
// When ECI/PCI of the year are not defined (a disconnected table, a near-zero eigen-gap: the
// complexity warnings say which), nothing is ranked and no component gets a PCI.
import { count, countryName, fixed, list, percent, say, usd, warning, type Lang, type Warning } from '../../i18n/index.ts';
import { computeComplexityYears, localiseWarnings } from '../complexity/index.ts';
import { byCodeUnit, foldSum } from '../imports/order.ts';
import { sourcesIn, type ConcordanceFact, type WorldRow, type WorldYear } from './facts.ts';
import { pickYear } from './national.ts';
import type { ProductComplexityOut } from './shapes.ts';

export interface ProductComplexityOptions {
  year?: number;
  country: string;
  lang: Lang;
}

type ComponentOut = ProductComplexityOut['components'][number];

const orNull = (x: number | undefined): number | null => (x === undefined || Number.isNaN(x) ? null : x);

/** The year product complexity is about (the latest of the world table unless one is asked for). */
export const worldYear = (years: readonly WorldYear[], asked?: number): number | null =>
  pickYear(
    years.map((y) => y.year),
    asked,
    'world',
  );

function componentsOf(concordance: readonly ConcordanceFact[], pci: ReadonlyMap<string, number>, exports: ReadonlyMap<string, number>, sortedPci: Float64Array): ComponentOut[] {
  const groups = new Map<string, { name: string; rows: ConcordanceFact[] }>();
  for (const m of concordance) {
    let g = groups.get(m.component);
    if (!g) groups.set(m.component, (g = { name: m.name, rows: [] }));
    g.rows.push(m);
  }
  const out: ComponentOut[] = [];
  for (const [id, g] of groups) {
    const raw = g.rows.map((m) => {
      const p = pci.get(m.hs);
      return { hs: m.hs, share: m.share, pci: orNull(p), w: p === undefined ? 0 : m.share * (exports.get(m.hs) ?? 0) };
    });
    const total = foldSum(raw.map((r) => r.w));
    const hs = raw.map((r) => ({ hs: r.hs, share: r.share, pci: r.pci, weight: total > 0 ? r.w / total : 0 }));
    const value = total > 0 ? foldSum(hs.filter((r) => r.pci !== null && r.weight > 0).map((r) => r.weight * r.pci!)) : null;
    out.push({ id, name: g.name, pci: value, percentile: value === null ? null : lowerThan(sortedPci, value) / sortedPci.length, hs });
  }
  return out.sort((a, b) => (b.pci ?? -Infinity) - (a.pci ?? -Infinity) || byCodeUnit(a.id, b.id));
}

/** How many of the sorted values are below x. */
function lowerThan(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const empty = (lang: Lang, years: number[], warnings: Warning[]): ProductComplexityOut => ({
  available: years.length > 0,
  year: null,
  years,
  sources: [],
  table: { countries: 0, products: 0, valueUsd: 0 },
  defined: false,
  country: null,
  components: [],
  summary: [],
  warnings,
  complexityWarnings: [],
  lang,
});

/**
 * Product complexity of one year of the world table. `rows` are that year's EXPORTS rows (by
 * exporter, HS code), `years` the table's years, `concordance` the HS → component rows.
 */
export function productComplexity(years: readonly WorldYear[], rows: readonly WorldRow[], concordance: readonly ConcordanceFact[], options: ProductComplexityOptions): ProductComplexityOut {
  const { lang } = options;
  const tableYears = years.map((y) => y.year);
  if (years.length === 0) return empty(lang, [], [warning(lang, 'trade.no-world-table')]);
  const year = worldYear(years, options.year)!;
  const about = years.find((y) => y.year === year)!;
  const inYear = rows.filter((r) => r.year === year);
  const { years: computed, warnings: cxWarnings } = computeComplexityYears(inYear.map((r) => ({ location: r.exporter, product: r.hs, value: r.valueUsd })));
  const y = computed[0];
  const warnings: Warning[] = [];
  if (!y) return { ...empty(lang, tableYears, [warning(lang, 'trade.eci-undefined', { year: String(year) })]), year };
  const defined = y.structure.defined;
  const { locations, products } = y.table;

  const pci = new Map<string, number>();
  if (defined) products.forEach((p, j) => !Number.isNaN(y.pci[j]!) && pci.set(p, y.pci[j]!));
  const sortedPci = Float64Array.from(pci.values()).sort();
  const exports = new Map<string, number>();
  for (const r of inYear) exports.set(r.hs, (exports.get(r.hs) ?? 0) + r.valueUsd);

  let country: ProductComplexityOut['country'] = null;
  const at = locations.indexOf(options.country);
  if (at >= 0) {
    const eci = defined ? orNull(y.eci[at]) : null;
    const ranked = defined ? Array.from(y.eci).filter((x) => !Number.isNaN(x)) : [];
    const name = about.exporters.find((e) => e.id === options.country)?.name ?? options.country;
    country = { id: options.country, name, eci, rank: eci === null ? null : 1 + ranked.filter((x) => x > eci).length, of: ranked.length };
  } else warnings.push(warning(lang, 'trade.no-country', { country: options.country, year: String(year) }));
  if (!defined) warnings.push(warning(lang, 'trade.eci-undefined', { year: String(year) }));

  const components = componentsOf(concordance, pci, exports, sortedPci);
  const without = components.filter((c) => c.pci === null).length;
  if (defined && without > 0) warnings.push(warning(lang, 'trade.without-pci', { n: count(lang, without), year: String(year) }));

  const table = { countries: locations.length, products: products.length, valueUsd: foldSum(inYear.map((r) => r.valueUsd)) };
  const sources = sourcesIn(lang, about);
  const source = sources.length > 0 ? list(lang, sources) : say(lang, 'trade.national.noSource');
  const summary = [say(lang, 'trade.world.table', { year: String(year), countries: count(lang, table.countries), products: count(lang, table.products), usd: usd(lang, table.valueUsd), source })];
  if (country?.rank != null) summary.push(say(lang, 'trade.world.rank', { country: countryName(lang, country.id, country.name), rank: count(lang, country.rank), of: count(lang, country.of), eci: fixed(lang, country.eci!, 2) }));
  const top = components[0];
  if (top?.pci != null) summary.push(say(lang, 'trade.world.top', { component: top.name, pci: fixed(lang, top.pci, 2), share: percent(lang, top.percentile!) }));
  return {
    available: true,
    year,
    years: tableYears,
    sources,
    table,
    defined,
    country,
    components,
    summary,
    warnings,
    complexityWarnings: localiseWarnings(cxWarnings, lang),
    lang,
  };
}
