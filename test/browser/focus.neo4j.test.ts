// The focused views on the Neo4j store (seed dataset), in a real Chromium: for Ceper, each view
// draws the supply and recommended links Neo4j's /api/graph and /api/analysis/missing-links
// report, shows its key figures, and the numbers equal the embedded store's answer for the same
// query (the data does not differ between stores; this checks the whole path through Neo4j).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MissingLinksOut } from '../../server/analysis/links/shapes.ts';
import { graphView } from '../../server/focus/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore, type GraphOut } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const uri = testNeo4jUri();
const unavailable = browserUnavailable();
let fx: BrowserFixture;
let store: Neo4jStore;

beforeAll(async () => {
  if (unavailable || uri === null) return;
  store = await openTestNeo4jStore(uri);
  await store.replace(await readDataset('seed/indonesia'), 'seed');
  fx = await openBrowserFixture({ store });
});
afterAll(async () => {
  await fx?.close();
  await store?.close();
});

const api = async <T>(path: string): Promise<T> => (await fetch(`${fx.server.url}/api/${path}`)).json() as Promise<T>;

describe.skipIf(unavailable !== null || uri === null)('focused views on Neo4j (seed dataset)', () => {
  it('draws Ceper’s supply and recommended links in every view, with the key figures of the API', async () => {
    const embedded = new EmbeddedStore(await readDataset('seed/indonesia'));
    const missing = await api<MissingLinksOut>('analysis/missing-links?cluster=cl-ceper');
    expect(missing.total).toBeGreaterThan(0);
    const { page, errors } = await fx.page('', { width: 1440, height: 900 });
    for (const [view, root, tag] of [['network', '#network-view', 'line'], ['tiers', '#tiers-view', 'path'], ['map', '#map-view', 'path']] as const) {
      const graph = await api<GraphOut>(`graph?view=${view}&cluster=cl-ceper&links=recommended`);
      expect(graph).toEqual(await graphView(embedded, { view, cluster: 'cl-ceper', links: 'recommended' }));
      await page.goto(`${fx.server.url}/?view=${view}&cluster=cl-ceper&lang=id`);
      await page.waitForSelector(`${root}[data-ready=true]`, { timeout: 30_000 });
      expect(await page.locator(`${root} ${tag}[data-kind=supply]`).count()).toBe(graph.links.filter((l) => l.type === 'SUPPLIES').length);
      expect(await page.locator(`${root} ${tag}[data-kind=missing]`).count()).toBe(missing.recommendations.length);
      const supply = await page.locator(`${root} li[data-figure=supply]`).getAttribute('data-values');
      expect(JSON.parse(supply!)).toEqual({ inside: graph.figures.supplyLinks.inside, outside: graph.figures.supplyLinks.outside });
      await screenshot(page, `focus-${view}-ceper-id-neo4j`);
    }
    expect(errors).toEqual([]);
  });
});
