// The member firms of every cluster, so that an answer naming a firm can say where it is (a
// generated national dataset calls its IKM "IKM 15338").
// Used by: GET /api/analysis/risk (each firm's `cluster`), on the Neo4j store; the embedded store
// reads the same from its snapshot. One row per cluster with its members' ids in a list is read in
// about 0.2 s at national scale; one row per membership (95,700) took 2.5 s, and looking up the
// 22,000 firms a risk answer names one by one 1.2-1.8 s.
// Parameters: none.
// Columns: cluster (the Cluster's id), name (its name), firms (its member firms' ids, in no
// particular order); by cluster.
MATCH (c:Cluster)
RETURN c.id AS cluster, c.name AS name, [(c)<-[:MEMBER_OF]-(f:Firm) | f.id] AS firms
ORDER BY cluster
