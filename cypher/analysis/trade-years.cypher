// The years of the national trade table (trade.csv, TRADE relationships), with the HS codes each
// year gives and the sources its rows name (issue 15). Used by: GET
// /api/analysis/imports?basis=national (which year is the latest, which concordance codes have no
// trade in it) on the Neo4j store.
// Parameters: none.
// Columns: year; codes (HS codes with a TRADE row that year, sorted); sources (distinct `source`
//          texts of those rows, sorted; rows without a source are not listed); sourcesId (the
//          same in Bahasa Indonesia: each row's `sourceId`, or its `source` where it has none).
MATCH (:Country)-[t:TRADE]->(h:HsProduct)
WITH t.year AS year, h.code AS code, t.source AS source, coalesce(t.sourceId, t.source) AS sourceId
ORDER BY year, code
WITH year, collect(DISTINCT code) AS codes, collect(DISTINCT source) AS sources, collect(DISTINCT sourceId) AS sourcesId
RETURN year, codes, [s IN sources WHERE s IS NOT NULL] AS sources, [s IN sourcesId WHERE s IS NOT NULL] AS sourcesId
ORDER BY year
