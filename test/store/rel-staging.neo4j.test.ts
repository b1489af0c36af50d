// The relationship files of the staged load (cypher/load/rel-*.cypher) against a real Neo4j: rows
// name their ends by position in the batch's list of element ids, and a list holding an id that
// is not there (a node gone) creates nothing and says so (`created` 0), where a positional lookup
// would otherwise join the wrong nodes. The loader turns that 0 into a failed load (load.ts). The
// ids are sent without the start they share ($prefix), or whole with an empty prefix.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherFile } from '../../server/store/cypher-files.ts';
import { relationshipQuery, sharedPrefix } from '../../server/store/neo4j/load-rows.ts';
import { testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
let driver: Driver;
beforeAll(() => {
  if (uri) driver = neo4j.driver(uri);
});
afterAll(async () => {
  if (!driver) return;
  await driver.executeQuery('MATCH (n:RelFileTest) DETACH DELETE n');
  await driver.close();
});

describe.skipIf(uri === null)('relationship staging files', () => {
  it('joins the nodes the positions name, and creates nothing when a listed node is missing', async () => {
    const { records } = await driver.executeQuery('CREATE (a:RelFileTest {k: "a"}), (b:RelFileTest {k: "b"}), (c:RelFileTest {k: "c"}) RETURN [elementId(a), elementId(b), elementId(c)] AS ids');
    const [a, b, c] = records[0]!.get('ids') as string[];
    const query = relationshipQuery(await cypherFile('load/rel-works.cypher'), ['note']);
    const run = async (nodes: string[], rows: unknown[][], prefix = '') => Number((await driver.executeQuery(query, { nodes, rows, prefix })).records[0]!.get('created'));
    // c → a and a → b, the list in another order than the rows use it, the ids without their prefix.
    const prefix = sharedPrefix([a!, b!, c!]);
    expect(prefix).toMatch(/:$/);
    const short = (e: string) => e.slice(prefix.length);
    expect(await run([short(c!), short(a!), short(b!)], [[0, 1, 'first'], [1, 2, 'second']], prefix)).toBe(2);
    const joined = await driver.executeQuery('MATCH (x:RelFileTest)-[r:WORKS]->(y:RelFileTest) RETURN x.k + ">" + y.k + ":" + r.note AS j ORDER BY j');
    expect(joined.records.map((r) => r.get('j'))).toEqual(['a>b:second', 'c>a:first']);
    // An id that names no node: nothing is created, not even the rows before it.
    const gone = a!.replace(/\d+$/, (n) => String(Number(n) + 1_000_000));
    expect(await run([a!, gone, b!], [[0, 2, 'third'], [0, 1, 'fourth']])).toBe(0);
    const after = await driver.executeQuery('MATCH (:RelFileTest)-[r:WORKS]->(:RelFileTest) RETURN count(r) AS n');
    expect(Number(after.records[0]!.get('n'))).toBe(2);
  });
});
