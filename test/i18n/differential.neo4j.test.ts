// Indonesian answers are identical from both stores: on the seed, the substitution ranking and a
// what-if, missing links, risk, import exposure, the catalog's names and the graph views (a focus
// with its recommended links' evidence, an overview's province nodes), asked in Bahasa Indonesia
// from Neo4j (facts from cypher/analysis/*.cypher) and from the embedded store (the snapshot).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../server/api/routes/catalog.ts';
import { graphView } from '../../server/focus/index.ts';
import { importExposure } from '../../server/analysis/imports/index.ts';
import { missingLinks } from '../../server/analysis/links/index.ts';
import { risk } from '../../server/analysis/risk/index.ts';
import { substitution, whatIf } from '../../server/analysis/substitution/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore, type GraphStore } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
let neo: Neo4jStore;
beforeAll(async () => {
  if (uri) neo = await openTestNeo4jStore(uri);
});
afterAll(async () => neo?.close());

describe.skipIf(uri === null)('Indonesian answers: embedded and Neo4j agree', () => {
  it('on the seed', async () => {
    const dataset = await readDataset('seed/indonesia');
    const embedded = new EmbeddedStore(dataset);
    await neo.replace(dataset, 'i18n-differential');
    const answers = (store: GraphStore) => [
      () => substitution(store, { strategy: 'balanced', limit: 1000, lang: 'id' }),
      () => whatIf(store, { interventions: [{ target: 'cl-tegal', add: { certification: 'IATF 16949', capacityTonnes: 500 } }], strategy: 'strategic', limit: 100, lang: 'id' }),
      () => missingLinks(store, { lang: 'id' }),
      () => risk(store, 'id'),
      () => importExposure(store, 'id'),
      () => catalog(store, 'id'),
      () => graphView(store, { view: 'map', cluster: 'cl-ceper', links: 'recommended' }, 'id'),
      () => graphView(store, { view: 'network', group: 'cluster,TIER1,TIER2,BUYER', links: 'recommended' }, 'id'),
    ];
    const [mine, theirs] = [answers(embedded), answers(neo)];
    for (let i = 0; i < mine.length; i++) {
      const expected = await mine[i]!();
      // The graph answers carry no lang of their own: their evidence is checked in graph-lang.test.ts.
      if ('lang' in (expected as object)) expect((expected as { lang: string }).lang).toBe('id');
      expect(await theirs[i]!()).toEqual(expected);
    }
  }, 180_000);
});
