// Differential test: the same dataset gives identical answers from the embedded store and from
// Neo4j for every route the stores serve: counts, every view with each filter, every entity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore, type GraphQuery } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
let neo: Neo4jStore;
beforeAll(async () => {
  if (uri) neo = await openTestNeo4jStore(uri);
});
afterAll(async () => neo?.close());

function queries(d: Dataset): GraphQuery[] {
  const out: GraphQuery[] = [];
  for (const view of ['network', 'tiers'] as const) {
    out.push({ view });
    for (const tier of ['OEM', 'TIER1', 'IKM', 'BUYER'] as const) out.push({ view, tier });
    for (const c of d.clusters.slice(0, 4)) out.push({ view, cluster: c.id });
    for (const c of d.components.slice(0, 6)) out.push({ view, component: c.id });
    const province = d.firms.find((f) => f.province)?.province;
    if (province) out.push({ view, province });
  }
  return out;
}

describe.skipIf(uri === null)('embedded and Neo4j stores agree', () => {
  it.each([
    ['seed', () => readDataset('seed/indonesia')],
    ['generated', async () => smallDataset(21)],
  ])('on the %s dataset', async (_name, load) => {
    const dataset = await load();
    const embedded = new EmbeddedStore(dataset);
    await neo.replace(dataset, 'differential');
    expect(await neo.counts()).toEqual(await embedded.counts());
    for (const q of queries(dataset)) expect(await neo.graph(q), JSON.stringify(q)).toEqual(await embedded.graph(q));
    const ids = [...dataset.firms, ...dataset.clusters, ...dataset.components, ...dataset.countries].map((x) => x.id);
    for (const id of ids.slice(0, 400)) expect(await neo.entity(id), id).toEqual(await embedded.entity(id));
  });
});
