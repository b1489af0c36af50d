// The console's test corpus: hostile queries that must be refused (writes of every kind, file and
// network access, schema and administration commands, several statements, PROFILE, batched
// transactions, procedures outside the allowlist), and research queries on the graph schema of
// server/model/graph.ts that must run. The research queries are also the examples in cypher/README.md.

export const HOSTILE: readonly string[] = [
  // Writes, plain and hidden.
  "CREATE (n:Firm {id: 'f-evil', name: 'Evil', tier: 'IKM'}) RETURN n",
  "MERGE (n:Firm {id: 'f-tmmin'}) RETURN n",
  "MATCH (f:Firm) SET f.name = 'hacked'",
  'MATCH (f:Firm) SET f:Hacked',
  'MATCH (f:Firm) REMOVE f.name',
  'MATCH (f:Firm) DELETE f',
  'MATCH (f:Firm) DETACH DELETE f',
  'MATCH (f:Firm) WITH collect(f) AS fs FOREACH (x IN fs | SET x.hacked = true)',
  'MATCH (f:Firm) CALL { WITH f MERGE (f)-[:LIKES]->(f) } RETURN count(*) AS n',
  'CALL { CREATE (n:Junk) RETURN n } RETURN n',
  "MATCH (f:Firm) WITH f cReAtE (g:Firm {id: 'f-' + f.id})",
  '/* harmless? */ CREATE (n:Junk)',
  'UNWIND range(1, 3) AS i CREATE (:Junk {i: i})',
  'MATCH (a:Firm), (b:Firm) MERGE (a)-[:SUPPLIES]->(b)',
  "MATCH (m:RantaiMeta) SET m.name = 'hacked'",
  'MATCH (n:RantaiStaging) DETACH DELETE n',
  "INSERT (n:Firm {id: 'f-gql'})",
  // Files and the network.
  "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
  "LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row RETURN row",
  "USING PERIODIC COMMIT 10 LOAD CSV FROM 'file:///x.csv' AS r CREATE (:Junk)",
  "CALL apoc.load.json('file:///etc/passwd') YIELD value RETURN value",
  "CALL `apoc`.`load`.json('https://example.org/') YIELD value RETURN value",
  "CALL apoc.export.csv.all('/tmp/dump.csv', {})",
  // Procedures and functions outside the allowlist.
  "RETURN apoc.text.join(['a', 'b'], ',') AS s",
  "RETURN `apoc.text.join`(['a', 'b'], ',') AS s",
  "CALL apoc.cypher.runWrite('CREATE (n:Junk)', {})",
  "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {batchSize: 100})",
  "CALL db.createLabel('Hacked')",
  "CALL db.index.fulltext.createNodeIndex('firm_names', ['Firm'], ['name'])",
  "CALL gds.graph.project('g', 'Firm', 'SUPPLIES')",
  "CALL dbms.security.createUser('eve', 'secretsecret', false)",
  "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
  'CALL db.clearQueryCaches()',
  "CALL dbms.killQueries(['query-1'])",
  'CALL dbms.procedures()',
  'CALL db.labels() YIELD label CALL apoc.create.node([label], {}) YIELD node RETURN node',
  // Schema.
  'CREATE INDEX hack FOR (n:Firm) ON (n.name)',
  'DROP CONSTRAINT firm_id',
  'CREATE CONSTRAINT hack FOR (n:Firm) REQUIRE n.name IS UNIQUE',
  'DROP INDEX firm_tier',
  // Administration and the system database.
  'SHOW USERS',
  'SHOW TRANSACTIONS',
  "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  "CREATE USER eve SET PASSWORD 'secretsecret'",
  "ALTER USER neo4j SET PASSWORD 'secretsecret'",
  'GRANT ROLE admin TO eve',
  'DENY READ {*} ON GRAPH * TO PUBLIC',
  'DROP DATABASE neo4j',
  'STOP DATABASE neo4j',
  'START DATABASE neo4j',
  'CREATE OR REPLACE DATABASE junk',
  ':use system',
  'USE system SHOW DATABASES',
  'USE neo4j MATCH (n) RETURN count(n)',
  // Several statements.
  'MATCH (n) RETURN count(n); MATCH (m) DETACH DELETE m',
  "RETURN ';' AS s; CREATE (n:Junk)",
  'RETURN 1; RETURN 2;',
  // PROFILE (executes) and EXPLAIN (refused consistently), query options.
  "PROFILE MATCH (f:Firm) SET f.x = 1",
  'PROFILE MATCH (f:Firm) RETURN f',
  'EXPLAIN MATCH (f:Firm) DELETE f',
  'EXPLAIN MATCH (f:Firm) RETURN f',
  'CYPHER runtime=slotted MATCH (f:Firm) DELETE f',
  // Batched transactions.
  'MATCH (f:Firm) CALL { WITH f SET f.x = 1 } IN TRANSACTIONS OF 10 ROWS',
  'MATCH (f:Firm) CALL (f) { DETACH DELETE f } IN CONCURRENT TRANSACTIONS',
];

