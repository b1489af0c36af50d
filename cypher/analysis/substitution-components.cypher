// Substitution facts 1/4: every imported component with its requirements and its imports
// (DESIGN.md, "Analyses > Substitution"). Used by: GET /api/analysis/substitution, POST
// /api/analysis/substitution/what-if and `rantai analyse substitution` on the Neo4j store, which
// derive coverage, gaps, capacity ratio, distance, scores and status from these facts in TypeScript
// (server/analysis/substitution/), exactly as the embedded store does from its own copy of them.
//
// Imports are each buyer's IMPORTS of the component in the LATEST year that buyer reports for it.
// Sums are taken left to right in a fixed order (reduce over a sorted list), reproducible to the bit.
//
// Parameters: $component — a Component id, or null for every imported component
//             (Neo4j Browser: `:param component => null`).
// Columns (one row per imported component, by id):
//   component, name, massKg, toleranceMm, certification   its properties (null when not recorded)
//   material        {id, name} of what it is MADE_OF, or null
//   processes       [{id, name}] it NEEDS_PROCESS, by id
//   importValueUsd  Σ over buyers (by id) of each buyer's value (its flows summed by country id)
//   importUnits     units summed the same way; null when any of those IMPORTS has no units
//   buyers          [{id, name, lat, lon, valueUsd}] by id (for the import-weighted distance)
//   origins         [{country, name, valueUsd}] by country id; valueUsd = Σ over buyers (by id)
MATCH (b:Firm)-[i:IMPORTS]->(:Country)
WHERE $component IS NULL OR i.component = $component
WITH i.component AS component, b, max(i.year) AS latest
MATCH (b)-[i:IMPORTS {component: component, year: latest}]->(o:Country)
WITH component, b, o, i ORDER BY component, b.id, o.id
WITH component, b,
     reduce(s = 0.0, v IN collect(i.valueUsd) | s + v) AS valueUsd,
     reduce(s = 0.0, u IN collect(i.units) | s + u) AS units,
     count(*) - count(i.units) AS unitsMissing,
     collect({country: o.id, name: o.name, valueUsd: i.valueUsd}) AS flows
ORDER BY component, b.id
WITH component,
     collect({id: b.id, name: b.name, lat: b.lat, lon: b.lon, valueUsd: valueUsd}) AS buyers,
     reduce(s = 0.0, v IN collect(valueUsd) | s + v) AS importValueUsd,
     reduce(s = 0.0, u IN collect(units) | s + u) AS importUnits,
     sum(unitsMissing) AS unitsMissing,
     collect(flows) AS flowsByBuyer
CALL (flowsByBuyer) {
  UNWIND flowsByBuyer AS flows
  UNWIND flows AS f
  WITH DISTINCT f.country AS country, f.name AS name
  ORDER BY country
  RETURN collect({country: country, name: name,
                  valueUsd: reduce(s = 0.0, flows IN flowsByBuyer |
                              reduce(t = s, f IN flows | CASE WHEN f.country = country THEN t + f.valueUsd ELSE t END))}) AS origins
}
MATCH (p:Component {id: component})
OPTIONAL MATCH (p)-[:MADE_OF]->(m:Material)
RETURN p.id AS component, p.name AS name, p.massKg AS massKg, p.toleranceMm AS toleranceMm, p.certification AS certification,
       CASE WHEN m IS NULL THEN null ELSE {id: m.id, name: m.name} END AS material,
       COLLECT { MATCH (p)-[:NEEDS_PROCESS]->(pr:Process) RETURN {id: pr.id, name: pr.name} AS process ORDER BY pr.id } AS processes,
       importValueUsd, CASE WHEN unitsMissing > 0 THEN null ELSE importUnits END AS importUnits, buyers, origins
ORDER BY component
