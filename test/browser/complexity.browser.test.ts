// The complexity panel in a real Chromium. (a) The clusters' ECI and diversity and the components'
// PCI equal what POST /api/complexity answers for the cluster × component table built here from
// the seed files (value = Σ over a cluster's members of makes.units_per_year × the component's
// unit_price_usd — the panel's definition, recomputed independently). (b) An uploaded CSV with
// the analyst's columns gives the API's rows, downloads as CSV, and a bad value shows the API's
// located message.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../server/model/index.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

interface ComplexityAnswer {
  columns: string[];
  rows: Array<Record<string, string | number | null>>;
}

async function complexity(body: Record<string, unknown>): Promise<{ status: number; json: ComplexityAnswer & { error?: { message: string } } }> {
  const res = await fetch(`${fx.server.url}/api/complexity`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as ComplexityAnswer & { error?: { message: string } } };
}

/** The cluster × component table of the seed, from the CSV files. */
async function seedClusterTable(): Promise<string> {
  const d = await readDataset('seed/indonesia');
  const clusterOf = new Map(d.firms.filter((f) => f.cluster).map((f) => [f.id, f.cluster!]));
  const price = new Map(d.components.map((c) => [c.id, c.unit_price_usd]));
  const sums = new Map<string, number>();
  for (const m of d.makes) {
    const c = clusterOf.get(m.firm);
    const p = price.get(m.component);
    if (!c || p == null || m.units_per_year == null) continue;
    const key = `${c},${m.component}`;
    sums.set(key, (sums.get(key) ?? 0) + m.units_per_year * p);
  }
  return ['cluster,component,value', ...[...sums].filter(([, v]) => v > 0).map(([k, v]) => `${k},${v}`)].join('\n');
}

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
  it('shows each cluster’s ECI and diversity and each component’s PCI as the API computes them', async () => {
    const api = await complexity({ csv: await seedClusterTable(), location: 'cluster', product: 'component', value: 'value' });
    expect(api.status).toBe(200);
    const eci = new Map(api.json.rows.map((r) => [String(r.cluster), r.eci as number]));
    const diversity = new Map(api.json.rows.map((r) => [String(r.cluster), r.diversity as number]));
    const pci = new Map(api.json.rows.map((r) => [String(r.component), r.pci as number]));
    const { page, errors } = await fx.page('?view=complexity');
    await page.waitForSelector('#cx-cluster-table');
    // Cluster names → ids through the catalog.
    const catalog = (await (await fetch(`${fx.server.url}/api/catalog`)).json()) as { clusters: Array<{ id: string; name: string }>; components: Array<{ id: string; name: string }> };
    const clusterId = new Map(catalog.clusters.map((c) => [c.name, c.id]));
    const componentId = new Map(catalog.components.map((c) => [c.name, c.id]));
    const rows = await page.locator('#cx-cluster-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ name: tr.querySelector('td button')?.textContent ?? '', diversity: tr.querySelectorAll('td')[1]!.textContent, eci: Number(tr.querySelector('[data-value]')!.getAttribute('data-value')) })),
    );
    expect(rows).toHaveLength(eci.size);
    for (const r of rows) {
      const id = clusterId.get(r.name)!;
      expect(r.eci).toBe(eci.get(id));
      expect(r.diversity).toBe(String(diversity.get(id)));
    }
    // Sorted by ECI, highest first.
    expect(rows.map((r) => r.eci)).toEqual([...rows.map((r) => r.eci)].sort((a, b) => b - a));
    const products = await page.locator('#cx-component-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({ name: tr.querySelector('td button')?.textContent ?? '', pci: Number(tr.querySelector('[data-value]')!.getAttribute('data-value')) })));
    expect(products).toHaveLength(pci.size);
    for (const p of products) expect(p.pci).toBe(pci.get(componentId.get(p.name)!));
    // The chart has one bar per cluster, and its figures are also text.
    expect(await page.locator('#cx-eci-chart .bar').count()).toBe(eci.size);
    expect(await page.locator('#cx-summary').textContent()).toContain(`${eci.size} clusters`);
    await screenshot(page, 'complexity');
    expect(errors).toEqual([]);
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

  it('shows a bad value where the API locates it', async () => {
    // Line 3 holds a negative value in the third column.
    const bad = 'country,hs,export_value\nIDN,8708,120\nTHA,8708,-5\n';
    const api = await complexity({ csv: bad, location: 'country', product: 'hs', value: 'export_value' });
    expect(api.status).toBe(400);
    const { page, errors } = await fx.page('?view=complexity');
    await page.waitForSelector('#cx-file');
    await page.setInputFiles('#cx-file', { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.waitForSelector('#cx-col-value');
    await page.click('#cx-run');
    await page.waitForSelector('#cx-upload-error');
    const text = (await page.locator('#cx-upload-error').textContent()) ?? '';
    expect(text).toContain('Line 3, column 3');
    expect(text).toContain(api.json.error!.message.replace(/^3:3: /, ''));
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });

  it('switches its labels to Bahasa Indonesia', async () => {
    const { page, errors } = await fx.page('?view=complexity');
    await page.waitForSelector('#cx-cluster-table');
    await page.selectOption('#lang', 'id');
    await page.waitForFunction(() => document.querySelector('#cx-upload-title')?.textContent === 'Tabel Anda sendiri');
    await page.waitForSelector('#cx-cluster-table');
    expect(await page.locator('#cx-cluster-table thead th').first().textContent()).toBe('Sentra');
    expect(await page.locator('#cx-run').textContent()).toBe('Hitung');
    expect(errors).toEqual([]);
  });
});
