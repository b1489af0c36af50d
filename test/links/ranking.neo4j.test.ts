// The ranking of missing links on Neo4j equals the embedded store's on a generated dataset large
// enough for the bounds to prune (8,000 firms): the ranking index built
// from the compact facts of cypher/analysis/missing-links-{firms,components,relations}.cypher is
// the one built from the snapshot, array for array, and every answer — the API's default limit, 1,000,
// each kind of filter — is the same to the last bit. (The embedded answers equal the brute force:
// test/links/selection.property.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLinkIndex, embeddedScoringFacts, missingLinks, MISSING_LINKS_DEFAULT_LIMIT, neo4jScoringFacts, warmMissingLinks, type MissingLinksOptions } from '../../server/analysis/links/index.ts';
import { cypherFile } from '../../server/store/cypher-files.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const dataset = generateDataset({ clusters: 60, firms: 8000, components: 400, seed: 5 });
const embedded = new EmbeddedStore(dataset);
let neo: Neo4jStore;
beforeAll(async () => {
  if (!uri) return;
  neo = await openTestNeo4jStore(uri);
  await neo.replace(dataset, 'links-ranking');
}, 300_000);
afterAll(async () => neo?.close());

describe.skipIf(uri === null)('missing links ranked on Neo4j and on the embedded store (8,000 firms)', () => {
  it('builds the same ranking index from the compact Cypher facts as from the snapshot', async () => {
    const fromSnapshot = await buildLinkIndex(embeddedScoringFacts(await embedded.snapshot()));
    const fromNeo4j = await buildLinkIndex(await neo4jScoringFacts(neo));
    expect(fromSnapshot.suppliers.firm.length).toBeGreaterThan(10_000);
    expect(fromNeo4j).toEqual(fromSnapshot);
  }, 120_000);

  it('gives the same answers', async () => {
    const options: MissingLinksOptions[] = [
      { limit: 50 },
      { limit: 1000 },
      { cluster: dataset.clusters[3]!.id, limit: 50 },
      { component: dataset.needs[7]!.component, limit: 200 },
      { buyer: dataset.needs[0]!.firm, limit: 50 },
      { buyer: dataset.needs[0]!.firm, cluster: dataset.clusters[0]!.id, limit: 5 },
    ];
    for (const o of options) {
      const expected = await missingLinks(embedded, o);
      expect(await missingLinks(neo, o), JSON.stringify(o)).toEqual(expected);
    }
  }, 180_000);

  it('warms with the default answer only: the full facts of its 50 candidates, not of every one', async () => {
    const query = await cypherFile('analysis/missing-links.cypher');
    const spelledOut: number[] = [];
    const counting = new Proxy(neo, {
      get(t, prop, receiver) {
        if (prop === 'read') {
          return async (q: string, params: Record<string, unknown>) => {
            const rows = await t.read(q, params);
            if (q === query) spelledOut.push(rows.length);
            return rows;
          };
        }
        const value: unknown = Reflect.get(t, prop, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
      },
    });
    await warmMissingLinks(counting);
    expect((await missingLinks(embedded, {})).total).toBeGreaterThan(1000);
    expect(spelledOut).toEqual([MISSING_LINKS_DEFAULT_LIMIT]);
  }, 120_000);
});
