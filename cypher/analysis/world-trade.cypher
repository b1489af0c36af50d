// The world table (world_trade.csv, EXPORTS relationships): exports by country, HS code and year,
// the input of product complexity (issue 15; Hidalgo & Hausmann 2009, computed as the Growth Lab's
// Stata ecomplexity by server/analysis/complexity with location = exporter, product = HS code).
// Used by: GET /api/analysis/product-complexity and the `strategic` substitution strategy on the
// Neo4j store.
// Parameters: $year — a year, or null for every year (`:param year => null`).
// Columns (one row per EXPORTS relationship, ordered by year, exporter, hs):
//   year, exporter (Country id), hs (HS code, text), valueUsd
MATCH (c:Country)-[e:EXPORTS]->(h:HsProduct)
WHERE $year IS NULL OR e.year = $year
RETURN e.year AS year, c.id AS exporter, h.code AS hs, e.valueUsd AS valueUsd
ORDER BY year, exporter, hs
