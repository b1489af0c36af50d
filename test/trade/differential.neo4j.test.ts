// Differential test (issue 15): the trade analyses give IDENTICAL answers from the embedded store
// and from Neo4j — the seed's national table and concordance loaded into both stores (HsProduct,
// TRADE, MAPS_TO), and a generated dataset that also has a world table (EXPORTS): national exposure
// (GET /api/analysis/imports?basis=national) for every year of the table, product complexity
// (ECI rank, PCI per component) and substitution with importBasis=national under every strategy.
// Both stores read the same facts and every number after that is computed by the same TypeScript,
// so exact equality is the right test (as test/substitution/differential.neo4j.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRATEGY_IDS, substitution } from '../../server/analysis/substitution/index.ts';
import { nationalImports, productComplexityOf } from '../../server/analysis/trade/index.ts';
import { readDataset, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore, type GraphStore } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
let neo: Neo4jStore;
beforeAll(async () => {
  if (uri) neo = await openTestNeo4jStore(uri);
});
afterAll(async () => neo?.close());

async function expectSame<T>(label: string, run: (store: GraphStore) => Promise<T>, embedded: GraphStore): Promise<T> {
  const a = await run(neo);
  const b = await run(embedded);
  expect(a, label).toEqual(b);
  return b;
}

const DATASETS: Array<[string, () => Promise<Dataset>]> = [
  ['seed', () => readDataset('seed/indonesia')],
  ['generated with a world table', async () => generateDataset({ clusters: 4, firms: 150, components: 24, seed: 7, trade: true })],
];

describe.skipIf(uri === null)('trade analyses: embedded and Neo4j agree exactly', () => {
  it.each(DATASETS)('on the %s dataset', async (_name, load) => {
    const dataset = await load();
    expect(dataset.trade?.length).toBeGreaterThan(0);
    const embedded = new EmbeddedStore(dataset);
    await neo.replace(dataset, 'trade-differential');

    const latest = await expectSame('national, latest year', (s) => nationalImports(s, { lang: 'en' }), embedded);
    expect(latest.components.some((c) => c.nationalValueUsd > 0)).toBe(true);
    for (const year of latest.years) await expectSame(`national ${year} (id)`, (s) => nationalImports(s, { year, lang: 'id' }), embedded);
    // In Indonesian the sources are source_id where the rows give one (the generator's and the seed's do).
    const sourcesId = dataset.trade!.some((t) => t.source_id !== undefined);
    if (sourcesId) expect(latest.sources).not.toEqual((await nationalImports(embedded, { lang: 'id' })).sources);

    const pci = await expectSame('product complexity', (s) => productComplexityOf(s, { country: 'IDN', lang: 'en' }), embedded);
    await expectSame('product complexity (id)', (s) => productComplexityOf(s, { country: 'IDN', lang: 'id' }), embedded);
    expect(pci.available).toBe(dataset.world_trade !== undefined && dataset.world_trade.length > 0);
    if (pci.available) expect(pci.components.some((c) => c.pci !== null)).toBe(true);

    for (const strategy of STRATEGY_IDS) {
      const out = await expectSame(`substitution ${strategy} national`, (s) => substitution(s, { strategy, limit: 1000, importBasis: 'national', lang: 'en' }), embedded);
      expect(out.importBasis).toBe('national');
    }
    // A generous bound, not a speed check: an atomic load into Neo4j on a busy machine can take
    // minutes, and a timed-out test would leave its load running under the next one.
  }, 300_000);
});
