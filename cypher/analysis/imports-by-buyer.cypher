// Import exposure per buyer (DESIGN.md, "Analyses > Import exposure"; the Herfindahl-Hirschman
// index as in the US DoJ/FTC Horizontal Merger Guidelines, here on shares in 0..1).
// Used by: GET /api/analysis/imports and `rantai analyse imports` on the Neo4j store.
//
// A flow is the buyer's IMPORTS of one component from one country in the LATEST year the buyer
// reports for that component. Sums are taken left to right in a fixed order (reduce over a sorted
// list), so they are reproducible to the last bit: the embedded store sums in the same order.
//
// Parameters: $buyer — a Firm id, or null for every firm
//             (Neo4j Browser: `:param buyer => null` or `:param buyer => 'f-tmmin'`).
// Columns (one row per firm that imports or is supplied domestically):
//   buyer, name, tier
//   importedValueUsd  Σ over components (by id) of the component's flows summed by country id
//   domesticValueUsd  Σ valueUsd of the SUPPLIES it receives (missing = 0), ordered by supplier, component
//   importShare       importedValueUsd / (importedValueUsd + domesticValueUsd); null when both are 0
//   hhi               Σ share² over origins (country-id order); 1 = one origin; null without imports
//   origins           [{country, name, valueUsd, share}] by country id; valueUsd = Σ over components (by id)
//   components        components it imports; suppliers: distinct domestic suppliers
MATCH (b:Firm)
WHERE ($buyer IS NULL OR b.id = $buyer)
  AND (EXISTS { (b)-[:IMPORTS]->(:Country) } OR EXISTS { (b)<-[:SUPPLIES]-(:Firm) })
CALL (b) {
  MATCH (b)-[i:IMPORTS]->(:Country)
  WITH i.component AS component, max(i.year) AS latest
  MATCH (b)-[i:IMPORTS {component: component, year: latest}]->(o:Country)
  WITH component, o, i ORDER BY component, o.id
  WITH component, reduce(s = 0.0, v IN collect(i.valueUsd) | s + v) AS value,
       collect({country: o.id, name: o.name, valueUsd: i.valueUsd}) AS flows
  ORDER BY component
  RETURN reduce(s = 0.0, v IN collect(value) | s + v) AS importedValueUsd, count(component) AS components,
         collect(flows) AS flowsByComponent
}
CALL (flowsByComponent) {
  UNWIND flowsByComponent AS flows
  UNWIND flows AS f
  WITH DISTINCT f.country AS country, f.name AS name
  ORDER BY country
  RETURN collect({country: country, name: name,
                  valueUsd: reduce(s = 0.0, flows IN flowsByComponent |
                              reduce(t = s, f IN flows | CASE WHEN f.country = country THEN t + f.valueUsd ELSE t END))}) AS origins
}
CALL (b) {
  MATCH (s:Firm)-[r:SUPPLIES]->(b)
  WITH s, r ORDER BY s.id, r.component
  RETURN reduce(t = 0.0, v IN collect(coalesce(r.valueUsd, 0)) | t + v) AS domesticValueUsd, count(DISTINCT s) AS suppliers
}
RETURN b.id AS buyer, b.name AS name, b.tier AS tier, importedValueUsd, domesticValueUsd,
       CASE WHEN importedValueUsd + domesticValueUsd > 0 THEN importedValueUsd / (importedValueUsd + domesticValueUsd) END AS importShare,
       CASE WHEN importedValueUsd > 0
            THEN reduce(h = 0.0, o IN origins | h + (o.valueUsd / importedValueUsd) * (o.valueUsd / importedValueUsd)) END AS hhi,
       [o IN origins | o {.*, share: CASE WHEN importedValueUsd > 0 THEN o.valueUsd / importedValueUsd END}] AS origins,
       components, suppliers
ORDER BY importedValueUsd DESC, buyer
