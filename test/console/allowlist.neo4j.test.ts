// The console's allowlists (server/console/allowlist.ts) name only procedures and functions that the
// test Neo4j 5.26 really has (SHOW PROCEDURES / SHOW FUNCTIONS, asked by the test itself), each
// procedure one that neither writes nor needs admin rights; db.nameFromElementId, which the old list
// named, does not exist in 5.26. And each allowlisted name runs through the console.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_FUNCTIONS, ALLOWED_PROCEDURES, ConsoleRunner, cypherRequestShape } from '../../server/console/index.ts';
import { testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const database = process.env.NEO4J_DATABASE ?? 'neo4j';

describe.skipIf(uri === null)('console allowlists against SHOW PROCEDURES and SHOW FUNCTIONS', () => {
  let driver: Driver;
  let procedures: Map<string, { mode: string; admin: boolean }>;
  let functions: Set<string>;

  beforeAll(async () => {
    driver = neo4j.driver(uri!, process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined);
    const session = driver.session({ database });
    try {
      const p = await session.run('SHOW PROCEDURES YIELD name, mode, admin RETURN name, mode, admin');
      procedures = new Map(p.records.map((r) => [r.get('name') as string, { mode: r.get('mode') as string, admin: r.get('admin') as boolean }]));
      const f = await session.run('SHOW FUNCTIONS YIELD name RETURN name');
      functions = new Set(f.records.map((r) => r.get('name') as string));
    } finally {
      await session.close();
    }
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('names only procedures Neo4j has, each reading (READ or DBMS mode) without admin rights', () => {
    expect(ALLOWED_PROCEDURES.map((name) => [name, procedures.get(name)])).toEqual(ALLOWED_PROCEDURES.map((name) => [name, { mode: expect.stringMatching(/^(READ|DBMS)$/), admin: false }]));
  });

  it('names only functions Neo4j has, and not db.nameFromElementId (absent in 5.26)', () => {
    expect(ALLOWED_FUNCTIONS.filter((name) => !functions.has(name))).toEqual([]);
    expect(functions.has('db.nameFromElementId')).toBe(false);
    expect(ALLOWED_FUNCTIONS).not.toContain('db.nameFromElementId');
  });

  it('covers every built-in namespaced temporal, spatial and vector function of this Neo4j', () => {
    const namespaced = [...functions].filter((f) => /^(date|datetime|localdatetime|localtime|time|duration|point|vector)\./.test(f));
    expect(namespaced.filter((f) => !ALLOWED_FUNCTIONS.includes(f))).toEqual([]);
  });

  it('runs every allowlisted procedure through the console', async () => {
    const runner = new ConsoleRunner(driver, database, { slots: { perClient: 10, total: 10 } });
    for (const name of ALLOWED_PROCEDURES) {
      const result = await runner.run(cypherRequestShape.parse({ query: `CALL ${name}()` }));
      expect([name, result.columns.length > 0]).toEqual([name, true]);
    }
    const fns = await runner.run(cypherRequestShape.parse({ query: "RETURN point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d, duration.inDays(date('2024-01-01'), date('2024-01-31')).days AS days" }));
    // 3-4-5 triangle; 30 days in between.
    expect(fns.rows).toEqual([{ d: 5, days: 30 }]);
  });
});
