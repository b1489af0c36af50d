// The risk panel in a real Chromium: its two tables hold exactly the rows of GET /api/analysis/risk
// (fetched by the test), the chart has a bar per top firm with its figures also as text, firms are
// selectable by mouse and keyboard, the exported SVG holds the chart, and labels switch to Bahasa
// Indonesia. A long ranking (a generated dataset of 1,500 firms: 257 failure impacts; the national
// one has 21,499, which drawn at once kept the browser busy for 25 s) shows 100 rows at a time; that
// dataset has no single source, which the key figures say in a sentence.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RiskOut } from '../../server/analysis/risk/shapes.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
let api: RiskOut;
beforeAll(async () => {
  if (unavailable) return;
  fx = await openBrowserFixture();
  api = (await (await fetch(`${fx.server.url}/api/analysis/risk`)).json()) as RiskOut;
});
afterAll(async () => fx?.close());

describe.skipIf(unavailable !== null)('risk panel', () => {
  it('lists every single source and every firm’s failure impact as the API does', async () => {
    expect(api.failureImpact.length).toBeGreaterThan(0);
    expect(api.singleSource.length).toBeGreaterThan(0);
    const { page, errors } = await fx.page('?view=risk');
    await page.waitForSelector('#risk-impact');
    expect(await page.locator('#risk-impact tbody tr').count()).toBe(api.failureImpact.length);
    expect(await page.locator('#risk-single tbody tr').count()).toBe(api.singleSource.length);
    // Same order and figures as the API.
    const firms = await page.locator('#risk-impact tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.firm));
    expect(firms).toEqual(api.failureImpact.map((f) => f.firm.id));
    const first = page.locator('#risk-impact tbody tr').first();
    expect(await first.locator('td').nth(2).textContent()).toBe(String(api.failureImpact[0]!.impactedOems.length));
    expect(Number(await first.locator('[data-value]').getAttribute('data-value'))).toBe(api.failureImpact[0]!.lostValueUsd);
    const pairs = await page.locator('#risk-single tbody tr').evaluateAll((trs) => trs.map((tr) => `${(tr as HTMLElement).dataset.buyer}|${(tr as HTMLElement).dataset.component}`));
    expect(pairs).toEqual(api.singleSource.map((s) => `${s.buyer.id}|${s.component.id}`));
    // The chart: one bar per top firm (at most 10), and the figures as text.
    expect(await page.locator('#risk-chart-svg .bar').count()).toBe(Math.min(10, api.failureImpact.length));
    // The axis counts OEMs: whole numbers only (with room for more ticks it had drawn 0.5 and 1.5).
    const ticks = await page.locator('#risk-chart-svg .grid text').allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
    const summary = (await page.locator('#risk-summary').textContent()) ?? '';
    expect(summary).toContain(`${api.singleSource.length} single-source supplies`);
    expect(summary).toContain(api.failureImpact[0]!.firm.name);
    await screenshot(page, 'risk');
    expect(errors).toEqual([]);
  });

  it('selects a firm by click and by keyboard', async () => {
    const { page, errors } = await fx.page('?view=risk');
    await page.waitForSelector('#risk-impact');
    const firm = api.failureImpact[0]!.firm;
    await page.click(`#risk-impact tbody tr:first-child button[data-firm="${firm.id}"]`);
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('sel') === id, firm.id);
    await page.waitForFunction((name) => document.querySelector('#detail h2')?.textContent === name, firm.name);
    // Arrow keys move between rows; Enter selects the row's firm.
    await page.locator('#risk-impact tbody tr').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('sel') === id, api.failureImpact[2]!.firm.id);
    expect(errors).toEqual([]);
  });

  it('exports the chart as SVG through the export menu', async () => {
    const { page, errors } = await fx.page('?view=risk');
    await page.waitForSelector('#risk-chart-svg');
    await page.click('#export summary');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    const svg = await readFile((await file.path())!, 'utf8');
    expect(svg).toContain('Supply risk: single sources and failure impact');
    expect(svg).toContain(api.failureImpact[0]!.firm.name);
    expect((svg.match(/class="bar"/g) ?? []).length).toBe(Math.min(10, api.failureImpact.length));
    expect(errors).toEqual([]);
  });

  it('switches its labels to Bahasa Indonesia', async () => {
    const { page, errors } = await fx.page('?view=risk&lang=id');
    await page.waitForSelector('#risk-impact');
    expect(await page.locator('#risk-impact thead th').nth(1).textContent()).toBe('Perusahaan');
    expect(await page.locator('.risk h3').nth(1).textContent()).toBe('Dampak bila setiap perusahaan berhenti berproduksi');
    expect(errors).toEqual([]);
  });

  it('shows a long ranking a hundred rows at a time, in the order of the API, in both languages', async () => {
    const big = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 6, firms: 1_500, components: 40, seed: 5 })) });
    try {
      const out = (await (await fetch(`${big.server.url}/api/analysis/risk`)).json()) as RiskOut;
      const all = out.failureImpact.map((f) => f.firm.id);
      // This dataset has no single source: the key figures say so in a sentence, not "0 … worth USD 0".
      expect(out.singleSource).toEqual([]);
      // More than two pages, so the second click shows a part page and the button goes.
      expect(all.length).toBeGreaterThan(200);
      expect(all.length).toBeLessThan(300);
      const rows = '#risk-impact tbody tr';
      const drawn = (page: import('playwright-core').Page) => page.locator(rows).evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.firm));
      for (const [lang, words] of [
        ['en', { part: `the first 100 of ${all.length} firms`, more: 'Show 100 more', last: `Show ${all.length - 200} more`, all: `(${all.length} firms)`, none: 'No component depends on a single supplier.' }],
        ['id', { part: `100 teratas dari ${all.length} perusahaan`, more: 'Tampilkan 100 lagi', last: `Tampilkan ${all.length - 200} lagi`, all: `(${all.length} perusahaan)`, none: 'Tidak ada komponen yang bergantung pada satu pemasok.' }],
      ] as const) {
        const { page, errors } = await big.page(`?view=risk&lang=${lang}`);
        await page.waitForSelector('#risk-impact');
        expect(await page.locator('#risk-summary li').first().textContent()).toBe(words.none);
        expect(await page.locator('#risk-single').count()).toBe(0);
        expect(await drawn(page)).toEqual(all.slice(0, 100));
        expect(await page.locator('#risk-impact caption').textContent()).toContain(words.part);
        expect(await page.locator('#risk-impact-more').textContent()).toBe(words.more);
        await page.click('#risk-impact-more');
        await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 200, rows);
        expect(await drawn(page)).toEqual(all.slice(0, 200));
        // The focus moves to the first row added, where the keys go on from.
        expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.firm)).toBe(all[100]);
        expect(await page.locator('#risk-impact-more').textContent()).toBe(words.last);
        await page.click('#risk-impact-more');
        await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel as string).length === n, [rows, all.length] as const);
        expect(await drawn(page)).toEqual(all);
        expect(await page.locator('#risk-impact-more').count()).toBe(0);
        expect(await page.locator('#risk-impact caption').textContent()).toContain(words.all);
        expect(errors).toEqual([]);
      }
    } finally {
      await big.close();
    }
  });
});
