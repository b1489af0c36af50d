// The years of the world table (world_trade.csv, EXPORTS relationships) with the sources its rows
// name, and the names of its exporters (issue 15). Used by: GET /api/analysis/product-complexity on
// the Neo4j store (the source year it shows, the name of the country it ranks).
// Parameters: none.
// Columns: year; sources (distinct `source` texts of that year's rows; rows without one are not
//          listed); exporters ([{id, name}] of the countries with an EXPORTS row that year, by id).
MATCH (c:Country)-[e:EXPORTS]->(:HsProduct)
WITH e.year AS year, c, e.source AS source
ORDER BY year, c.id
WITH year, collect(DISTINCT source) AS sources, collect(DISTINCT {id: c.id, name: c.name}) AS exporters
RETURN year, [s IN sources WHERE s IS NOT NULL] AS sources, exporters
ORDER BY year
