// National import exposure in the views (issue 15), in a real Chromium, English and Bahasa
// Indonesia, on the seed (with one hand-made 2022 trade row: the seed's own table has one year):
// (a) the risk panel's import-exposure table shows, per component, exactly the API's figures:
//     the national value, origin shares and HHI of GET /api/analysis/imports?basis=national
//     (whose arithmetic test/trade/exposure.test.ts checks by hand) beside the buyers' value and
//     HHI of GET /api/analysis/imports; the source and year of the national figures; origin
//     countries named in the page's language (Jepang, Tiongkok in Indonesian); sorting by a column;
//     its CSV export with both bases named in the headers;
// (b) without a national table (a generated dataset without trade.csv) it says so, with the API's
//     warning, and still shows the buyers' figures;
// (c) the Opportunities basis is in the address: choosing national statistics writes basis=national,
//     and a link with it reopens on that basis (the key figure names it) — and the export menu's
//     table names the basis;
// (d) a country's detail panel is titled in the page's language.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportsOut } from '../../server/analysis/imports/shapes.ts';
import type { NationalImportsOut } from '../../server/analysis/trade/shapes.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { readDeck } from '../export/read-back.ts';
import { exportedText, browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let seed: BrowserFixture;
let bare: BrowserFixture;
beforeAll(async () => {
  if (unavailable) return;
  // The seed's national table has one year (seed/README.md); one hand-made 2022 row for the ECU's
  // subheading (HS 8537.10, from Japan) gives the table a trend to show.
  const dataset = await readDataset('seed/indonesia');
  dataset.trade = [...(dataset.trade ?? []), { year: 2022, hs: '853710', origin: 'JPN', value_usd: 42_000_000, source: 'test fixture: a hand-made 2022 row' }];
  seed = await openBrowserFixture({ store: new EmbeddedStore(dataset, { name: 'seed/indonesia', source: 'folder seed/indonesia' }) });
  bare = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 3, firms: 60, components: 10, seed: 5 })) });
}, 120_000);
afterAll(async () => {
  await seed?.close();
  await bare?.close();
});

const api = async <T>(fx: BrowserFixture, path: string): Promise<T> => (await (await fetch(`${fx.server.url}/api/${path}`)).json()) as T;

/** The Indonesian and English names of the seed's origins, written by hand. */
const NAMES = { en: ['Japan', 'China', 'South Korea'], id: ['Jepang', 'Tiongkok', 'Korea Selatan'] } as const;

