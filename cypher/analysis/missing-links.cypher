// Missing-link candidates (DESIGN.md, "Missing links"): triples (supplier s, buyer b, component p)
// where b NEEDS or IMPORTS p, s does not yet supply p to b, and s MAKES p or covers all of p's
// requirements itself, with the facts Rantai ranks them by. Requirements as in the substitution
// analysis: every process p NEEDS_PROCESS done by s through a CAN whose toleranceMm is no coarser
// than p's (a missing tolerance on either side counts as met), p's material worked by s (WORKS),
// p's certification held by s; a component without any requirement has no "capable" firm.
// Network facts are on the supply graph taken as undirected (firms joined by any SUPPLIES), as in
// link prediction (Liben-Nowell & Kleinberg 2004): shared partners = common neighbours of s and b,
// paths of length 3 = simple paths s–x–y–b (the supply graph is nearly bipartite, so these say
// more than common neighbours do), peers = b's current suppliers whose buyers overlap s's buyers.
// Rantai turns these rows into scores, a ranking and evidence sentences (server/analysis/links/);
// the embedded store computes the same rows from its snapshot.
//
// Parameters (each null for no filter): $buyer (Firm id), $cluster (Cluster id of the supplier),
// $component (Component id), $candidates (a list of {supplier, buyer, component}: only the facts of
// these triples, those that are candidates under the filters). In Neo4j Browser:
// :param buyer => 'f-shimizu'  (and cluster, component, candidates => null).
// Without $candidates the query lists every candidate, which is what a researcher wants on one
// buyer, cluster or component; on a whole national dataset (about 20 million candidates) it runs
// for many minutes. Rantai itself ranks from the compact facts of missing-links-firms.cypher,
// missing-links-components.cypher and missing-links-relations.cypher (server/analysis/links/select.ts)
// and passes the candidates it returns as $candidates.
//
// Columns, one row per candidate, ordered by buyer, component, supplier:
//   supplier, supplierName, supplierTier, supplierCluster ({id, name} or null: its cluster),
//   buyer, buyerName, buyerTier, component, componentName, toleranceMm (p's, or null),
//   makes (s MAKES p), makesUnits ({units} or null), capable (s covers every requirement),
//   processes ([{process, name, can: s has a CAN to it, met: within tolerance, tolerances: s's CAN tolerances}]),
//   material ({material, name, met} or null), certification ({certification, met} or null),
//   need ({units} when b NEEDS p, else null), currentSupply ([{supplier, units, valueUsd}]: who supplies p to b now),
//   importYear (b's latest year importing p, or null), origins ([{country, name, valueUsd, units}] in that year),
//   km (great-circle distance s -> b, haversine on a sphere of radius 6371.0088 km, or null),
//   alreadySupplies ([{id, name}]: components s supplies b today), suppliesElsewhere ([{id, name}]: other buyers of p from s),
//   sharedPartners ([{id, name, degree, d1, d2}]: common neighbours z; d1 lists `startNode = s` over the s–z links, d2 `startNode = z` over z–b),
//   paths3 (number of simple paths s–x–y–b), example3 (the first by x.id, y.id: {x, xName, y, yName, d1, d2, d3}, or null),
//   peers ([{id, name, shared, union, suppliesComponent}]: b's suppliers t <> s with shared > 0 buyers,
//          buyers taken without b and without the firm itself).
CALL () {
  // The given candidates (Rantai passes the ones it ranks best) ...
  UNWIND coalesce($candidates, []) AS candidate
  MATCH (b:Firm {id: candidate.buyer}), (p:Component {id: candidate.component}), (s:Firm {id: candidate.supplier})
  RETURN b, p, s
  UNION ALL
  // ... or every candidate: the buyer's demand, then the component's possible suppliers.
  MATCH (b:Firm)
  WHERE $candidates IS NULL AND ($buyer IS NULL OR b.id = $buyer)
  CALL (b) {
    MATCH (b)-[:NEEDS]->(p:Component) RETURN p
    UNION
    MATCH (b)-[i:IMPORTS]->(:Country) MATCH (p:Component {id: i.component}) RETURN p
  }
  WITH b, p
  WHERE $component IS NULL OR p.id = $component
  CALL (p) {
    MATCH (s:Firm)-[:MAKES]->(p) RETURN s
    UNION
    MATCH (p)-[:NEEDS_PROCESS]->(:Process)<-[:CAN]-(s:Firm) RETURN s
    UNION
    MATCH (p)-[:MADE_OF]->(:Material)<-[:WORKS]-(s:Firm) WHERE NOT EXISTS { (p)-[:NEEDS_PROCESS]->() } RETURN s
    UNION
    MATCH (s:Firm) WHERE p.certification IN s.certifications
      AND NOT EXISTS { (p)-[:NEEDS_PROCESS]->() } AND NOT EXISTS { (p)-[:MADE_OF]->() } RETURN s
  }
  RETURN b, p, s
}
WITH b, p, s
WHERE s <> b
  AND ($cluster IS NULL OR EXISTS { (s)-[:MEMBER_OF]->(:Cluster {id: $cluster}) })
  AND NOT EXISTS { (s)-[:SUPPLIES {component: p.id}]->(b) }
