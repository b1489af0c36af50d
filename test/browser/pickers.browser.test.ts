// The firm pickers of Opportunities (what-if target) and Link and match (buyer) in a real
// Chromium, in English and Bahasa Indonesia, on the seed and on a generated dataset of 20,000
// firms: the combobox's ARIA state, keyboard (arrows, Enter, Escape) and mouse; typing a firm's
// name finds it; choosing it runs the what-if / filters the buyer exactly as the API answers for
// that firm (asked by the test); the address holds it and a reload shows its name again; clearing
// the buyer goes back to all buyers; an unknown buyer in the address is named and dropped. The
// cluster and component filters (filter bar, Opportunities, Link and match) are the same picker:
// a cluster with its province, a component found by its HS code.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MissingLinksOut } from '../../server/analysis/links/shapes.ts';
import type { WhatIfOut } from '../../server/analysis/substitution/shapes.ts';
import type { CatalogOut } from '../../server/api/routes/catalog.ts';
import type { FirmsOut } from '../../server/api/routes/firms.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let seed: BrowserFixture;
let large: BrowserFixture;
beforeAll(async () => {
  if (unavailable) return;
  seed = await openBrowserFixture();
  large = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 60, firms: 20_000, components: 300, seed: 11, trade: true })) });
}, 120_000);
afterAll(async () => {
  await seed?.close();
  await large?.close();
});

const get = async <T>(fx: BrowserFixture, path: string): Promise<T> => (await (await fetch(`${fx.server.url}/api/${path}`)).json()) as T;
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const LANGS = ['en', 'id'] as const;
const TEXT = {
  en: { clusters: 'Clusters', more: 'more — keep typing', buyerPlaceholder: 'All — type a buyer’s name', targetPlaceholder: 'Search firms or clusters…', unknownBuyer: 'Unknown buyer ‘nobody’' },
  id: { clusters: 'Sentra', more: 'lainnya — ketik untuk mempersempit', buyerPlaceholder: 'Semua — ketik nama pembeli', targetPlaceholder: 'Cari perusahaan atau sentra…', unknownBuyer: 'Pembeli ‘nobody’ tidak dikenal' },
};

/** Presses ArrowDown until the active option is `value` (at most `limit` times); returns whether it got there. */
async function arrowTo(page: Page, input: string, value: string, limit = 60): Promise<boolean> {
  const active = () =>
    page.$eval(input, (el) => {
      const id = el.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.dataset.value ?? null) : null;
    });
  for (let i = 0; i < limit; i++) {
    if ((await active()) === value) return true;
    await page.keyboard.press('ArrowDown');
  }
  return (await active()) === value;
}

/** The interventions the what-if form sends for "capacity +100 t" on one target, asked of the API. */
const whatIfApi = (fx: BrowserFixture, target: string) =>
  fetch(`${fx.server.url}/api/analysis/substitution/what-if`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ interventions: [{ target, add: { capacityTonnes: 100 } }], strategy: 'balanced', importBasis: 'buyers', limit: 100 }),
  }).then(async (r) => (await r.json()) as WhatIfOut);

/** Adds "capacity" for the chosen target, runs, and checks the answer against the API's. */
async function runWhatIf(page: Page, fx: BrowserFixture, target: string, name: string): Promise<void> {
  await page.selectOption('#wi-kind', 'capacity');
  await page.click('#wi-add');
  expect(await page.locator('#wi-list li').first().textContent()).toContain(name);
  const api = await whatIfApi(fx, target);
  await page.click('#wi-run');
  await page.waitForSelector('#wi-figures');
  if (api.changed.length === 0) expect(await page.locator('#wi-changes').evaluate((el) => el.tagName)).toBe('P');
  else expect(await page.locator('#wi-changes tbody tr').count()).toBe(api.changed.length);
  expect(await page.locator('#wi-ranking tbody tr.opp-row').count()).toBe(api.ranking.length);
}

