// Differential test: GET /api/analysis/complexity's analysis is identical from the embedded store
// (the table from the snapshot, server/analysis/cluster-complexity/embedded.ts) and from Neo4j
// (cypher/analysis/cluster-complexity.cypher), on the seed (disconnected: warnings and per-block
// values) and on generated datasets (connected), table and answer alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterComplexity, clusterTable } from '../../server/analysis/cluster-complexity/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
let neo: Neo4jStore;
beforeAll(async () => {
  if (uri) neo = await openTestNeo4jStore(uri);
});
afterAll(async () => neo?.close());

describe.skipIf(uri === null)('cluster complexity: embedded and Neo4j agree', () => {
  it.each([
    ['seed', () => readDataset('seed/indonesia'), false],
    ['generated (small)', async () => smallDataset(3), true],
    ['generated (many components)', async () => generateDataset({ clusters: 12, firms: 400, components: 300, seed: 5 }), true],
  ])('on the %s dataset', async (_name, load, connected) => {
    const dataset = await load();
    const embedded = new EmbeddedStore(dataset);
    await neo.replace(dataset, 'cluster-complexity-differential');
    const table = await clusterTable(embedded);
    expect(table.some((r) => r.cells.length > 0)).toBe(true);
    expect(await clusterTable(neo)).toEqual(table);
    for (const lang of ['en', 'id'] as const) {
      const expected = await clusterComplexity(embedded, { limit: 10, lang });
      expect(expected.defined).toBe(connected);
      expect(await clusterComplexity(neo, { limit: 10, lang })).toEqual(expected);
    }
    // One component's opportunities, every cluster that does not make it: the first by id (its row may be past a cluster's first 10).
    const component = [...new Set(table.flatMap((r) => r.cells.map((c) => c.component)))].sort()[0]!;
    const one = await clusterComplexity(embedded, { limit: 10, lang: 'id', component });
    expect(one.opportunities.every((o) => o.component === component)).toBe(true);
    expect(await clusterComplexity(neo, { limit: 10, lang: 'id', component })).toEqual(one);
  });
});
