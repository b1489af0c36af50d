// The risk panel in a real Chromium: its two tables hold exactly the rows of GET /api/analysis/risk
// (fetched by the test), the chart has a bar per top firm with its figures also as text, firms are
// selectable by mouse and keyboard, the exported SVG holds the chart, and labels switch to Bahasa
// Indonesia. A long ranking (a generated dataset of 1,500 firms: 257 failure impacts; the national
// one has 21,499, which drawn at once kept the browser busy for 25 s) shows 100 rows at a time; that
// dataset has no single source, which the key figures say in a sentence. With a cluster in focus
// the tables hold exactly its members' rows, found here from GET /api/firms?cluster= and the same
// risk answer (not from the view's code), the key figures name the cluster in both languages, the
// export's scope line names it, and clearing the picker brings every firm back. A province and a
// tier (set on another view, or in the panel's own fields) narrow it the same way: the firms of
// that province and tier are read here from seed/indonesia/firms.csv with csv-parse.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RiskOut } from '../../server/analysis/risk/shapes.ts';
import type { CatalogOut } from '../../server/api/routes/catalog.ts';
import type { FirmsOut } from '../../server/api/routes/firms.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { browserUnavailable, openBrowserFixture, exportedText, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
let api: RiskOut;
let clusterNames: Map<string, string>;
beforeAll(async () => {
  if (unavailable) return;
  fx = await openBrowserFixture();
  api = (await (await fetch(`${fx.server.url}/api/analysis/risk`)).json()) as RiskOut;
  const catalog = (await (await fetch(`${fx.server.url}/api/catalog`)).json()) as CatalogOut;
  clusterNames = new Map(catalog.clusters.map((c) => [c.id, c.name]));
});

/** What a focus on `cluster` must show, from the API's answers: its members, their failure impacts and the single sources they supply or buy. */
async function expectedFocus(cluster: string) {
  const members = new Set(((await (await fetch(`${fx.server.url}/api/firms?cluster=${cluster}`)).json()) as FirmsOut).firms.map((f) => f.id));
  const impact = api.failureImpact.filter((f) => members.has(f.firm.id));
  const single = api.singleSource.filter((s) => members.has(s.supplier.id) || members.has(s.buyer.id));
  return { name: clusterNames.get(cluster)!, members, impact, single, cutsOem: impact.filter((f) => f.impactedOems.length > 0).length };
}

/** The components with an import figure: the buyers' reported imports, or the national table's. */
async function componentsWithImports(): Promise<Set<string>> {
  type Row = { id?: string; component?: string; importedValueUsd?: number; nationalValueUsd?: number };
  const read = async (query: string) => ((await (await fetch(`${fx.server.url}/api/analysis/imports${query}`)).json()) as { components: Row[] }).components;
  const buyers = (await read('')).filter((c) => (c.importedValueUsd ?? 0) > 0).map((c) => c.id!);
  const national = (await read('?basis=national')).filter((c) => (c.nationalValueUsd ?? 0) > 0).map((c) => c.component!);
  return new Set([...buyers, ...national]);
}