describe.skipIf(unavailable)('the what-if target picker', () => {
  it.each(LANGS)('on the seed: every option on focus, clusters first; a firm by keyboard, run, kept in the address (%s)', async (lang) => {
    // In the page's language: a stand-in firm is "IKM Semarang 01 (…)" with its trade in Indonesian.
    const [catalog, firms] = await Promise.all([get<CatalogOut>(seed, `catalog?lang=${lang}`), get<FirmsOut>(seed, `firms?lang=${lang}`)]);
    const inClusters = firms.firms.filter((f) => f.cluster !== undefined);
    // A firm in the middle of the list, typed in lower case.
    const firm = inClusters[Math.floor(inClusters.length / 2)]!;
    const { page, errors } = await seed.page(`?view=opportunities&lang=${lang}`);
    await page.waitForSelector('#wi-target');
    const input = page.locator('#wi-target');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('placeholder')).toBe(TEXT[lang].targetPlaceholder);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    const listId = (await input.getAttribute('aria-controls'))!;
    expect(await page.locator(`#${listId}`).getAttribute('role')).toBe('listbox');

    await input.focus();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    // The seed's clusters and firms in clusters are few: all of them are listed, clusters first under their heading.
    const options = page.locator(`#${listId} [role=option]`);
    expect(await options.count()).toBe(catalog.clusters.length + inClusters.length);
    expect(await page.locator(`#${listId} .picker-group`).first().textContent()).toBe(TEXT[lang].clusters);
    // In natural order of names (numbers by value), as Intl's numeric collation sorts them.
    const natural = [...catalog.clusters].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' }));
    expect(await options.evaluateAll((els) => els.slice(0, 3).map((e) => (e as HTMLElement).dataset.value))).toEqual(natural.slice(0, 3).map((c) => c.id));
    expect(await page.locator(`#${listId} .picker-more`).count()).toBe(0);

    await page.keyboard.type(firm.name.toLowerCase());
    expect(await options.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.value))).toContain(firm.id);
    expect(await arrowTo(page, '#wi-target', firm.id)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe(firm.name);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('target') === id, firm.id);

    // Escape closes and brings the chosen name back.
    await input.focus();
    await page.keyboard.type('zzzz');
    expect(await page.locator(`#${listId} .picker-none`).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe(firm.name);

    await runWhatIf(page, seed, firm.id, firm.name);
    // The address alone brings the firm back.
    const again = await seed.page(page.url().slice(seed.server.url.length + 1));
    await again.page.waitForSelector('#wi-target');
    expect(await again.page.locator('#wi-target').inputValue()).toBe(firm.name);
    expect([...errors, ...again.errors]).toEqual([]);
  });

  it.each(LANGS)('on 20,000 firms: 50 shown with how many more, a firm found by its name and run, restored from the address (%s)', async (lang) => {
    const [catalog, firms] = await Promise.all([get<CatalogOut>(large, 'catalog'), get<FirmsOut>(large, 'firms')]);
    const inClusters = firms.firms.filter((f) => f.cluster !== undefined);
    expect(firms.firms.length).toBe(20_000);
    const firm = inClusters[Math.floor(inClusters.length * 0.7)]!;
    const { page, errors } = await large.page(`?view=opportunities&lang=${lang}`);
    await page.waitForSelector('#wi-target', { timeout: 60_000 });
    await page.focus('#wi-target');
    const options = page.locator('#wi-target-list [role=option]');
    expect(await options.count()).toBe(50);
    const more = catalog.clusters.length + inClusters.length - 50;
    const moreText = (await page.locator('#wi-target-list .picker-more').textContent()) ?? '';
    expect(moreText.replace(/[.,\s]/g, '')).toBe(`${more}${TEXT[lang].more}`.replace(/[.,\s]/g, ''));

    await page.keyboard.type(firm.name);
    expect(await options.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.value))).toContain(firm.id);
    expect(await arrowTo(page, '#wi-target', firm.id)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('target') === id, firm.id);
    expect(await page.locator('#wi-target').inputValue()).toBe(firm.name);
    await runWhatIf(page, large, firm.id, firm.name);

    const again = await large.page(page.url().slice(large.server.url.length + 1));
    await again.page.waitForSelector('#wi-target', { timeout: 60_000 });
    expect(await again.page.locator('#wi-target').inputValue()).toBe(firm.name);
    expect([...errors, ...again.errors]).toEqual([]);
  }, 180_000);
});

