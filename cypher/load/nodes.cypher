// Stage a batch of nodes for a dataset being loaded (step 2 of load/README.md).
// Parameters: $rows = [{id, label, props}], where label is the node's final label and props its
// properties (id included). Staged nodes carry only the RantaiStaging label, so no query that
// names a data label sees them until the swap.
UNWIND $rows AS row
CREATE (n:RantaiStaging {id: row.id})
SET n += row.props, n.rantaiLabel = row.label
