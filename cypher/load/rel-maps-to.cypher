// Stage a batch of MAPS_TO relationships between staged nodes (step 3 of load/README.md).
// Parameters: $rows = [{from, to, props}] with from/to the ids of staged nodes.
UNWIND $rows AS row
MATCH (a:RantaiStaging {id: row.from})
MATCH (b:RantaiStaging {id: row.to})
CREATE (a)-[r:MAPS_TO]->(b)
SET r = row.props
