// Stage a batch of WORKS relationships between staged nodes (step 3 of load/README.md).
// Parameters: $rows = [[start, end, value 1, …]]: the element ids of the staged end nodes (as the
// node batches returned them), then the property values. The loader replaces PROPERTIES with the
// map {key 1: row[2], key 2: row[3], …} of the keys this type's rows carry, written once here
// rather than sent as a map in every row (Neo4j does a third less work per relationship).
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row[0]
MATCH (b) WHERE elementId(b) = row[1]
CREATE (a)-[:WORKS PROPERTIES]->(b)
