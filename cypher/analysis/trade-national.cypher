// National imports per component, origin and year, through the HS → component concordance (issue 15;
// DESIGN.md "Optional dataset files trade.csv and hs_components.csv").
// Used by: GET /api/analysis/imports?basis=national, the substitution analysis with
// importBasis=national and `rantai analyse imports --basis national` on the Neo4j store.
//
// A component's value for an origin and year is Σ over its concordance rows (HS code order) of the
// TRADE value of that HS code, origin and year × the row's share. A concordance row matches TRADE
// rows of exactly its code (a heading 8708 row matches trade given at 8708, not at 870830). Sums are
// taken left to right over a sorted list, so they are reproducible to the last bit (the embedded
// store sums in the same order); totals over origins, shares, HHI and the trend are derived once in
// TypeScript (server/analysis/trade/national.ts).
//
// Parameters: $component — a Component id, or null for every component
//             (Neo4j Browser: `:param component => null`).
// Columns (one row per component, year and origin with any matching trade):
//   component  the Component id
//   year       the TRADE year
//   origin     the origin Country id; originName its name
//   valueUsd   Σ over the component's HS codes (code order) of TRADE.valueUsd × MAPS_TO.share
MATCH (h:HsProduct)-[m:MAPS_TO]->(p:Component)
WHERE $component IS NULL OR p.id = $component
MATCH (o:Country)-[t:TRADE]->(h)
WITH p, t.year AS year, o, h, t.valueUsd * m.share AS value
ORDER BY p.id, year, o.id, h.code
WITH p, year, o, collect(value) AS values
RETURN p.id AS component, year, o.id AS origin, o.name AS originName, reduce(s = 0.0, v IN values | s + v) AS valueUsd
ORDER BY component, year, origin