const impactFirms = (page: Page) => page.locator('#risk-impact tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.firm));
const singlePairs = (page: Page) => page.locator('#risk-single tbody tr').evaluateAll((trs) => trs.map((tr) => `${(tr as HTMLElement).dataset.buyer}|${(tr as HTMLElement).dataset.component}`));
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
    // Columns: rank, (firm), tier, cluster, OEMs cut off, …; the cluster as the API names it, or a dash.
    expect(await first.locator('td').nth(2).textContent()).toBe(api.failureImpact[0]!.firm.cluster?.name ?? '—');
    expect(await first.locator('td').nth(3).textContent()).toBe(String(api.failureImpact[0]!.impactedOems.length));
    const clusterCells = await page.locator('#risk-impact tbody td.risk-cluster').allTextContents();
    expect(clusterCells).toEqual(api.failureImpact.map((f) => f.firm.cluster?.name ?? '—'));
    expect(Number(await first.locator('[data-value]').getAttribute('data-value'))).toBe(api.failureImpact[0]!.lostValueUsd);
    const pairs = await page.locator('#risk-single tbody tr').evaluateAll((trs) => trs.map((tr) => `${(tr as HTMLElement).dataset.buyer}|${(tr as HTMLElement).dataset.component}`));
    expect(pairs).toEqual(api.singleSource.map((s) => `${s.buyer.id}|${s.component.id}`));
    // Each firm's tier in short after its name: "(IKM)", not "(IKM (small and medium industry))",
    // and its cluster when it is in one: "(IKM · Sentra IKM logam Ceper)".
    const tierNotes = await page.locator('#risk-single tbody .hint').allTextContents();
    expect(tierNotes.length).toBe(2 * api.singleSource.length);
    for (const note of tierNotes) expect(note).toMatch(/^ \((OEM|Tier 1|Tier 2|IKM|Other large buyer)( · [^()]+)?\)$/);
    expect(tierNotes.filter((n) => n.includes(' · ')).length).toBe(api.singleSource.flatMap((x) => [x.buyer, x.supplier]).filter((f) => f.cluster).length);
    expect(tierNotes).toContain(' (IKM · Sentra IKM logam Ceper)');
    // After each bar its tier, and an IKM's cluster by its short name (IKM Purbalingga 02 is in
    // Sentra IKM knalpot Purbalingga, seed/indonesia/firms.csv).
    const barTexts = await page.locator('#risk-chart-svg text').allTextContents();
    expect(barTexts.filter((x) => x.endsWith(' · IKM · Purbalingga')).length).toBe(1);
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

  it('with a cluster in focus, shows exactly its members’ failure impacts, with their ranks among all firms, and the single sources they supply or buy', async () => {
    const ceper = await expectedFocus('cl-ceper');
    // The seed's Ceper: 12 members, 4 of them in the ranking (one cutting off an OEM), 4 single sources from a member.
    expect(ceper.members.size).toBeGreaterThan(ceper.impact.length);
    expect(ceper.impact.length).toBeGreaterThan(1);
    expect(ceper.impact.length).toBeLessThan(api.failureImpact.length);
    expect(ceper.cutsOem).toBeGreaterThan(0);
    expect(ceper.single.length).toBeGreaterThan(0);
    expect(ceper.single.length).toBeLessThan(api.singleSource.length);
    const { page, errors } = await fx.page('?view=risk&cluster=cl-ceper');
    await page.waitForSelector('#risk-impact');
    expect(await page.locator('#risk-cluster').inputValue()).toBe(ceper.name);
    expect(await impactFirms(page)).toEqual(ceper.impact.map((f) => f.firm.id));
    // The # column keeps each firm's place in the national ranking, which the caption says.
    const ranks = await page.locator('#risk-impact tbody tr td:first-child').allTextContents();
    expect(ranks).toEqual(ceper.impact.map((f) => String(f.rank)));
    expect(ranks).not.toEqual(ceper.impact.map((_f, i) => String(i + 1)));
    const caption = (await page.locator('#risk-impact caption').textContent()) ?? '';
    expect(caption).toContain(`${ceper.name}: firms ranked by OEMs cut off`);
    expect(caption).toContain(`(${ceper.impact.length} firms); # is the firm’s place in the ranking of all ${api.failureImpact.length} firms`);
    expect(await singlePairs(page)).toEqual(ceper.single.map((s) => `${s.buyer.id}|${s.component.id}`));
    // The chart draws the members that cut off an OEM, under a title that says so. Ceper has four in
    // the ranking and only KBJ cuts one off (its cylinder sleeves are TPR Indonesia's only supply,
    // seed supplies.csv); three bars of zero under "cut off the most OEMs" had contradicted the
    // title, so the other three are named as left to the table.
    expect([ceper.impact.length, ceper.cutsOem]).toEqual([4, 1]);
    expect(await page.locator('#risk-chart-svg .bar').count()).toBe(1);
    expect(await page.locator('#risk-chart-svg').textContent()).toContain(`${ceper.name}: the 1 firm whose failure cuts off an OEM`);
    expect(await page.locator('#risk-chart figcaption').textContent()).toContain('3 more firms lose supply but cut off no OEM: in the table below, not charted.');
    // The key figures are about the cluster.
    const worst = ceper.impact[0]!;
    const from = ceper.single.filter((s) => ceper.members.has(s.supplier.id));
    const figures = await page.locator('#risk-summary li').allTextContents();
    expect(figures[0]).toBe(`${ceper.name}: ${ceper.impact.length} of its ${ceper.members.size} firms would cut a buyer’s supply of a component if they stopped; ${ceper.cutsOem} of them ${ceper.cutsOem === 1 ? 'cuts' : 'cut'} off at least one OEM.`);
    expect(figures[1]).toContain(`Largest impact among the members of ${ceper.name}: ${worst.firm.name}, number ${worst.rank} of ${api.failureImpact.length} in the ranking of all firms`);
    expect(figures[2]).toContain(`${from.length} single-source ${from.length === 1 ? 'supply comes' : 'supplies come'} from the members of ${ceper.name}`);
    // The import exposure keeps the components of the tables above (its cluster's briefing had printed
    // every component of the country): those the members' failures cut off and their single sources',
    // which have an import figure; a button shows every component.
    const components = new Set([...ceper.impact.flatMap((f) => f.lost.map((l) => l.component.id)), ...ceper.single.map((s) => s.component.id)]);
    const withImports = await componentsWithImports();
    const kept = [...components].filter((c) => withImports.has(c));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(withImports.size);
    const expRows = () => page.locator('#exp-table tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.component));
    await page.waitForSelector('#exp-table');
    expect(new Set(await expRows())).toEqual(new Set(kept));
    expect(await page.locator('#exp-scope').isVisible()).toBe(true);
    expect(await page.locator('#exp-scope').textContent()).toBe(`Shown: the ${kept.length} components in the tables “Failure impact of each firm” and “Single-source components” for ${ceper.name}, out of ${withImports.size} with import figures. Their national figures are for the whole country, and the buyers’ figures count every buyer’s imports. Show all ${withImports.size} components`);
    await page.click('#exp-scope-toggle');
    expect((await expRows()).length).toBe(withImports.size);
    expect(await page.locator('#exp-scope-toggle').textContent()).toBe(`Show only those of ${ceper.name}`);
    await page.click('#exp-scope-toggle');
    expect((await expRows()).length).toBe(kept.length);
    await screenshot(page, 'risk-ceper');
    expect(errors).toEqual([]);
  });

  it('says the focus in Bahasa Indonesia', async () => {
    const ceper = await expectedFocus('cl-ceper');
    const { page, errors } = await fx.page('?view=risk&cluster=cl-ceper&lang=id');
    await page.waitForSelector('#risk-impact');
    expect(await page.locator('#risk-cluster-label').textContent()).toBe('Sentra');
    expect(await impactFirms(page)).toEqual(ceper.impact.map((f) => f.firm.id));
    const figures = await page.locator('#risk-summary li').allTextContents();
    expect(figures[0]).toBe(`${ceper.name}: ${ceper.impact.length} dari ${ceper.members.size} perusahaannya akan memutus pasokan komponen ke suatu pembeli bila berhenti berproduksi; ${ceper.cutsOem} di antaranya memutus pasokan ke setidaknya satu OEM.`);
    expect(figures[1]).toContain(`urutan ke-${ceper.impact[0]!.rank} dari ${api.failureImpact.length} dalam peringkat seluruh perusahaan`);
    expect(await page.locator('#risk-impact caption').textContent()).toContain(`# adalah urutan perusahaan dalam peringkat seluruh ${api.failureImpact.length} perusahaan`);
    expect(await page.locator('#risk-single caption').textContent()).toBe(`Pasokan dari pemasok tunggal dengan salah satu dari anggota ${ceper.name} sebagai pemasok atau pembeli (${ceper.single.length})`);
    // One bar (KBJ), the three others left to the table (as in English above).
    expect(await page.locator('#risk-chart-svg').textContent()).toContain(`${ceper.name}: 1 perusahaan yang bila berhenti berproduksi memutus pasokan ke OEM`);
    expect(await page.locator('#risk-chart figcaption').textContent()).toContain('3 perusahaan lain kehilangan pasokan tetapi tidak memutus pasokan ke OEM: tercantum di tabel di bawah, tidak dalam grafik.');
    await screenshot(page, 'risk-ceper-id');
    expect(errors).toEqual([]);
  });

  it('says in a sentence, in both languages, when no member of the cluster in focus is the only path of a component', async () => {
    // Semarang's members supply no buyer on their own in the seed: none of them is in the ranking.
    const semarang = await expectedFocus('cl-semarang');
    expect(semarang.members.size).toBeGreaterThan(0);
    expect(semarang.impact).toEqual([]);
    expect(semarang.single).toEqual([]);
    for (const [lang, none] of [
      ['en', `${semarang.name} (${semarang.members.size} firms): no firm of the focus is the only path of a component to a buyer; if any one of them stopped, every buyer would still be supplied through other firms.`],
      ['id', `${semarang.name} (${semarang.members.size} perusahaan): tidak ada perusahaan dalam fokus ini yang menjadi satu-satunya jalur pasokan komponen ke pembeli; bila salah satunya berhenti berproduksi, setiap pembeli tetap memperoleh pasokan melalui perusahaan lain.`],
    ] as const) {
      const { page, errors } = await fx.page(`?view=risk&cluster=cl-semarang&lang=${lang}`);
      await page.waitForSelector('#risk-summary');
      expect(await page.locator('#risk-summary li').first().textContent()).toBe(none);
      expect(await page.locator('#risk-impact-none').textContent()).toBe(none);
      // Said twice, in the key figures and under the impact heading; not a third time where the chart would be.
      expect((await page.locator('#risk-body').textContent())!.split(none).length - 1).toBe(2);
      // No table, so no hint on moving in tables.
      expect(await page.locator('#risk-body').textContent()).not.toContain(lang === 'en' ? 'arrow keys' : 'tombol panah');
      expect(await page.locator('#risk-impact, #risk-single, #risk-chart-svg').count()).toBe(0);
      expect(await page.locator('#risk-single-none').textContent()).toContain(semarang.name);
      expect(errors).toEqual([]);
    }
  });

  it('exports a focus without rows as such: an empty table says it has no rows, in both languages', async () => {
    for (const [lang, none, all] of [
      ['en', 'No rows in this scope.', 'All 0 rows'],
      ['id', 'Tidak ada baris dalam cakupan ini.', 'Seluruh 0 baris'],
    ] as const) {
      const { page, errors } = await fx.page(`?view=risk&cluster=cl-semarang&lang=${lang}`);
      await page.waitForSelector('#risk-single-none');
      const html = await exportedText(page);
      const notes = [...html.matchAll(/<p class="note">([^<]*)/g)].map((m) => m[1]!.trim());
      // The two tables of the focus (failure impact, single sources) are empty, and so is the
      // exposure, which keeps the components of those two tables.
      expect(notes.filter((n) => n === none)).toHaveLength(3);
      expect(html).not.toContain(all);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('follows the picker: a cluster chosen narrows the tables, and clearing it brings every firm back', async () => {
    const ceper = await expectedFocus('cl-ceper');
    const { page, errors } = await fx.page('?view=risk');
    await page.waitForSelector('#risk-cluster');
    await page.waitForFunction((n) => document.querySelectorAll('#risk-impact tbody tr').length === n, api.failureImpact.length);
    await page.fill('#risk-cluster', 'ceper');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('cluster') === 'cl-ceper');
    await page.waitForFunction((n) => document.querySelectorAll('#risk-impact tbody tr').length === n, ceper.impact.length);
    expect(await impactFirms(page)).toEqual(ceper.impact.map((f) => f.firm.id));
    await page.click('#risk-cluster ~ .picker-clear');
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('cluster'));
    await page.waitForFunction((n) => document.querySelectorAll('#risk-impact tbody tr').length === n, api.failureImpact.length);
    // The national view as without a focus: every row, the national figures, no note on the exposure.
    expect(await impactFirms(page)).toEqual(api.failureImpact.map((f) => f.firm.id));
    expect(await singlePairs(page)).toEqual(api.singleSource.map((s) => `${s.buyer.id}|${s.component.id}`));
    expect(await page.locator('#risk-impact caption').textContent()).toBe(`Firms ranked by OEMs cut off, then by supply value lost (${api.failureImpact.length} firms)`);
    const summary = (await page.locator('#risk-summary').textContent()) ?? '';
    expect(summary).toContain(`${api.singleSource.length} single-source supplies`);
    expect(summary).not.toContain(ceper.name);
    expect(await page.locator('#exp-scope').isVisible()).toBe(false);
    expect(await page.locator('#risk-cluster').inputValue()).toBe('');
    expect(errors).toEqual([]);
  });

  it('exports the focus: the scope line names the cluster, the tables hold its rows under their usual titles', async () => {
    const ceper = await expectedFocus('cl-ceper');
    const read = async (query: string) => {
      const { page, errors } = await fx.page(query);
      await page.waitForSelector('#risk-chart-svg');
      await page.waitForSelector('#exp-table');
      const html = await exportedText(page);
      // Read as a reader's browser shows it: no scripts.
      const reader = await (await fx.browser.newContext({ javaScriptEnabled: false })).newPage();
      await reader.setContent(html);
      const report = await reader.evaluate(() => ({
        scope: [...document.querySelectorAll('header .scope')].map((p) => p.textContent).join(' '),
        // The whole table rides along as CSV (the page shows its first rows): one line a row after the header.
        tables: [...document.querySelectorAll('section.table')].map((s) => ({
          title: s.querySelector('h3')?.textContent ?? '',
          csv: decodeURIComponent(s.querySelector<HTMLAnchorElement>('a.csv')!.href.replace(/^data:text\/csv;charset=utf-8,/, '')).replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1),
        })),
        text: document.body.innerText,
      }));
      await reader.context().close();
      expect(errors).toEqual([]);
      return report;
    };
    const focused = await read('?view=risk&cluster=cl-ceper');
    expect(focused.scope).toContain(`Cluster: ${ceper.name}`);
    expect(focused.scope).not.toContain('whole dataset');
    // rank,firm,…: the members' rows with their national ranks; the single sources by count (names may hold commas).
    expect(focused.tables.map((tb) => tb.title).slice(0, 2)).toEqual(['Failure impact of each firm', 'Single-source components']);
    expect(focused.tables[0]!.csv.map((line) => line.split(',').slice(0, 2).join(','))).toEqual(ceper.impact.map((f) => `${f.rank},${f.firm.id}`));
    expect(focused.tables[1]!.csv.length).toBe(ceper.single.length);
    expect(focused.text).toContain(`${ceper.name}: ${ceper.impact.length} of its ${ceper.members.size} firms`);
    // The exposure's table holds the components of the cluster's tables, and the scope says so.
    expect(focused.text).toContain(`components in the tables “Failure impact of each firm” and “Single-source components” for ${ceper.name}, out of`);
    const components = new Set([...ceper.impact.flatMap((f) => f.lost.map((l) => l.component.id)), ...ceper.single.map((s) => s.component.id)]);
    const kept = [...(await componentsWithImports())].filter((c) => components.has(c));
    expect(focused.tables[2]!.csv.map((line) => line.split(',')[0]).sort()).toEqual(kept.sort());
    expect(focused.text).toContain(`National imports of the ${kept.length} components of ${ceper.name}’s tables:`);
    const all = await read('?view=risk');
    expect(all.scope).not.toContain(ceper.name);
    expect(all.tables.slice(0, 2).map((tb) => [tb.title, tb.csv.length])).toEqual([
      ['Failure impact of each firm', api.failureImpact.length],
      ['Single-source components', api.singleSource.length],
    ]);
    const id = await read('?view=risk&cluster=cl-ceper&lang=id');
    expect(id.scope).toContain(`Sentra: ${ceper.name}`);
  });

  it('follows a province and a tier set on another view: exactly the rows of those firms, named in the figures, the fields and the export, in both languages', async () => {
    // The firms of Jawa Tengah of tier IKM, from firms.csv itself (each firm's own province column, as the views' filter reads it).
    const csv = parse(await readFile(new URL('../../seed/indonesia/firms.csv', import.meta.url), 'utf8'), { columns: true }) as Array<{ id: string; tier: string; province: string }>;
    const members = new Set(csv.filter((r) => r.province === 'Jawa Tengah' && r.tier === 'IKM').map((r) => r.id));
    const impact = api.failureImpact.filter((f) => members.has(f.firm.id));
    const single = api.singleSource.filter((s) => members.has(s.supplier.id) || members.has(s.buyer.id));
    const withImports = await componentsWithImports();
    // Not a cluster in disguise: the IKM of Jawa Tengah belong to more than one cluster, and some of them are in the ranking.
    expect(new Set(csv.filter((r) => members.has(r.id)).map((r) => (r as unknown as { cluster: string }).cluster)).size).toBeGreaterThan(1);
    expect(impact.length).toBeGreaterThan(0);
    expect(impact.length).toBeLessThan(api.failureImpact.length);
    const { page, errors } = await fx.page('?view=network&province=Jawa%20Tengah&tier=IKM');
    await page.waitForSelector('#tab-network[aria-selected=true]');
    await page.click('#tab-risk');
    await page.waitForFunction((n) => document.querySelectorAll('#risk-impact tbody tr').length === n, impact.length);
    expect(await impactFirms(page)).toEqual(impact.map((f) => f.firm.id));
    expect(await singlePairs(page)).toEqual(single.map((s) => `${s.buyer.id}|${s.component.id}`));
    expect([await page.locator('#risk-tier').inputValue(), await page.locator('#risk-province').inputValue(), await page.locator('#risk-cluster').inputValue()]).toEqual(['IKM', 'Jawa Tengah', '']);
    // Followed, so not listed as unapplied.
    expect(await page.locator('#unapplied').count()).toBe(0);
    const figures = await page.locator('#risk-summary li').allTextContents();
    const cutsOem = impact.filter((f) => f.impactedOems.length > 0).length;
    expect(figures[0]).toBe(`IKM · Jawa Tengah: ${impact.length} of its ${members.size} firms would cut a buyer’s supply of a component if ${impact.length === 1 ? 'it' : 'they'} stopped; ${cutsOem === 0 ? 'none of them cuts off an OEM' : `${cutsOem} of them ${cutsOem === 1 ? 'cuts' : 'cut'} off at least one OEM`}.`);
    expect(figures[1]).toContain(`Largest impact among the IKM firms in Jawa Tengah: ${impact[0]!.firm.name}, number ${impact[0]!.rank} of ${api.failureImpact.length}`);
    const kept = new Set([...impact.flatMap((f) => f.lost.map((l) => l.component.id)), ...single.map((s) => s.component.id)].filter((c) => withImports.has(c)));
    expect(await page.locator('#exp-scope').textContent()).toContain(`Shown: the ${kept.size} components in the tables “Failure impact of each firm” and “Single-source components” for IKM · Jawa Tengah, out of ${withImports.size} with import figures.`);
    await screenshot(page, 'risk-province-tier');
    // The scope line of the export names both filters.
    const html = await exportedText(page);
    expect(html).toContain('Province: Jawa Tengah');
    expect(html).toMatch(/Tier: IKM/);
    expect(html).not.toContain('whole dataset');
    // The panel's own field: another province narrows to its firms; "All" brings every firm back.
    const timur = new Set(csv.filter((r) => r.province === 'Jawa Timur' && r.tier === 'IKM').map((r) => r.id));
    const timurImpact = api.failureImpact.filter((f) => timur.has(f.firm.id)).map((f) => f.firm.id);
    expect(timurImpact).not.toEqual(impact.map((f) => f.firm.id));
    await page.selectOption('#risk-province', 'Jawa Timur');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('province') === 'Jawa Timur');
    await page.waitForFunction((ids) => JSON.stringify([...document.querySelectorAll('#risk-impact tbody tr')].map((tr) => (tr as HTMLElement).dataset.firm)) === JSON.stringify(ids), timurImpact);
    await page.selectOption('#risk-province', '');
    await page.selectOption('#risk-tier', '');
    await page.waitForFunction((n) => document.querySelectorAll('#risk-impact tbody tr').length === n, api.failureImpact.length);
    expect(await impactFirms(page)).toEqual(api.failureImpact.map((f) => f.firm.id));
    expect(errors).toEqual([]);
    // In Indonesian, with the cluster too.
    const id = await fx.page('?view=risk&province=Jawa%20Tengah&tier=IKM&cluster=cl-ceper&lang=id');
    await id.page.waitForSelector('#risk-summary li');
    const both = new Set([...members].filter((m) => csv.find((r) => r.id === m && (r as unknown as { cluster: string }).cluster === 'cl-ceper')));
    const bothImpact = api.failureImpact.filter((f) => both.has(f.firm.id));
    expect(await impactFirms(id.page)).toEqual(bothImpact.map((f) => f.firm.id));
    const ceper = clusterNames.get('cl-ceper')!;
    expect(await id.page.locator('#risk-summary li').first().textContent()).toMatch(new RegExp(`^${ceper} · IKM · Jawa Tengah: ${bothImpact.length} dari ${both.size} perusahaannya akan memutus`));
    expect(await id.page.locator('#risk-single caption').textContent()).toContain(`dengan salah satu dari IKM anggota ${ceper} di Jawa Tengah sebagai pemasok atau pembeli`);
    await screenshot(id.page, 'risk-province-tier-ceper-id');
    expect(id.errors).toEqual([]);
  });

  it('writes ranks past 999 with the language\'s thousands separator, as the key figures do', async () => {
    // A generated dataset of 6,000 firms ranks 1,155 of them; Sentra 1 has members past rank 1,000.
    // The # column wrote "1406" under a key figure reading "urutan ke-1.406".
    const big = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 12, firms: 6_000, components: 80, seed: 5 })) });
    try {
      const out = (await (await fetch(`${big.server.url}/api/analysis/risk`)).json()) as RiskOut;
      const past = out.failureImpact.filter((f) => f.rank > 1000 && f.firm.cluster?.id === 'gcl-0000');
      expect(past.length).toBeGreaterThan(0);
      for (const [lang, locale] of [['en', 'en-GB'], ['id', 'id-ID']] as const) {
        const { page, errors } = await big.page(`?view=risk&cluster=gcl-0000&lang=${lang}`);
        await page.waitForSelector('#risk-impact');
        const cells = await page.locator('#risk-impact tbody tr').evaluateAll((trs) => trs.map((tr): [string, string] => [(tr as HTMLElement).dataset.firm ?? '', tr.querySelector('td')!.textContent ?? '']));
        const byFirm = new Map(cells);
        for (const f of past.slice(0, 5)) expect(byFirm.get(f.firm.id), `${lang} ${f.firm.id}`).toBe(f.rank.toLocaleString(locale));
        expect(byFirm.get(past[0]!.firm.id)).toMatch(lang === 'en' ? /^\d,\d{3}$/ : /^\d\.\d{3}$/);
        expect(errors).toEqual([]);
      }
    } finally {
      await big.close();
    }
  }, 120_000);

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
