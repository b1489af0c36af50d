// Missing-link ranking facts 3/3: the demand, import and supply relationships as bare tuples, from
// which Rantai computes each demand pair's unmet share and latest-year import value, who supplies
// what to whom, and the supply graph's shared partners, paths and peers (DESIGN.md, "Missing links";
// the weights are in server/analysis/links/weights.ts).
//
// Parameters: none.
// Columns, one row per relationship (any order):
//   kind        'needs' (b NEEDS p), 'imports' (b IMPORTS p from a country; only where p is a
//               Component) or 'supplies' (s SUPPLIES p to b)
//   firm        the buyer b (needs, imports) or the supplier s (supplies)
//   other       null (needs), the origin country's id (imports), the buyer b (supplies)
//   component   p's id
//   units       unitsPerYear (needs, supplies) or null
//   year, valueUsd   of an import, else null
MATCH (b:Firm)-[n:NEEDS]->(p)
RETURN 'needs' AS kind, b.id AS firm, null AS other, p.id AS component, n.unitsPerYear AS units, null AS year, null AS valueUsd
UNION ALL
MATCH (b:Firm)-[i:IMPORTS]->(c)
WHERE EXISTS { MATCH (p:Component {id: i.component}) }
RETURN 'imports' AS kind, b.id AS firm, c.id AS other, i.component AS component, null AS units, i.year AS year, i.valueUsd AS valueUsd
UNION ALL
MATCH (s:Firm)-[r:SUPPLIES]->(b)
RETURN 'supplies' AS kind, s.id AS firm, b.id AS other, r.component AS component, r.unitsPerYear AS units, null AS year, null AS valueUsd
