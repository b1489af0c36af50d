// Bad values in the address, in a real Chromium: every view shows the same notice (app/notice)
// naming each bad parameter and its value and what is shown instead, drops only those parameters
// from the address and the state, and keeps working with the rest; in English and Bahasa
// Indonesia. Expected sentences are written out here; known ids come from the seed files.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

/** What shows that each view works (drawn or loaded), as the views' own tests wait for it. */
const READY: Record<string, string> = {
  network: '#network-view[data-ready=true]',
  tiers: '#tiers-view[data-ready=true]',
  map: '#map-view[data-ready=true]',
  opportunities: '#opp-table',
  links: '#links-table',
  risk: '#risk-impact',
  complexity: '#cx-cluster-table',
  console: '#console-query',
  data: '#data-counts',
};

const TIER_EN = 'Unknown tier ‘KING’ in the address (parameter tier) — showing all tiers';
const CLUSTER_EN = 'Unknown cluster ‘zzz’ in the address (parameter cluster) — showing all clusters';
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const lines = (page: Page) => page.locator('#url-problems p').allTextContents();

describe.skipIf(unavailable !== null)('bad values in the address', () => {
  it.each(Object.keys(READY))('view %s: names tier=KING and cluster=zzz, drops them and works', async (view) => {
    const { page, errors } = await fx.page(`?view=${view}&tier=KING&cluster=zzz`);
    await page.waitForSelector('#url-problems');
    expect(await page.locator('#url-problems .notice-title').textContent()).toBe('Part of the address was not understood');
    expect(await lines(page)).toEqual([TIER_EN, CLUSTER_EN]);
    await page.waitForSelector(READY[view]!);
    expect(params(page)).toEqual(view === 'network' ? {} : { view });
    expect(await page.locator(`#tab-${view}`).getAttribute('aria-selected')).toBe('true');
    // The view itself shows no error of its own (hidden form errors wait for input; the console's
    // notice that Cypher needs Neo4j is about the embedded store, not the address).
    await page.waitForTimeout(300);
    expect(await page.locator('#view .error:visible, #view [role=alert]:not(#console-neo4j):visible').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps the good parameters: tiers focused on Ceper, tier dropped', async () => {
    const { page, errors } = await fx.page('?view=tiers&tier=KING&cluster=cl-ceper');
    await page.waitForSelector('#url-problems');
    expect(await lines(page)).toEqual([TIER_EN]);
    await page.waitForSelector(READY.tiers!);
    expect(params(page)).toEqual({ view: 'tiers', cluster: 'cl-ceper' });
    expect(await page.inputValue('#filter-cluster')).toBe('Sentra IKM logam Ceper');
    expect(await page.inputValue('#filter-tier')).toBe('');
    await page.click('#url-problems .notice-dismiss');
    expect(await page.locator('#url-problems').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('names every kind of bad value, and an unknown selection', async () => {
    const { page, errors } = await fx.page('?view=KING&lang=fr&measure=huge&strategy=cheapest&missing=maybe&province=Atlantis&component=c-nothing&sel=f-nobody');
    await page.waitForSelector('#url-problems');
    await page.waitForFunction(() => document.querySelectorAll('#url-problems p').length === 8);
    expect(await lines(page)).toEqual([
      'Unknown view ‘KING’ in the address (parameter view) — showing the Network view',
      'Unknown language ‘fr’ in the address (parameter lang) — showing English',
      'Unknown node size ‘huge’ in the address (parameter measure) — all nodes drawn the same size',
      'Unknown strategy ‘cheapest’ in the address (parameter strategy) — showing the Balanced strategy',
      'Unknown value ‘maybe’ in the address (parameter missing; 0 hides recommended links, 1 shows them) — showing them',
      'Unknown province ‘Atlantis’ in the address (parameter province) — showing all provinces',
      'Unknown component ‘c-nothing’ in the address (parameter component) — showing all components',
      'Unknown firm, cluster or other entry ‘f-nobody’ in the address (parameter sel) — nothing selected',
    ]);
    await page.waitForSelector(READY.network!);
    expect(params(page)).toEqual({});
    expect(await page.locator('#detail').isHidden()).toBe(true);
    await screenshot(page, 'url-errors-all-en');
    // The one 404 is the detail panel asking for the unknown selection.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });

  it('says it in Bahasa Indonesia, and again after switching language', async () => {
    const { page, errors } = await fx.page('?view=tiers&lang=id&tier=KING&cluster=zzz');
    await page.waitForSelector('#url-problems');
    expect(await page.locator('#url-problems .notice-title').textContent()).toBe('Sebagian alamat tidak dikenali');
    expect(await lines(page)).toEqual([
      'Tier ‘KING’ tidak dikenal pada alamat (parameter tier) — menampilkan semua tier',
      'Sentra ‘zzz’ tidak dikenal pada alamat (parameter cluster) — menampilkan semua sentra',
    ]);
    await page.waitForSelector(READY.tiers!);
    await screenshot(page, 'url-errors-id');
    await page.selectOption('#lang', 'en');
    await page.waitForFunction(() => document.querySelector('#url-problems .notice-title')?.textContent === 'Part of the address was not understood');
    expect(await lines(page)).toEqual([TIER_EN, CLUSTER_EN]);
    await screenshot(page, 'url-errors-en');
    expect(errors).toEqual([]);
  });

  it('checks an address reached with the back button too', async () => {
    const { page, errors } = await fx.page('?view=risk');
    await page.waitForSelector(READY.risk!);
    await page.evaluate(() => {
      history.pushState(null, '', '?view=risk&cluster=zzz');
      history.pushState(null, '', '?view=risk');
      history.back();
    });
    await page.waitForSelector('#url-problems');
    expect(await lines(page)).toEqual([CLUSTER_EN]);
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('cluster'));
    expect(errors).toEqual([]);
  });
});
