// The complexity panel in a real Chromium, in English and Bahasa Indonesia. (a) On the seed, whose
// clusters split into three blocks (GET /api/analysis/complexity; test/complexity/routes.test.ts
// checks those answers against NumPy), the panel says ECI is not defined and why, names the groups,
// explains how to get a meaningful ECI, ranks nothing across the table (no "most complex"
// cluster) and shows ECI within the one group large enough, labelled so, with ties marked; the
// note on the method names the Stata command and the two differences of the Python package.
// (b) On a connected generated dataset the clusters' ECI and ranks are the API's. (c) An uploaded
// CSV with the analyst's columns gives the API's rows, downloads as CSV, shows the API's warnings
// for a disconnected table, and a bad value shows the API's located message. A province in focus
// marks its clusters (their provinces read from GET /api/catalog) and lists their next steps.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterComplexityOut } from '../../server/analysis/cluster-complexity/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { browserUnavailable, openBrowserFixture, exportedText, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
let connected: BrowserFixture;
/** 40 clusters in one block (ECI defined): more than the chart's 30 bars, so the chart crops. */
let wide: BrowserFixture;
beforeAll(async () => {
  if (unavailable) return;
  fx = await openBrowserFixture();
  connected = await openBrowserFixture({ store: new EmbeddedStore(smallDataset(1)) });
  wide = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 40, firms: 1200, components: 60, seed: 5 })) });
});
afterAll(async () => {
  await fx?.close();
  await connected?.close();
  await wide?.close();
});

interface ComplexityAnswer {
  columns: string[];
  rows: Array<Record<string, string | number | null>>;
  warnings: Array<{ code: string; message: string }>;
}

