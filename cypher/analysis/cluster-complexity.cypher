// The cluster × component table of economic complexity (server/analysis/cluster-complexity/): one
// row per cluster with the value its member firms make of each component a year, in USD,
//   value(c, p) = Σ over firms f with (f)-[:MEMBER_OF]->(c) of MAKES(f, p).unitsPerYear × p.unitPriceUsd,
// over MAKES with a unitsPerYear and components with a unitPriceUsd, added in firm-id order (the
// embedded store adds the same numbers in the same order, so both give identical values). Cells
// with a value of 0 are left out; a cluster whose members make nothing with a known price has an
// empty list. Rantai computes RCA, ECI, PCI and density from this table (Growth Lab ecomplexity).
//
// Parameters: none.
// Columns, one row per cluster, ordered by cluster id:
//   cluster, name, cells ([{component, name, value}] ordered by component id).
MATCH (c:Cluster)
CALL (c) {
  OPTIONAL MATCH (f:Firm)-[:MEMBER_OF]->(c)
  OPTIONAL MATCH (f)-[m:MAKES]->(p:Component)
  WHERE m.unitsPerYear IS NOT NULL AND p.unitPriceUsd IS NOT NULL
  WITH p, f, m.unitsPerYear * p.unitPriceUsd AS part
  WHERE p IS NOT NULL
  ORDER BY p.id, f.id
  WITH p, collect(part) AS parts
  WITH p, reduce(s = 0.0, x IN parts | s + x) AS value
  WHERE value > 0
  ORDER BY p.id
  RETURN collect({component: p.id, name: p.name, value: value}) AS cells
}
RETURN c.id AS cluster, c.name AS name, cells
ORDER BY cluster
