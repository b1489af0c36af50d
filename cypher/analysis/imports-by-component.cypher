// Import exposure per component (DESIGN.md, "Analyses > Import exposure"; the Herfindahl-Hirschman
// index as in the US DoJ/FTC Horizontal Merger Guidelines, here on shares in 0..1).
// Used by: GET /api/analysis/imports and `rantai analyse imports` on the Neo4j store (with
// basis=national too: its importedValueUsd is the buyers' figure shown beside the national one).
//
// A flow is one buyer's IMPORTS of the component from one country in the LATEST year that buyer
// reports for that component. Sums are taken left to right in a fixed order (reduce over a sorted
// list), so they are reproducible to the last bit: the embedded store sums in the same order.
//
// Parameters: $component — a Component id, or null for every component
//             (Neo4j Browser: `:param component => null` or `:param component => 'c-brake-drum'`).
// Columns (one row per component that is imported or supplied domestically):
//   component, name
//   importedValueUsd  Σ over buyers (by id) of the buyer's flows summed by country id
//   domesticValueUsd  Σ SUPPLIES valueUsd of the component (missing = 0), ordered by supplier, buyer
//   importShare       importedValueUsd / (importedValueUsd + domesticValueUsd); null when both are 0
//   hhi               Σ share² over origins (country-id order); 1 = one origin; null without imports
//   origins           [{country, name, valueUsd, share}] by country id; valueUsd = Σ over buyers (by id)
//   buyers            buyers importing it; suppliers: distinct domestic suppliers
MATCH (p:Component)
WHERE $component IS NULL OR p.id = $component
CALL (p) {
  MATCH (b:Firm)-[i:IMPORTS]->(:Country)
  WHERE i.component = p.id
  WITH b, max(i.year) AS latest
  MATCH (b)-[i:IMPORTS {year: latest}]->(o:Country)
  WHERE i.component = p.id
  WITH b, o, i ORDER BY b.id, o.id
  WITH b, reduce(s = 0.0, v IN collect(i.valueUsd) | s + v) AS value,
       collect({country: o.id, name: o.name, valueUsd: i.valueUsd}) AS flows
  ORDER BY b.id
  RETURN reduce(s = 0.0, v IN collect(value) | s + v) AS importedValueUsd, count(b) AS buyers, collect(flows) AS flowsByBuyer
}
CALL (flowsByBuyer) {
  UNWIND flowsByBuyer AS flows
  UNWIND flows AS f
  WITH DISTINCT f.country AS country, f.name AS name
  ORDER BY country
  RETURN collect({country: country, name: name,
                  valueUsd: reduce(s = 0.0, flows IN flowsByBuyer |
                              reduce(t = s, f IN flows | CASE WHEN f.country = country THEN t + f.valueUsd ELSE t END))}) AS origins
}
CALL (p) {
  MATCH (s:Firm)-[r:SUPPLIES]->(b:Firm)
  WHERE r.component = p.id
  WITH s, b, r ORDER BY s.id, b.id
  RETURN reduce(t = 0.0, v IN collect(coalesce(r.valueUsd, 0)) | t + v) AS domesticValueUsd, count(DISTINCT s) AS suppliers
}
WITH p, importedValueUsd, domesticValueUsd, origins, buyers, suppliers
WHERE buyers > 0 OR suppliers > 0
RETURN p.id AS component, p.name AS name, importedValueUsd, domesticValueUsd,
       CASE WHEN importedValueUsd + domesticValueUsd > 0 THEN importedValueUsd / (importedValueUsd + domesticValueUsd) END AS importShare,
       CASE WHEN importedValueUsd > 0
            THEN reduce(h = 0.0, o IN origins | h + (o.valueUsd / importedValueUsd) * (o.valueUsd / importedValueUsd)) END AS hhi,
       [o IN origins | o {.*, share: CASE WHEN importedValueUsd > 0 THEN o.valueUsd / importedValueUsd END}] AS origins,
       buyers, suppliers
ORDER BY importedValueUsd DESC, component
