// The trade tables of a synthetic dataset (`rantai generate --trade`), so that a national-scale
// dataset exercises the paths of issue 15: national imports by HS code and origin (trade.csv) for
// the components' HS codes over three years, the concordance (hs_components.csv: each component
// takes an equal part of 90 % of its code's trade) and a world table (world_trade.csv) of 60
// exporters — the ten origin countries, Indonesia and 49 synthetic ones with ISO 3166 user-assigned
// codes (XAA…) — over the components' codes and 200 other HS products, with a nested structure
// (a more capable country exports more, and the more complex products) so that ECI and PCI are
// defined. National imports cover what the dataset's buyers report importing (coverBuyers).
// Everything is seeded from its own generator, so a dataset without --trade is unchanged.
import type { Dataset } from '../../server/model/index.ts';
import { mulberry32, randInt, type Rng } from '../../server/util/random.ts';
import { COUNTRIES } from './vocabulary.ts';

const SOURCE = 'synthetic (rantai generate --trade)';
/** The same in Bahasa Indonesia (source_id), which the product quotes in Indonesian. */
const SOURCE_ID = 'sintetis (rantai generate --trade)';
const YEARS = [2022, 2023, 2024] as const;
const SYNTHETIC_EXPORTERS = 49;
const OTHER_PRODUCTS = 200;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const round = (x: number, digits: number): number => Number(x.toFixed(digits));
/** A log-normal amount around `median` (USD). */
const amount = (rng: Rng, median: number): number => round(median * Math.exp((rng() + rng() + rng() - 1.5) * 1.6), 2);

