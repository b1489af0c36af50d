// Substitution facts 4/4: the capabilities of single firms, for the candidate firms of an
// opportunity (members ranked by the requirements they meet) and for what-if interventions aimed at
// a firm (DESIGN.md, "Analyses > Substitution"). Used by the substitution analysis on the Neo4j store.
//
// Parameters: $clusters — Cluster ids whose members to list (or null/[] for none)
//             $firms    — Firm ids to list whether or not they are in a cluster (or null/[] for none)
//             (Neo4j Browser: `:param clusters => ['cl-ceper']` and `:param firms => []`).
// Columns (one row per firm, by id):
//   firm, name, cluster (the cluster it is MEMBER_OF, or null), capacityTonnes (null when not recorded)
//   certifications  sorted
//   processes       [{id, toleranceMm}] by id: finest CAN toleranceMm per process (null: some CAN records none)
//   materials       material ids it WORKS, sorted
CALL () {
  MATCH (c:Cluster)<-[:MEMBER_OF]-(f:Firm)
  WHERE c.id IN coalesce($clusters, [])
  RETURN f
  UNION
  MATCH (f:Firm)
  WHERE f.id IN coalesce($firms, [])
  RETURN f
}
OPTIONAL MATCH (f)-[:MEMBER_OF]->(c:Cluster)
CALL (f) {
  MATCH (f)-[k:CAN]->(pr:Process)
  WITH pr.id AS process, min(k.toleranceMm) AS finest, count(*) - count(k.toleranceMm) AS untoleranced
  ORDER BY process
  RETURN collect({id: process, toleranceMm: CASE WHEN untoleranced > 0 THEN null ELSE finest END}) AS processes
}
CALL (f) {
  MATCH (f)-[:WORKS]->(m:Material)
  WITH m.id AS material ORDER BY material
  RETURN collect(material) AS materials
}
RETURN f.id AS firm, f.name AS name, c.id AS cluster, f.capacityTonnes AS capacityTonnes,
       COLLECT { UNWIND coalesce(f.certifications, []) AS certification RETURN DISTINCT certification ORDER BY certification } AS certifications,
       processes, materials
ORDER BY firm
