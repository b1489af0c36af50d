// The Neo4j store keeps the risk facts per data version (server/analysis/risk/risk.ts) and builds
// them after each load, as it does the substitution facts. A write made directly in Neo4j (someone's
// own driver, not Rantai) must still be in the very next answer. Checked on the hand dataset of
// test/links/hand-dataset.ts against the embedded store's answer for the dataset changed the same
// way (the stores agree exactly: test/links/differential.neo4j.test.ts), and against the hand-worked
// single source (test/risk/hand-checked.test.ts: Buyer Y's hubs come from IKM D alone, since only D
// makes hubs and nobody holds IATF 16949).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { risk, riskFacts } from '../../server/analysis/risk/index.ts';
import { datasetFromJsonText } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { openDirectWrites, testNeo4jUri, type DirectWrites } from '../helpers/neo4j.ts';
import { HAND_BUNDLE, handDataset } from '../links/hand-dataset.ts';

const uri = testNeo4jUri();

describe.skipIf(uri === null)('risk on Neo4j after a direct write', () => {
  let fx: DirectWrites;
  beforeAll(() => {
    fx = openDirectWrites(uri!);
  });
  afterAll(async () => fx?.close());

  it('keeps the facts built by the load until someone writes, then answers from the data as written', async () => {
    await fx.store.replace(handDataset(), 'risk-direct-write');
    // The load built the facts: asking twice without a write gives the very same kept rows.
    const kept = await riskFacts(fx.store);
    expect(await riskFacts(fx.store)).toBe(kept);
    const loaded = await risk(fx.store, 'id');
    expect(loaded).toEqual(await risk(new EmbeddedStore(handDataset()), 'id'));
    expect(loaded.singleSource.map((s) => [s.buyer.id, s.component.id, s.supplier.id])).toEqual([['f-y', 'c-hub', 'f-d']]);

    // IKM C starts making hubs, written directly: D is no longer the only firm that could supply them.
    await fx.write("MATCH (f:Firm {id: 'f-c'}), (c:Component {id: 'c-hub'}) CREATE (f)-[:MAKES {unitsPerYear: 10}]->(c)");
    expect(await riskFacts(fx.store)).not.toBe(kept);
    const written = await risk(fx.store, 'id');
    expect(written.singleSource).toEqual([]);
    const changed = datasetFromJsonText('hand.json', JSON.stringify({ ...HAND_BUNDLE, makes: [...HAND_BUNDLE.makes, { firm: 'f-c', component: 'c-hub', units_per_year: 10 }] }));
    expect(written).toEqual(await risk(new EmbeddedStore(changed), 'id'));
  });
});
