// Substitution facts 2/4: what each cluster's members can do together (DESIGN.md, "Analyses >
// Substitution"). Used by the substitution analysis on the Neo4j store (see substitution-components.cypher).
// A process requirement holds when a member CAN do it no coarser than the component's tolerance,
// and a missing tolerance on either side counts as met: so per process this returns the finest
// tolerance any member holds, or null when some member's CAN records none (it then meets any).
//
// Parameters: $cluster — a Cluster id, or null for every cluster (`:param cluster => null`).
// Columns (one row per cluster, by id):
//   cluster, name, lat, lon
//   members         firms MEMBER_OF it
//   capacityTonnes  Σ over members (by id) of capacityTonnes (missing = 0)
//   processes       [{id, toleranceMm}] by id: each process some member CAN do, with the finest
//                   CAN toleranceMm (null: some member's CAN of it records none, which meets any)
//   materials       material ids some member WORKS, sorted
//   certifications  certifications some member holds, sorted
//   makes           component ids some member MAKES, sorted (for the product-space density)
// The patterns name no labels beyond the cluster's: the loader creates MEMBER_OF only from a Firm,
// CAN only to a Process, WORKS only to a Material and MAKES only to a Component (cypher/schema.cypher),
// and a label test on every row costs about a third of the query at national scale. Aggregating by
// node before reading `id` reads each property once per distinct node instead of once per row.
MATCH (c:Cluster)
WHERE $cluster IS NULL OR c.id = $cluster
CALL (c) {
  MATCH (c)<-[:MEMBER_OF]-(f)
  WITH f ORDER BY f.id
  RETURN count(f) AS members, reduce(s = 0.0, t IN collect(coalesce(f.capacityTonnes, 0)) | s + t) AS capacityTonnes
}
CALL (c) {
  MATCH (c)<-[:MEMBER_OF]-()-[k:CAN]->(pr)
  WITH pr, min(k.toleranceMm) AS finest, count(*) - count(k.toleranceMm) AS untoleranced
  WITH pr.id AS process, finest, untoleranced
  ORDER BY process
  RETURN collect({id: process, toleranceMm: CASE WHEN untoleranced > 0 THEN null ELSE finest END}) AS processes
}
CALL (c) {
  MATCH (c)<-[:MEMBER_OF]-()-[:WORKS]->(m)
  WITH DISTINCT m
  WITH m.id AS material ORDER BY material
  RETURN collect(material) AS materials
}
CALL (c) {
  MATCH (c)<-[:MEMBER_OF]-(f)
  UNWIND f.certifications AS certification
  WITH DISTINCT certification ORDER BY certification
  RETURN collect(certification) AS certifications
}
CALL (c) {
  MATCH (c)<-[:MEMBER_OF]-()-[:MAKES]->(q)
  WITH DISTINCT q
  WITH q.id AS component ORDER BY component
  RETURN collect(component) AS makes
}
RETURN c.id AS cluster, c.name AS name, c.lat AS lat, c.lon AS lon, members, capacityTonnes,
       processes, materials, certifications, makes
ORDER BY cluster
