// National import exposure per component (issue 15, "National exposure"): from the national trade
// table through the HS → component concordance, for one year (the latest of the table, or the one
// asked for): the value, its origins with their shares and Herfindahl-Hirschman index, the value in
// every year of the table and its compound annual growth, beside the buyers' own figures.
//
//   value(component, origin, year) = Σ over the component's concordance rows (hs, share), in HS
//                                    code order, of trade(hs, origin, year) × share   (the facts)
//   nationalValueUsd = Σ over origins (country-id order) of value(component, origin, year)
//   share(origin) = value / nationalValueUsd;  HHI = Σ share² over origins in country-id order
//   annualGrowth = (v_year / v_first)^(1 / (year − first)) − 1, first = the earliest year ≤ year
//                  with imports; null when there is no such earlier year
// Both stores give the same facts (facts.ts), so the same answer to the last bit.
import { AppError } from '../../errors.ts';
import { count, countryName, fixed, list, percent, say, text, usd, warning, type Lang, type Warning } from '../../i18n/index.ts';
import { byCodeUnit, foldSum } from '../imports/order.ts';
import { sourcesIn, type NationalCell, type NationalFacts } from './facts.ts';
import type { NationalComponent, NationalImportsOut } from './shapes.ts';

/** Codes listed in a warning before "…". */
const SHOWN_CODES = 12;

/** Which trade table a year is asked of (the refusal names it). */
export type TradeTableKind = 'national' | 'world';

/** The year an answer is about: the one asked for (it must be in the table), else the latest. */
export function pickYear(years: readonly number[], asked: number | undefined, what: TradeTableKind): number | null {
  if (years.length === 0) return null;
  if (asked === undefined) return years[years.length - 1]!;
  if (!years.includes(asked)) {
    const reason = text('trade.year.none', { table: text(what === 'national' ? 'trade.table.national' : 'trade.table.world'), year: String(asked), years: years.join(', ') });
    throw new AppError('invalid_parameter', text('request.issue', { field: 'year', reason }), { field: 'year', year: asked, years });
  }
  return asked;
}

/** Cells grouped by component (the facts are sorted by component). */
function cellsByComponent(cells: readonly NationalCell[]): Map<string, NationalCell[]> {
  const out = new Map<string, NationalCell[]>();
  for (const c of cells) {
    const list = out.get(c.component);
    if (list) list.push(c);
    else out.set(c.component, [c]);
  }
  return out;
}

/** The national value of each component in a year (Σ over origins in id order); 0 when it has none. */
export function nationalValues(facts: NationalFacts, year: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [component, cells] of cellsByComponent(facts.cells)) out.set(component, foldSum(cells.filter((c) => c.year === year).map((c) => c.valueUsd)));
  return out;
}

function growth(years: ReadonlyArray<{ year: number; valueUsd: number }>, year: number): number | null {
  const first = years.find((y) => y.valueUsd > 0 && y.year < year);
  const last = years.find((y) => y.year === year);
  if (!first || !last) return null;
  return Math.pow(last.valueUsd / first.valueUsd, 1 / (year - first.year)) - 1;
}

function componentRow(id: string, name: string, hs: Array<{ hs: string; share: number; traded: boolean }>, cells: readonly NationalCell[], tableYears: readonly number[], year: number, buyersValueUsd: number): NationalComponent {
  const inYear = cells.filter((c) => c.year === year);
  const total = foldSum(inYear.map((c) => c.valueUsd));
  let hhi: number | null = null;
  const origins = inYear.map((c) => ({ country: c.origin, name: c.originName, valueUsd: c.valueUsd, share: total > 0 ? c.valueUsd / total : null }));
  if (total > 0) {
    hhi = 0;
    for (const o of origins) hhi += o.share! * o.share!;
  }
  origins.sort((a, b) => b.valueUsd - a.valueUsd || byCodeUnit(a.country, b.country));
  const years = tableYears.map((y) => ({ year: y, valueUsd: foldSum(cells.filter((c) => c.year === y).map((c) => c.valueUsd)) }));
  return { component: id, name, nationalValueUsd: total, origins, hhi, years, annualGrowth: growth(years, year), buyersValueUsd, hs };
}