/**
 * The escapes of issue 18: payloads that read files, made Neo4j send requests, or administered the
 * server, disguised so that the console's old lexer (a `//` comment ending only at \n, JavaScript's
 * idea of whitespace) did not see them while Neo4j did. Each must now be refused by the text checks
 * and, on its own, by the plan check.
 */
export const ESCAPES: ReadonlyArray<{ name: string; query: string }> = [
  { name: 'LOAD CSV of /etc/shadow after a // comment ended by \\r', query: 'WITH 1 AS x // c\rLOAD CSV FROM "file:///etc/shadow" AS l RETURN l' },
  { name: 'LOAD CSV of the server environment after \\r', query: 'WITH 1 AS x // c\rLOAD CSV FROM "file:///proc/self/environ" AS l RETURN l' },
  { name: 'LOAD CSV from a URL (SSRF) after \\r', query: "WITH 1 AS x // c\rLOAD CSV FROM 'http://127.0.0.1:9/secret' AS l RETURN l" },
  { name: 'LOAD CSV with U+001C between the words', query: 'WITH 1 AS x LOAD\u001cCSV FROM "file:///etc/shadow" AS l RETURN l' },
  { name: 'LOAD CSV from a URL with U+001F between the words', query: "WITH 1 AS x LOAD\u001fCSV FROM 'http://169.254.169.254/latest/meta-data/' AS l RETURN l" },
  { name: 'SHOW TRANSACTIONS behind U+001C and a comment ended by \\r', query: '\u001c// c\rSHOW TRANSACTIONS' },
  { name: 'SHOW SETTINGS behind U+001D', query: '\u001d// c\rSHOW SETTINGS YIELD name, value RETURN name, value' },
  { name: 'SHOW USERS behind U+001E', query: '\u001e// c\rSHOW USERS' },
  { name: 'TERMINATE TRANSACTIONS behind U+001C', query: "\u001c// c\rTERMINATE TRANSACTIONS 'neo4j-transaction-1'" },
  { name: 'dbms.listConfig after dbms.components and \\r', query: 'CALL dbms.components() YIELD name WITH name // c\rCALL dbms.listConfig() YIELD name AS setting, value RETURN setting, value' },
  { name: 'dbms.queryJmx after \\r', query: "CALL dbms.components() YIELD name WITH name // c\rCALL dbms.queryJmx('*:*') YIELD name AS bean RETURN bean" },
  { name: 'dbms.killConnections after \\r', query: "CALL dbms.components() YIELD name WITH name // c\rCALL dbms.killConnections(['bolt-1']) YIELD message RETURN message" },
  { name: 'dbms.listConnections after \\r', query: 'CALL dbms.components() YIELD name WITH name // c\rCALL dbms.listConnections() YIELD connectionId RETURN connectionId' },
];

export interface ResearchQuery {
  title: string;
  query: string;
  params?: Record<string, unknown>;
  /** Columns the answer must have, in order. */
  columns: readonly string[];
  /** Whether the seed gives at least one row. */
  rowsOnSeed: boolean;
}

export const IMPORT_SHARE_BY_ORIGIN = `// Import share of a component by origin country (latest year each buyer reports)
MATCH (b:Firm)-[i:IMPORTS {component: $component}]->(:Country)
WITH b, max(i.year) AS latest
MATCH (b)-[i:IMPORTS {component: $component, year: latest}]->(c:Country)
WITH c, sum(i.valueUsd) AS value
WITH collect({country: c.name, iso: c.id, value: value}) AS origins, sum(value) AS total
UNWIND origins AS o
RETURN o.country AS origin, o.iso AS iso3, o.value AS importedUsd,
       round(1000.0 * o.value / total) / 10.0 AS sharePct
ORDER BY importedUsd DESC, origin`;

export const CLUSTERS_NEAR_FC250 = `// Clusters within 200 km of a plant that can cast FC250 grey iron
MATCH (plant:Firm)-[can:CAN {material: $material}]->(p:Process)
WHERE p.id STARTS WITH 'p-casting' AND plant.lat IS NOT NULL
MATCH (cl:Cluster) WHERE cl.lat IS NOT NULL
WITH cl, plant, p,
     point.distance(point({latitude: plant.lat, longitude: plant.lon}),
                    point({latitude: cl.lat, longitude: cl.lon})) / 1000.0 AS km
WHERE km <= $km
RETURN cl.name AS cluster, plant.name AS plant, p.name AS process, round(km, 1) AS km
ORDER BY km, cluster, plant`;

