// The facts of the import-exposure analysis, per component and per buyer. Each store computes them
// (Neo4j: cypher/analysis/imports-by-*.cypher; embedded: embedded.ts) with sums in the fixed orders
// documented here, so they are identical; shares and HHI are then derived once (exposure.ts).
//
// The unit is a flow: one buyer's IMPORTS of one component from one country in the latest year
// that buyer reports for that component. A buyer × component value is the sum of its flows by
// country id.

export interface OriginFact {
  country: string;
  name: string;
  /** Per component: Σ over buyers (by id); per buyer: Σ over components (by id). */
  valueUsd: number;
}

export interface ExposureFact {
  id: string;
  name: string;
  /** Per component: Σ over buyers (by id) of buyer × component values; per buyer: over components (by id). */
  importedValueUsd: number;
  /** Σ SUPPLIES valueUsd (0 where not recorded): per component ordered by supplier, buyer; per buyer by supplier, component. */
  domesticValueUsd: number;
  /** By country id. */
  origins: OriginFact[];
  /** Per component: importing buyers; per buyer: imported components. */
  importers: number;
  /** Distinct domestic suppliers. */
  suppliers: number;
}

export interface BuyerExposureFact extends ExposureFact {
  tier: string | null;
}

export interface ImportFacts {
  /** Components with any import flow or any SUPPLIES, by id. */
  components: ExposureFact[];
  /** Firms that import or are supplied, by id. */
  buyers: BuyerExposureFact[];
}
