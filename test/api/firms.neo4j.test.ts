// GET /api/firms from Neo4j: four fields per firm read in Cypher and kept per data version
// (server/api/routes/firms.ts) instead of every Firm property, the same list as the embedded store
// gives for the same dataset and query; a firm renamed directly in Neo4j shows in the next answer.
import { describe, expect, it } from 'vitest';
import { firmList, type FirmsQuery } from '../../server/api/routes/firms.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { SEED_AND_GENERATED } from '../helpers/datasets.ts';
import { testNeo4jUri, useStoreAndOther } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const suite = useStoreAndOther(uri);

describe.skipIf(uri === null)('GET /api/firms from Neo4j', () => {
  it.each(SEED_AND_GENERATED)('is the embedded store\'s list on the %s dataset', async (_name, load) => {
    const dataset = await load();
    const embedded = new EmbeddedStore(dataset);
    await suite.store.replace(dataset, 'firms');
    const queries: FirmsQuery[] = [{}, { tier: ['IKM'] }, { tier: ['OEM', 'BUYER'] }, { cluster: dataset.clusters[0]!.id }, { tier: ['IKM'], cluster: dataset.clusters[1]!.id }, { tier: ['OEM'], cluster: dataset.clusters[0]!.id }];
    // The province filter reads each firm's own province on both stores (the first firm's, and one with a tier and a cluster).
    const province = dataset.firms.find((f) => f.province)!.province!;
    queries.push({ province }, { province, tier: ['IKM', 'TIER2'] }, { province, cluster: dataset.clusters[0]!.id }, { province: province.toUpperCase() });
    for (const q of queries) expect(await firmList(suite.store, q), JSON.stringify(q)).toEqual(await firmList(embedded, q));
    // An id that names no cluster (or names a firm) is the same refusal on both.
    for (const cluster of ['no-such-cluster', dataset.firms[0]!.id]) {
      const refusal = (store: typeof suite.store | EmbeddedStore) => firmList(store, { cluster }).then(() => null, (e: unknown) => (e as Error).message);
      expect(await refusal(suite.store)).toBe(`cluster: no cluster has id "${cluster}"`);
      expect(await refusal(embedded)).toBe(await refusal(suite.store));
    }
    // A province no firm or cluster is located in: the same refusal, listing the same provinces, on both.
    const noProvince = (store: typeof suite.store | EmbeddedStore) => firmList(store, { province: 'Atlantis' }).then(() => null, (e: unknown) => (e as Error).message);
    const provinces = [...new Set([...dataset.firms, ...dataset.clusters].map((r) => r.province).filter((p): p is string => !!p))].sort();
    expect(await noProvince(suite.store)).toBe(`province: no firm or cluster of the dataset is located in "Atlantis"; the provinces it has: ${provinces.join(', ')}`);
    expect(await noProvince(embedded)).toBe(await noProvince(suite.store));
    const all = await firmList(suite.store, {});
    expect(all.firms).toHaveLength(dataset.firms.length);
    expect(all.firms.filter((f) => f.cluster).length).toBe(dataset.firms.filter((f) => f.cluster).length);
  }, 300_000);

  it('shows a firm renamed directly in Neo4j in the next answer', async () => {
    await suite.store.replace(await readDataset('seed/indonesia'), 'firms');
    const before = (await firmList(suite.store, {})).firms;
    await suite.other.executeQuery('MATCH (f:Firm {id: $id}) SET f.name = $name', { id: before[0]!.id, name: 'Zz renamed directly' }, { database: suite.database });
    const after = (await firmList(suite.store, {})).firms;
    expect(after.at(-1)).toMatchObject({ id: before[0]!.id, name: 'Zz renamed directly' });
  });
});
