// Real trade statistics (issue 15): national imports by HS code and origin (trade.csv) carried to
// components through the HS → component concordance (hs_components.csv), and product complexity
// from a world table (world_trade.csv) computed with the existing complexity code. Both stores give
// the same facts (Cypher on Neo4j, the snapshot on the embedded store); everything else is computed
// once from them. Public face of the folder.
import type { Lang } from '../../i18n/index.ts';
import { dataNames, localiseNames, type DataNames } from '../../names/index.ts';
import { atVersion, wholeGraph, type GraphStore } from '../../store/index.ts';
import { importFacts } from '../imports/index.ts';
import { concordanceOf, embeddedNationalFacts, embeddedWorldRows, embeddedWorldYears } from './embedded.ts';
import type { ConcordanceFact, NationalFacts, WorldRow, WorldYear } from './facts.ts';
import { nationalExposure, nationalValues, pickYear } from './national.ts';
import { neo4jBuyersValues, neo4jConcordance, neo4jNationalFacts, neo4jWorldRows, neo4jWorldYears } from './neo4j.ts';
import type { NationalImportsOut, ProductComplexityOut, ProductComplexityQuery } from './shapes.ts';
import { productComplexity, worldYear } from './world.ts';

export * from './shapes.ts';
export type * from './facts.ts';
export { concordanceOf, embeddedNationalFacts, embeddedWorldFacts, embeddedWorldRows, embeddedWorldYears } from './embedded.ts';
export { neo4jBuyersValues, neo4jConcordance, neo4jNationalFacts, neo4jWorldFacts, neo4jWorldRows, neo4jWorldYears } from './neo4j.ts';
export { nationalExposure, nationalValues, pickYear } from './national.ts';
export { productComplexity, worldYear } from './world.ts';
export { nationalTable, type NationalTableRow } from './table.ts';
export { warmTrade } from './warm.ts';

// On Neo4j each fact list is kept until the data version moves on (atVersion; a write made directly
// in Neo4j moves it too), as the embedded store keeps it until a reload (wholeGraph). At national
// scale these reads cost seconds (bench/README.md, issue 15) while the answers computed from them
// cost a fraction of one, and every year, language and the substitution's national basis read the
// same lists.

export function nationalFacts(store: GraphStore): Promise<NationalFacts> {
  return store.kind === 'neo4j' ? atVersion(store, 'trade-national-facts', neo4jNationalFacts) : wholeGraph(store, 'trade-national-facts', embeddedNationalFacts);
}

export function concordance(store: GraphStore): Promise<ConcordanceFact[]> {
  return store.kind === 'neo4j' ? atVersion(store, 'trade-concordance', neo4jConcordance) : wholeGraph(store, 'trade-concordance', (snap) => concordanceOf(snap));
}

export function worldYears(store: GraphStore): Promise<WorldYear[]> {
  return store.kind === 'neo4j' ? atVersion(store, 'trade-world-years', neo4jWorldYears) : wholeGraph(store, 'trade-world-years', embeddedWorldYears);
}

export function worldRows(store: GraphStore, year: number): Promise<WorldRow[]> {
  return store.kind === 'neo4j' ? atVersion(store, `trade-world-rows:${year}`, (read) => neo4jWorldRows(read, year)) : wholeGraph(store, `trade-world-rows:${year}`, (snap) => embeddedWorldRows(snap, year));
}

/** Each component's imports as the buyers report them, shown beside its national figure. */
async function buyersValues(store: GraphStore): Promise<Map<string, number>> {
  // Neo4j: only the per-component query of the buyer-level facts (their per-buyer half is not shown here).
  if (store.kind === 'neo4j') return atVersion(store, 'trade-buyers-values', neo4jBuyersValues);
  const buyers = await importFacts(store);
  return new Map(buyers.components.map((c) => [c.id, c.importedValueUsd]));
}

/** The concordance with its components called by `names` (the answers and their sentences quote them). */
const namedConcordance = (concordance: ConcordanceFact[], names: DataNames): ConcordanceFact[] =>
  names.unchanged ? concordance : concordance.map((c) => ({ ...c, name: names.name(c.component, c.name) }));

