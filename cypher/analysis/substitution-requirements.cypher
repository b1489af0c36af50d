// Why a cluster can or cannot make a component: each requirement, whether it is met and by which
// members (DESIGN.md, "Analyses > Substitution"). A research query: it states the rule in Cypher
// for one component, so it can be read and run as it is, e.g. to check one row of the ranking.
// The API evaluates the same rule in TypeScript from the facts of substitution-clusters.cypher and
// substitution-members.cypher (so that what-if interventions can be applied to those facts), and
// test/substitution/differential.neo4j.test.ts checks on the seed that this query gives the same
// `met` and `metBy` as GET /api/analysis/substitution for every component × cluster pair.
//
// The rule: a process in NEEDS_PROCESS holds when a member CAN do it with toleranceMm no coarser
// than the component's (a missing tolerance on either side counts as met); the material (MADE_OF)
// holds when a member WORKS it; the certification when a member holds it.
//
// Parameters: $component — a Component id; $cluster — a Cluster id, or null for every cluster
//             (Neo4j Browser: `:param component => 'c-brake-drum'` and `:param cluster => null`).
// Columns (one row per cluster × requirement):
//   cluster, kind ('process' | 'material' | 'certification'), process, toleranceMm, material,
//   certification (the requirement; null where not applicable), met, metBy (member ids, sorted)
MATCH (p:Component {id: $component})
MATCH (c:Cluster)
WHERE $cluster IS NULL OR c.id = $cluster
CALL (p, c) {
  MATCH (p)-[:NEEDS_PROCESS]->(pr:Process)
  RETURN 'process' AS kind, pr.id AS process, p.toleranceMm AS toleranceMm, null AS material, null AS certification,
         COLLECT {
           MATCH (c)<-[:MEMBER_OF]-(f:Firm)-[k:CAN]->(pr)
           WHERE k.toleranceMm IS NULL OR p.toleranceMm IS NULL OR k.toleranceMm <= p.toleranceMm
           RETURN DISTINCT f.id AS firm ORDER BY firm
         } AS metBy
  UNION ALL
  MATCH (p)-[:MADE_OF]->(m:Material)
  RETURN 'material' AS kind, null AS process, null AS toleranceMm, m.id AS material, null AS certification,
         COLLECT { MATCH (c)<-[:MEMBER_OF]-(f:Firm)-[:WORKS]->(m) RETURN DISTINCT f.id AS firm ORDER BY firm } AS metBy
  UNION ALL
  UNWIND CASE WHEN p.certification IS NULL THEN [] ELSE [p.certification] END AS certification
  RETURN 'certification' AS kind, null AS process, null AS toleranceMm, null AS material, certification,
         COLLECT { MATCH (c)<-[:MEMBER_OF]-(f:Firm) WHERE certification IN f.certifications RETURN f.id AS firm ORDER BY firm } AS metBy
}
RETURN c.id AS cluster, kind, process, toleranceMm, material, certification, size(metBy) > 0 AS met, metBy
ORDER BY cluster, kind, process
