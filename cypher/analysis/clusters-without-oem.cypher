// Clusters with no path to any OEM (DESIGN.md, "Missing links"): no member firm reaches a firm of
// tier OEM along a directed supply chain upward, member -[:SUPPLIES]-> … -[:SUPPLIES]-> OEM, of any
// length and any components (a member that is itself an OEM counts as reaching one). Direction
// matters: an OEM supplying a member gives the member no path. The firms that reach an OEM are
// found once, backwards from the OEMs, so the search is one traversal of the supply graph.
//
// Parameters: none.
// Columns, one row per cluster, ordered by cluster: cluster (id), name, members (number of member
//   firms), suppliers (members that supply anyone), buyers ([{id, name, tier}]: the firms members
//   supply directly).
OPTIONAL MATCH (:Firm {tier: 'OEM'})<-[:SUPPLIES*0..]-(m:Firm)
WITH collect(DISTINCT m.id) AS reaching
MATCH (c:Cluster)
WHERE NOT EXISTS { MATCH (c)<-[:MEMBER_OF]-(m:Firm) WHERE m.id IN reaching }
RETURN c.id AS cluster, c.name AS name,
       COUNT { (c)<-[:MEMBER_OF]-(:Firm) } AS members,
       COUNT { MATCH (c)<-[:MEMBER_OF]-(m:Firm) WHERE EXISTS { (m)-[:SUPPLIES]->(:Firm) } } AS suppliers,
       COLLECT { MATCH (c)<-[:MEMBER_OF]-(:Firm)-[:SUPPLIES]->(b:Firm) RETURN DISTINCT {id: b.id, name: b.name, tier: b.tier} } AS buyers
ORDER BY cluster
