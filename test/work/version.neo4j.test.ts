// The Neo4j data version (Neo4jStore.version): the bookmark of a trivial read transaction, checked
// here against the real Neo4j to advance after every committed write — by this store, by a load,
// or by anyone else through their own driver — and to stay equal otherwise (reads, analyses, a
// rolled-back transaction). And the reason it exists: an answer cached by the work gate is never
// served after someone else's direct write.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset } from '../../server/model/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { attachWork } from '../../server/work/index.ts';
import { REPO } from '../helpers/cli.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';
import { serveStore } from '../helpers/server.ts';

const uri = testNeo4jUri();

describe.skipIf(uri === null)('the Neo4j data version', () => {
  let store: Neo4jStore;
  let other: Driver;
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';

  beforeAll(async () => {
    store = await openTestNeo4jStore(uri!);
    await store.replace(await readDataset(`${REPO}seed/indonesia`), 'version-test');
    // Someone else: their own driver, their own connections.
    const auth = process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined;
    other = neo4j.driver(uri!, auth);
  });
  afterAll(async () => {
    await other?.close();
    await store?.close();
  });

  const write = async (query: string) => {
    await other.executeQuery(query, {}, { database });
  };

  it('stays equal across reads and analyses, and advances after every committed write', async () => {
    const v0 = (await store.version()).key;
    await store.counts();
    await store.snapshot();
    await store.read('MATCH (f:Firm) RETURN count(f) AS n', {});
    expect((await store.version()).key).toBe(v0);

    const seen = [v0];
    const expectAdvanced = async () => {
      const v = (await store.version()).key;
      expect(seen).not.toContain(v);
      seen.push(v);
      // ...and stays there while nothing is written.
      expect((await store.version()).key).toBe(v);
    };
    await write("CREATE (:VersionProbe {n: 1})");
    await expectAdvanced();
    await write('MATCH (p:VersionProbe) SET p.n = 2');
    await expectAdvanced();
    await write("MATCH (f:Firm {id: 'f-kai'}) SET f.note = 'x'");
    await expectAdvanced();
    await write("MATCH (f:Firm {id: 'f-kai'}) REMOVE f.note");
    await expectAdvanced();
    await write('MATCH (p:VersionProbe) DELETE p');
    await expectAdvanced();

    // A transaction that is rolled back commits nothing: the version stays.
    const session = other.session({ database });
    const tx = session.beginTransaction();
    await tx.run("CREATE (:VersionProbe {n: 3})");
    await tx.rollback();
    await session.close();
    expect((await store.version()).key).toBe(seen.at(-1));

    // A load writes a new load id and commits many transactions.
    await store.replace(await readDataset(`${REPO}seed/indonesia`), 'version-test-2');
    await expectAdvanced();
    const [meta] = await store.read('MATCH (m:RantaiMeta {id: $id}) RETURN m.loadId AS loadId', { id: 'dataset' });
    expect(typeof meta!.loadId).toBe('string');
    expect(seen.at(-1)).toContain(meta!.loadId as string);
  });

  it('keeps counts only while the version stands: a node created directly is counted at once', async () => {
    const before = await store.counts();
    expect(await store.counts()).toEqual(before);
    await write("CREATE (:Firm {id: 'f-version-probe', name: 'probe', tier: 'IKM'})");
    expect((await store.counts()).nodes.Firm).toBe(before.nodes.Firm! + 1);
    await write("MATCH (f:Firm {id: 'f-version-probe'}) DELETE f");
    expect(await store.counts()).toEqual(before);
  });

  it('lets many concurrent callers share version reads, each seeing a read that began after it asked', async () => {
    const keys = await Promise.all(Array.from({ length: 200 }, () => store.version()));
    expect(new Set(keys.map((k) => k.key)).size).toBe(1);
    await write("MATCH (f:Firm {id: 'f-kai'}) SET f.note = 'y'");
    const after = await Promise.all(Array.from({ length: 50 }, () => store.version()));
    for (const k of after) expect(k.key).not.toBe(keys[0]!.key);
    await write("MATCH (f:Firm {id: 'f-kai'}) REMOVE f.note");
  });

  describe('through the API', () => {
    let server: RunningServer;
    beforeAll(async () => {
      attachWork(store, {});
      server = await serveStore(store);
    });
    afterAll(async () => server?.close());

    const get = async (path: string) => {
      const res = await fetch(`${server.url}${path}`);
      return { status: res.status, outcome: res.headers.get('x-rantai-work'), body: (await res.json()) as Record<string, unknown> };
    };

    it('serves a cached answer until someone writes directly into Neo4j, then the new data', async () => {
      const path = '/api/analysis/missing-links?limit=3';
      const first = await get(path);
      expect(first.status).toBe(200);
      const again = await get(path);
      expect(again.outcome).toBe('hit');
      expect(again.body).toEqual(first.body);
      const top = (first.body.recommendations as Array<{ supplier: { id: string; name: string } }>)[0]!.supplier;

      // A researcher renames the top supplier with their own driver.
      await other.executeQuery('MATCH (f:Firm {id: $id}) SET f.name = $name', { id: top.id, name: 'Renamed directly in Neo4j' }, { database });
      const after = await get(path);
      expect(after.outcome).toBe('computed');
      const supplierNames = (after.body.recommendations as Array<{ supplier: { id: string; name: string } }>).filter((r) => r.supplier.id === top.id).map((r) => r.supplier.name);
      expect(supplierNames.length).toBeGreaterThan(0);
      expect(new Set(supplierNames)).toEqual(new Set(['Renamed directly in Neo4j']));
      await other.executeQuery('MATCH (f:Firm {id: $id}) SET f.name = $name', { id: top.id, name: top.name }, { database });
      const restored = await get(path);
      expect(restored.body).toEqual(first.body);
    });

    it('serves the graph view fresh after a relationship is written directly', async () => {
      const before = await get('/api/graph');
      expect((await get('/api/graph')).outcome).toBe('hit');
      const supplies = (body: Record<string, unknown>) => (body.links as Array<{ type: string }>).filter((l) => l.type === 'SUPPLIES').length;
      await other.executeQuery(
        "MATCH (s:Firm {id: 'f-kbj'}), (b:Firm {id: 'f-inka'}) CREATE (s)-[:SUPPLIES {component: 'c-manhole-cover', unitsPerYear: 1, source: 'probe'}]->(b)",
        {},
        { database },
      );
      const after = await get('/api/graph');
      expect(after.outcome).toBe('computed');
      expect(supplies(after.body)).toBe(supplies(before.body) + 1);
      await other.executeQuery("MATCH ()-[r:SUPPLIES {source: 'probe'}]->() DELETE r", {}, { database });
      expect(supplies((await get('/api/graph')).body)).toBe(supplies(before.body));
    });
  });
});
