// The HS → component concordance (hs_components.csv) as stored: one row per MAPS_TO relationship
// (issue 15). Used by: GET /api/analysis/imports?basis=national and GET
// /api/analysis/product-complexity on the Neo4j store (which components an HS code carries its
// trade and its product complexity to).
// Parameters: none.
// Columns: component, name (the Component's), hs (the HS code, text), share (0 < share ≤ 1),
//          ordered by component and HS code.
MATCH (h:HsProduct)-[m:MAPS_TO]->(p:Component)
RETURN p.id AS component, p.name AS name, h.code AS hs, m.share AS share
ORDER BY component, hs