export interface NationalOptions {
  year?: number;
  lang: Lang;
}

function summaryOf(lang: Lang, out: Pick<NationalImportsOut, 'components' | 'sources'>, year: number): string[] {
  const total = foldSum(out.components.map((c) => c.nationalValueUsd));
  const source = out.sources.length > 0 ? list(lang, out.sources) : say(lang, 'trade.national.noSource');
  const lines = [say(lang, 'trade.national.total', { n: count(lang, out.components.length), usd: usd(lang, total), year: String(year), source })];
  const top = out.components[0];
  if (top && top.nationalValueUsd > 0) {
    const o = top.origins[0]!;
    const country = countryName(lang, o.country, o.name);
    const origins = top.origins.length === 1 ? say(lang, 'trade.national.origins.single', { country }) : say(lang, 'trade.national.origins.main', { country, share: percent(lang, o.share ?? 0) });
    lines.push(say(lang, 'trade.national.largest', { component: top.name, usd: usd(lang, top.nationalValueUsd), year: String(year), origins, hhi: fixed(lang, top.hhi ?? 0, 2) }));
  }
  const buyers = foldSum(out.components.map((c) => c.buyersValueUsd));
  if (total > 0 && buyers > 0) lines.push(say(lang, 'trade.national.buyers', { usd: usd(lang, buyers), share: percent(lang, buyers / total) }));
  return lines;
}

/**
 * The national exposure answer. `buyers` holds each component's imports as the buyers report them
 * (the buyer-level analysis, server/analysis/imports), shown beside the national figure.
 */
export function nationalExposure(facts: NationalFacts, buyers: ReadonlyMap<string, number>, options: NationalOptions): NationalImportsOut {
  const { lang } = options;
  const tableYears = facts.years.map((y) => y.year);
  const warnings: Warning[] = [];
  const empty = (w: Warning): NationalImportsOut => ({ basis: 'national', year: null, years: tableYears, sources: [], components: [], summary: [], warnings: [w], lang });
  if (facts.years.length === 0) return empty(warning(lang, 'trade.no-table'));
  if (facts.concordance.length === 0) return { ...empty(warning(lang, 'trade.no-concordance')), year: tableYears[tableYears.length - 1]! };
  const year = pickYear(tableYears, options.year, 'national')!;
  const traded = new Set(facts.years.find((y) => y.year === year)!.codes);
  const sources = sourcesIn(lang, facts.years.find((y) => y.year === year)!);

  const byComponent = cellsByComponent(facts.cells);
  const concordance = new Map<string, { name: string; hs: Array<{ hs: string; share: number; traded: boolean }> }>();
  for (const m of facts.concordance) {
    let c = concordance.get(m.component);
    if (!c) concordance.set(m.component, (c = { name: m.name, hs: [] }));
    c.hs.push({ hs: m.hs, share: m.share, traded: traded.has(m.hs) });
  }
  const components = [...concordance.entries()]
    .map(([id, c]) => componentRow(id, c.name, c.hs, byComponent.get(id) ?? [], tableYears, year, buyers.get(id) ?? 0))
    .sort((a, b) => b.nationalValueUsd - a.nationalValueUsd || byCodeUnit(a.component, b.component));

  const unmatched = [...new Set(facts.concordance.map((m) => m.hs))].filter((hs) => !traded.has(hs)).sort(byCodeUnit);
  if (unmatched.length > 0) {
    const codes = unmatched.slice(0, SHOWN_CODES).join(', ') + (unmatched.length > SHOWN_CODES ? ', …' : '');
    warnings.push(warning(lang, 'trade.unmatched', { n: count(lang, unmatched.length), year: String(year), codes }));
  }
  return { basis: 'national', year, years: tableYears, sources, components, summary: summaryOf(lang, { components, sources }, year), warnings, lang };
}
