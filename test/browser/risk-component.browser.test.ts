// The risk panel following a component (`?component=`, set here or on another view) in a real
// Chromium, on the seed. What it must show comes from the analysis run on that component's supplies
// alone (the seed read with readDataset, every other component's supply dropped: the analysis
// follows each component on its own), not from the view's code: the failure impacts on brake drums
// with their ranks among the firms that cut a buyer off brake drums, the single sources of brake
// drums, and, with a cluster too, those of its members (GET /api/firms?cluster=). The filter notice
// no longer says the component is ignored; the import exposure shows the component's row; the
// export's scope line names the component; both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { risk, type RiskOut } from '../../server/analysis/risk/index.ts';
import type { FirmsOut } from '../../server/api/routes/firms.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { browserUnavailable, exportedText, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
/** The analysis on the seed's brake-drum supplies alone. */
let drum: RiskOut;
const DRUM = 'c-brake-drum';
beforeAll(async () => {
  if (unavailable) return;
  fx = await openBrowserFixture();
  const seed = await readDataset('seed/indonesia');
  drum = await risk(new EmbeddedStore({ ...seed, supplies: seed.supplies.filter((s) => s.component === DRUM) }));
});
afterAll(async () => fx?.close());

const impactRows = (page: Page) => page.locator('#risk-impact tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('td')?.textContent}|${(tr as HTMLElement).dataset.firm}`));
const singlePairs = (page: Page) => page.locator('#risk-single tbody tr').evaluateAll((trs) => trs.map((tr) => `${(tr as HTMLElement).dataset.buyer}|${(tr as HTMLElement).dataset.component}`));

describe.skipIf(unavailable !== null)('risk panel with a component', () => {
  it('shows the failure impacts on the component, ranked among the firms that cut it off, and its single sources', async () => {
    // The seed's brake drums: three firms would cut a buyer off them (each cutting off an OEM), no single source.
    expect(drum.failureImpact.length).toBe(3);
    const { page, errors } = await fx.page(`?view=risk&component=${DRUM}`);
    await page.waitForSelector('#risk-impact');
    expect(await page.locator('#risk-component').inputValue()).toBe('Brake drum');
    // Risk follows the component: the notice of filters a view does not apply has nothing to say.
    expect(await page.locator('#unapplied').count()).toBe(0);
    expect(await impactRows(page)).toEqual(drum.failureImpact.map((f) => `${f.rank}|${f.firm.id}`));
    expect(await singlePairs(page)).toEqual(drum.singleSource.map((s) => `${s.buyer.id}|${s.component.id}`));
    const worst = drum.failureImpact[0]!;
    expect(await page.locator('#risk-summary li').allTextContents()).toEqual([
      'No buyer depends on a single supplier for Brake drum.',
      `3 firms whose failure cuts some buyer off Brake drum; ${drum.failureImpact.filter((f) => f.impactedOems.length > 0).length} of them cut off at least one OEM.`,
      `Largest impact on Brake drum: ${worst.firm.name} — 1 OEM and ${worst.impactedBuyers.length} buyer lose supply worth USD 5 m a year.`,
    ]);
    expect(await page.locator('#risk-impact caption').textContent()).toBe('Brake drum: firms whose failure cuts a buyer off it, ranked by OEMs cut off, then by supply value lost (3 firms)');
    // Every lost supply listed is of brake drums, so the column counting components lost (1 on every row) is left out.
    const heads = () => page.locator('#risk-impact thead th').allTextContents();
    expect(await heads()).not.toContain('Components');
    expect(await page.locator('#risk-impact tbody tr').first().locator('td').count()).toBe((await heads()).length - 1);
    // The import exposure: the component's row alone, and no note (it is not about some firms).
    expect(await page.locator('#exp-table tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.component))).toEqual([DRUM]);
    expect(await page.locator('#exp-scope').isVisible()).toBe(false);
    await screenshot(page, 'risk-component');
    // Clearing the component brings every component back.
    await page.click('#risk-component ~ .picker-clear');
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('component'));
    await page.waitForFunction(() => document.querySelectorAll('#exp-table tbody tr').length > 1);
    await page.waitForFunction(() => (document.querySelector('#risk-impact caption')?.textContent ?? '').startsWith('Firms ranked'));
    expect(await heads()).toContain('Components');
    expect(errors).toEqual([]);
  });

  it('with a cluster too, keeps its members’ rows on the component, and says so in Bahasa Indonesia and in the export', async () => {
    const members = new Set(((await (await fetch(`${fx.server.url}/api/firms?cluster=cl-pasuruan`)).json()) as FirmsOut).firms.map((f) => f.id));
    const kept = drum.failureImpact.filter((f) => members.has(f.firm.id));
    // One Pasuruan foundry cuts an OEM off brake drums, second among the three.
    expect(kept.map((f) => f.rank)).toEqual([2]);
    const { page, errors } = await fx.page(`?view=risk&component=${DRUM}&cluster=cl-pasuruan&lang=id`);
    await page.waitForSelector('#risk-impact');
    expect(await impactRows(page)).toEqual(kept.map((f) => `${f.rank}|${f.firm.id}`));
    const figures = await page.locator('#risk-summary li').allTextContents();
    expect(figures[0]).toBe(`Sentra IKM logam Pasuruan (Mayangan, Ngemplakrejo): 1 dari ${members.size} perusahaannya akan memutus pasokan Tromol rem ke suatu pembeli bila berhenti berproduksi; perusahaan itu memutus pasokan ke setidaknya satu OEM.`);
    // (The firm's name is the Indonesian answer's; the rank is what is checked.)
    expect(figures[1]).toContain(`, urutan ke-2 dari 3 dalam peringkat perusahaan yang bila berhenti berproduksi memutus pasokan Tromol rem`);
    expect(await page.locator('#risk-impact caption').textContent()).toContain('# adalah urutan perusahaan dalam peringkat seluruh 3 perusahaan yang bila berhenti berproduksi memutus pasokan Tromol rem ke pembeli');
    expect(await page.locator('#exp-scope').textContent()).toBe('Paparan impor tidak terbatas pada Sentra IKM logam Pasuruan (Mayangan, Ngemplakrejo): impor setiap pembeli dihitung per komponen.');
    await screenshot(page, 'risk-component-cluster-id');
    const html = await exportedText(page);
    const reader = await (await fx.browser.newContext({ javaScriptEnabled: false })).newPage();
    await reader.setContent(html);
    const scope = await reader.evaluate(() => [...document.querySelectorAll('header .scope')].map((p) => p.textContent).join(' '));
    const impactCsv = await reader.evaluate(() => decodeURIComponent(document.querySelector<HTMLAnchorElement>('section.table a.csv')!.href.replace(/^data:text\/csv;charset=utf-8,/, '')));
    await reader.context().close();
    expect(scope).toContain('Komponen: Tromol rem');
    // The key figures on imports are the component's row (5,187,000 of national imports in 2023 in the seed's
    // trade table, GET /api/analysis/imports?basis=national), not the summary of all 47 components.
    const national = (await (await fetch(`${fx.server.url}/api/analysis/imports?basis=national`)).json()) as { components: Array<{ component: string; nationalValueUsd: number }> };
    expect(national.components.find((c) => c.component === DRUM)?.nationalValueUsd).toBe(5_187_000);
    expect(html).toContain('Tromol rem: impor nasional senilai USD 5,2 juta pada 2023, terutama dari Thailand 49%; Jepang 40%; Tiongkok 10%');
    expect(html).not.toContain('Impor nasional atas');
    expect(scope).toContain('Sentra: Sentra IKM logam Pasuruan');
    // rank,firm,…: the member's row with its rank among the three on brake drums.
    const csvLines = impactCsv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csvLines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(kept.map((f) => `${f.rank},${f.firm.id}`));
    // No column of components lost: each row is about Tromol rem alone.
    expect(csvLines[0]).toMatch(/^rank,firm,/);
    expect(csvLines[0]).not.toMatch(/components|Komponen/);
    expect(errors).toEqual([]);
  });
});
