// How many nodes of the previous dataset are left to delete after the swap (step 5 of
// load/README.md), from Neo4j's count store: the loader reports it while it deletes them, since at
// national scale that takes longer than the swap and the new dataset is live meanwhile.
MATCH (n:RantaiRetired)
RETURN count(n) AS n
