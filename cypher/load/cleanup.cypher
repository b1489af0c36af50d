// Delete one batch of leftovers: retired nodes of a previous dataset and staged nodes of a load
// that never finished (step 1 and step 5 of load/README.md). Run repeatedly until it returns 0.
// Parameters: $limit = batch size (e.g. 10000).
MATCH (n) WHERE n:RantaiRetired OR n:RantaiStaging
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
