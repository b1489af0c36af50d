// Stage a batch of nodes for a dataset being loaded (step 2 of load/README.md).
// Parameters: $rows = [{label, props}], where label is the node's final label and props its
// properties (id included). Staged nodes carry only the RantaiStaging label, so no query that
// names a data label sees them until the swap. Returns each node's element id, by which the
// relationship batches address it (a direct lookup instead of an index seek per end).
UNWIND $rows AS row
CREATE (n:RantaiStaging)
SET n = row.props, n.rantaiLabel = row.label
RETURN row.props.id AS id, elementId(n) AS node
