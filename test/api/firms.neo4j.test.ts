// GET /api/firms from Neo4j: four fields per firm read in Cypher and kept per data version
// (server/api/routes/firms.ts) instead of every Firm property, the same list as the embedded store
// gives for the same dataset and query; a firm renamed directly in Neo4j shows in the next answer.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firmList, type FirmsQuery } from '../../server/api/routes/firms.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { SEED_AND_GENERATED } from '../helpers/datasets.ts';
import { openTestNeo4jStore, otherTestDriver, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
let neo: Neo4jStore;
let other: Driver;
beforeAll(async () => {
  if (!uri) return;
  neo = await openTestNeo4jStore(uri);
  other = otherTestDriver(uri);
});
afterAll(async () => {
  await neo?.close();
  await other?.close();
});

describe.skipIf(uri === null)('GET /api/firms from Neo4j', () => {
  it.each(SEED_AND_GENERATED)('is the embedded store\'s list on the %s dataset', async (_name, load) => {
    const dataset = await load();
    const embedded = new EmbeddedStore(dataset);
    await neo.replace(dataset, 'firms');
    const queries: FirmsQuery[] = [{}, { tier: ['IKM'] }, { tier: ['OEM', 'BUYER'] }, { cluster: dataset.clusters[0]!.id }, { tier: ['IKM'], cluster: dataset.clusters[1]!.id }, { tier: ['OEM'], cluster: dataset.clusters[0]!.id }];
    // The province filter reads each firm's own province on both stores (the first firm's, and one with a tier and a cluster).
    const province = dataset.firms.find((f) => f.province)!.province!;
    queries.push({ province }, { province, tier: ['IKM', 'TIER2'] }, { province, cluster: dataset.clusters[0]!.id }, { province: province.toUpperCase() });
    for (const q of queries) expect(await firmList(neo, q), JSON.stringify(q)).toEqual(await firmList(embedded, q));
    // An id that names no cluster (or names a firm) is the same refusal on both.
    for (const cluster of ['no-such-cluster', dataset.firms[0]!.id]) {
      const refusal = (store: typeof neo | EmbeddedStore) => firmList(store, { cluster }).then(() => null, (e: unknown) => (e as Error).message);
      expect(await refusal(neo)).toBe(`cluster: no cluster has id "${cluster}"`);
      expect(await refusal(embedded)).toBe(await refusal(neo));
    }
    // A province no firm or cluster is located in: the same refusal, listing the same provinces, on both.
    const noProvince = (store: typeof neo | EmbeddedStore) => firmList(store, { province: 'Atlantis' }).then(() => null, (e: unknown) => (e as Error).message);
    const provinces = [...new Set([...dataset.firms, ...dataset.clusters].map((r) => r.province).filter((p): p is string => !!p))].sort();
    expect(await noProvince(neo)).toBe(`province: no firm or cluster of the dataset is located in "Atlantis"; the provinces it has: ${provinces.join(', ')}`);
    expect(await noProvince(embedded)).toBe(await noProvince(neo));
    const all = await firmList(neo, {});
    expect(all.firms).toHaveLength(dataset.firms.length);
    expect(all.firms.filter((f) => f.cluster).length).toBe(dataset.firms.filter((f) => f.cluster).length);
  }, 300_000);

  it('shows a firm renamed directly in Neo4j in the next answer', async () => {
    await neo.replace(await readDataset('seed/indonesia'), 'firms');
    const before = (await firmList(neo, {})).firms;
    await other.executeQuery('MATCH (f:Firm {id: $id}) SET f.name = $name', { id: before[0]!.id, name: 'Zz renamed directly' }, { database });
    const after = (await firmList(neo, {})).firms;
    expect(after.at(-1)).toMatchObject({ id: before[0]!.id, name: 'Zz renamed directly' });
  });
});
