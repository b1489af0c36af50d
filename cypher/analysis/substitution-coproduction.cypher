// Substitution facts 3/4: co-production counts, the input of the product-space proximity
// (Hidalgo, Klinger, Barabási & Hausmann 2007, "The product space conditions the development of
// nations", Science 317; here with firms in place of countries and presence M(f,q) = 1 when firm f
// MAKES q). Used by the substitution analysis on the Neo4j store (see substitution-components.cypher).
// From these integers TypeScript computes φ(p,q) = shared / max(k_p, k_q) (φ(p,p) = 0) and the
// density of p in a cluster c: Σ_q M(c,q) φ(p,q) / Σ_q φ(p,q), with M(c,q) = 1 when any member makes q.
// (MAKES always runs from a Firm to a Component, so no pattern below needs a label test; each row
// counts one shared firm, since a firm MAKES a component at most once.)
//
// Parameters: $components — a list of Component ids, or null for every component
//             (Neo4j Browser: `:param components => ['c-brake-drum']`).
// Columns (one row per component, by id):
//   component
//   firms          k_p: firms that MAKE it
//   related        ids of the other components made by at least one firm that makes it, sorted
//   shared         shared[i]: firms that make both it and related[i]
//   relatedFirms   relatedFirms[i]: k_q of related[i]
MATCH (p:Component)
WHERE $components IS NULL OR p.id IN $components
CALL (p) {
  MATCH (p)<-[:MAKES]-()-[:MAKES]->(q)
  WHERE q <> p
  WITH q, count(*) AS shared
  WITH q.id AS id, shared, COUNT { (q)<-[:MAKES]-() } AS k
  ORDER BY id
  RETURN collect(id) AS related, collect(shared) AS shared, collect(k) AS relatedFirms
}
RETURN p.id AS component, COUNT { (p)<-[:MAKES]-() } AS firms, related, shared, relatedFirms
ORDER BY component
