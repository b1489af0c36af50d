// The ids a substitution request may name, with their names: processes and materials (what a
// what-if intervention can add) and components (the `component` filter). Used by the substitution
// analysis on the Neo4j store to tell an unknown id (400) from a known one with no opportunities.
//
// Parameters: none.
// Columns: kind ('component' | 'material' | 'process'), id, name — by kind, then id.
CALL () {
  MATCH (p:Process) RETURN 'process' AS kind, p.id AS id, p.name AS name
  UNION ALL
  MATCH (m:Material) RETURN 'material' AS kind, m.id AS id, m.name AS name
  UNION ALL
  MATCH (c:Component) RETURN 'component' AS kind, c.id AS id, c.name AS name
}
RETURN kind, id, name
ORDER BY kind, id
