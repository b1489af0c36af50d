// One console query cannot take Neo4j's memory from everything else (server/console/memory-watch.ts).
// Neo4j's own limit is global (dbms.memory.transaction.total.max, 70 % of its heap): a console query
// collecting a cartesian product of the national firms held all of it for a minute, and meanwhile no
// other transaction had memory. The console now reads its query's estimatedUsedHeapMemory from
// SHOW TRANSACTIONS and ends it past CONSOLE_LIMITS.maxQueryMemoryBytes (256 MiB).
// The runaway below collects 30 million strings: by Neo4j's own estimate (SHOW TRANSACTIONS, probed on
// Neo4j 5.26 with a 2 GiB heap) it holds about 260 MB more every second, past 256 MiB within about
// one second and past 1.4 GiB after five. Without the watch Neo4j ends it only at its global limit,
// with its own out-of-memory error (no usedBytes in the answer).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_LIMITS } from '../../server/console/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { openTestNeo4jStore, otherTestDriver, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const database = process.env.NEO4J_DATABASE ?? 'neo4j';

const RUNAWAY = 'UNWIND range(1, 30000000) AS x WITH collect(toString(x)) AS xs RETURN size(xs) AS n';
const MIB = 2 ** 20;

async function consoleTransactions(driver: Driver): Promise<string[]> {
  const session = driver.session({ database });
  try {
    const result = await session.run("SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.app = 'rantai-console' RETURN transactionId");
    return result.records.map((r) => r.get('transactionId') as string);
  } finally {
    await session.close();
  }
}

describe.skipIf(uri === null)('a console query’s memory in Neo4j', () => {
  let admin: Driver;
  let store: Neo4jStore;
  let server: TestServer;

  beforeAll(async () => {
    admin = otherTestDriver(uri!);
    store = await openTestNeo4jStore(uri!);
    server = await serveWith(store);
    // A console query of an earlier suite on this Neo4j that outlived it must not be counted below.
    for (const started = Date.now(); (await consoleTransactions(admin)).length > 0 && Date.now() - started < 150_000; ) await new Promise((r) => setTimeout(r, 200));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await admin?.close();
  });

  const post = async (body: unknown, query = '') => {
    const res = await fetch(`${server.url}/api/cypher${query}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('is bounded: past 256 MiB the query is ended with a 400 that says how much it held, long before its time limit', async () => {
    expect(CONSOLE_LIMITS.maxQueryMemoryBytes).toBe(256 * MIB);
    const started = Date.now();
    const r = await post({ query: RUNAWAY, timeoutMs: 60_000 });
    const ms = Date.now() - started;
    expect(r.status).toBe(400);
    const error = errorOf(r.body);
    expect(error.code).toBe('query_refused');
    const details = error.details as { maxQueryMemoryBytes: number; usedBytes: number };
    expect(details.maxQueryMemoryBytes).toBe(256 * MIB);
    expect(details.usedBytes).toBeGreaterThan(256 * MIB);
    expect(error.message).toBe(`the query held ${Math.round(details.usedBytes / MIB)} MiB of Neo4j's memory, more than the 256 MiB one console query may hold, and was stopped so that other work keeps its memory; narrow it (filters, LIMIT before collect(), aggregation instead of lists)`);
    // Its 60 s time limit is not what ended it.
    expect(ms).toBeLessThan(30_000);
    // Gone from Neo4j, its slot free, and the console answers the next query.
    expect(await consoleTransactions(admin)).toEqual([]);
    expect(store.consoleQueries.inUse()).toBe(0);
    const next = await post({ query: 'UNWIND range(1, 100000) AS x WITH collect(x) AS xs RETURN size(xs) AS n' });
    expect(next.status).toBe(200);
    expect((next.body as { rows: Array<{ n: number }> }).rows).toEqual([{ n: 100000 }]);
  }, 60_000);

  it('says so in Bahasa Indonesia with ?lang=id', async () => {
    const r = await post({ query: RUNAWAY, timeoutMs: 60_000 }, '?lang=id');
    expect(r.status).toBe(400);
    const error = errorOf(r.body);
    const used = Math.round((error.details as { usedBytes: number }).usedBytes / MIB);
    expect(error.message).toBe(`kueri memakai ${used} MiB memori Neo4j, melebihi 256 MiB yang boleh dipakai satu kueri konsol, sehingga dihentikan agar pekerjaan lain tetap mendapat memori; persempit kueri (filter, LIMIT sebelum collect(), agregasi alih-alih daftar)`);
  }, 60_000);
});
