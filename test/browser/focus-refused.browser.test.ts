// The network, tiers and map views when a focus holds more firms than a view draws one by one
// (server/store/views.ts, MAX_FOCUS_FIRMS). The views ask for group=auto, so the server draws the
// focus grouped (server/store/overview/focused.ts) and the views say so in the reader's language.
// Should the server still refuse a focus (413: a request without group does), the picture of the
// old filters is dropped, a notice gives the server's sentence (count, limit, what to do), and its
// button clears the filters and draws the overview; that case is made by asking the real server
// with group=firm instead of group=auto. The tiers view also declines to draw a focus the server
// answers but a browser cannot paint legibly (web/src/views/tiers). A generated dataset of 22,000
// firms (seed 5, national proportions) keeps over 20,000 IKM; real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore, MAX_FOCUS_FIRMS } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import type { Page } from 'playwright-core';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 92, firms: 22_000, components: 440, seed: 5 })) });
}, 120_000);
afterAll(async () => fx?.close());

/** The sentence the API gives for a focus too large, asked without group (first letter capitalised). */
async function refusal(view: string, lang: string): Promise<string> {
  const res = await fetch(`${fx.server.url}/api/graph?view=${view}&tier=IKM&lang=${lang}`);
  expect(res.status).toBe(413);
  const { error } = (await res.json()) as { error: { message: string; details: { count: number; max: number } } };
  expect(error.details.count).toBeGreaterThan(MAX_FOCUS_FIRMS);
  return error.message.charAt(0).toUpperCase() + error.message.slice(1);
}

/** Console errors other than the browser's own line for the refused request. */
const unexpected = (errors: string[]) => errors.filter((e) => !e.includes('status of 413'));

/** Makes the page ask /api/graph with group=firm, which the server refuses past the limit. */
const withoutGrouping = (page: Page) => page.route('**/api/graph?**', (route) => route.continue({ url: route.request().url().replace('group=auto', 'group=firm') }));