describe.skipIf(unavailable)('national exposure beside the buyers’ figures (risk panel)', () => {
  it.each(['en', 'id'] as const)('shows the API’s national and buyers’ figures per component (%s)', async (lang) => {
    const national = await api<NationalImportsOut>(seed, `analysis/imports?basis=national&lang=${lang}`);
    const buyers = await api<ImportsOut>(seed, `analysis/imports?lang=${lang}`);
    expect(national.year).toBe(2023);
    const { page, errors } = await seed.page(`?view=risk&lang=${lang}`, { width: 1440, height: 1200 });
    await page.waitForSelector('#exp-table tbody tr');

    // Every component that either answer gives an import value has a row.
    const expectedIds = new Set([...national.components.filter((c) => c.nationalValueUsd > 0 || c.buyersValueUsd > 0).map((c) => c.component), ...buyers.components.filter((c) => c.importedValueUsd > 0).map((c) => c.id)]);
    const shownIds = await page.locator('#exp-table tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.component!));
    expect(new Set(shownIds)).toEqual(expectedIds);
    expect(shownIds).toHaveLength(expectedIds.size);

    // The ECU: three origins (Japan, South Korea, China) in the seed.
    const ecu = national.components.find((c) => c.component === 'c-ecu')!;
    const ecuBuyers = buyers.components.find((c) => c.id === 'c-ecu')!;
    expect(ecu.origins.map((o) => o.country)).toEqual(['JPN', 'KOR', 'CHN']);
    const row = page.locator('#exp-table tbody tr[data-component="c-ecu"]');
    const values = await row.locator('td.num').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
    // Columns: buyers' value, buyers' HHI, national value, buyers/national, origin HHI.
    expect(values).toEqual([String(ecuBuyers.importedValueUsd), String(ecuBuyers.hhi), String(ecu.nationalValueUsd), String(ecu.buyersValueUsd / ecu.nationalValueUsd), String(ecu.hhi)]);
    // The ECU's subheading has the fixture's 2022 row besides 2023: its growth as the API gives it.
    expect(ecu.annualGrowth).not.toBeNull();
    expect(await row.locator('td.exp-trend').getAttribute('data-value')).toBe(String(ecu.annualGrowth));
    expect(await row.locator('td.exp-origins').getAttribute('data-origins')).toBe('JPN KOR CHN');
    const origins = (await row.locator('td.exp-origins').textContent()) ?? '';
    // Names in the page's language, with the shares rounded as the page writes them (78%, 12%, 10%:
    // the sign against the number in both languages, as the server writes it).
    const pc = '%';
    const [jp, cn, kr] = NAMES[lang];
    expect(origins).toBe(`${jp} 78${pc}; ${kr} 12${pc}; ${cn} 10${pc}`);
    if (lang === 'id') for (const english of NAMES.en) expect(origins).not.toContain(english);
    // Under the name, the HS code its national figure comes from and the share taken for it
    // (seed/indonesia/hs_components.csv: 853710, 0.5): components sharing a heading show the same
    // national figures, which read as a copy error until the heading is named.
    expect(await row.locator('th .exp-hs').textContent()).toBe(`HS 853710 × 50${pc}`);
    // The trend's tooltip lists the API's yearly values.
    expect(await row.locator('td.exp-trend svg title').textContent()).toContain('2022');

    // The source and year of the national figures.
    const source = (await page.locator('#exp-source').textContent()) ?? '';
    expect(source).toContain('2023');
    expect(source).toContain(national.sources[0]!);
    expect(await page.locator('#exp-none').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('sorts by a column, and back', async () => {
    const { page, errors } = await seed.page('?view=risk', { width: 1440, height: 1200 });
    await page.waitForSelector('#exp-table tbody tr');
    const column = async (key: string) =>
      page.locator('#exp-table tbody tr').evaluateAll((trs, k) => trs.map((tr) => tr.querySelectorAll('td')[k]!.getAttribute('data-value')), key === 'hhi' ? 5 : 0);
    const numbers = (xs: Array<string | null>) => xs.filter((x): x is string => x !== null && x !== '').map(Number);
    await page.click('#exp-table th[data-sort="hhi"] button');
    expect(await page.getAttribute('#exp-table th[data-sort="hhi"]', 'aria-sort')).toBe('descending');
    const down = numbers(await column('hhi'));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await page.click('#exp-table th[data-sort="hhi"] button');
    expect(await page.getAttribute('#exp-table th[data-sort="hhi"]', 'aria-sort')).toBe('ascending');
    const up = numbers(await column('hhi'));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(errors).toEqual([]);
  });

  it.each(['en', 'id'] as const)('exports the table as CSV with both bases named (%s)', async (lang) => {
    const national = await api<NationalImportsOut>(seed, `analysis/imports?basis=national&lang=${lang}`);
    const { page, errors } = await seed.page(`?view=risk&lang=${lang}`, { width: 1440, height: 1200 });
    await page.waitForSelector('#exp-table tbody tr');
    await page.waitForSelector('#risk-impact');
    await page.click('#export summary');
    const entry = page.locator('#export .menu-items button', { hasText: lang === 'en' ? 'national trade statistics (2023)' : 'statistik perdagangan nasional (2023)' });
    expect(await entry.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), entry.click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toBe('component,componentName,hsText,buyersValueUsd,buyersHhi,nationalYear,national2022,national2023,buyersShareOfNational,mainOrigins,originCodes,originHhi,annualGrowth,hs');
    const ecu = national.components.find((c) => c.component === 'c-ecu')!;
    const ecuLine = lines.find((l) => l.startsWith('c-ecu,'))!;
    expect(ecuLine).toContain(`,2023,${ecu.years[0]!.valueUsd},${ecu.nationalValueUsd},`);
    expect(ecuLine).toContain(lang === 'en' ? 'Japan 78%; South Korea 12%; China 10%' : 'Jepang 78%; Korea Selatan 12%; Tiongkok 10%');
    // The deck's exposure slide names the origins too: a long column, kept on slides (where the imports come from).
    const [deckFile] = await Promise.all([page.waitForEvent('download'), (async () => {
      if (!(await page.locator('#export').evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('#export summary');
      await page.click('#export-pptx');
    })()]);
    const deck = readDeck(await readFile((await deckFile.path())!));
    const exposure = deck.slides.flatMap((sl) => sl.tables).find((tb) => tb[0]?.includes(lang === 'en' ? 'Main origin countries (share)' : 'Negara asal utama (pangsa)'));
    expect(exposure).toBeDefined();
    expect(exposure!.some((row) => row.includes(lang === 'en' ? 'Japan 78%; South Korea 12%; China 10%' : 'Jepang 78%; Korea Selatan 12%; Tiongkok 10%'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it.each(['en', 'id'] as const)('says when the dataset has no national table, with the buyers’ figures still shown (%s)', async (lang) => {
    const national = await api<NationalImportsOut>(bare, `analysis/imports?basis=national&lang=${lang}`);
    const buyers = await api<ImportsOut>(bare, `analysis/imports?lang=${lang}`);
    expect(national.year).toBeNull();
    const { page, errors } = await bare.page(`?view=risk&lang=${lang}`, { width: 1440, height: 1200 });
    await page.waitForSelector('#exp-none');
    const note = (await page.locator('#exp-none').textContent()) ?? '';
    expect(note).toContain(lang === 'en' ? 'no national trade table' : 'tidak memiliki tabel perdagangan nasional');
    // The API marks the file name and the command with backticks: shown as code, never as backticks.
    for (const w of national.warnings) expect(note).toContain(w.message.replace(/`([^`]+)`/g, '$1'));
    const marked = national.warnings.flatMap((w) => [...w.message.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
    expect(marked).toContain('trade.csv');
    expect(await page.locator('#exp-none code').allTextContents()).toEqual(marked);
    expect(note).not.toContain('`');
    expect(await page.locator('#exp-table tbody tr').count()).toBe(buyers.components.filter((c) => c.importedValueUsd > 0).length);
    expect(await page.locator('#exp-source').count()).toBe(0);
    // The briefing's key figures say the same in plain words.
    const html = await exportedText(page);
    expect(html).toContain('trade.csv');
    expect(html).not.toContain('`');
    expect(errors).toEqual([]);
    // So does Complexity's part on products without a world table.
    const cx = await bare.page(`?view=complexity&lang=${lang}`, { width: 1440, height: 1200 });
    await cx.page.waitForSelector('#cx-products-none');
    expect(await cx.page.locator('#cx-products-none code').first().textContent()).toBe('world_trade.csv');
    expect(await cx.page.locator('#cx-products-none').textContent()).not.toContain('`');
    expect(await exportedText(cx.page)).not.toContain('`');
    expect(cx.errors).toEqual([]);
  });
});

describe.skipIf(unavailable)('the import basis in the address', () => {
  it.each(['en', 'id'] as const)('writes basis=national, reopens a link with it on that basis, and the export names it (%s)', async (lang) => {
    const { page, errors } = await seed.page(`?view=opportunities&lang=${lang}`);
    await page.waitForSelector('#opp-table');
    expect(new URL(page.url()).searchParams.get('basis')).toBeNull();
    await page.check('#opp-basis-national');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('basis') === 'national');
    const line = lang === 'en' ? 'Import values: national trade statistics, 2023.' : 'Nilai impor: statistik perdagangan nasional, 2023.';
    await page.waitForFunction((text) => document.querySelector('#opp-summary')?.textContent?.includes(text) ?? false, line);
    const link = page.url();

    const again = await seed.page(link.slice(seed.server.url.length + 1));
    await again.page.waitForFunction((text) => document.querySelector('#opp-summary')?.textContent?.includes(text) ?? false, line);
    expect(await again.page.isChecked('#opp-basis-national')).toBe(true);
    expect(await again.page.isChecked('#opp-basis-buyers')).toBe(false);
    // The export menu's ranking table names the basis in its title.
    await again.page.click('#export summary');
    const csvEntry = again.page.locator('#export-csv-0');
    expect(await csvEntry.textContent()).toContain(lang === 'en' ? 'National trade statistics' : 'Statistik perdagangan nasional');
    // A basis the app does not know is reported and dropped.
    const bad = await seed.page(`?view=opportunities&basis=world&lang=${lang}`);
    await bad.page.waitForSelector('#opp-table');
    expect(await bad.page.isChecked('#opp-basis-buyers')).toBe(true);
    expect(new URL(bad.page.url()).searchParams.get('basis')).toBeNull();
    expect(await bad.page.locator('#url-problems').textContent()).toContain(
      lang === 'en' ? 'Unknown import basis ‘world’ in the address (parameter basis; buyers or national)' : 'Dasar nilai impor ‘world’ tidak dikenal pada alamat (parameter basis; buyers atau national)',
    );
    expect([...errors, ...again.errors]).toEqual([]);
  });
});

describe.skipIf(unavailable)('country names in the detail panel', () => {
  it.each([
    ['en', 'China'],
    ['id', 'Tiongkok'],
  ] as const)('titles a country in the page’s language (%s)', async (lang, name) => {
    const { page, errors } = await seed.page(`?view=network&sel=CHN&lang=${lang}`);
    await page.waitForFunction((n) => document.querySelector('#detail-title')?.textContent === n, name);
    expect(errors).toEqual([]);
  });
});
