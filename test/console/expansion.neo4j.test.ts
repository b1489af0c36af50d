// Expressions Neo4j 5.26 cannot plan in bounded time or stack never reach it (server/console/
// expansion.ts, the console review of 2026-12-05, measured on this test Neo4j): 25 XORs in a row
// and simple CASEs nested 8 deep kept Neo4j planning past any time limit, both cores busy and the
// heap full, until it answered nobody (a `RETURN 1` included) and had to be restarted; 240 terms of
// one sum overflowed its stack, after which it sent no answer. Here, through POST /api/cypher: the
// largest of each form the console takes answers with the value worked by hand; the forms that
// broke Neo4j are refused at once; and Neo4j answers a plain query right after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OPERATOR_DEPTH } from '../../server/console/expansion.ts';
import { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const options = { uri: uri ?? '', user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE ?? 'neo4j' };
const chain = (n: number, op: string, operand: string) => Array(n + 1).fill(operand).join(` ${op} `);
const nest = (k: number, f: (e: string) => string, base: string) => Array.from({ length: k }).reduce<string>((e) => f(e), base);
const simpleCases = (k: number) => `WITH 1 AS x RETURN ${nest(k, (e) => `CASE ${e} WHEN 1 THEN 1 WHEN 2 THEN 2 END`, 'x')} AS y`;
const comparisons = (k: number) => `WITH 1 AS x RETURN ${nest(k, (e) => `x < (${e}) < x`, 'x')} AS y`;

describe.skipIf(uri === null)('console queries Neo4j cannot plan', () => {
  let store: Neo4jStore;
  let server: TestServer;

  beforeAll(async () => {
    store = await Neo4jStore.connect(options);
    server = await serveWith(store);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  const post = async (query: string, lang = 'en') => {
    const started = Date.now();
    const res = await fetch(`${server.url}/api/cypher?lang=${lang}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, timeoutMs: 10_000 }) });
    return { status: res.status, body: (await res.json()) as { rows?: unknown[] }, ms: Date.now() - started };
  };

  it('answers the largest of each form the console takes, with the values worked by hand', async () => {
    const cases: Array<[string, unknown]> = [
      // 101 ones added: 100 operators in a row.
      [`RETURN ${chain(MAX_OPERATOR_DEPTH, '+', '1')} AS y`, 101],
      [`RETURN ${chain(MAX_OPERATOR_DEPTH, '+', "'a'")} AS y`, 'a'.repeat(101)],
      // 49 lists around 100 operators: 1 + 1 + … inside [[…]].
      [`RETURN ${'['.repeat(49)}${chain(MAX_OPERATOR_DEPTH, '+', '1')}${']'.repeat(49)} AS y`, JSON.parse(`${'['.repeat(49)}101${']'.repeat(49)}`) as unknown],
      // x + (x + (… 49 deep … (x + x))) with x = 1: 51 ones, 50 operators.
      [`WITH 1 AS x RETURN ${'x + ('.repeat(49)}x + x${')'.repeat(49)} AS y`, 51],
      // Nine trues XORed: an odd number of trues is true.
      [`WITH true AS x RETURN ${chain(8, 'XOR', 'x')} AS y`, true],
      // Six simple CASEs nested: x = 1 at every level.
      [simpleCases(6), 1],
      // Comparison chains nested 9 deep: 1 < (a boolean) is null in Cypher, and so is every level above.
      [comparisons(9), null],
    ];
    for (const [query, value] of cases) {
      const r = await post(query);
      expect(r.status, `${query.slice(0, 60)}: ${JSON.stringify(r.body).slice(0, 200)}`).toBe(200);
      expect(r.body.rows).toEqual([{ y: value }]);
    }
    expect(store.consoleQueries.inUse()).toBe(0);
  }, 120_000);

  it('refuses the queries that stopped Neo4j before it sees them, and Neo4j answers right after', async () => {
    for (const query of [`WITH true AS x RETURN ${chain(25, 'XOR', 'x')} AS y`, simpleCases(8), comparisons(16), `RETURN ${chain(239, '+', "'a'")} AS y`]) {
      const r = await post(query);
      expect(r.status, query.slice(0, 60)).toBe(400);
      expect(errorOf(r.body).code).toBe('query_refused');
      expect(r.ms).toBeLessThan(1000);
    }
    const id = await post(simpleCases(8), 'id');
    expect(errorOf(id.body).message).toMatch(/^Neo4j akan merencanakan kueri ini sebagai sekitar/);
    const plain = await post('RETURN 1 AS y');
    expect(plain.status).toBe(200);
    expect(plain.body.rows).toEqual([{ y: 1 }]);
    expect(store.consoleQueries.inUse()).toBe(0);
  });
});
