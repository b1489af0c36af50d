// The facts of the trade analyses (issue 15), as both stores compute them: the embedded store from
// its snapshot (embedded.ts), Neo4j with cypher/analysis/trade-*.cypher and world-*.cypher
// (neo4j.ts). Exact values (ids, codes, years, recorded numbers) and sums taken in one fixed order
// (documented per field), so the two stores' facts are identical to the last bit; everything derived
// from them (totals, shares, HHI, trends, PCI) is computed once, in TypeScript.
import type { Lang } from '../../i18n/index.ts';

/** One concordance row (hs_components.csv): the part `share` of HS code `hs`'s trade is `component`. */
export interface ConcordanceFact {
  component: string;
  /** The component's name. */
  name: string;
  hs: string;
  share: number;
}

/** A component's national imports from one origin in one year. */
export interface NationalCell {
  component: string;
  year: number;
  origin: string;
  originName: string;
  /** Σ over the component's concordance rows (HS code order) of the TRADE value × share. */
  valueUsd: number;
}

/** A year of the national trade table. */
export interface TradeYear {
  year: number;
  /** HS codes with a TRADE row that year, sorted. */
  codes: string[];
  /** Distinct sources of that year's rows, sorted. */
  sources: string[];
  /** The same in Bahasa Indonesia: each row's `source_id`, or its `source` where it has none. */
  sourcesId: string[];
}

/** A year's sources in the reader's language: the trade files' source_id in Bahasa Indonesia (a row without one gives its source). */
export const sourcesIn = (lang: Lang, year: Pick<TradeYear, 'sources' | 'sourcesId'>): string[] => (lang === 'id' ? year.sourcesId : year.sources);

export interface NationalFacts {
  /** By component, then HS code. */
  concordance: ConcordanceFact[];
  /** By component, year, origin. */
  cells: NationalCell[];
  /** By year. */
  years: TradeYear[];
}

/** One EXPORTS row of the world table. */
export interface WorldRow {
  year: number;
  exporter: string;
  hs: string;
  valueUsd: number;
}

export interface WorldYear {
  year: number;
  /** Distinct sources of that year's rows, sorted. */
  sources: string[];
  /** The same in Bahasa Indonesia: each row's `source_id`, or its `source` where it has none. */
  sourcesId: string[];
  /** Exporters that year, by id. */
  exporters: Array<{ id: string; name: string }>;
}

export interface WorldFacts {
  /** By year, exporter, HS code. */
  rows: WorldRow[];
  /** By year. */
  years: WorldYear[];
}
