// The Neo4j store says whether it is preparing the analyses (GET /api/health `preparing`): while
// its warmers run, after a start or a load (the embedded store and the route are in
// test/api/health-preparing.test.ts). Against a real Neo4j, with one warmer held until released.
import { afterAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { heldWarmer } from '../helpers/held-warmer.ts';
import { testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const options = { uri: uri ?? '', user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE ?? 'neo4j' };
let store: Neo4jStore | undefined;
afterAll(async () => store?.close());

describe.skipIf(uri === null)('a Neo4j store preparing the analyses', () => {
  it('is preparing while its warmers run, and not before or after', async () => {
    const held = heldWarmer();
    store = await Neo4jStore.connect({ ...options, warmers: [held.warmer] });
    expect(store.preparing()).toBe(false);
    const warming = store.warm();
    await held.started;
    expect(store.preparing()).toBe(true);
    held.release();
    await warming;
    expect(store.preparing()).toBe(false);
  }, 120_000);
});