WITH b, p, s,
     EXISTS { (s)-[:MAKES]->(p) } AS makes,
     COLLECT {
       MATCH (p)-[:NEEDS_PROCESS]->(q:Process)
       RETURN {process: q.id, name: q.name,
               can: EXISTS { (s)-[:CAN]->(q) },
               met: EXISTS { MATCH (s)-[c:CAN]->(q) WHERE c.toleranceMm IS NULL OR p.toleranceMm IS NULL OR c.toleranceMm <= p.toleranceMm },
               tolerances: COLLECT { MATCH (s)-[c:CAN]->(q) WHERE c.toleranceMm IS NOT NULL RETURN c.toleranceMm }}
     } AS processes,
     head(COLLECT { MATCH (p)-[:MADE_OF]->(m:Material) RETURN {material: m.id, name: m.name, met: EXISTS { (s)-[:WORKS]->(m) }} }) AS material,
     CASE WHEN p.certification IS NULL THEN null
          ELSE {certification: p.certification, met: p.certification IN coalesce(s.certifications, [])} END AS certification
WITH b, p, s, makes, processes, material, certification,
     all(x IN processes WHERE x.met) AND (material IS NULL OR material.met) AND (certification IS NULL OR certification.met)
       AND (size(processes) > 0 OR material IS NOT NULL OR certification IS NOT NULL) AS capable
WHERE makes OR capable
CALL (b, p) {
  OPTIONAL MATCH (b)-[i:IMPORTS {component: p.id}]->(:Country)
  WITH max(i.year) AS year
  RETURN year AS importYear,
         COLLECT { MATCH (b)-[i:IMPORTS {component: p.id}]->(c:Country) WHERE i.year = year
                   RETURN {country: c.id, name: c.name, valueUsd: i.valueUsd, units: i.units} } AS origins
}
CALL (s, b) {
  MATCH (s)-[r1:SUPPLIES]-(x:Firm)-[r2:SUPPLIES]-(y:Firm)-[r3:SUPPLIES]-(b)
  WHERE x <> s AND x <> b AND y <> s AND y <> b AND y <> x
  WITH x, y, collect(DISTINCT startNode(r1) = s) AS d1, collect(DISTINCT startNode(r2) = x) AS d2, collect(DISTINCT startNode(r3) = y) AS d3
  ORDER BY x.id, y.id
  RETURN count(*) AS paths3, head(collect({x: x.id, xName: x.name, y: y.id, yName: y.name, d1: d1, d2: d2, d3: d3})) AS example3
}
WITH b, p, s, makes, processes, material, certification, capable, importYear, origins, paths3, example3,
     sin(radians(b.lat - s.lat) / 2) AS hLat, sin(radians(b.lon - s.lon) / 2) AS hLon
RETURN s.id AS supplier, s.name AS supplierName, s.tier AS supplierTier,
       head(COLLECT { MATCH (s)-[:MEMBER_OF]->(c:Cluster) RETURN {id: c.id, name: c.name} ORDER BY c.id }) AS supplierCluster,
       b.id AS buyer, b.name AS buyerName, b.tier AS buyerTier,
       p.id AS component, p.name AS componentName, p.toleranceMm AS toleranceMm,
       makes,
       head(COLLECT { MATCH (s)-[m:MAKES]->(p) RETURN {units: m.unitsPerYear} }) AS makesUnits,
       capable, processes, material, certification,
       head(COLLECT { MATCH (b)-[n:NEEDS]->(p) RETURN {units: n.unitsPerYear} }) AS need,
       COLLECT { MATCH (t:Firm)-[r:SUPPLIES {component: p.id}]->(b) RETURN {supplier: t.id, units: r.unitsPerYear, valueUsd: r.valueUsd} } AS currentSupply,
       importYear, origins,
       2 * 6371.0088 * asin(sqrt(hLat * hLat + cos(radians(s.lat)) * cos(radians(b.lat)) * hLon * hLon)) AS km,
       COLLECT { MATCH (s)-[r:SUPPLIES]->(b) MATCH (c:Component {id: r.component}) RETURN DISTINCT {id: c.id, name: c.name} } AS alreadySupplies,
       COLLECT { MATCH (s)-[:SUPPLIES {component: p.id}]->(o:Firm) WHERE o <> b AND o <> s RETURN DISTINCT {id: o.id, name: o.name} } AS suppliesElsewhere,
       COLLECT {
         MATCH (s)-[r1:SUPPLIES]-(z:Firm)-[r2:SUPPLIES]-(b)
         WHERE z <> s AND z <> b
         WITH z, collect(DISTINCT startNode(r1) = s) AS d1, collect(DISTINCT startNode(r2) = z) AS d2
         RETURN {id: z.id, name: z.name, d1: d1, d2: d2,
                 degree: size(COLLECT { MATCH (z)-[:SUPPLIES]-(n:Firm) WHERE n <> z RETURN DISTINCT n.id })}
       } AS sharedPartners,
       paths3, example3,
       COLLECT {
         MATCH (t:Firm)-[:SUPPLIES]->(b)
         WHERE t <> s
         WITH DISTINCT t
         WITH t, COLLECT { MATCH (s)-[:SUPPLIES]->(o:Firm) WHERE o <> b AND o <> s RETURN DISTINCT o.id } AS sBuyers,
                 COLLECT { MATCH (t)-[:SUPPLIES]->(o:Firm) WHERE o <> b AND o <> t RETURN DISTINCT o.id } AS tBuyers
         WITH t, sBuyers, tBuyers, size([o IN sBuyers WHERE o IN tBuyers]) AS shared
         WHERE shared > 0
         RETURN {id: t.id, name: t.name, shared: shared, union: size(sBuyers) + size(tBuyers) - shared,
                 suppliesComponent: EXISTS { (t)-[:SUPPLIES {component: p.id}]->(b) }}
       } AS peers
ORDER BY buyer, component, supplier
