// Stage a batch of nodes of one label for a dataset being loaded (step 2 of load/README.md).
// Parameters: $rows = [[id, value 2, …]]: the property values in the order of the label's keys,
// id first. The loader replaces PROPERTIES with the map {id: row[0], key 2: row[1], …} of the keys
// this label's nodes carry, written once here rather than sent as a map in every row. Staged nodes
// carry only the RantaiStaging label, so no query that names a data label sees them until the
// swap. Returns the ids and the element ids of the staged nodes in one record (same order), by
// which the relationship batches and the swap address them (a direct lookup, no index).
UNWIND $rows AS row
CREATE (n:RantaiStaging PROPERTIES)
RETURN collect(row[0]) AS ids, collect(elementId(n)) AS nodes