describe.skipIf(unavailable !== null)('a focus too large to draw firm by firm', () => {
  it.each(['network', 'tiers', 'map'])('the %s view draws the focus grouped and says so in both languages', async (view) => {
    // The Tiers view asks to have a focus grouped past the 6,000 rows it draws (groupPast); the others past the server's 20,000.
    const [en, id] = view === 'tiers' ? ['6,000', '6\\.000'] : ['20,000', '20\\.000'];
    for (const [lang, title] of [
      ['en', new RegExp(`^This focus and the firms around it are [\\d,]+ firms, more than the ${en} a view draws one by one: [\\d,]+ are drawn as firms and the others as groups\\.`)],
      ['id', new RegExp(`^Fokus ini beserta perusahaan di sekitarnya berjumlah [\\d.]+ perusahaan, lebih dari ${id} yang dapat digambar satu per satu: [\\d.]+ digambar sebagai perusahaan dan sisanya sebagai kelompok\\.`)],
    ] as const) {
      const { page, errors } = await fx.page(`?view=${view}&lang=${lang}&tier=IKM&missing=1`, { width: 1366, height: 800 });
      await page.waitForSelector(`#${view}-view[data-ready=true]`, { timeout: 90_000 });
      expect(await page.getAttribute(`#${view}-view`, 'data-refused')).toBe('');
      expect(await page.getAttribute(`#${view}-view`, 'data-overview')).toMatch(/^cluster/);
      expect(await page.locator('.overview-notice p').first().textContent()).toMatch(title);
      expect(await page.locator('#focus-refused').count()).toBe(0);
      await screenshot(page, `focus-grouped-${view}-${lang}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 180_000);

  it.each(['network', 'tiers', 'map'])('a refused focus: the %s view says so in both languages instead of drawing', async (view) => {
    for (const [lang, title] of [
      ['en', 'Too many firms to draw one by one'],
      ['id', 'Terlalu banyak perusahaan untuk digambar satu per satu'],
    ] as const) {
      // A light view first (the console), so the route is in place before the view asks.
      const { page, errors } = await fx.page('?view=console', { width: 1366, height: 800 });
      await withoutGrouping(page);
      await page.goto(`${fx.server.url}/?view=${view}&lang=${lang}&tier=IKM&missing=1`);
      await page.waitForSelector(`#${view}-view[data-ready=true]`, { timeout: 60_000 });
      expect(await page.getAttribute(`#${view}-view`, 'data-refused')).toBe('focus');
      const box = page.locator('#focus-refused');
      expect(await box.locator('.notice-title').textContent()).toBe(title);
      expect(await box.locator('p').first().textContent()).toBe(await refusal(view, lang));
      // Nothing of a picture is left: no node drawn, on any surface.
      expect(await page.locator(`#${view}-view path.node, #${view}-view canvas, #${view}-view circle`).count()).toBe(0);
      await screenshot(page, `focus-refused-${view}-${lang}`);
      // Nothing to export either: the menu offers no picture, document or table of the refused view.
      await page.click('#export summary');
      expect(await page.locator('#export .menu-items button[id^=export-]').count()).toBe(0);
      expect(await page.locator('#export .menu-note').textContent()).toBe(lang === 'en' ? 'This view has nothing to export yet.' : 'Tampilan ini belum memiliki isi untuk diekspor.');
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
  }, 120_000);

  it('the tiers view draws no wall of lines: past 6,000 flows it asks for the focus grouped and says why', async () => {
    // The flows the view draws, counted from the API's answer: supply and recommended links, and
    // one import flow per importer, origin and component (its latest year). On this dataset
    // tier=TIER2 has 6,313 of them (3,997 rows) and tier=TIER1 3,351 (797 rows). The view asks
    // once, with groupFlowsPast; it used to ask a second time with groupPast=1 after a firm-level
    // answer (5.8 MB at tier=TIER1, national scale).
    const flows = async (tier: string): Promise<number> => {
      const answer = (await (await fetch(`${fx.server.url}/api/graph?view=tiers&tier=${tier}&links=recommended`)).json()) as { links: Array<{ type: string; source: string; target: string; component?: string }> };
      const imports = new Set(answer.links.filter((l) => l.type === 'IMPORTS').map((l) => `${l.source}|${l.target}|${l.component}`));
      return answer.links.filter((l) => l.type === 'SUPPLIES' || l.type === 'RECOMMENDED').length + imports.size;
    };
    const [tier2, tier1] = [await flows('TIER2'), await flows('TIER1')];
    expect(tier2).toBeGreaterThan(6000);
    expect(tier1).toBeLessThanOrEqual(6000);
    for (const [lang, line] of [
      ['en', `This focus has ${tier2.toLocaleString('en')} flows, more than the 6,000 the Tiers view draws: `],
      ['id', `Fokus ini memiliki ${tier2.toLocaleString('id-ID')} arus, lebih dari 6.000 yang dapat digambar tampilan Tier: `],
    ] as const) {
      const { page, errors } = await fx.page('?view=console', { width: 1366, height: 800 });
      const asked: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/graph?')) asked.push(r.url());
      });
      await page.goto(`${fx.server.url}/?view=tiers&lang=${lang}&tier=TIER2&missing=1`);
      await page.waitForSelector('#tiers-view[data-ready=true]', { timeout: 60_000 });
      expect(asked).toHaveLength(1);
      expect(new URL(asked[0]!).searchParams.get('groupFlowsPast')).toBe('6000');
      expect(await page.getAttribute('#tiers-view', 'data-crowded')).toBe('');
      expect(await page.getAttribute('#tiers-view', 'data-overview')).toMatch(/^cluster/);
      expect(await page.locator('.overview-notice p').first().textContent()).toContain(line);
      // A focus is narrowed, not picked again: the notice told a reader with a focus to "pick a
      // cluster, province or component", the very thing already picked.
      const notice = (await page.locator('.overview-notice p').first().textContent()) ?? '';
      expect(notice).toContain(lang === 'en' ? 'To see firms one by one, narrow the focus' : 'Untuk melihat perusahaan satu per satu, persempit fokusnya');
      expect(notice).not.toContain(lang === 'en' ? 'Pick a cluster, province or component' : 'Pilih sentra, provinsi, atau komponen');
      // The key figure, which the exports carry in place of the notice, says why too: under the
      // 6,000 firms the view draws one by one, the focus is an overview for its flows.
      const figure = page.locator('#tiers-view li[data-figure=overview]');
      expect(JSON.parse((await figure.getAttribute('data-values'))!)).toMatchObject({ flows: tier2, flowsPast: 6000 });
      expect(await figure.textContent()).toContain(
        lang === 'en' ? `(the focus has ${tier2.toLocaleString('en')} flows, more than the 6,000 a view draws one by one)` : `(fokus ini memiliki ${tier2.toLocaleString('id-ID')} arus, lebih dari 6.000 yang dapat digambar satu per satu)`,
      );
      expect(await figure.getAttribute('title')).toMatch(lang === 'en' ? /^Past 6,000 flows \(supply links, / : /^Di atas 6\.000 arus \(hubungan pasok, /);
      expect(await page.locator('#tiers-view svg.tiers').count()).toBe(1);
      expect(await page.locator('#tiers-view .graph-side li').count()).toBeGreaterThan(2);
      await screenshot(page, `tiers-grouped-flows-${lang}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
    const { page } = await fx.page('?view=tiers&lang=en&tier=TIER1&missing=1', { width: 1366, height: 800 });
    await page.waitForSelector('#tiers-view[data-ready=true]', { timeout: 60_000 });
    expect(await page.getAttribute('#tiers-view', 'data-crowded')).toBe('');
    expect(await page.getAttribute('#tiers-view', 'data-overview')).toBe('');
    expect(Number(await page.getAttribute('#tiers-view', 'data-flow-count'))).toBe(tier1);
    expect(await page.locator('#tiers-view svg.tiers').count()).toBe(1);
    await page.context().close();
  }, 180_000);

  it('the tiers view says so and keeps the key figures when the server does not group a crowded focus', async () => {
    // Should a crowded focus come back firm by firm all the same (here: the page's requests are
    // made to ask no grouping), the view draws no wall of lines: a notice, and the key figures.
    for (const [lang, title, line] of [
      ['en', 'Too many to draw in the Tiers view', /^This focus has [\d,]+ firms and countries and [\d,]+ links; the Tiers view draws at most 6,000 rows and 6,000 links and stays readable\./],
      ['id', 'Terlalu banyak untuk digambar di tampilan Tier', /^Fokus ini memuat [\d.]+ perusahaan dan negara serta [\d.]+ hubungan, sedangkan tampilan Tier menggambar paling banyak 6\.000 baris dan 6\.000 hubungan/],
    ] as const) {
      const { page, errors } = await fx.page('?view=console', { width: 1366, height: 800 });
      await page.route('**/api/graph?**', (route) => route.continue({ url: route.request().url().replace(/groupPast=\d+/, 'groupPast=20000').replace(/&groupFlowsPast=\d+/, '') }));
      await page.goto(`${fx.server.url}/?view=tiers&lang=${lang}&tier=TIER2&missing=1`);
      await page.waitForSelector('#tiers-view[data-ready=true]', { timeout: 60_000 });
      expect(await page.getAttribute('#tiers-view', 'data-crowded')).toBe('true');
      expect(await page.locator('#tiers-crowded .notice-title').textContent()).toBe(title);
      expect(await page.locator('#tiers-crowded p').first().textContent()).toMatch(line);
      expect(await page.locator('#tiers-view svg.tiers').count()).toBe(0);
      expect(await page.locator('#tiers-view .graph-side li').count()).toBeGreaterThan(2);
      // No layout is made for a view this crowded: the largest origin is still named, not its code.
      const top = await page.locator('#tiers-view .graph-side li', { hasText: lang === 'en' ? 'Largest import origin' : 'Asal impor terbesar' }).textContent();
      expect(top).toMatch(/: \p{L}[\p{L}\d ]+ \(/u);
      expect(top).not.toMatch(/: [A-Z]{2,3} \(/);
      await screenshot(page, `tiers-crowded-${lang}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 180_000);

  it('drops the picture of the old filters, and its button clears them and draws the overview', async () => {
    const { page, errors } = await fx.page('?view=network&tier=OEM&missing=0', { width: 1366, height: 800 });
    await withoutGrouping(page);
    const ready = '#network-view[data-ready=true]';
    await page.waitForSelector(ready, { timeout: 60_000 });
    expect(Number(await page.getAttribute('#network-view', 'data-node-count'))).toBeGreaterThan(0);
    await page.selectOption('#filter-tier', 'IKM');
    await page.waitForSelector('#network-view[data-refused=focus]', { timeout: 60_000 });
    expect(Number(await page.getAttribute('#network-view', 'data-node-count'))).toBe(0);
    expect(await page.locator('#network-view canvas, #network-view path.node').count()).toBe(0);

    await page.unroute('**/api/graph?**');
    await page.click('#focus-refused button.focus-refused-clear');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('tier'));
    await page.waitForSelector('#network-view[data-ready=true][data-refused=""]', { timeout: 60_000 });
    expect(await page.locator('#focus-refused').count()).toBe(0);
    expect(await page.getAttribute('#network-view', 'data-overview')).toContain('cluster');
    expect(Number(await page.getAttribute('#network-view', 'data-node-count'))).toBeGreaterThan(0);
    await screenshot(page, 'focus-refused-cleared');
    expect(unexpected(errors)).toEqual([]);
  }, 120_000);
});
