// Make the staged dataset the live one (step 4 of load/README.md). The Neo4j store runs these
// statements in ONE write transaction, so readers see the old dataset or the new one, never a mix:
// the old nodes lose their data labels (they become RantaiRetired, deleted later in batches) and
// each staged node takes its final label (a dynamic label: Neo4j 5.26). Parameters: $staged =
// [{label, nodes}]: each data label with the element ids of its staged nodes (as the node batches
// returned them, without $prefix, the start they all share); $meta = {name, source, loadedAt,
// loadId, nodes, relationships, counts (JSON), hash}; loadId is a fresh random id per load (part of
// the data version caches key on).
MATCH (n) WHERE n:Firm OR n:Cluster OR n:Component OR n:Process OR n:Material OR n:Country OR n:Program OR n:HsProduct
REMOVE n:Firm:Cluster:Component:Process:Material:Country:Program:HsProduct
SET n:RantaiRetired;
UNWIND $staged AS s
UNWIND s.nodes AS e
MATCH (n:RantaiStaging) WHERE elementId(n) = $prefix + e
SET n:$(s.label)
REMOVE n:RantaiStaging;
MERGE (m:RantaiMeta {id: 'dataset'}) SET m += $meta;
