// Real failures of the test Neo4j through the error table (issue 18, item 11): a transaction that
// runs past its server-side time limit is a 504 store_timeout, and a store configured with a
// database that does not exist answers 503 store_unavailable naming it, not a bare 500.
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.ts';
import { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { mapDriverError } from '../../server/store/neo4j/errors.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

describe.skipIf(!uri)('Neo4j failures, mapped', () => {
  it('a transaction past its time limit → 504 store_timeout', async () => {
    const driver = neo4j.driver(uri!, process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined);
    closers.push(() => driver.close());
    const session = driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j', defaultAccessMode: neo4j.session.READ });
    let caught: unknown;
    try {
      await session.executeRead((tx) => tx.run('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)'), { timeout: 200 });
    } catch (error) {
      caught = error;
    } finally {
      await session.close();
    }
    expect((caught as { code?: string }).code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
    const mapped = mapDriverError(caught) as AppError;
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped.code).toBe('store_timeout');
    expect(mapped.status).toBe(504);
  }, 60_000);

  it('a database that does not exist → 503 store_unavailable naming it, through the API', async () => {
    const store = Neo4jStore.create({ uri: uri!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: 'rantaimissing' });
    closers.push(() => store.close());
    const server: TestServer = await serveWith(store);
    closers.push(() => server.close());
    const res = await fetch(`${server.url}/api/graph`);
    expect(res.status).toBe(503);
    const error = errorOf(await res.json());
    expect(error.code).toBe('store_unavailable');
    expect(error.message).toContain('"rantaimissing"');
    expect(error.details).toEqual({ neo4jCode: 'Neo.ClientError.Database.DatabaseNotFound' });
    expect(server.logged).toEqual([]);
  }, 60_000);
});
