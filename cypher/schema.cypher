// Rantai graph schema for Neo4j 5 (Community or Enterprise).
// A uniqueness constraint on `id` for every label (each also gives the lookup index), plus the
// indexes the analyses filter on. RantaiStaging holds a dataset while it loads, RantaiLock the one
// load allowed at a time (see load/README.md).
// Run as it is: cypher-shell -f cypher/schema.cypher
CREATE CONSTRAINT firm_id IF NOT EXISTS FOR (n:Firm) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT component_id IF NOT EXISTS FOR (n:Component) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT process_id IF NOT EXISTS FOR (n:Process) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT material_id IF NOT EXISTS FOR (n:Material) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT hs_product_id IF NOT EXISTS FOR (n:HsProduct) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:RantaiMeta) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lock_id IF NOT EXISTS FOR (n:RantaiLock) REQUIRE n.id IS UNIQUE;
CREATE INDEX firm_tier IF NOT EXISTS FOR (n:Firm) ON (n.tier);
CREATE INDEX firm_province IF NOT EXISTS FOR (n:Firm) ON (n.province);
CREATE INDEX component_hs IF NOT EXISTS FOR (n:Component) ON (n.hs);
CREATE INDEX supplies_component IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.component);
CREATE INDEX imports_component IF NOT EXISTS FOR ()-[r:IMPORTS]-() ON (r.component);
CREATE INDEX hs_product_code IF NOT EXISTS FOR (n:HsProduct) ON (n.code);
CREATE INDEX trade_year IF NOT EXISTS FOR ()-[r:TRADE]-() ON (r.year);
CREATE INDEX exports_year IF NOT EXISTS FOR ()-[r:EXPORTS]-() ON (r.year);
CREATE INDEX retired_nodes IF NOT EXISTS FOR (n:RantaiRetired) ON (n.id);
// Staged nodes are addressed by element id, and the labels' constraints check their ids at the swap;
// a staging constraint (earlier versions) only cost an index entry per node, written and removed.
DROP CONSTRAINT staging_id IF EXISTS;