/** GET /api/analysis/imports?basis=national: national exposure per component, beside the buyers' figures. */
export async function nationalImports(store: GraphStore, options: { year?: number; lang: Lang }): Promise<NationalImportsOut> {
  const [facts, buyersValue, names] = await Promise.all([nationalFacts(store), buyersValues(store), dataNames(store, options.lang)]);
  return nationalExposure({ ...facts, concordance: namedConcordance(facts.concordance, names) }, buyersValue, options);
}

/** GET /api/analysis/product-complexity: ECI of the countries and PCI of the components from the world table. */
export async function productComplexityOf(store: GraphStore, query: ProductComplexityQuery & { lang: Lang }): Promise<ProductComplexityOut> {
  const [{ years, rows, concordance: rowsOfConcordance }, names] = await Promise.all([worldInputs(store, query.year), dataNames(store, query.lang)]);
  // The exporters in the answer's language: a user-assigned code (the generator's XAA) by its name_id.
  return productComplexity(localiseNames(years, names), rows, namedConcordance(rowsOfConcordance, names), { year: query.year, country: query.country, lang: query.lang });
}

const NO_ROWS: readonly WorldRow[] = [];

/** The kept lists product complexity is computed from: the world table's years, the rows of the year asked for (or the latest), the concordance. */
async function worldInputs(store: GraphStore, asked: number | undefined): Promise<{ years: WorldYear[]; rows: readonly WorldRow[]; concordance: ConcordanceFact[] }> {
  const years = await worldYears(store);
  const year = worldYear(years, asked);
  const [rows, rowsOfConcordance] = await Promise.all([year === null ? Promise.resolve(NO_ROWS) : worldRows(store, year), concordance(store)]);
  return { years, rows, concordance: rowsOfConcordance };
}

/** The national value of every component in the latest year of the trade table (substitution's national basis). */
export interface NationalBasis {
  /** null when no trade table is loaded. */
  year: number | null;
  values: Map<string, number>;
  /** Components in the concordance. */
  mapped: Set<string>;
}

export async function nationalBasis(store: GraphStore): Promise<NationalBasis> {
  const facts = await nationalFacts(store);
  const year = pickYear(
    facts.years.map((y) => y.year),
    undefined,
    'national',
  );
  return { year, values: year === null ? new Map() : nationalValues(facts, year), mapped: new Set(facts.concordance.map((m) => m.component)) };
}

/** Product complexity of the components for the strategic strategy: each one's PCI percentile. */
export interface ComplexityBasis {
  /** A world table is loaded. */
  available: boolean;
  /** Its ECI/PCI are defined in `year`. */
  defined: boolean;
  year: number | null;
  percentile: Map<string, number>;
}

// The basis is a function of the three kept fact lists alone, and a store that keeps them returns
// the same objects until its data changes (a reload, or on Neo4j a new data version): so it is kept
// beside those objects. The warm-up after a load computes it once (server/analysis/trade/warm.ts),
// and each strategic request after that reads it instead of computing the components' complexity
// again (50–70 ms at national scale, 0.4 s the first time). A store that keeps nothing returns new
// lists each time, and each request computes afresh.
const keptBases = new WeakMap<readonly WorldYear[], { rows: readonly WorldRow[]; concordance: readonly ConcordanceFact[]; basis: ComplexityBasis }>();

export async function complexityBasis(store: GraphStore): Promise<ComplexityBasis> {
  const inputs = await worldInputs(store, undefined);
  const kept = keptBases.get(inputs.years);
  if (kept && kept.rows === inputs.rows && kept.concordance === inputs.concordance) return kept.basis;
  const out = productComplexity(inputs.years, inputs.rows, inputs.concordance, { country: 'IDN', lang: 'en' });
  const percentile = new Map<string, number>();
  for (const c of out.components) if (c.percentile !== null) percentile.set(c.id, c.percentile);
  const basis: ComplexityBasis = { available: out.available, defined: out.defined, year: out.year, percentile };
  keptBases.set(inputs.years, { rows: inputs.rows, concordance: inputs.concordance, basis });
  return basis;
}
