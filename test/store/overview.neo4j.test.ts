// Differential test of the overview (server/store/overview): the same dataset gives identical
// /api/graph overviews from the embedded store (summed in process) and from Neo4j (summed in
// Cypher) for every view and several groupings, with recommended links and a pinned one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphView } from '../../server/focus/index.ts';
import type { Dataset } from '../../server/model/index.ts';
import { EmbeddedStore, type GraphQuery } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
let neo: Neo4jStore;
beforeAll(async () => {
  if (uri) neo = await openTestNeo4jStore(uri);
});
afterAll(async () => neo?.close());

function queries(): GraphQuery[] {
  const out: GraphQuery[] = [];
  for (const view of ['network', 'tiers', 'map'] as const) {
    for (const group of ['auto', 'cluster', 'cluster,TIER1,TIER2', 'IKM,BUYER', 'cluster,OEM,TIER1,TIER2,IKM,BUYER']) out.push({ view, group });
    out.push({ view, group: 'auto', links: 'recommended' });
  }
  return out;
}

describe.skipIf(uri === null)('embedded and Neo4j stores give the same overview', () => {
  it.each([
    // 4,000 firms: past OVERVIEW_FIRMS, so group=auto draws an overview too.
    ['4,000 firms', () => generateDataset({ clusters: 30, firms: 4000, components: 150, seed: 5 })],
    ['600 firms', () => generateDataset({ clusters: 8, firms: 600, components: 60, seed: 6 })],
  ] as Array<[string, () => Dataset]>)('on a generated dataset of %s', async (_name, load) => {
    const dataset = load();
    const embedded = new EmbeddedStore(dataset);
    await neo.replace(dataset, 'overview-differential');
    for (const q of queries()) {
      const expected = await graphView(embedded, q);
      if (q.group !== 'auto' || dataset.firms.length > 3000) expect(expected.grouping, JSON.stringify(q)).toBeDefined();
      expect(await graphView(neo, q), JSON.stringify(q)).toEqual(expected);
    }
    // A pinned recommended link is drawn between the nodes its firms are drawn as, on both stores.
    const rec = (await graphView(embedded, { view: 'network', links: 'recommended' })).links.find((l) => l.type === 'RECOMMENDED');
    if (rec) {
      const q: GraphQuery = { view: 'network', group: 'cluster,TIER2', pin: rec.id };
      expect(await graphView(neo, q)).toEqual(await graphView(embedded, q));
    }
  }, 600_000);
});
