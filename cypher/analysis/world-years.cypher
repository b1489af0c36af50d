// The years of the world table (world_trade.csv, EXPORTS relationships) with the sources its rows
// name, and the names of its exporters (issue 15). Used by: GET /api/analysis/product-complexity on
// the Neo4j store (the source year it shows, the name of the country it ranks).
// Parameters: none.
// Columns: year; sources (distinct `source` texts of that year's rows; rows without one are not
//          listed); sourcesId (the same in Bahasa Indonesia: each row's `sourceId`, or its
//          `source` where it has none); exporters ([{id, name}] of the countries with an EXPORTS
//          row that year, by id).
MATCH (c:Country)-[e:EXPORTS]->(:HsProduct)
WITH e.year AS year, c, e.source AS source, coalesce(e.sourceId, e.source) AS sourceId
ORDER BY year, c.id
WITH year, collect(DISTINCT source) AS sources, collect(DISTINCT sourceId) AS sourcesId, collect(DISTINCT {id: c.id, name: c.name}) AS exporters
RETURN year, [s IN sources WHERE s IS NOT NULL] AS sources, [s IN sourcesId WHERE s IS NOT NULL] AS sourcesId, exporters
ORDER BY year