describe.skipIf(unavailable)('the Link and match buyer picker', () => {
  const links = (fx: BrowserFixture, buyer?: string) => get<MissingLinksOut>(fx, `analysis/missing-links?limit=200${buyer ? `&buyer=${buyer}` : ''}`);
  const rowBuyers = (page: Page) => page.locator('#links-table tbody tr[data-sel]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.sel!.split('|')[1]));

  it.each(LANGS)('on the seed: a buyer by mouse filters as the API does, is kept in the address, and clearing shows all buyers (%s)', async (lang) => {
    const all = await links(seed);
    // A buyer the ranking has, so that choosing it changes the table.
    const buyer = all.recommendations[0]!.buyer;
    const mine = await links(seed, buyer.id);
    expect(mine.recommendations.length).toBeLessThan(all.recommendations.length);
    const { page, errors } = await seed.page(`?view=links&lang=${lang}`);
    await page.waitForSelector('#links-table');
    await page.waitForSelector('#links-buyer');
    expect(await page.locator('#links-buyer').getAttribute('placeholder')).toBe(TEXT[lang].buyerPlaceholder);
    await page.click('#links-buyer');
    // A word of the name, in capitals.
    const word = buyer.name.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    await page.keyboard.type(word.toUpperCase());
    await page.click(`#links-buyer-list [role=option][data-value="${buyer.id}"]`);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('buyer') === id, buyer.id);
    await page.waitForFunction((n) => document.querySelectorAll('#links-table tbody tr[data-sel]').length === n, mine.recommendations.length);
    expect(await rowBuyers(page)).toEqual(mine.recommendations.map((r) => r.buyer.id));
    expect(await page.locator('#links-buyer').inputValue()).toBe(buyer.name);

    const again = await seed.page(page.url().slice(seed.server.url.length + 1));
    await again.page.waitForSelector('#links-table');
    await again.page.waitForSelector('#links-buyer');
    expect(await again.page.locator('#links-buyer').inputValue()).toBe(buyer.name);
    expect(await rowBuyers(again.page)).toEqual(mine.recommendations.map((r) => r.buyer.id));
    // The × clears it: all buyers again, and the address without it.
    await again.page.click('#links-buyer ~ .picker-clear');
    await again.page.waitForFunction(() => new URL(location.href).searchParams.get('buyer') === null);
    await again.page.waitForFunction((n) => document.querySelectorAll('#links-table tbody tr[data-sel]').length === n, all.recommendations.length);
    expect(await again.page.locator('#links-buyer').inputValue()).toBe('');
    expect([...errors, ...again.errors]).toEqual([]);
  });

  it.each(LANGS)('names an unknown buyer in the address and shows all buyers (%s)', async (lang) => {
    const { page } = await seed.page(`?view=links&buyer=nobody&lang=${lang}`);
    await page.waitForSelector('#url-problems');
    expect(await page.locator('#url-problems').textContent()).toContain(TEXT[lang].unknownBuyer);
    await page.waitForSelector('#links-table');
    expect(param(page, 'buyer')).toBeNull();
  });

  it.each(LANGS)('on 20,000 firms: a buyer found by typing its name and chosen with Enter (%s)', async (lang) => {
    const buyers = (await get<FirmsOut>(large, 'firms?tier=OEM,TIER1,TIER2,BUYER')).firms;
    const all = await links(large);
    const buyer = all.recommendations[Math.min(5, all.recommendations.length - 1)]!.buyer;
    const mine = await links(large, buyer.id);
    const { page, errors } = await large.page(`?view=links&lang=${lang}`);
    await page.waitForSelector('#links-buyer', { timeout: 60_000 });
    await page.focus('#links-buyer');
    // "All buyers" first, then the first 50 buyers, and how many more.
    expect(await page.locator('#links-buyer-list [role=option]').count()).toBe(51);
    expect(((await page.locator('#links-buyer-list .picker-more').textContent()) ?? '').replace(/[.,\s]/g, '')).toBe(`${buyers.length - 50}${TEXT[lang].more}`.replace(/[.,\s]/g, ''));
    await page.keyboard.type(buyer.name);
    expect(await arrowTo(page, '#links-buyer', buyer.id)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('buyer') === id, buyer.id);
    await page.waitForFunction((n) => document.querySelectorAll('#links-table tbody tr[data-sel]').length === n, mine.recommendations.length);
    expect(await rowBuyers(page)).toEqual(mine.recommendations.map((r) => r.buyer.id));
    expect(errors).toEqual([]);
  }, 120_000);
});

