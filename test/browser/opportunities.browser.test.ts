// The opportunities panel in a real Chromium, checked against GET /api/analysis/substitution and
// POST …/what-if (asked by the test with the panel's parameters): the ranking in the API's order
// and figures, the strategy switch (URL and order), "close these gaps" on a near opportunity then
// run → that opportunity becomes ready with coverage 1, candidate firms and rows selectable by mouse
// and keyboard, the ranking exported as CSV, a province set on another view narrowing the ranking
// to its clusters (as the API does; seed/indonesia/clusters.csv read here), and labels in Bahasa
// Indonesia. The table fits a
// 1440 px window in both languages, also with the detail panel open: no sideways scrolling, every
// column header inside the view; candidate firms and the explanation open under a row.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Opportunity, SubstitutionOut, WhatIfOut } from '../../server/analysis/substitution/shapes.ts';
import { readDeck } from '../export/read-back.ts';
import { browserUnavailable, openBrowserFixture, exportedText, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

/** The panel asks for the API's maximum and shows the first 50. */
const ranking = async (strategy: string): Promise<SubstitutionOut> => (await (await fetch(`${fx.server.url}/api/analysis/substitution?strategy=${strategy}&limit=1000`)).json()) as SubstitutionOut;
const key = (o: Pick<Opportunity, 'component' | 'cluster'>) => `${o.component.id}|${o.cluster.id}`;
const shownKeys = (page: Page, table = '#opp-table') =>
  page.locator(`${table} tbody tr.opp-row`).evaluateAll((trs) => trs.map((tr) => `${(tr as HTMLElement).dataset.component}|${(tr as HTMLElement).dataset.cluster}`));

describe.skipIf(unavailable !== null)('opportunities panel', () => {
  it('shows the API’s ranking, key figures and a chart of import value by status', async () => {
    const api = await ranking('balanced');
    expect(api.opportunities.length).toBeGreaterThan(0);
    const { page, errors } = await fx.page('?view=opportunities');
    await page.waitForSelector('#opp-table');
    expect(await shownKeys(page)).toEqual(api.opportunities.slice(0, 50).map(key));
    const first = page.locator('#opp-table tbody tr.opp-row').first();
    const top = api.opportunities[0]!;
    expect(await first.locator('th').textContent()).toBe(top.component.name);
    expect(Number(await first.locator('.opp-score').getAttribute('data-value'))).toBe(top.score);
    expect(await first.locator('.opp-status').textContent()).toContain(top.status === 'ready' ? 'Ready' : top.status === 'near' ? 'Near' : 'Stretch');
    const figures = (await page.locator('#opp-summary').textContent()) ?? '';
    expect(figures).toContain(`${api.total} opportunities: ${api.counts.ready} ready, ${api.counts.near} near`);
    // Status is never colour alone: every status cell has its word.
    const statuses = await page.locator('#opp-table tbody .opp-status').allTextContents();
    expect(statuses.every((s) => /Ready|Near|Stretch/.test(s))).toBe(true);
    expect(await page.locator('#opp-chart-svg .bar').count()).toBe(3);
    await screenshot(page, 'opportunities');
    expect(errors).toEqual([]);
  });

  it('switches strategy through the URL and re-ranks as the API does', async () => {
    const [balanced, readyNow] = await Promise.all([ranking('balanced'), ranking('ready-now')]);
    // The test means something only if the two strategies order the first rows differently.
    expect(readyNow.opportunities.slice(0, 50).map(key)).not.toEqual(balanced.opportunities.slice(0, 50).map(key));
    const { page, errors } = await fx.page('?view=opportunities');
    await page.waitForSelector('#opp-table');
    await page.check('#opp-strategy-ready-now');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('strategy') === 'ready-now');
    await page.waitForFunction(() => document.querySelector('#opp-table caption')?.textContent?.includes('Ready now'));
    expect(await shownKeys(page)).toEqual(readyNow.opportunities.slice(0, 50).map(key));
    // And the URL alone reproduces it.
    const again = await fx.page('?view=opportunities&strategy=ready-now');
    await again.page.waitForSelector('#opp-table');
    expect(await again.page.isChecked('#opp-strategy-ready-now')).toBe(true);
    expect(await shownKeys(again.page)).toEqual(readyNow.opportunities.slice(0, 50).map(key));
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });

  it('follows a province set on another view: the ranking of its clusters, as the API gives it, named in the export’s scope', async () => {
    const clusters = new Set(
      (parse(await readFile(new URL('../../seed/indonesia/clusters.csv', import.meta.url), 'utf8'), { columns: true }) as Array<{ id: string; province: string }>).filter((c) => c.province === 'Jawa Timur').map((c) => c.id),
    );
    const api = (await (await fetch(`${fx.server.url}/api/analysis/substitution?strategy=balanced&limit=1000&province=Jawa%20Timur`)).json()) as SubstitutionOut;
    expect(api.opportunities.length).toBeGreaterThan(0);
    for (const o of api.opportunities) expect(clusters.has(o.cluster.id)).toBe(true);
    const { page, errors } = await fx.page('?view=network&province=Jawa%20Timur');
    await page.waitForSelector('#tab-network[aria-selected=true]');
    await page.click('#tab-opportunities');
    await page.waitForSelector('#opp-table');
    expect(await shownKeys(page)).toEqual(api.opportunities.slice(0, 50).map(key));
    expect(await page.locator('#opp-province').inputValue()).toBe('Jawa Timur');
    expect(await page.locator('#unapplied').count()).toBe(0);
    expect(await page.locator('#opp-summary').textContent()).toContain(`${api.total} opportunities: ${api.counts.ready} ready`);
    await screenshot(page, 'opportunities-province');
    expect(await exportedText(page)).toContain('Province: Jawa Timur');
    // The panel's own field: "All" brings the whole ranking back.
    const all = await ranking('balanced');
    await page.selectOption('#opp-province', '');
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('province'));
    await page.waitForFunction((n) => document.querySelector('#opp-summary')?.textContent?.includes(`${n} opportunities`), all.total);
    expect(await shownKeys(page)).toEqual(all.opportunities.slice(0, 50).map(key));
    expect(errors).toEqual([]);
  });

  it('closes a near opportunity’s gaps in the what-if and shows it ready with coverage 1', async () => {
    const api = await ranking('balanced');
    const index = api.opportunities.slice(0, 50).findIndex((o) => o.status === 'near');
    expect(index).toBeGreaterThanOrEqual(0);
    const near = api.opportunities[index]!;
    expect(near.coverage).toBeLessThanOrEqual(1);
    // What the API answers for the same interventions (the gaps sent back for the cluster).
    const interventions = near.gaps.map((g) => {
      const add: Record<string, unknown> = {};
      for (const k of ['process', 'toleranceMm', 'material', 'certification', 'capacityTonnes'] as const) if (g[k] !== undefined) add[k] = g[k];
      return { target: near.cluster.id, add };
    });
    const whatIf = (await (
      await fetch(`${fx.server.url}/api/analysis/substitution/what-if`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ interventions, strategy: 'balanced', limit: 100 }) })
    ).json()) as WhatIfOut;
    const changed = whatIf.changed.find((c) => key(c) === key(near));
    expect(changed?.after.status).toBe('ready');

    const { page, errors } = await fx.page('?view=opportunities');
    await page.waitForSelector('#opp-table');
    await page.waitForSelector('#wi-run');
    await page.locator('#opp-table tbody tr.opp-row').nth(index).locator('.opp-close').click();
    expect(await page.locator('#wi-list li').count()).toBe(near.gaps.length);
    await page.click('#wi-run');
    const row = page.locator(`#wi-changes tbody tr[data-component="${near.component.id}"][data-cluster="${near.cluster.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-after')).toBe('ready');
    expect(await row.locator('td').nth(2).textContent()).toContain('Ready');
    expect(await row.locator('td[data-value]').getAttribute('data-value')).toBe('1');
    expect(await page.locator('#wi-changes tbody tr').count()).toBe(whatIf.changed.length);
    expect(await page.locator('#wi-became-ready li').count()).toBe(whatIf.becameReady.length);
    expect(await page.locator('#wi-ranking tbody tr.opp-row').count()).toBe(whatIf.ranking.length);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'opportunities-what-if');
    expect(errors).toEqual([]);
  });

  it('selects candidate firms and rows, and exports the ranking as CSV', async () => {
    const api = await ranking('balanced');
    const { page, errors } = await fx.page('?view=opportunities');
    await page.waitForSelector('#opp-table');
    const firm = api.opportunities[0]!.candidates[0]!;
    // Candidate firms are in the row under the opportunity, opened by "Details".
    await page.locator('#opp-table tbody tr.opp-row').first().locator('.opp-expand').click();
    await page.locator('#opp-table-more-0').locator(`button[data-firm="${firm.id}"]`).click();
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('sel') === id, firm.id);
    await page.locator('#opp-table tbody tr.opp-row').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('sel') === id, api.opportunities[1]!.cluster.id);
    await page.click('#export summary');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv-0')]);
    const rows = parse(await readFile((await file.path())!, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(api.opportunities.length);
    expect(rows.map((r) => `${r.component}|${r.cluster}`)).toEqual(api.opportunities.map(key));
    expect(errors).toEqual([]);
  });

  it.each(['en', 'id'] as const)('fits 1440 px without sideways scrolling, with and without the detail panel (%s)', async (lang) => {
    const api = await ranking('balanced');
    for (const sel of ['', 'cl-ceper']) {
      const { page, errors } = await fx.page(`?view=opportunities&lang=${lang}${sel ? `&sel=${sel}` : ''}`, { width: 1440, height: 900 });
      await page.waitForSelector('#opp-table');
      if (sel) await page.waitForSelector('#detail-props');
      const widths = await page.evaluate(() => {
        const holder = document.querySelector<HTMLElement>('#opp-ranking')!;
        const view = document.querySelector<HTMLElement>('#view')!;
        const right = view.getBoundingClientRect().right;
        const heads = [...document.querySelectorAll<HTMLElement>('#opp-table thead th')].map((th) => ({ text: th.textContent, right: th.getBoundingClientRect().right }));
        return { holder: [holder.scrollWidth, holder.clientWidth], view: [view.scrollWidth, view.clientWidth], right, heads };
      });
      expect(widths.holder[0]).toBeLessThanOrEqual(widths.holder[1]!);
      expect(widths.view[0]).toBeLessThanOrEqual(widths.view[1]!);
      expect(widths.heads).toHaveLength(9);
      for (const head of widths.heads) expect(head.right, `${head.text} ends inside the view`).toBeLessThanOrEqual(widths.right);
      // The long cells open under a row: candidates and explanation as the API has them.
      const index = api.opportunities.slice(0, 50).findIndex((o) => o.status === 'near' && o.candidates.length > 0);
      const o = api.opportunities[index]!;
      const row = page.locator('#opp-table tbody tr.opp-row').nth(index);
      const more = page.locator(`#opp-table-more-${index}`);
      expect(await more.isHidden()).toBe(true);
      await row.locator('.opp-expand').click();
      expect(await row.locator('.opp-expand').getAttribute('aria-expanded')).toBe('true');
      expect(await more.isVisible()).toBe(true);
      expect(await more.locator('button[data-firm]').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.firm))).toEqual(o.candidates.map((c) => c.id));
      if (lang === 'en') expect(await more.locator('.opp-explanation').textContent()).toBe(o.explanation);
      expect(await page.evaluate(() => document.querySelector<HTMLElement>('#opp-ranking')!.scrollWidth <= document.querySelector<HTMLElement>('#opp-ranking')!.clientWidth)).toBe(true);
      await page.evaluate((i) => document.querySelectorAll('#opp-table tbody tr.opp-row')[i]!.scrollIntoView({ block: 'center' }), index);
      await screenshot(page, `opportunities${sel ? '-detail' : ''}-${lang}`);
      expect(errors).toEqual([]);
    }
  });

  it('shows the ranking 50 rows at a time, in the order of the API, in both languages', async () => {
    const all = (await ranking('balanced')).opportunities.map(key);
    // The seed's 279: five clicks, the last adding 29.
    expect(all.length).toBe(279);
    for (const [lang, more, last] of [['en', 'Show 50 more', 'Show 29 more'], ['id', 'Tampilkan 50 lagi', 'Tampilkan 29 lagi']] as const) {
      const { page, errors } = await fx.page(`?view=opportunities&lang=${lang}`);
      await page.waitForSelector('#opp-table');
      for (let shown = 50; shown < all.length; shown += 50) {
        expect(await shownKeys(page)).toEqual(all.slice(0, shown));
        expect(await page.locator('#opp-more').textContent()).toBe(shown + 50 < all.length ? more : last);
        await page.click('#opp-more');
        await page.waitForFunction((n) => document.querySelectorAll('#opp-table tbody tr.opp-row').length === n, Math.min(shown + 50, all.length));
        // The focus moves to the first row added, where the keys go on from.
        expect(await page.evaluate(() => { const r = document.activeElement as HTMLElement | null; return `${r?.dataset.component}|${r?.dataset.cluster}`; })).toBe(all[shown]);
      }
      expect(await shownKeys(page)).toEqual(all);
      expect(await page.locator('#opp-more').count()).toBe(0);
      expect(errors).toEqual([]);
    }
  });

  it('keeps the gaps and their policy levers on the briefing’s ranking slide, in Bahasa Indonesia', async () => {
    // Slides leave out long columns; the gaps → levers column is what a briefing on substitution is
    // about, so it stays, and density and capacity (in the HTML, PDF and workbook) make room for it.
    const api = (await (await fetch(`${fx.server.url}/api/analysis/substitution?strategy=balanced&cluster=cl-ceper&limit=1000&lang=id`)).json()) as SubstitutionOut;
    const { page, errors } = await fx.page('?view=opportunities&cluster=cl-ceper&lang=id');
    await page.waitForSelector('#opp-table');
    await page.click('#export summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-pptx')]);
    const deck = readDeck(await readFile((await download.path())!));
    const ranking = deck.slides.flatMap((sl) => sl.tables).find((tb) => tb[0]?.[0] === 'Peringkat')!;
    const head = ranking[0]!;
    expect(head).toContain('Kekurangan → langkah kebijakan');
    expect(head).not.toContain('Kepadatan');
    expect(head).not.toContain('Kapasitas / impor');
    // Each row's gaps as the API names them, with the lever for each (the panel's words).
    const gapsAt = head.indexOf('Kekurangan → langkah kebijakan');
    const near = api.opportunities.findIndex((o) => o.gaps.length > 0);
    expect(near).toBeGreaterThan(-1);
    const cell = ranking[near + 1]![gapsAt]!;
    expect(cell).toContain(' → ');
    const leverWords: Record<string, string> = {
      'machinery-restructuring': 'restrukturisasi mesin dan peralatan',
      'quality-certification': 'pendampingan mutu dan sertifikasi',
      'investment-pooling': 'investasi atau penggabungan kapasitas melalui koperasi',
      'material-centre': 'pusat bahan baku (material center)',
    };
    for (const g of api.opportunities[near]!.gaps) expect(cell).toContain(leverWords[g.lever]);
    expect(errors).toEqual([]);
  });

  it('leaves the cluster column out when every row is of the cluster filtered on, in both languages', async () => {
    for (const [lang, cluster] of [['en', 'Cluster'], ['id', 'Sentra']] as const) {
      const heads = async (query: string) => {
        const { page, errors } = await fx.page(`?view=opportunities&lang=${lang}${query}`);
        await page.waitForSelector('#opp-table');
        const out = {
          heads: await page.locator('#opp-table thead th').allTextContents(),
          cells: await page.locator('#opp-table tbody td.opp-cluster').count(),
          rows: await page.locator('#opp-table tbody tr.opp-row').count(),
          // The details row spans the table, whatever its columns.
          span: Number(await page.locator('#opp-table tbody tr.opp-more-row td').first().getAttribute('colspan')),
        };
        expect(errors).toEqual([]);
        return out;
      };
      const all = await heads('');
      expect(all.heads).toContain(cluster);
      expect(all.cells).toBe(all.rows);
      expect(all.span).toBe(all.heads.length);
      const ceper = await heads('&cluster=cl-ceper');
      expect(ceper.rows).toBeGreaterThan(0);
      expect(ceper.heads).toEqual(all.heads.filter((x) => x !== cluster));
      expect(ceper.cells).toBe(0);
      expect(ceper.span).toBe(ceper.heads.length);
    }
  });

  it('names whom its figures and chart are about: the cluster in focus, a province\'s clusters, or any cluster, in both languages', async () => {
    // They read "imports some cluster can replace today" with a cluster in focus, and a reader took
    // the whole country's figure for the one cluster's. The cluster's name: seed/indonesia/clusters.csv.
    const cases = [
      ['en', '&cluster=cl-ceper', 'Imports Sentra IKM logam Ceper can replace today', 'best status Sentra IKM logam Ceper reaches'],
      ['id', '&cluster=cl-ceper', 'Impor yang dapat digantikan Sentra IKM logam Ceper hari ini', 'dicapai Sentra IKM logam Ceper'],
      ['en', '&province=Jawa%20Tengah', 'Imports any cluster in Jawa Tengah can replace today', 'best status any cluster in Jawa Tengah reaches'],
      ['id', '&province=Jawa%20Tengah', 'Impor yang dapat digantikan suatu sentra di Jawa Tengah hari ini', 'dicapai suatu sentra di Jawa Tengah'],
      ['en', '', 'Imports any cluster can replace today', 'best status any cluster reaches'],
      ['id', '', 'Impor yang dapat digantikan suatu sentra hari ini', 'dicapai suatu sentra'],
    ] as const;
    for (const [lang, query, figure, chart] of cases) {
      const { page, errors } = await fx.page(`?view=opportunities&lang=${lang}${query}`);
      await page.waitForSelector('#opp-table');
      expect((await page.locator('#opp-summary').textContent()) ?? '', `${lang}${query}`).toContain(figure);
      expect((await page.locator('#opp-chart-svg').textContent()) ?? '', `${lang}${query}`).toContain(chart);
      expect((await page.locator('#opp-chart-caption').textContent()) ?? '', `${lang}${query}`).toContain(chart.replace(/ reaches$/, ''));
      expect(errors).toEqual([]);
    }
  });

  it('switches its labels to Bahasa Indonesia', async () => {
    const { page, errors } = await fx.page('?view=opportunities');
    await page.waitForSelector('#opp-table');
    await page.selectOption('#lang', 'id');
    await page.waitForFunction(() => document.querySelector('#opp-strategy legend')?.textContent === 'Strategi');
    await page.waitForSelector('#opp-table');
    expect(await page.locator('#opp-table thead th').nth(1).textContent()).toBe('Komponen');
    expect(await page.locator('label[for=opp-strategy-ready-now]').textContent()).toContain('Siap sekarang');
    expect(errors).toEqual([]);
  });
});