export const FAILURE_CUTS_OEM = `// Firms whose failure cuts an OEM off a component: the OEM's only supplier of it, with no import
MATCH (oem:Firm {tier: 'OEM'})<-[s:SUPPLIES]-(f:Firm)
WITH oem, s.component AS component, collect(DISTINCT f) AS suppliers
WHERE size(suppliers) = 1
  AND NOT EXISTS { MATCH (oem)-[i:IMPORTS]->(:Country) WHERE i.component = component }
WITH oem, component, suppliers[0] AS sole
MATCH (c:Component {id: component})
RETURN sole.id AS firm, sole.name AS firmName, sole.tier AS tier, oem.name AS oem, c.name AS component
ORDER BY firm, oem, component`;

export const RESEARCH: readonly ResearchQuery[] = [
  { title: 'import share of a component by origin', query: IMPORT_SHARE_BY_ORIGIN, params: { component: 'c-cylinder-sleeve' }, columns: ['origin', 'iso3', 'importedUsd', 'sharePct'], rowsOnSeed: true },
  { title: 'clusters within 200 km of a plant that can cast FC250', query: CLUSTERS_NEAR_FC250, params: { material: 'm-fc250', km: 200 }, columns: ['cluster', 'plant', 'process', 'km'], rowsOnSeed: true },
  { title: 'firms whose failure cuts an OEM off a component', query: FAILURE_CUTS_OEM, columns: ['firm', 'firmName', 'tier', 'oem', 'component'], rowsOnSeed: true },
  {
    title: 'firms per tier (comment and trailing semicolon)',
    query: '// firms per tier\nMATCH (f:Firm) RETURN f.tier AS tier, count(*) AS firms ORDER BY tier;',
    columns: ['tier', 'firms'],
    rowsOnSeed: true,
  },
  {
    title: 'largest suppliers by supplied value',
    query: 'MATCH (s:Firm)-[r:SUPPLIES]->(:Firm) RETURN s.name AS supplier, sum(r.valueUsd) AS suppliedUsd, count(r) AS links ORDER BY suppliedUsd DESC, supplier LIMIT 10',
    columns: ['supplier', 'suppliedUsd', 'links'],
    rowsOnSeed: true,
  },
  {
    title: 'cluster members and their processes',
    query: 'MATCH (f:Firm)-[:MEMBER_OF]->(c:Cluster) OPTIONAL MATCH (f)-[:CAN]->(p:Process) RETURN c.name AS cluster, count(DISTINCT f) AS members, collect(DISTINCT p.name) AS processes ORDER BY cluster',
    columns: ['cluster', 'members', 'processes'],
    rowsOnSeed: true,
  },
  {
    title: 'supply paths from IKM to OEMs (graph view)',
    query: "MATCH path = (:Firm {tier: 'IKM'})-[:SUPPLIES*1..3]->(:Firm {tier: 'OEM'}) RETURN path LIMIT 25",
    columns: ['path'],
    rowsOnSeed: true,
  },
  {
    title: 'names that look like keywords: variables start/target, a property since, words inside strings',
    query:
      "MATCH (start:Firm)-[r:SUPPLIES]->(target:Firm) WHERE start.name <> 'CREATE (x); DELETE x' AND r.since IS NOT NULL RETURN start.id AS supplier, target.id AS buyer, r.since AS since, {load: 1, `set`: 2} AS keys ORDER BY since, supplier, buyer LIMIT 5",
    columns: ['supplier', 'buyer', 'since', 'keys'],
    rowsOnSeed: true,
  },
  {
    title: 'components no cluster covers (EXISTS and COUNT subqueries)',
    query:
      'MATCH (c:Component) WHERE NOT EXISTS { MATCH (c)-[:NEEDS_PROCESS]->(p:Process)<-[:CAN]-(:Firm)-[:MEMBER_OF]->(:Cluster) } RETURN c.id AS component, COUNT { (c)-[:NEEDS_PROCESS]->() } AS processes ORDER BY component',
    columns: ['component', 'processes'],
    rowsOnSeed: false,
  },
  {
    title: 'firms in a province (parameter)',
    query: 'MATCH (f:Firm) WHERE f.province = $province RETURN f.id AS id, f.name AS name ORDER BY id',
    params: { province: 'Jawa Tengah' },
    columns: ['id', 'name'],
    rowsOnSeed: true,
  },
  { title: 'labels (allowlisted procedure)', query: 'CALL db.labels() YIELD label RETURN label ORDER BY label', columns: ['label'], rowsOnSeed: true },
  { title: 'relationship types (allowlisted procedure, standalone)', query: 'CALL db.relationshipTypes()', columns: ['relationshipType'], rowsOnSeed: true },
  { title: 'Neo4j version (allowlisted DBMS procedure)', query: 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition', columns: ['name', 'versions', 'edition'], rowsOnSeed: true },
  {
    title: 'built-in namespaced functions',
    query: "RETURN date.truncate('month', date('2024-05-17')) AS month, duration.between(date('2020-01-01'), date('2024-01-01')).years AS years",
    columns: ['month', 'years'],
    rowsOnSeed: true,
  },
];
