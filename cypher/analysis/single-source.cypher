// Single-source components (DESIGN.md, "Structure and risk"): a buyer's component that exactly one
// firm supplies it, with no other firm in the graph that MAKES the component or covers all of its
// requirements (capable, as in missing-links.cypher: each NEEDS_PROCESS process through a CAN no
// coarser than the component's toleranceMm, a missing tolerance on either side counting as met; its
// material worked; its certification held; a component without any requirement has no capable
// firm). Any firm other than the supplier counts as an alternative, the buyer itself included.
// Imports are not an alternative here (this is about the domestic network); the buyer's latest-year
// imports of the component are returned for context. Rantai sums and ranks these rows
// (server/analysis/risk/); the embedded store computes the same rows from its snapshot.
//
// Parameters: none.
// Columns, one row per (buyer, component), ordered by buyer, component:
//   buyer, buyerName, buyerTier, component, componentName, supplier, supplierName, supplierTier,
//   units (unitsPerYear of the one SUPPLIES, or null), valueUsd (its valueUsd, or null),
//   importYear (the buyer's latest year importing the component, or null),
//   imports ([{country, valueUsd}] in that year).
MATCH (f:Firm)-[r:SUPPLIES]->(b:Firm)
WITH b, r.component AS pid, collect(DISTINCT f) AS suppliers, collect(r) AS links
WHERE size(suppliers) = 1
WITH b, pid, suppliers[0] AS f, links[0] AS link
MATCH (p:Component {id: pid})
WITH b, p, f, link,
     COLLECT { MATCH (p)-[:NEEDS_PROCESS]->(q:Process) RETURN q } AS procs,
     head(COLLECT { MATCH (p)-[:MADE_OF]->(m:Material) RETURN m }) AS m
WHERE NOT EXISTS { MATCH (g:Firm)-[:MAKES]->(p) WHERE g <> f }
  AND NOT EXISTS {
    MATCH (p)-[:NEEDS_PROCESS]->(:Process)<-[:CAN]-(g:Firm)
    WHERE g <> f
      AND all(q IN procs WHERE EXISTS { MATCH (g)-[c:CAN]->(q) WHERE c.toleranceMm IS NULL OR p.toleranceMm IS NULL OR c.toleranceMm <= p.toleranceMm })
      AND (m IS NULL OR EXISTS { (g)-[:WORKS]->(m) })
      AND (p.certification IS NULL OR p.certification IN coalesce(g.certifications, []))
  }
  AND NOT (size(procs) = 0 AND (m IS NOT NULL OR p.certification IS NOT NULL) AND EXISTS {
    MATCH (g:Firm)
    WHERE g <> f
      AND (m IS NULL OR EXISTS { (g)-[:WORKS]->(m) })
      AND (p.certification IS NULL OR p.certification IN coalesce(g.certifications, []))
  })
CALL (b, p) {
  OPTIONAL MATCH (b)-[i:IMPORTS {component: p.id}]->(:Country)
  WITH max(i.year) AS year
  RETURN year AS importYear,
         COLLECT { MATCH (b)-[i:IMPORTS {component: p.id}]->(c:Country) WHERE i.year = year RETURN {country: c.id, valueUsd: i.valueUsd} } AS imports
}
RETURN b.id AS buyer, b.name AS buyerName, b.tier AS buyerTier, p.id AS component, p.name AS componentName,
       f.id AS supplier, f.name AS supplierName, f.tier AS supplierTier,
       link.unitsPerYear AS units, link.valueUsd AS valueUsd, importYear, imports
ORDER BY buyer, component
