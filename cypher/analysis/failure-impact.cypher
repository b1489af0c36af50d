// Failure impact of a firm (DESIGN.md, "Structure and risk"): if firm f fails, which buyers lose
// which components, following the tiers upward. Without a bill of materials Rantai follows each
// component separately (the seed's chains pass the same part up: Batur Jaya -> TPR -> TMMIN
// sleeves, Waru firms -> Rahmad -> Astra Honda brackets):
//   - the p-supply graph is the SUPPLIES relationships whose component is p;
//   - a firm x keeps p while some chain of p-supplies still reaches it from an origin of p (a firm
//     that supplies p and buys none from any firm: where p is made) without passing through f;
//   - x loses p when f fails if f's p-supplies reach x (x <> f) and no such chain avoids f.
// Losing one component is not assumed to stop a firm's other products; imports are not counted as
// an alternative (the domestic network only). Rantai ranks the rows into per-firm impacts (impacted
// OEMs, then lost value; server/analysis/risk/); the embedded store computes the same rows.
//
// Parameters: $firm (a Firm id, or null for every firm that supplies anything).
// Columns, one row per (failed firm, buyer, component) lost, ordered by firm, buyer, component:
//   firm, firmName, firmTier, buyer, buyerName, buyerTier, component, componentName,
//   links ([{supplier, units, valueUsd}]: every p-supply into the buyer, all lost with it).
MATCH (f:Firm)-[r0:SUPPLIES]->(:Firm)
WHERE $firm IS NULL OR f.id = $firm
WITH DISTINCT f, r0.component AS pid
// every firm f's p-supplies reach ...
MATCH (f)-[rs:SUPPLIES*1..]->(x:Firm)
WHERE all(r IN rs WHERE r.component = pid) AND x <> f
WITH DISTINCT f, pid, x
// ... that no chain of p-supplies reaches from an origin o (buys no p) without passing through f
WHERE NOT EXISTS {
  MATCH (x) (()<-[r:SUPPLIES]-(m:Firm) WHERE r.component = pid AND m <> f)+ (o:Firm)
  WHERE NOT EXISTS { MATCH (:Firm)-[r2:SUPPLIES]->(o) WHERE r2.component = pid }
}
MATCH (p:Component {id: pid})
RETURN f.id AS firm, f.name AS firmName, f.tier AS firmTier,
       x.id AS buyer, x.name AS buyerName, x.tier AS buyerTier, p.id AS component, p.name AS componentName,
       COLLECT { MATCH (t:Firm)-[r:SUPPLIES]->(x) WHERE r.component = pid RETURN {supplier: t.id, units: r.unitsPerYear, valueUsd: r.valueUsd} } AS links
ORDER BY firm, buyer, component
