// The trade statistics in a real Chromium (issue 15), in English and Bahasa Indonesia:
// (a) the complexity panel's product-complexity part shows exactly the API's answer
//     (GET /api/analysis/product-complexity, whose PCI test/trade/product-complexity.test.ts checks
//     against `rantai complexity`): on a generated dataset with a world table, the summary
//     sentences (the table's year and source, Indonesia's ECI rank) and each component's PCI; on
//     the seed, which has no world table, the API's "no world table" warning and no PCI table;
// (b) the opportunities panel names the import basis of its ranking (buyers by default, national
//     statistics with the trade table's year when chosen), and its first row is the API's first
//     opportunity under importBasis=national, its import column the national value the score
//     weighed under a header naming it, its details the buyers' import value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubstitutionOut } from '../../server/analysis/substitution/index.ts';
import type { ProductComplexityOut } from '../../server/analysis/trade/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { browserUnavailable, exportedText, openBrowserFixture, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let seed: BrowserFixture;
let world: BrowserFixture;
beforeAll(async () => {
  if (unavailable) return;
  seed = await openBrowserFixture();
  world = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 4, firms: 120, components: 20, seed: 3, trade: true })) });
});
afterAll(async () => {
  await seed?.close();
  await world?.close();
});

const api = async <T>(fx: BrowserFixture, path: string): Promise<T> => (await (await fetch(`${fx.server.url}/api/${path}`)).json()) as T;

describe.skipIf(unavailable)('product complexity in the complexity panel', () => {
  it.each(['en', 'id'] as const)('shows the API’s ECI rank, year and PCI per component (%s)', async (lang) => {
    const out = await api<ProductComplexityOut>(world, `analysis/product-complexity?lang=${lang}`);
    expect(out.available).toBe(true);
    expect(out.country?.id).toBe('IDN');
    expect(out.country?.rank).not.toBeNull();
    const { page, errors } = await world.page(`?view=complexity&lang=${lang}`, { width: 1440, height: 2300 });
    await page.waitForSelector('#cx-products-table');
    const summary = await page.locator('#cx-products-summary p').allTextContents();
    expect(summary).toEqual(out.summary);
    // The summary names the table's year and the country's rank, in the page's language.
    expect(summary.join(' ')).toContain(String(out.year));
    expect(summary.join(' ')).toContain(lang === 'en' ? 'Indonesia ranks' : 'Indonesia berada di peringkat');
    expect(await page.locator('#cx-products-table caption').textContent()).toContain(String(out.year));
    const shown = await page.locator('#cx-products-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ name: tr.querySelector('td button')?.textContent ?? '', pci: tr.querySelector('[data-value]')!.getAttribute('data-value') })),
    );
    expect(shown).toEqual(out.components.map((c) => ({ name: c.name, pci: c.pci === null ? '' : String(c.pci) })));
    // The briefing writes each HS code's share in the reader's number format, as the panel does; the CSV keeps them raw.
    const share = (x: number) => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(x);
    const html = await exportedText(page);
    const first = out.components[0]!;
    expect(html).toContain(`<td>${first.hs.map((m) => `${m.hs} (${share(m.share)})`).join(', ')}</td>`);
    expect(html).not.toContain(`<td>${first.hs.map((m) => `${m.hs}:${m.share}`).join('; ')}</td>`);
    const csv = [...html.matchAll(/href="data:text\/csv;charset=utf-8,([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!)).join('\n');
    expect(csv).toContain(first.hs.map((m) => `${m.hs}:${m.share}`).join('; '));
    expect(errors).toEqual([]);
  });

  it.each(['en', 'id'] as const)('says there is no world table on the seed (%s)', async (lang) => {
    const out = await api<ProductComplexityOut>(seed, `analysis/product-complexity?lang=${lang}`);
    expect(out.available).toBe(false);
    const { page, errors } = await seed.page(`?view=complexity&lang=${lang}`, { width: 1440, height: 2300 });
    await page.waitForSelector('#cx-products-none');
    // The API's warnings, their backticked file names and commands shown as code rather than as backticks.
    expect(await page.locator('#cx-products-none p').allTextContents()).toEqual(out.warnings.map((w) => w.message.replace(/`([^`]+)`/g, '$1')));
    expect(await page.locator('#cx-products-none p code').allTextContents()).toEqual(out.warnings.flatMap((w) => [...w.message.matchAll(/`([^`]+)`/g)].map((m) => m[1])));
    expect(await page.locator('#cx-products-none').textContent()).toContain(lang === 'en' ? 'No world trade table is loaded' : 'Belum ada tabel perdagangan dunia');
    expect(await page.locator('#cx-products-table').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(unavailable)('the import basis in the opportunities panel', () => {
  it.each(['en', 'id'] as const)('names the basis and ranks as the API does with importBasis=national (%s)', async (lang) => {
    const { page, errors } = await seed.page(`?view=opportunities&lang=${lang}`);
    await page.waitForSelector('#opp-table');
    expect(await page.isChecked('#opp-basis-buyers')).toBe(true);
    expect(await page.locator('#opp-summary').textContent()).toContain(lang === 'en' ? 'Import values: the buyers’ reported imports' : 'Nilai impor: impor yang dilaporkan pembeli');

    const national = await api<SubstitutionOut>(seed, `analysis/substitution?strategy=balanced&importBasis=national&limit=1000&lang=${lang}`);
    expect(national.basisYear).toBe(2023);
    await page.check('#opp-basis-national');
    const line = lang === 'en' ? 'Import values: national trade statistics, 2023.' : 'Nilai impor: statistik perdagangan nasional, 2023.';
    await page.waitForFunction((text) => document.querySelector('#opp-summary')?.textContent?.includes(text) ?? false, line);
    const first = national.opportunities[0]!;
    const row = page.locator('#opp-table tbody tr').first();
    expect(await row.textContent()).toContain(first.component.name);
    expect(await row.textContent()).toContain(first.cluster.name);
    // The import column holds the national value the score weighed, under a header naming it;
    // the row's details keep the buyers' own figure.
    expect(await row.locator('.opp-import').getAttribute('data-value')).toBe(String(first.basisValueUsd));
    expect(await page.locator('#opp-table thead .opp-import-head').textContent()).toBe(lang === 'en' ? 'National imports, 2023' : 'Impor nasional, 2023');
    await row.locator('.opp-expand').click();
    const shownBuyers = page.locator('#opp-table tbody tr.opp-more-row').first().locator('.opp-buyers');
    expect(await shownBuyers.getAttribute('data-value')).toBe(String(first.importValueUsd));
    expect(errors).toEqual([]);
  });
});
