// The clusters' complexity analysis on Neo4j is kept per data version (a national table takes about
// 7 s, and each component in the Complexity view's focus asks for it again). A write made directly
// in Neo4j (someone's own driver, not Rantai) must still be in the very next answer: here the
// Pasuruan foundries stop making brake drums, and the next answer equals the embedded store's
// answer for the seed changed the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterComplexity } from '../../server/analysis/cluster-complexity/index.ts';
import { readDataset, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { openDirectWrites, testNeo4jUri, type DirectWrites } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const QUERY = { limit: 10, lang: 'en' as const, component: 'c-brake-drum' };

describe.skipIf(uri === null)('cluster complexity on Neo4j after a direct write', () => {
  let fx: DirectWrites;
  let seed: Dataset;
  beforeAll(async () => {
    fx = openDirectWrites(uri!);
    seed = await readDataset('seed/indonesia');
  });
  afterAll(async () => fx?.close());

  it('answers from the data as written, the same as the embedded store for the same change', async () => {
    await fx.store.replace(seed, 'cluster-complexity direct-write');
    const before = await clusterComplexity(fx.store, QUERY);
    expect(before).toEqual(await clusterComplexity(new EmbeddedStore(seed), QUERY));
    // Pasuruan makes brake drums with a comparative advantage: it is no next step for it.
    expect(before.opportunities.some((o) => o.cluster === 'cl-pasuruan')).toBe(false);

    await fx.write("MATCH (f:Firm)-[:MEMBER_OF]->(:Cluster {id: 'cl-pasuruan'}) MATCH (f)-[m:MAKES]->(:Component {id: 'c-brake-drum'}) DELETE m");
    const after = await clusterComplexity(fx.store, QUERY);
    const pasuruan = new Set(seed.firms.filter((f) => f.cluster === 'cl-pasuruan').map((f) => f.id));
    const changed: Dataset = { ...seed, makes: seed.makes.filter((m) => !(pasuruan.has(m.firm) && m.component === 'c-brake-drum')) };
    expect(after).toEqual(await clusterComplexity(new EmbeddedStore(changed), QUERY));
    expect(after).not.toEqual(before);
    expect(after.opportunities.some((o) => o.cluster === 'cl-pasuruan')).toBe(true);
  }, 300_000);
});