async function complexity(body: Record<string, unknown>, query = ''): Promise<{ status: number; json: ComplexityAnswer & { error?: { message: string } } }> {
  const res = await fetch(`${fx.server.url}/api/complexity${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as ComplexityAnswer & { error?: { message: string } } };
}

/** The view at `query` with `csv` chosen as the reader's own table and computed, once `outcome` (its warnings or its error) shows. */
async function computeOwnTable(query: string, name: string, csv: string, outcome: string) {
  const opened = await fx.page(query);
  await opened.page.waitForSelector('#cx-file');
  await opened.page.setInputFiles('#cx-file', { name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await opened.page.waitForSelector('#cx-col-value');
  await opened.page.click('#cx-run');
  await opened.page.waitForSelector(outcome);
  return opened;
}

const clusterAnalysis = async (server: BrowserFixture, lang = 'en'): Promise<ClusterComplexityOut> =>
  (await (await fetch(`${server.server.url}/api/analysis/complexity?lang=${lang}`)).json()) as ClusterComplexityOut;

/** The cluster table as shown: name, rank text and the ECI cell's exact value (null for "—"). */
const shownClusters = (page: import('playwright-core').Page) =>
  page.locator('#cx-cluster-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const value = tr.querySelector('[data-value]')!.getAttribute('data-value');
      return { name: tr.querySelector('td button')?.textContent ?? '', rank: tr.querySelector('.cx-rank')?.textContent ?? '', eci: value === '' ? null : Number(value) };
    }),
  );

/** A small trade table: four countries, four products, two years (hand-made). */
const TRADE = `country,hs,export_value,year
IDN,8708,120,2022
IDN,7325,40,2022
IDN,8409,10,2022
THA,8708,300,2022
THA,8482,80,2022
VNM,7325,60,2022
VNM,8409,5,2022
CHN,8708,500,2022
CHN,8482,400,2022
CHN,7325,200,2022
CHN,8409,90,2022
IDN,8708,150,2023
IDN,7325,45,2023
THA,8708,320,2023
THA,8482,90,2023
VNM,7325,70,2023
CHN,8708,520,2023
CHN,8482,410,2023
CHN,8409,95,2023
`;

describe.skipIf(unavailable !== null)('complexity panel', () => {
  it('says ECI is not defined on the seed, ranks nothing across the table, and ranks within the large group', async () => {
    const api = await clusterAnalysis(fx);
    expect(api.defined).toBe(false);
    const { page, errors } = await fx.page('?view=complexity', { width: 1440, height: 2300 });
    await page.waitForSelector('#cx-cluster-table');
    const notice = (await page.locator('#cx-structure').textContent()) ?? '';
    expect(notice).toContain('ECI is not defined for these clusters');
    expect(notice).toContain(`The clusters split into ${api.blocks.length} groups`);
    expect(await page.locator('#cx-blocks li').count()).toBe(api.blocks.length);
    expect(await page.locator('#cx-blocks li[data-status="too-small"]').count()).toBe(api.blocks.filter((b) => b.status === 'too-small').length);
    expect(notice).toContain('For a meaningful ECI, load a larger dataset');
    expect(notice).toContain('upload a trade table');
    // The server's own warning, in the technical detail.
    expect(await page.locator('#cx-structure [data-code="disconnected"]').textContent()).toBe(api.warnings[0]!.message);
    // No "most complex" pick from the whole table; the first of the group is named as such.
    const summary = (await page.locator('#cx-summary').textContent()) ?? '';
    expect(summary).not.toContain('Most complex');
    expect(summary).toContain('ECI of the whole table: not defined');
    const top = api.clusters.find((c) => c.block === 0 && c.rank === 1)!;
    expect(summary).toContain(`Within group 1 (6 clusters): highest ECI ${top.name}`);
    // The table: ECI within the group where the API has one, "—" elsewhere, ranks as the API's.
    const rows = await shownClusters(page);
    expect(rows).toEqual(api.clusters.map((c) => ({ name: c.name, rank: c.rank === null ? '—' : `${c.rank}${c.tied ? '=' : ''}`, eci: c.blockEci })));
    expect(await page.locator('#cx-cluster-table thead').textContent()).toContain('ECI within group');
    // Ties among components are marked, never ordered.
    const tiedShown = await page.locator('#cx-component-table .cx-rank').evaluateAll((els) => els.filter((e) => e.textContent?.endsWith('=')).length);
    expect(tiedShown).toBe(api.components.filter((c) => c.tied).length);
    expect(tiedShown).toBeGreaterThan(0);
    // One chart, for the one group with values, labelled as within that group.
    expect(await page.locator('#cx-eci-chart .bar').count()).toBe(api.clusters.filter((c) => c.block === 0 && c.blockEci !== null).length);
    expect(await page.locator('#cx-eci-chart title').first().textContent()).toBe('ECI within group 1 (compares its clusters only)');
    // The method note: Stata, and the two differences of the Python package.
    const method = (await page.locator('#cx-method').textContent()) ?? '';
    expect(method).toContain('Stata ecomplexity command');
    expect(method).toContain('φ(p,p) = 1');
    expect(method).toContain('issue #38');
    expect(method).toContain('population standard deviation');
    // A cluster name opens the cluster in the detail panel.
    await page.locator('#cx-cluster-table tbody tr').first().locator('button').click();
    await page.waitForFunction((name) => document.querySelector('#detail h2')?.textContent === name, top.name);
    expect(await page.locator('#detail-kind').textContent()).toBe('IKM cluster (sentra)');
    await page.click('#detail .close');
    await page.locator('#cx-method summary').click();
    await screenshot(page, 'complexity-en');
    expect(errors).toEqual([]);
  });

  it('says the same in Bahasa Indonesia', async () => {
    const api = await clusterAnalysis(fx, 'id');
    const { page, errors } = await fx.page('?view=complexity&lang=id', { width: 1440, height: 2300 });
    await page.waitForSelector('#cx-cluster-table');
    const notice = (await page.locator('#cx-structure').textContent()) ?? '';
    expect(notice).toContain('ECI tidak terdefinisi untuk sentra-sentra ini');
    expect(notice).toContain(`Sentra-sentra terpecah menjadi ${api.blocks.length} kelompok`);
    expect(notice).toContain('Untuk ECI yang bermakna, muat dataset yang lebih besar');
    expect(await page.locator('#cx-structure [data-code="disconnected"]').textContent()).toBe(api.warnings[0]!.message);
    expect(api.warnings[0]!.message).toMatch(/^Semua baris: /);
    const summary = (await page.locator('#cx-summary').textContent()) ?? '';
    expect(summary).not.toContain('paling kompleks');
    expect(await page.locator('#cx-cluster-table thead').textContent()).toContain('ECI di dalam kelompok');
    expect(await page.locator('#cx-method summary').textContent()).toBe('Cara nilai dihitung');
    await page.locator('#cx-method summary').click();
    expect(await page.locator('#cx-method').textContent()).toContain('perintah Stata ecomplexity');
    await screenshot(page, 'complexity-id');
    expect(errors).toEqual([]);
  });

  it('ranks the clusters of a connected dataset by the API’s ECI, without a caution', async () => {
    const api = await clusterAnalysis(connected);
    expect(api.defined).toBe(true);
    const { page, errors } = await connected.page('?view=complexity', { width: 1440, height: 1600 });
    await page.waitForSelector('#cx-cluster-table');
    expect(await page.locator('#cx-structure').count()).toBe(0);
    const rows = await shownClusters(page);
    expect(rows).toEqual(api.clusters.map((c) => ({ name: c.name, rank: `${c.rank}${c.tied ? '=' : ''}`, eci: c.eci })));
    expect(rows.map((r) => r.eci)).toEqual([...rows.map((r) => r.eci!)].sort((a, b) => b - a));
    const top = api.clusters[0]!;
    expect(await page.locator('#cx-summary').textContent()).toContain(`Most complex cluster: ${top.name}`);
    expect(await page.locator('#cx-eci-chart .bar').count()).toBe(api.clusters.length);
    await screenshot(page, 'complexity-connected-en');
    expect(errors).toEqual([]);
  });

  it('keeps the cluster in focus in view: its bar in the cropped chart, its row, its figures and its next steps, in both languages', async () => {
    const api = await clusterAnalysis(wide);
    expect(api.defined).toBe(true);
    expect(api.clusters).toHaveLength(40);
    // The cluster ranked 20th of 40 is neither in the top nor in the bottom 15 the chart shows.
    const focus = api.clusters.find((c) => c.rank === 20)!;
    const next = api.opportunities.filter((o) => o.cluster === focus.id);
    const componentName = new Map(api.components.map((c) => [c.id, c.name]));
    const { page, errors } = await wide.page(`?view=complexity&cluster=${focus.id}`, { width: 1440, height: 1600 });
    await page.waitForSelector('#cx-eci-chart');
    const bars = await page.locator('#cx-eci-chart .bar').evaluateAll((gs) => gs.map((g) => ({ texts: [...g.querySelectorAll('text')].map((x) => x.textContent), focus: g.classList.contains('focus') })));
    expect(bars).toHaveLength(31);
    const at = bars.findIndex((b) => b.focus);
    // Placed in ECI order: after the top 15, before the bottom 15, and said in words.
    expect(at).toBe(15);
    expect(bars[at]!.texts).toEqual([focus.name, `${focus.eci!.toFixed(2)} · rank 20, in focus`]);
    expect(bars.filter((b) => b.focus)).toHaveLength(1);
    expect(await page.locator('#cx-eci-chart > title').textContent()).toBe(`Economic complexity index (ECI) per cluster (top and bottom 15 of 40), and ${focus.name} in focus (rank 20)`);
    // Its figures first, from the API's values.
    const lines = await page.locator('#cx-summary p').allTextContents();
    expect(lines[0]).toBe(`${focus.name} (in focus): ECI ${focus.eci!.toFixed(2)}, rank 20 of 40, makes ${focus.diversity} components with a comparative advantage.`);
    expect(lines[1]).toBe(`Its likeliest next steps, by density: ${next.slice(0, 3).map((o) => `${componentName.get(o.component)} (${o.density.toFixed(2)})`).join(', ')}.`);
    // Its row is marked and scrolled into its box.
    const row = page.locator(`#cx-cluster-table tr[data-cluster="${focus.id}"]`);
    expect(await row.getAttribute('aria-current')).toBe('true');
    const inBox = await row.evaluate((tr) => {
      const box = tr.closest('.cx-scroll')!.getBoundingClientRect();
      const r = tr.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(inBox).toBe(true);
    // The next-steps table is the cluster's own, and its picker shows the cluster.
    expect(await page.inputValue('#cx-opp-cluster')).toBe(focus.name);
    const opps = await page.locator('#cx-opportunities tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)));
    expect(opps).toEqual(next.slice(0, 15).map((o) => [focus.name, componentName.get(o.component)]));
    await screenshot(page, 'complexity-focus-en');

    // Clearing the picker clears the app's focus: the chart is the plain top and bottom 15 again.
    await page.click('#cx-opp-cluster ~ .picker-clear');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('cluster'));
    await page.waitForFunction(() => document.querySelectorAll('#cx-eci-chart .bar').length === 30);
    expect(await page.locator('#cx-eci-chart .bar.focus').count()).toBe(0);
    expect(await page.locator('#cx-summary .cx-focus-line').count()).toBe(0);
    expect(errors).toEqual([]);

    const id = await wide.page(`?view=complexity&cluster=${focus.id}&lang=id`, { width: 1440, height: 1600 });
    await id.page.waitForSelector('#cx-eci-chart');
    const idLines = await id.page.locator('#cx-summary p').allTextContents();
    expect(idLines[0]).toBe(`${focus.name} (fokus): ECI ${focus.eci!.toFixed(2).replace('.', ',')}, peringkat 20 dari 40, membuat ${focus.diversity} komponen dengan keunggulan komparatif.`);
    expect(await id.page.locator('#cx-eci-chart .bar.focus text').nth(1).textContent()).toBe(`${focus.eci!.toFixed(2).replace('.', ',')} · peringkat 20, fokus`);
    await screenshot(id.page, 'complexity-focus-id');
    expect(id.errors).toEqual([]);
  });

  it('follows a province: its clusters marked with their national ranks, its figures and its clusters’ next steps, in both languages', async () => {
    const api = await clusterAnalysis(wide);
    const catalog = (await (await fetch(`${wide.server.url}/api/catalog`)).json()) as { clusters: Array<{ id: string; province?: string }> };
    const provinceOf = new Map(catalog.clusters.map((c) => [c.id, c.province]));
    // The province of the cluster ranked 20th, and its clusters in the table.
    const province = provinceOf.get(api.clusters.find((c) => c.rank === 20)!.id)!;
    const members = api.clusters.filter((c) => provinceOf.get(c.id) === province);
    expect(members.length).toBeGreaterThan(1);
    expect(members.length).toBeLessThan(40);
    const top = [...members].sort((a, b) => a.rank! - b.rank!)[0]!;
    const ids = new Set(members.map((c) => c.id));
    const names = new Map([...api.clusters.map((c) => [c.id, c.name] as const), ...api.components.map((c) => [c.id, c.name] as const)]);
    const byDensity = api.opportunities.filter((o) => ids.has(o.cluster)).sort((a, b) => b.density - a.density);
    const { page, errors } = await wide.page(`?view=network&province=${encodeURIComponent(province)}`, { width: 1440, height: 1600 });
    await page.waitForSelector('#tab-network[aria-selected=true]');
    await page.click('#tab-complexity');
    await page.waitForSelector('#cx-summary .cx-focus-line');
    expect(await page.locator('#unapplied').count()).toBe(0);
    const lines = await page.locator('#cx-summary .cx-focus-line').allTextContents();
    expect(lines).toEqual([
      `${province} (in focus): ${members.length} of the table’s 40 clusters are in this province.`,
      `The highest of them: ${top.name}, ECI ${top.eci!.toFixed(2)}, rank ${top.rank}${top.tied ? '=' : ''} of 40.`,
      `Their likeliest next steps, by density: ${byDensity.filter((o) => o.density > 0).slice(0, 3).map((o) => `${names.get(o.component)} for ${names.get(o.cluster)} (${o.density.toFixed(2)})`).join(', ')}.`,
    ]);
    // Every row of the province marked, no other.
    const marked = await page.locator('#cx-cluster-table tr[aria-current=true]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.cluster));
    expect(new Set(marked)).toEqual(ids);
    // The chart is the province's clusters, by ECI, each with its rank among all 40 (the 20th is not cropped for the top and bottom 15).
    const bars = await page.locator('#cx-eci-chart .bar').evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('text')].map((x) => x.textContent)));
    expect(bars).toEqual([...members].sort((a, b) => b.eci! - a.eci!).map((c) => [c.name, `${c.eci!.toFixed(2)} · rank ${c.rank}${c.tied ? '=' : ''}`]));
    expect(await page.locator('#cx-eci-chart > title').textContent()).toBe(`Economic complexity index (ECI) per cluster: the ${members.length} clusters of ${province}, ranked among all 40`);
    // Their next steps, closest first.
    const opps = await page.locator('#cx-opportunities tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)));
    expect(opps).toEqual(byDensity.slice(0, 15).map((o) => [names.get(o.cluster), names.get(o.component)]));
    await screenshot(page, 'complexity-province-en');
    // The export's scope line names the province, and its clusters' table holds the province's clusters (with their ranks among all).
    const html = await exportedText(page);
    expect(html).toContain(`Province: ${province}`);
    const clusterCsv = decodeURIComponent(/href="data:text\/csv;charset=utf-8,([^"]*)"/.exec(html)![1]!).replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1);
    expect(clusterCsv.map((line) => line.split(',')[0]).sort()).toEqual([...ids].sort());
    expect(errors).toEqual([]);

    const id = await wide.page(`?view=complexity&province=${encodeURIComponent(province)}&lang=id`, { width: 1440, height: 1600 });
    await id.page.waitForSelector('#cx-summary .cx-focus-line');
    expect(await id.page.locator('#cx-summary .cx-focus-line').first().textContent()).toBe(`${province} (fokus): ${members.length} dari 40 sentra dalam tabel berada di provinsi ini.`);
    await screenshot(id.page, 'complexity-province-id');
    expect(id.errors).toEqual([]);

    // A cluster outside the province: nothing is in focus, and it says so.
    const outside = api.clusters.find((c) => !ids.has(c.id))!;
    const both = await wide.page(`?view=complexity&cluster=${outside.id}&province=${encodeURIComponent(province)}`);
    await both.page.waitForSelector('#cx-summary .cx-focus-line');
    expect(await both.page.locator('#cx-summary .cx-focus-line').allTextContents()).toEqual([`${outside.name} is not in ${province}: no cluster of the table is in this focus.`]);
    expect(await both.page.locator('#cx-cluster-table tr[aria-current=true]').count()).toBe(0);
    expect(await both.page.locator('#cx-opportunities').textContent()).toBe('No cluster in focus has a component it does not make yet.');
    expect(both.errors).toEqual([]);
  });

  it('says where a focused seed cluster stands when the whole table has no ECI: within its group, unranked, or left out', async () => {
    const api = await clusterAnalysis(fx);
    const ceper = api.clusters.find((c) => c.id === 'cl-ceper')!;
    expect(api.blocks[ceper.block]!.status).toBe('ranked');
    const ranked = api.clusters.filter((c) => c.block === ceper.block && c.rank !== null).length;
    // A cluster of a group too small to rank, whose unmade components all have density 0 (seed: Jabodetabek).
    const lone = api.clusters.find((c) => c.rank === null && api.opportunities.some((o) => o.cluster === c.id) && api.opportunities.filter((o) => o.cluster === c.id).every((o) => o.density === 0))!;
    const left = api.leftOut[0]!;
    const cases: Array<[string, string]> = [
      ['cl-ceper', `${ceper.name} (in focus): ECI ${ceper.blockEci!.toFixed(2)} within group ${ceper.block + 1}, rank ${ceper.rank}${ceper.tied ? '=' : ''} of the group’s ${ranked} ranked clusters, makes ${ceper.diversity} components with a comparative advantage.`],
      [lone.id, `${lone.name} (in focus) has no ECI in this table: its group is too small, or its ECI is not defined (see the note below). It makes ${lone.diversity} components with a comparative advantage.`],
      [left.id, `${left.name} (in focus) is not in the table: its member firms make nothing with a known price.`],
    ];
    for (const [id, first] of cases) {
      const { page, errors } = await fx.page(`?view=complexity&cluster=${id}`);
      await page.waitForSelector('#cx-summary');
      const lines = await page.locator('#cx-summary .cx-focus-line').allTextContents();
      expect(lines[0], id).toBe(first);
      if (id === lone.id) expect(lines[1]).toBe('None of the components it does not make yet is related to what it makes (density 0), so none is a likely next step.');
      if (id === left.id) expect(lines).toHaveLength(1);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('computes an uploaded table with the chosen columns and downloads it as CSV', async () => {
    const api = await complexity({ csv: TRADE, location: 'country', product: 'hs', value: 'export_value', year: 'year' });
    expect(api.status).toBe(200);
    const { page, errors } = await fx.page('?view=complexity');
    await page.waitForSelector('#cx-file');
    await page.setInputFiles('#cx-file', { name: 'trade.csv', mimeType: 'text/csv', buffer: Buffer.from(TRADE) });
    await page.waitForSelector('#cx-col-location');
    // The usual names are recognised without choosing.
    expect(await page.inputValue('#cx-col-location')).toBe('country');
    expect(await page.inputValue('#cx-col-product')).toBe('hs');
    expect(await page.inputValue('#cx-col-value')).toBe('export_value');
    expect(await page.inputValue('#cx-col-year')).toBe('year');
    await page.click('#cx-run');
    await page.waitForSelector('#cx-upload-table');
    expect(await page.locator('#cx-upload-table thead th').allTextContents()).toEqual(api.json.columns);
    expect(await page.locator('#cx-upload-table tbody tr').count()).toBe(api.json.rows.length);
    const eciIndex = api.json.columns.indexOf('eci');
    const firstEci = await page.locator('#cx-upload-table tbody tr').first().locator('td').nth(eciIndex).getAttribute('data-value');
    expect(Number(firstEci)).toBe(api.json.rows[0]!.eci);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#cx-download')]);
    const records = parse(await readFile((await file.path())!, 'utf8'), { columns: true, cast: true }) as Array<Record<string, unknown>>;
    expect(records).toHaveLength(api.json.rows.length);
    expect(records.map((r) => r.eci)).toEqual(api.json.rows.map((r) => r.eci));
    await screenshot(page, 'complexity-upload');
    expect(errors).toEqual([]);
  });

  it('shows the API’s warnings for a disconnected upload, in both languages', async () => {
    // Two groups sharing no product (a, b make x, y; c makes z): worked out in test/complexity/cli.test.ts.
    const csv = 'country,hs,export_value\na,x,5\na,y,5\nb,x,5\nb,y,5\nc,z,7\n';
    for (const lang of ['en', 'id'] as const) {
      const api = await complexity({ csv, location: 'country', product: 'hs', value: 'export_value' }, `?lang=${lang}`);
      expect(api.json.warnings.map((w) => w.code)).toEqual(['coi-no-spread', 'disconnected']);
      const { page, errors } = await computeOwnTable(`?view=complexity&lang=${lang}`, 'groups.csv', csv, '#cx-upload-warnings');
      expect(await page.locator('#cx-upload-warnings .notice-title').textContent()).toBe(lang === 'en' ? 'ECI and PCI of this table rank nothing' : 'ECI dan PCI tabel ini tidak dapat dipakai untuk memeringkat');
      expect(await page.locator('#cx-upload-warnings [data-code]').allTextContents()).toEqual(api.json.warnings.map((w) => w.message));
      expect(errors).toEqual([]);
    }
  });

  it('shows a bad value where the API locates it', async () => {
    // Line 3 holds a negative value in the third column.
    const bad = 'country,hs,export_value\nIDN,8708,120\nTHA,8708,-5\n';
    const api = await complexity({ csv: bad, location: 'country', product: 'hs', value: 'export_value' });
    expect(api.status).toBe(400);
    const { page, errors } = await computeOwnTable('?view=complexity', 'bad.csv', bad, '#cx-upload-error');
    const text = (await page.locator('#cx-upload-error').textContent()) ?? '';
    expect(text).toContain('Line 3, column 3');
    expect(text).toContain(api.json.error!.message.replace(/^3:3: /, ''));
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });

  it('sets the command a refusal names as code, not in backticks', async () => {
    // 700 rows, each its own location and product: 700 × 700 = 490,000 cells, over the 400,000 one request computes.
    const big = `country,hs,export_value\n${Array.from({ length: 700 }, (_, i) => `L${i},P${i},1`).join('\n')}\n`;
    const api = await complexity({ csv: big, location: 'country', product: 'hs', value: 'export_value' });
    expect(api.status).toBe(413);
    expect(api.json.error!.message).toContain('`rantai complexity`');
    const { page, errors } = await computeOwnTable('?view=complexity', 'big.csv', big, '#cx-upload-error');
    expect(await page.locator('#cx-upload-error code').allTextContents()).toEqual(['rantai complexity']);
    expect(await page.locator('#cx-upload-error').textContent()).not.toContain('`');
    expect(errors.filter((e) => !/status of 413/.test(e))).toEqual([]);
  });

  it('switches its labels to Bahasa Indonesia', async () => {
    const { page, errors } = await fx.page('?view=complexity');
    await page.waitForSelector('#cx-cluster-table');
    await page.selectOption('#lang', 'id');
    await page.waitForFunction(() => document.querySelector('#cx-upload-title')?.textContent === 'Tabel Anda sendiri');
    await page.waitForSelector('#cx-cluster-table');
    expect(await page.locator('#cx-cluster-table thead th').nth(1).textContent()).toBe('Sentra');
    expect(await page.locator('#cx-run').textContent()).toBe('Hitung');
    // The file chooser in the page's language: the browser's own input said "Choose File / No file chosen".
    expect(await page.locator('#cx-upload-form label.file-button').textContent()).toBe('Pilih berkas…');
    expect(await page.locator('#cx-file-chosen').textContent()).toBe('Belum ada berkas yang dipilih');
    await page.setInputFiles('#cx-file', { name: 'perdagangan.csv', mimeType: 'text/csv', buffer: Buffer.from(TRADE) });
    expect(await page.locator('#cx-file-chosen').textContent()).toBe('perdagangan.csv');
    expect(errors).toEqual([]);
  });
});
