// Differential test: missing links (with every kind of filter) and risk are identical from the
// embedded store (facts computed from the snapshot) and from Neo4j (facts from
// cypher/analysis/missing-links.cypher, clusters-without-oem.cypher, single-source.cypher and
// failure-impact.cypher), on the seed, the hand dataset and generated datasets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingLinks, type MissingLinksOptions } from '../../server/analysis/links/index.ts';
import { risk } from '../../server/analysis/risk/index.ts';
import { readDataset, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';
import { handDataset } from './hand-dataset.ts';

const uri = testNeo4jUri();
let neo: Neo4jStore;
beforeAll(async () => {
  if (uri) neo = await openTestNeo4jStore(uri);
});
afterAll(async () => neo?.close());

function filters(d: Dataset): MissingLinksOptions[] {
  const out: MissingLinksOptions[] = [{}, { limit: 10 }];
  const buyers = [...new Set([...d.needs.map((n) => n.firm), ...d.imports.map((i) => i.buyer)])].sort();
  for (const buyer of buyers.slice(0, 4)) out.push({ buyer });
  for (const c of d.clusters.slice(0, 3)) out.push({ cluster: c.id });
  for (const c of [...new Set(d.needs.map((n) => n.component))].sort().slice(0, 3)) out.push({ component: c });
  if (buyers[0] && d.clusters[0]) out.push({ buyer: buyers[0], cluster: d.clusters[0].id, limit: 3 });
  // A view's tier and province, read by each store (Neo4j's focusFirms in Cypher).
  const province = d.firms.find((f) => f.province)?.province;
  out.push({ tier: 'IKM' }, { tier: 'OEM', limit: 5 }, ...(province ? [{ province }, { tier: 'TIER1' as const, province, limit: 20 }] : []));
  return out;
}

describe.skipIf(uri === null)('missing links and risk: embedded and Neo4j agree', () => {
  it.each([
    ['seed', () => readDataset('seed/indonesia')],
    ['hand', async () => handDataset()],
    ['generated (small)', async () => smallDataset(21)],
    ['generated (many components)', async () => generateDataset({ clusters: 3, firms: 200, components: 600, seed: 7 })],
  ])('on the %s dataset', async (_name, load) => {
    const dataset = await load();
    const embedded = new EmbeddedStore(dataset);
    await neo.replace(dataset, 'links-differential');
    const risky = await risk(embedded);
    expect(risky.failureImpact.length).toBeGreaterThan(0);
    expect(await risk(neo)).toEqual(risky);
    for (const options of filters(dataset)) {
      const expected = await missingLinks(embedded, options);
      expect(await missingLinks(neo, options), JSON.stringify(options)).toEqual(expected);
    }
    const all = await missingLinks(embedded);
    expect(all.total).toBeGreaterThan(0);
  }, 180_000);
});
