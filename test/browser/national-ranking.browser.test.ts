// The Opportunities ranking on the national basis in a real Chromium, in English and Bahasa
// Indonesia, against GET /api/analysis/substitution?importBasis=national (asked by the test): the
// import column holds the national value the API says the score weighed (basisValueUsd) under a
// header naming the basis and year; the totals by status count each component once, under the
// best status any cluster reaches (counted again here from the API's rows); the chart's title
// names the basis; the CSV export has both figures, the HTML export the national header only.
// On the buyers' basis the column is the buyers' figure under "Import value", as before. The what-if
// on the national basis shows the national values the API gives (basisValueUsd, readyBasisValueUsd)
// first and the buyers' beside them.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubstitutionOut, WhatIfOut } from '../../server/analysis/substitution/shapes.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let seed: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) seed = await openBrowserFixture();
});
afterAll(async () => seed?.close());

const get = async <T>(fx: BrowserFixture, path: string): Promise<T> => (await (await fetch(`${fx.server.url}/api/${path}`)).json()) as T;
const LANGS = ['en', 'id'] as const;

describe.skipIf(unavailable)('the ranking on the national basis', () => {
  it.each(LANGS)('shows the national value the score weighed, names the basis, and exports it (%s)', async (lang) => {
    const api = await get<SubstitutionOut>(seed, `analysis/substitution?strategy=balanced&importBasis=national&limit=1000&lang=${lang}`);
    expect(api.importBasis).toBe('national');
    expect(api.basisYear).toBe(2023);
    // The test means something only if the national and buyers' figures differ in the first rows.
    const first = api.opportunities.slice(0, 10);
    expect(first.some((o) => o.basisValueUsd !== o.importValueUsd)).toBe(true);
    const { page, errors } = await seed.page(`?view=opportunities&basis=national&lang=${lang}`);
    await page.waitForSelector('#opp-table');
    expect(await page.locator('#opp-table thead .opp-import-head').textContent()).toBe(lang === 'en' ? 'National imports, 2023' : 'Impor nasional, 2023');
    const shown = await page.locator('#opp-table tbody tr.opp-row .opp-import').evaluateAll((tds) => tds.slice(0, 10).map((td) => Number((td as HTMLElement).dataset.value)));
    expect(shown).toEqual(first.map((o) => o.basisValueUsd));
    // Totals by status, counted here: each component once under the best status any cluster reaches, with its national value.
    const best = new Map<string, { rank: number; value: number }>();
    const order = ['ready', 'near', 'stretch'];
    for (const o of api.opportunities) {
      const rank = order.indexOf(o.status);
      const seen = best.get(o.component.id);
      if (!seen || rank < seen.rank) best.set(o.component.id, { rank, value: o.basisValueUsd });
    }
    const components = order.map((_, r) => [...best.values()].filter((b) => b.rank === r).length);
    const summary = (await page.locator('#opp-summary').textContent()) ?? '';
    const sentence = lang === 'en' ? 'National imports (2023) any cluster can replace today' : 'Impor nasional (2023) yang dapat digantikan suatu sentra hari ini';
    expect(summary).toContain(sentence);
    expect(components[0]).toBeGreaterThan(0);
    expect(summary).toContain(lang === 'en' ? `(${components[0]} ${components[0] === 1 ? 'component' : 'components'})` : `(${components[0]} komponen)`);
    expect(await page.locator('#opp-chart-svg').textContent()).toContain(lang === 'en' ? 'National imports (2023)' : 'Impor nasional (2023)');

    // CSV: both figures, under their own keys; HTML: the national header, not the buyers'.
    await page.click('#export summary');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv-0')]);
    const rows = parse(await readFile((await csv.path())!, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    // Money columns are written to the cent (server/export/csv-table.ts): a national value is a trade
    // value times a concordance share, 30737669.2623 here.
    const cents = (v: number) => Math.round(v * 100) / 100;
    expect(first.some((o) => o.basisValueUsd !== cents(o.basisValueUsd))).toBe(true);
    expect(rows.slice(0, 10).map((r) => Number(r.basisValueUsd))).toEqual(first.map((o) => cents(o.basisValueUsd)));
    expect(rows.slice(0, 10).map((r) => Number(r.importValueUsd))).toEqual(first.map((o) => cents(o.importValueUsd)));
    if (!(await page.locator('#export').evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('#export summary');
    const [html] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('#export-html')]);
    const doc = await readFile((await html.path())!, 'utf8');
    expect(doc).toContain(lang === 'en' ? 'National imports 2023, a year' : 'Impor nasional 2023 per tahun');
    expect(doc).not.toContain(lang === 'en' ? 'Buyers’ reported imports a year' : 'Impor yang dilaporkan pembeli per tahun');
    await screenshot(page, `opportunities-national-${lang}`);
    expect(errors).toEqual([]);
  });

  it.each(LANGS)('shows a what-if’s national values beside the buyers’ on the national basis (%s)', async (lang) => {
    // IATF 16949 for Purbalingga makes the car exhaust muffler ready (test/trade/substitution-basis.test.ts).
    const interventions = [{ target: 'cl-purbalingga', add: { certification: 'IATF 16949' } }];
    const api = (await (
      await fetch(`${seed.server.url}/api/analysis/substitution/what-if?lang=${lang}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ interventions, strategy: 'balanced', importBasis: 'national', limit: 100 }),
      })
    ).json()) as WhatIfOut;
    expect(api.becameReady.length).toBeGreaterThan(0);
    const { page, errors } = await seed.page(`?view=opportunities&basis=national&target=cl-purbalingga&lang=${lang}`);
    await page.waitForSelector('#wi-run');
    await page.selectOption('#wi-kind', 'certification');
    await page.selectOption('#wi-certification', 'IATF 16949');
    await page.click('#wi-add');
    await page.click('#wi-run');
    await page.waitForSelector('#wi-changes');
    const figures = await page.locator('#wi-figures p').allTextContents();
    // The page's USD format (web/src/app/i18n.ts): "USD 1.2 bn" / "USD 1,2 miliar" from a billion, "USD 4.7 m" /
    // "USD 4,7 juta" from a million, whole dollars below (to the thousand from 10,000).
    const usd = (v: number) => {
      const n = (x: number) => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(x);
      if (v >= 1e9) return `USD ${n(v / 1e9)} ${lang === 'id' ? 'miliar' : 'bn'}`;
      if (v >= 1e6) return `USD ${n(v / 1e6)} ${lang === 'id' ? 'juta' : 'm'}`;
      return `USD ${n(v >= 1e4 ? Math.round(v / 1e3) * 1e3 : v)}`;
    };
    expect(figures[0]).toContain(lang === 'en' ? 'National imports (2023) replaceable today' : 'Impor nasional (2023) yang dapat digantikan hari ini');
    expect(figures[0]).toContain(usd(api.readyBasisValueUsd.gained));
    expect(figures[1]).toContain(lang === 'en' ? 'Buyers’ reported imports replaceable today' : 'Impor yang dilaporkan pembeli yang dapat digantikan hari ini');
    expect(figures[1]).toContain(usd(api.readyImportValueUsd.gained));
    const heads = await page.locator('#wi-changes thead th').allTextContents();
    expect(heads.slice(-2)).toEqual(lang === 'en' ? ['National imports, 2023', 'Buyers’ reported imports'] : ['Impor nasional, 2023', 'Impor yang dilaporkan pembeli']);
    const national = await page.locator('#wi-changes tbody td.wi-national').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.value)));
    expect(national).toEqual(api.changed.map((c) => c.basisValueUsd));
    const ready = await page.locator('#wi-became-ready li').evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.value)));
    expect(ready).toEqual(api.becameReady.map((b) => b.basisValueUsd));
    // The values differ from the buyers' somewhere, or the checks above could not tell them apart.
    expect(api.changed.some((c) => c.basisValueUsd !== c.importValueUsd)).toBe(true);
    await page.locator('#wi-changes').scrollIntoViewIfNeeded();
    await screenshot(page, `opportunities-what-if-national-${lang}`);
    expect(errors).toEqual([]);
  });

  it('keeps the buyers’ figure under “Import value” on the buyers’ basis', async () => {
    const api = await get<SubstitutionOut>(seed, 'analysis/substitution?strategy=balanced&limit=1000');
    const { page, errors } = await seed.page('?view=opportunities');
    await page.waitForSelector('#opp-table');
    expect(await page.locator('#opp-table thead .opp-import-head').textContent()).toBe('Import value');
    const shown = await page.locator('#opp-table tbody tr.opp-row .opp-import').evaluateAll((tds) => tds.slice(0, 10).map((td) => Number((td as HTMLElement).dataset.value)));
    expect(shown).toEqual(api.opportunities.slice(0, 10).map((o) => o.importValueUsd));
    expect(errors).toEqual([]);
  });
});
