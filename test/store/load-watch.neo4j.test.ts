// Issue 16: the server's Neo4j store warms after a load made by someone else (`rantai load`, another
// server), not only after its own, so the first request after that load reads what the warmers
// built. Real Neo4j: store A (warmed, as the server's) and store B (no warmers, as the CLI's) share
// the database; B loads, and A's warmer runs for B's dataset without any request to A. A direct
// write keeps the load id: it is left to the next request (direct-write.neo4j.test.ts) and warms
// nothing ahead.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../server/store/neo4j/index.ts';
import type { Warmer } from '../../server/store/index.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { testNeo4jUri } from '../helpers/neo4j.ts';
import { handDataset } from '../substitution/hand-dataset.ts';

const uri = testNeo4jUri();
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const connection = { uri: uri!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database };

/** Waits until `done()` holds, checking every 50 ms, for at most `ms`. */
async function until(done: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return done();
}

describe.skipIf(uri === null)('warming for a load made by someone else', () => {
  const warmedFor: string[] = [];
  const recording: Warmer = async (s) => warmedFor.push((await s.info()).name);
  let server: Neo4jStore;
  let cli: Neo4jStore;

  beforeAll(async () => {
    server = Neo4jStore.create({ ...connection, warmers: [recording] });
    cli = Neo4jStore.create(connection);
  });
  afterAll(async () => {
    await cli?.close();
    await server?.close();
  });

  it('warms for the new dataset within the watch interval, with no request to ask for it', async () => {
    await server.replace(handDataset(), 'loaded by the server');
    expect(warmedFor).toEqual(['loaded by the server']);
    server.watchLoads(200);
    await cli.replace(smallDataset(4), 'loaded by rantai load');
    expect(await until(() => warmedFor.length === 2, 10_000)).toBe(true);
    expect(warmedFor).toEqual(['loaded by the server', 'loaded by rantai load']);
  });

  it('leaves a direct write to the next request (same load id) and warms once per load', async () => {
    const auth = process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined;
    const driver = neo4j.driver(uri!, auth);
    try {
      const before = await server.version();
      await driver.executeQuery("MATCH (f:Firm) WITH f LIMIT 1 SET f.name = f.name + ' (edited)'", {}, { database });
      // Five watch intervals later: the version moved (the next request sees the write), the load did not.
      await new Promise((r) => setTimeout(r, 1_000));
      expect((await server.version()).key).not.toBe(before.key);
      expect(warmedFor).toEqual(['loaded by the server', 'loaded by rantai load']);
    } finally {
      await driver.close();
    }
  });

  it('never warms on its own in a store whose warmers have not run (the CLI)', async () => {
    const logged: string[] = [];
    const quiet = Neo4jStore.create({ ...connection, warmers: [async () => logged.push('warmed')] });
    try {
      quiet.watchLoads(100);
      await cli.replace(handDataset(), 'loaded again');
      await quiet.version();
      expect(await until(() => logged.length > 0, 1_000)).toBe(false);
    } finally {
      await quiet.close();
    }
  });
});