describe.skipIf(unavailable)('the cluster and component pickers (filter bar, Opportunities, Link and match)', () => {
  const ALL = { en: { clusters: 'All clusters', components: 'All components', clusterHint: 'All — name or province', componentHint: 'All — name or HS code' }, id: { clusters: 'Semua sentra', components: 'Semua komponen', clusterHint: 'Semua — nama atau provinsi', componentHint: 'Semua — nama atau kode HS' } };

  it.each(LANGS)('filter bar on 60 clusters: every cluster listed with its province, one chosen by keyboard, kept in the address, cleared with × (%s)', async (lang) => {
    const catalog = await get<CatalogOut>(large, 'catalog');
    expect(catalog.clusters.length).toBe(60);
    const cluster = catalog.clusters[Math.floor(catalog.clusters.length * 0.6)]!;
    const { page, errors } = await large.page(`?view=tiers&lang=${lang}`);
    await page.waitForSelector('#filter-cluster', { timeout: 60_000 });
    expect(await page.locator('#filter-cluster').getAttribute('placeholder')).toBe(ALL[lang].clusterHint);
    await page.focus('#filter-cluster');
    // "All clusters" first, then all 60 (up to twice the 50 drawn when that shows them all).
    const options = page.locator('#filter-cluster-list [role=option]');
    expect(await options.count()).toBe(61);
    expect(await options.first().textContent()).toBe(ALL[lang].clusters);
    expect(await page.locator(`#filter-cluster-list [role=option][data-value="${cluster.id}"] .picker-note`).textContent()).toBe(cluster.province);
    await page.keyboard.type(cluster.name);
    expect(await arrowTo(page, '#filter-cluster', cluster.id)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('cluster') === id, cluster.id);
    await page.waitForSelector('#tiers-view[data-ready=true]');
    expect(await page.locator('#filter-cluster').inputValue()).toBe(cluster.name);
    await page.click('#filter-cluster ~ .picker-clear');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('cluster') === null);
    expect(await page.locator('#filter-cluster').inputValue()).toBe('');
    expect(errors).toEqual([]);
  }, 120_000);

  it.each(LANGS)('Opportunities on 300 components: a component found by its HS code, ranked as the API ranks it (%s)', async (lang) => {
    // In the page's language: a generated component is "Komponen 110" in Indonesian.
    const catalog = await get<CatalogOut>(large, `catalog?lang=${lang}`);
    const ranked = await get<{ opportunities: Array<{ component: { id: string } }> }>(large, 'analysis/substitution?limit=100');
    const component = catalog.components.find((c) => c.hs && ranked.opportunities.some((o) => o.component.id === c.id))!;
    const mine = await get<{ opportunities: Array<{ cluster: { id: string } }> }>(large, `analysis/substitution?component=${component.id}&limit=1000`);
    const { page, errors } = await large.page(`?view=opportunities&lang=${lang}`);
    await page.waitForSelector('#opp-component', { timeout: 60_000 });
    expect(await page.locator('#opp-component').getAttribute('placeholder')).toBe(ALL[lang].componentHint);
    await page.focus('#opp-component');
    // "All components", the first 50 of 300 and how many more.
    expect(await page.locator('#opp-component-list [role=option]').count()).toBe(51);
    expect(await page.locator('#opp-component-list [role=option]').first().textContent()).toBe(ALL[lang].components);
    await page.keyboard.type(component.hs!);
    const found = await page.locator('#opp-component-list [role=option]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.value));
    expect(found).toContain(component.id);
    expect(found.length).toBeLessThan(51);
    expect(await arrowTo(page, '#opp-component', component.id)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('component') === id, component.id);
    // The view draws the first 50 rows of the ranking.
    await page.waitForFunction((n) => document.querySelectorAll('#opp-table tbody tr.opp-row').length === n, Math.min(50, mine.opportunities.length));
    expect(await page.locator('#opp-component').inputValue()).toBe(component.name);
    expect(errors).toEqual([]);
  }, 120_000);
});
