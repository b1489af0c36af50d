// Issue 15 at national scale: on Neo4j the trade facts (national table through the concordance, the
// buyers' figures beside it) are kept per data version, as the embedded store keeps them until a
// reload, so requests for other years and languages do not read them again (bench/README.md). A write
// made directly in Neo4j (someone's own driver, not Rantai) must still be in the very next answer.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complexityBasis, nationalFacts, nationalImports } from '../../server/analysis/trade/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { readDataset, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const database = process.env.NEO4J_DATABASE ?? 'neo4j';

describe.skipIf(uri === null)('national trade facts on Neo4j: kept per data version', () => {
  let store: Neo4jStore;
  let other: Driver;
  let seed: Dataset;

  beforeAll(async () => {
    store = Neo4jStore.create({ uri: uri!, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database });
    const auth = process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined;
    other = neo4j.driver(uri!, auth);
    seed = await readDataset('seed/indonesia');
  });
  afterAll(async () => {
    await other?.close();
    await store?.close();
  });

  it('reads the facts once between writes, and answers a direct write at once', async () => {
    await store.replace(seed, 'kept-trade-facts');
    const kept = await nationalFacts(store);
    expect(await nationalFacts(store)).toBe(kept);
    const before = await nationalImports(store, { year: 2023, lang: 'en' });
    expect(await nationalFacts(store)).toBe(kept);
    const sprocket = (out: typeof before) => out.components.find((c) => c.component === 'c-sprocket-mc')!;
    // Hand computation from seed/indonesia: HS 871410 in 2023 is THA 8,820,000 + TWN 2,100,000 +
    // VNM 11,340,000 = 22,260,000, and the sprocket's concordance share of 871410 is 0.25.
    expect(sprocket(before).nationalValueUsd).toBeCloseTo(0.25 * 22_260_000, 6);

    // A direct write doubles the 2023 imports of HS 871410 from Viet Nam: 22,680,000.
    await other.executeQuery("MATCH (:Country {id: 'VNM'})-[t:TRADE {year: 2023}]->(:HsProduct {code: '871410'}) SET t.valueUsd = 22680000", {}, { database });
    expect(await nationalFacts(store)).not.toBe(kept);
    const after = await nationalImports(store, { year: 2023, lang: 'en' });
    // 0.25 × (8,820,000 + 2,100,000 + 22,680,000) = 8,400,000; Viet Nam's share 22,680,000 / 33,600,000 = 0.675.
    expect(sprocket(after).nationalValueUsd).toBeCloseTo(8_400_000, 6);
    expect(sprocket(after).origins.find((o) => o.country === 'VNM')?.share).toBeCloseTo(0.675, 12);
    // The same change made to the dataset gives the embedded store's answer exactly.
    const changed: Dataset = { ...seed, trade: seed.trade!.map((r) => (r.year === 2023 && r.hs === '871410' && r.origin === 'VNM' ? { ...r, value_usd: 22_680_000 } : r)) };
    expect(after).toEqual(await nationalImports(new EmbeddedStore(changed), { year: 2023, lang: 'en' }));
  }, 300_000);

  it('keeps the strategic strategy’s complexity basis per data version, and recomputes it after a direct write', async () => {
    // The seed has no world table: a small generated dataset with one.
    const d = generateDataset({ clusters: 4, firms: 200, components: 30, seed: 3, trade: true });
    await store.replace(d, 'kept-complexity-basis');
    const basis = await complexityBasis(store);
    expect([basis.available, basis.defined]).toEqual([true, true]);
    expect(await complexityBasis(store)).toBe(basis);
    expect(basis).toEqual(await complexityBasis(new EmbeddedStore(d)));

    // A direct write multiplies Indonesia's exports of one product in the latest year by 50.
    const year = basis.year!;
    const hs = d.world_trade!.find((w) => w.year === year && w.exporter === 'IDN')!.hs;
    await other.executeQuery("MATCH (:Country {id: 'IDN'})-[e:EXPORTS {year: $year}]->(:HsProduct {code: $hs}) SET e.valueUsd = e.valueUsd * 50", { year: neo4j.int(year), hs }, { database });
    const after = await complexityBasis(store);
    expect(after).not.toBe(basis);
    expect(after.percentile).not.toEqual(basis.percentile);
    const changed: Dataset = { ...d, world_trade: d.world_trade!.map((w) => (w.year === year && w.hs === hs && w.exporter === 'IDN' ? { ...w, value_usd: w.value_usd * 50 } : w)) };
    expect(after).toEqual(await complexityBasis(new EmbeddedStore(changed)));
  }, 300_000);
});
