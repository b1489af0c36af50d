// Defence in depth (issue 18, item 1), one layer at a time against the test Neo4j holding the seed:
// a console runner with the other layers switched off shows that each layer alone refuses the
// attacks — the text checks without the plan check, the plan check without the text checks, the
// Neo4j server's own settings (scripts/neo4j/hardening.conf) with both switched off, and the
// rollback of a READ transaction that changed something with everything else switched off.
// Every research query still passes each layer, and the database is unchanged afterwards.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleRunner, cypherRequestShape, type CypherResult } from '../../server/console/index.ts';
import { AppError } from '../../server/errors.ts';
import { readDataset } from '../../server/model/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { REPO } from '../helpers/cli.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';
import { ESCAPES, HOSTILE, RESEARCH } from './corpus.ts';
import { fingerprint, type Fingerprint } from './fingerprint.ts';

const uri = testNeo4jUri();
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const off = {
  text: (query: string) => ({ text: query.replace(/;\s*$/, ''), written: query.replace(/;\s*$/, ''), procedures: [], params: {}, patterns: [] }),
  plan: () => undefined,
};

describe.skipIf(uri === null)('each layer of the console on its own (Neo4j)', () => {
  let store: Neo4jStore;
  let driver: Driver;
  let before: Fingerprint;
  let textOnly: ConsoleRunner;
  let planOnly: ConsoleRunner;
  let serverOnly: ConsoleRunner;

  beforeAll(async () => {
    store = await openTestNeo4jStore(uri!);
    await store.replace(await readDataset(`${REPO}seed/indonesia`), 'console-layers-test');
    before = await fingerprint(store);
    driver = neo4j.driver(uri!, process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined);
    const slots = { perClient: 100, total: 100 };
    textOnly = new ConsoleRunner(driver, database, { layers: { plan: off.plan }, slots });
    planOnly = new ConsoleRunner(driver, database, { layers: { text: off.text }, slots });
    serverOnly = new ConsoleRunner(driver, database, { layers: off, slots });
  });
  afterAll(async () => {
    await driver?.close();
    await store?.close();
  });

  const run = (runner: ConsoleRunner, query: string, params: Record<string, unknown> = {}): Promise<CypherResult> =>
    runner.run(cypherRequestShape.parse({ query, params, timeoutMs: 10_000 }));
  const refusal = async (runner: ConsoleRunner, query: string): Promise<AppError> => {
    try {
      const result = await run(runner, query);
      throw new Error(`ran: ${query} → ${JSON.stringify(result.rows).slice(0, 200)}`);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  };

  describe('the text checks alone (no plan check)', () => {
    it.each([...ESCAPES.map((e) => e.query), ...HOSTILE].map((q) => [q]))('refuse %s', async (query) => {
      expect((await refusal(textOnly, query)).code).toBe('query_refused');
    });
  });

  describe('the plan check alone (no text checks)', () => {
    it.each([
      ['LOAD CSV after a comment ended by \\r', ESCAPES[0]!.query, /LOAD CSV reads files/],
      ['LOAD CSV from a URL', ESCAPES[2]!.query, /LOAD CSV reads files/],
      ['LOAD CSV with U+001C between the words', ESCAPES[3]!.query, /LOAD CSV/],
      ['SHOW TRANSACTIONS', ESCAPES[5]!.query, /ShowTransactions belongs to the administration/],
      ['SHOW SETTINGS', ESCAPES[6]!.query, /ShowSettings belongs to the administration/],
      ['SHOW USERS', ESCAPES[7]!.query, /database "system"/],
      ['TERMINATE TRANSACTIONS', ESCAPES[8]!.query, /TerminateTransactions belongs to the administration/],
      ['dbms.listConfig', ESCAPES[9]!.query, /dbms\.listConfig/],
      ['dbms.queryJmx', ESCAPES[10]!.query, /dbms\.queryJmx/],
      ['dbms.killConnections', ESCAPES[11]!.query, /dbms\.killConnections/],
      ['dbms.listConnections', ESCAPES[12]!.query, /dbms\.listConnections/],
      ['SHOW PROCEDURES', 'SHOW PROCEDURES', /ShowProcedures/],
      ['SHOW INDEXES', 'SHOW INDEXES', /ShowIndexes/],
      ['CREATE', "CREATE (n:Junk {id: 'x'}) RETURN n", /Create writes/],
      ['MERGE', "MERGE (n:Firm {id: 'f-tmmin'}) RETURN n", /writes to the database/],
      ['SET in a subquery', 'MATCH (f:Firm) CALL (f) { SET f.x = 1 } RETURN count(*) AS n', /writes to the database/],
      ['FOREACH', 'MATCH (f:Firm) WITH collect(f) AS fs FOREACH (x IN fs | SET x.y = 1)', /writes to the database/],
      ['db.createLabel', "CALL db.createLabel('Junk')", /db\.createLabel/],
      ['db.clearQueryCaches', 'CALL db.clearQueryCaches()', /db\.clearQueryCaches/],
      ['CREATE INDEX', 'CREATE INDEX junk_index FOR (n:Junk) ON (n.x)', /CreateIndex writes|schema|administration/],
    ])('refuses %s whatever the text looks like', async (_name, query, reason) => {
      const error = await refusal(planOnly, query);
      expect(error.code).toBe('query_refused');
      expect(error.message).toMatch(reason);
    });

    // Two hostile queries of the corpus are reads of the Rantai database that the text checks refuse
    // for clarity (USE of the same database, EXPLAIN): the plan check rightly lets them through.
    const reads = ['USE neo4j MATCH (n) RETURN count(n)', 'EXPLAIN MATCH (f:Firm) RETURN f'];
    it.each(HOSTILE.filter((q) => !reads.includes(q)).map((q) => [q]))('never runs %s (refused, or an error Neo4j reports before running it)', async (query) => {
      const error = await refusal(planOnly, query);
      expect(error.status).toBe(400);
      expect(['query_refused', 'invalid_request']).toContain(error.code);
    });

    it.each(RESEARCH.map((r) => [r.title, r] as const))('passes the research query: %s', async (_title, r) => {
      expect((await run(planOnly, r.query, r.params)).columns).toEqual(r.columns);
    });
  });

  describe("the Neo4j server's own settings (no Rantai check at all)", () => {
    it('refuse LOAD CSV of a file: dbms.security.allow_csv_import_from_file_urls=false', async () => {
      const error = await refusal(serverOnly, ESCAPES[0]!.query);
      expect(error.code).toBe('invalid_request');
      expect(error.message).toMatch(/allow_csv_import_from_file_urls/);
      expect(error.message).not.toMatch(/root:/);
    });

    it('refuse LOAD CSV of a URL on any address: internal.dbms.cypher_ip_blocklist', async () => {
      for (const url of ['http://127.0.0.1:9/x.csv', 'http://169.254.169.254/latest/meta-data/', 'https://[::1]/x.csv']) {
        const error = await refusal(serverOnly, `LOAD CSV FROM '${url}' AS l RETURN l`);
        expect([url, error.message]).toEqual([url, expect.stringMatching(/cypher_ip_blocklist/)]);
      }
    });

    it('hold the settings of scripts/neo4j/hardening.conf (read back with SHOW SETTINGS by the test itself)', async () => {
      const session = driver.session({ database });
      try {
        const result = await session.run(
          "SHOW SETTINGS YIELD name, value WHERE name IN ['dbms.security.allow_csv_import_from_file_urls', 'dbms.security.procedures.allowlist', 'db.transaction.timeout', 'server.directories.import'] RETURN name, value",
        );
        const settings = Object.fromEntries(result.records.map((r) => [r.get('name') as string, r.get('value') as string]));
        expect(settings['dbms.security.allow_csv_import_from_file_urls']).toBe('false');
        expect(settings['dbms.security.procedures.allowlist']).toBe('db.labels,db.relationshipTypes,db.propertyKeys,db.schema.visualization,db.schema.nodeTypeProperties,db.schema.relTypeProperties,dbms.components');
        expect(settings['db.transaction.timeout']).toMatch(/^(10m|600s|600000ms)$/);
        expect(settings['server.directories.import']).toMatch(/import-empty$/);
      } finally {
        await session.close();
      }
    });
  });

  it('refuses a write that got past every check: Neo4j 5.26 enforces the READ access mode', async () => {
    const error = await refusal(serverOnly, "CREATE (n:Junk {id: 'layers-test'}) RETURN n");
    expect(error.code).toBe('query_refused');
    expect(error.message).toMatch(/read-only transaction/);
    const [row] = await store.read('MATCH (n:Junk) RETURN count(n) AS c', {});
    expect(row!.c).toBe(0);
  });

  it('leaves the database exactly as it was', async () => {
    expect(await fingerprint(store)).toEqual(before);
  });
});