/** A seeded Fisher-Yates shuffle (a copy). */
function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The synthetic exporters' ISO 3166 user-assigned codes XAA, XAB, … */
const syntheticCode = (i: number): string => `X${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;

/** Other HS products of the world table: subheadings of chapters 73, 84 and 85, distinct from `taken`. */
function otherProducts(rng: Rng, taken: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  while (out.size < OTHER_PRODUCTS) {
    const chapter = [73, 84, 85][randInt(rng, 0, 2)]!;
    const code = `${chapter}${pad(randInt(rng, 1, 87), 2)}${pad(randInt(rng, 1, 9) * 10, 2)}`;
    if (!taken.has(code)) out.add(code);
  }
  return [...out];
}

/**
 * The dataset's buyers are some of the country's importers: a code's national imports are raised
 * (all its origins and years alike, so shares and trend stay) until, in every year, each of its
 * components' share of them is at least what the buyers report importing of that component in any
 * year, divided by a coverage of 40-90 % drawn per code. Without it the national dataset's buyers
 * reported 73 times the national figure. Its own random stream: the other tables are unchanged.
 */
function coverBuyers(d: Dataset, byCode: ReadonlyMap<string, readonly string[]>, seed: number): void {
  const rng = mulberry32((seed ^ 0xc0fe7a) >>> 0);
  const reported = new Map<string, number>();
  for (const i of d.imports) reported.set(`${i.component}|${i.year}`, (reported.get(`${i.component}|${i.year}`) ?? 0) + (i.value_usd ?? 0));
  // The most the buyers report of a component in one year.
  const mostOf = new Map<string, number>();
  for (const [key, value] of reported) {
    const component = key.slice(0, key.lastIndexOf('|'));
    mostOf.set(component, Math.max(mostOf.get(component) ?? 0, value));
  }
  const most = (component: string): number => mostOf.get(component) ?? 0;
  const rows = new Map<string, NonNullable<Dataset['trade']>>();
  for (const r of d.trade ?? []) rows.set(r.hs, [...(rows.get(r.hs) ?? []), r]);
  // Each component's share of its code, as the concordance rows just written give it.
  const shareOf = new Map((d.hs_components ?? []).map((m) => [m.component, m.share]));
  for (const [hs, components] of [...byCode].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const coverage = 0.4 + 0.5 * rng();
    const needed = Math.max(...components.map((c) => most(c) / shareOf.get(c)!)) / coverage;
    const own = rows.get(hs) ?? [];
    const lowest = Math.min(...YEARS.map((year) => own.filter((r) => r.year === year).reduce((sum, r) => sum + r.value_usd, 0)));
    if (!(lowest > 0) || needed <= lowest) continue;
    const factor = needed / lowest;
    for (const r of own) {
      r.value_usd = round(r.value_usd * factor, 2);
      if (r.quantity !== undefined) r.quantity = round(r.quantity * factor, 0);
    }
  }
}

export function addTrade(d: Dataset, seed: number): void {
  const rng = mulberry32((seed ^ 0x7ade15) >>> 0);
  const codes = [...new Set(d.components.map((c) => c.hs).filter((h): h is string => typeof h === 'string'))].map((h) => h.replace(/\./g, '')).sort();
  const origins = COUNTRIES.map(([id]) => id);

  // National imports: each code from 3-7 origins, over three years with a trend.
  d.trade = [];
  for (const hs of codes) {
    const from = shuffled(rng, origins).slice(0, randInt(rng, 3, 7));
    for (const origin of from) {
      const base = amount(rng, 2e6);
      const growth = 0.85 + rng() * 0.4;
      YEARS.forEach((year, k) => d.trade!.push({ year, hs, origin, value_usd: round(base * growth ** k, 2), quantity: round(base / 4, 0), unit: 'kg', source: SOURCE, source_id: SOURCE_ID }));
    }
  }

  // The concordance: the components of a code share 90 % of its trade equally.
  const byCode = new Map<string, string[]>();
  for (const c of d.components) {
    if (!c.hs) continue;
    const hs = c.hs.replace(/\./g, '');
    byCode.set(hs, [...(byCode.get(hs) ?? []), c.id]);
  }
  d.hs_components = [];
  for (const [hs, components] of [...byCode].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const share = Math.floor((0.9 / components.length) * 1e6) / 1e6;
    for (const component of components) d.hs_components.push({ hs, component, share, source: `${SOURCE}: equal parts of 90 % of the code`, source_id: `${SOURCE_ID}: bagian sama dari 90 % nilai kode itu` });
  }
  coverBuyers(d, byCode, seed);

  // The world table: a nested country × product structure.
  // [code, name, Indonesian name]: ISO countries are named in Indonesian from their code, the
  // synthetic ones (user-assigned codes) by their name_id.
  const exporters: Array<[string, string, string?]> = [...COUNTRIES.map(([id, name]) => [id, name] as [string, string]), ['IDN', 'Indonesia']];
  for (let i = 0; i < SYNTHETIC_EXPORTERS; i++) exporters.push([syntheticCode(i), `Synthetic country ${i + 1}`, `Negara sintetis ${i + 1}`]);
  const known = new Set(d.countries.map((c) => c.id));
  for (const [id, name, name_id] of exporters) if (!known.has(id)) d.countries.push({ id, name, ...(name_id === undefined ? {} : { name_id }) });
  const products = [...codes, ...otherProducts(rng, new Set(codes))];
  const capability = exporters.map(() => rng());
  const complexity = products.map(() => rng());
  const year = YEARS[YEARS.length - 1];
  d.world_trade = [];
  const exportsOf = exporters.map(() => 0);
  products.forEach((hs, p) => {
    const makers = exporters.map((_, i) => i).filter((i) => rng() < 1 / (1 + Math.exp(-8 * (capability[i]! - complexity[p]! + 0.15))));
    // Every product has an exporter: the most capable country makes anything.
    if (makers.length === 0) makers.push(capability.indexOf(Math.max(...capability)));
    for (const i of makers) {
      d.world_trade!.push({ year, exporter: exporters[i]![0], hs, value_usd: amount(rng, 5e7 * (0.5 + capability[i]!)), source: SOURCE, source_id: SOURCE_ID });
      exportsOf[i]!++;
    }
  });
  // …and every country exports something: its simplest product.
  exportsOf.forEach((n, i) => {
    if (n > 0) return;
    const p = complexity.indexOf(Math.min(...complexity));
    d.world_trade!.push({ year, exporter: exporters[i]![0], hs: products[p]!, value_usd: amount(rng, 1e7), source: SOURCE, source_id: SOURCE_ID });
  });
}
