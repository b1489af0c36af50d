// Stage a batch of CAN relationships between staged nodes (step 3 of load/README.md). Parameters:
// $nodes = the element ids of the staged nodes the batch joins (as the node batches returned them),
// each once, without $prefix, the start they all share (load-rows.ts); $rows = [[start, end, value
// 1, …]]: start and end as positions in $nodes (sent as JavaScript numbers, hence toInteger), then
// the property values. Each node is looked up once per batch rather than once per relationship end
// (a firm starts several, a process ends thousands). The loader replaces PROPERTIES with the map
// {key 1: row[2], …} of the keys this type's rows carry, written once here rather than sent as a
// map in every row (Neo4j does a third less work per relationship). A node not found would shift
// every position after it: then nothing is created, and `created` (0) tells the loader, which fails
// the load.
UNWIND $nodes AS e
MATCH (n) WHERE elementId(n) = $prefix + e
WITH collect(n) AS ns
WHERE size(ns) = size($nodes)
UNWIND $rows AS row
WITH ns[toInteger(row[0])] AS a, ns[toInteger(row[1])] AS b, row
CREATE (a)-[:CAN PROPERTIES]->(b)
RETURN count(*) AS created
