// Missing-link ranking facts 2/3: each component's requirements (DESIGN.md, "Missing links"; the
// rule is stated in missing-links-firms.cypher). A component without any requirement has no firm
// that "covers its requirements": only its makers can supply it.
//
// Parameters: none.
// Columns, one row per component (any order): id, processes (ids of the processes it
// NEEDS_PROCESS, distinct), material (the id of the material it is MADE_OF, or null), toleranceMm
// (or null), certification (or null).
MATCH (p:Component)
RETURN p.id AS id,
       COLLECT { MATCH (p)-[:NEEDS_PROCESS]->(q) RETURN DISTINCT q.id } AS processes,
       head([(p)-[:MADE_OF]->(m) | m.id]) AS material,
       p.toleranceMm AS toleranceMm, p.certification AS certification
