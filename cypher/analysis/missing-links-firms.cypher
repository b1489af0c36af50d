// Missing-link ranking facts 1/3: per firm, what decides whether it can supply a component and how
// far it is (DESIGN.md, "Missing links"). Rantai ranks the missing-link candidates from these compact
// facts, per demand pair and component, without listing all candidates (at national scale there are
// about 20 million); then it asks missing-links.cypher for the full facts of the candidates it returns.
// A firm can supply a component p when it MAKES p, or covers all of p's requirements: every process
// p NEEDS_PROCESS through a CAN no coarser than p's toleranceMm (a missing tolerance on either side
// counts as met), p's material through WORKS, p's certification in its certifications.
// The patterns name no labels beyond the firm's: the loader creates MEMBER_OF only to a Cluster, CAN
// only to a Process, WORKS only to a Material and MAKES only to a Component (cypher/schema.cypher).
//
// Parameters: none.
// Columns, one row per firm (any order):
//   id, lat, lon (null when unknown), certifications (list, empty when none),
//   clusters     ids of the clusters it is a MEMBER_OF
//   can          [[process id, toleranceMm]]: one pair per CAN relationship (a firm may have several
//                to one process, for different materials; toleranceMm null when not recorded).
//                Pairs rather than maps: at national scale (100,000 rows) maps take a third longer
//                to send and read.
//   materials    ids of the materials it WORKS
//   makes        ids of the components it MAKES
MATCH (f:Firm)
RETURN f.id AS id, f.lat AS lat, f.lon AS lon, coalesce(f.certifications, []) AS certifications,
       [(f)-[:MEMBER_OF]->(c) | c.id] AS clusters,
       [(f)-[k:CAN]->(q) | [q.id, k.toleranceMm]] AS can,
       [(f)-[:WORKS]->(m) | m.id] AS materials,
       [(f)-[:MAKES]->(p) | p.id] AS makes
