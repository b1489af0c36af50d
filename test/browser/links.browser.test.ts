// The link-and-match panel in a real Chromium: the recommendations and the clusters with no path to
// an OEM are the API's (GET /api/analysis/missing-links, fetched by the test with the panel's
// parameters), selecting a link (mouse or keyboard) puts `supplier|buyer|component` in the URL,
// "show in network" / "show on map" switch the view keeping the selection, the cluster filter is
// kept in the URL, a tier and province set on another view narrow the links (as the API does with
// them) and the clusters without an OEM path (to the province's, by the catalogue), and labels
// switch to Bahasa Indonesia.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MissingLinksOut } from '../../server/analysis/links/shapes.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { browserUnavailable, openBrowserFixture, exportedText, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

const missingLinks = async (query: string): Promise<MissingLinksOut> => (await (await fetch(`${fx.server.url}/api/analysis/missing-links?limit=200${query}`)).json()) as MissingLinksOut;
const selOf = (r: MissingLinksOut['recommendations'][number]) => `${r.supplier.id}|${r.buyer.id}|${r.component.id}`;
const urlParam = (url: string, key: string) => new URL(url).searchParams.get(key);

describe.skipIf(unavailable !== null)('link and match panel', () => {
  it('shows the API’s recommendations in its order, with the evidence', async () => {
    const api = await missingLinks('');
    expect(api.recommendations.length).toBeGreaterThan(1);
    const { page, errors } = await fx.page('?view=links');
    await page.waitForSelector('#links-table');
    const sels = await page.locator('#links-table tbody tr[data-sel]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.sel));
    expect(sels).toEqual(api.recommendations.map(selOf));
    const first = page.locator('#links-table tbody tr[data-sel]').first();
    const top = api.recommendations[0]!;
    expect(Number(await first.locator('td[data-value]').first().getAttribute('data-value'))).toBe(top.score);
    // The evidence on a line of its own under its row.
    expect(await page.locator('#links-table tbody tr.links-evidence-row .links-evidence').first().textContent()).toBe(top.sentence);
    expect(await first.locator('th').textContent()).toContain(top.supplier.name);
    // Clusters with no path to an OEM.
    const noOem = await page.locator('#links-no-oem-list li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.cluster));
    expect(noOem).toEqual(api.clustersWithoutOemPath.map((c) => c.cluster));
    await screenshot(page, 'links');
    expect(errors).toEqual([]);
  });

  it('selects a link into the URL and shows it in the network and on the map', async () => {
    const api = await missingLinks('');
    const second = api.recommendations[1]!;
    const { page, errors } = await fx.page('?view=links');
    await page.waitForSelector('#links-table');
    await page.locator('#links-table tbody tr[data-sel]').nth(1).locator('td').nth(2).click();
    await page.waitForFunction((sel) => new URL(window.location.href).searchParams.get('sel') === sel, selOf(second));
    expect(await page.locator('#links-selection').isVisible()).toBe(true);
    expect(await page.locator('#links-selection p').textContent()).toBe(second.sentence);
    expect(await page.locator('#links-table tbody tr[data-sel]').nth(1).getAttribute('aria-selected')).toBe('true');
    // Keyboard: from the first row, ArrowDown twice and Enter selects the third link.
    await page.locator('#links-table tbody tr[data-sel]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const third = selOf(api.recommendations[2]!);
    await page.waitForFunction((sel) => new URL(window.location.href).searchParams.get('sel') === sel, third);
    await screenshot(page, 'links-selected');
    expect(errors).toEqual([]);
    await page.click('#links-show-network');
    await page.waitForSelector('#tab-network[aria-selected=true]');
    expect(urlParam(page.url(), 'view')).toBe(null); // network is the default view
    expect(urlParam(page.url(), 'sel')).toBe(third);
    // Back to the panel, then to the map.
    await page.goBack();
    await page.waitForSelector('#links-show-map');
    await page.click('#links-show-map');
    await page.waitForSelector('#tab-map[aria-selected=true]');
    expect(urlParam(page.url(), 'view')).toBe('map');
    expect(urlParam(page.url(), 'sel')).toBe(third);
  });

  it('filters by the supplier’s cluster through the URL, as the API does', async () => {
    const api = await missingLinks('&cluster=cl-ceper');
    const { page, errors } = await fx.page('?view=links');
    await page.waitForSelector('#links-cluster');
    await page.fill('#links-cluster', 'ceper');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('cluster') === 'cl-ceper');
    await page.waitForFunction((n) => document.querySelectorAll('#links-table tbody tr[data-sel]').length === n, api.recommendations.length);
    const sels = await page.locator('#links-table tbody tr[data-sel]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.sel));
    expect(sels).toEqual(api.recommendations.map(selOf));
    // Every supplier is Ceper's: its name alone, not "(Sentra IKM logam Ceper)" on every row.
    const suppliers = await page.locator('#links-table tbody tr[data-sel] th').allTextContents();
    expect(suppliers).toEqual(api.recommendations.map((r) => r.supplier.name));
    // Unfiltered, a Ceper member's row names its cluster after it.
    const { page: all } = await fx.page('?view=links');
    await all.waitForSelector('#links-table');
    const member = (await missingLinks('')).recommendations.find((r) => r.supplier.cluster?.id === 'cl-ceper')!;
    expect(await all.locator(`#links-table tr[data-sel="${selOf(member)}"] th`).textContent()).toBe(`${member.supplier.name} (Sentra IKM logam Ceper)`);
    expect(errors).toEqual([]);
  });

  it('follows a tier and a province set on another view: the API’s links for them, the province’s clusters without an OEM path, and the export’s scope', async () => {
    const api = await missingLinks('&tier=IKM&province=Jawa%20Tengah');
    const all = await missingLinks('');
    expect(api.recommendations.length).toBeGreaterThan(0);
    expect(api.total).toBeLessThan(all.total);
    const catalog = (await (await fetch(`${fx.server.url}/api/catalog`)).json()) as { clusters: Array<{ id: string; province?: string }> };
    const inJateng = new Set(catalog.clusters.filter((c) => c.province === 'Jawa Tengah').map((c) => c.id));
    const noOem = all.clustersWithoutOemPath.map((c) => c.cluster).filter((id) => inJateng.has(id));
    // The seed: Semarang (Jawa Tengah) has no path; Sukabumi and Yogyakarta, elsewhere, drop out.
    expect(noOem.length).toBeGreaterThan(0);
    expect(noOem.length).toBeLessThan(all.clustersWithoutOemPath.length);
    const { page, errors } = await fx.page('?view=map&tier=IKM&province=Jawa%20Tengah');
    await page.waitForSelector('#tab-map[aria-selected=true]');
    await page.click('#tab-links');
    await page.waitForFunction((n) => document.querySelectorAll('#links-table tbody tr[data-sel]').length === n, api.recommendations.length);
    expect(await page.locator('#links-table tbody tr[data-sel]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.sel))).toEqual(api.recommendations.map(selOf));
    expect([await page.locator('#links-tier').inputValue(), await page.locator('#links-province').inputValue()]).toEqual(['IKM', 'Jawa Tengah']);
    expect(await page.locator('#unapplied').count()).toBe(0);
    expect(await page.locator('#links-no-oem-list li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.cluster))).toEqual(noOem);
    expect(await page.locator('#links-summary li').last().textContent()).toBe(`${noOem.length} ${noOem.length === 1 ? 'cluster in Jawa Tengah has' : 'clusters in Jawa Tengah have'} no supply path to any OEM (listed below).`);
    await screenshot(page, 'links-province-tier');
    const html = await exportedText(page);
    expect(html).toContain('Province: Jawa Tengah');
    expect(html).toMatch(/Tier: IKM/);
    // The panel's own field: clearing the tier asks for the province alone.
    const province = await missingLinks('&province=Jawa%20Tengah');
    await page.selectOption('#links-tier', '');
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('tier'));
    await page.waitForFunction((n) => document.querySelectorAll('#links-table tbody tr[data-sel]').length === n, province.recommendations.length);
    expect(await page.locator('#links-table tbody tr[data-sel]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.sel))).toEqual(province.recommendations.map(selOf));
    expect(errors).toEqual([]);
    const id = await fx.page('?view=links&tier=IKM&province=Jawa%20Tengah&lang=id');
    await id.page.waitForSelector('#links-table');
    expect(await id.page.locator('label:has(#links-province) span').textContent()).toBe('Provinsi');
    // Jawa Timur's clusters all reach an OEM in the seed (the clusters without a path are elsewhere): said of the province, not of every cluster.
    await id.page.selectOption('#links-province', 'Jawa Timur');
    await id.page.waitForFunction(() => document.querySelector('#links-summary li:last-child')?.textContent === 'Setiap sentra di Jawa Timur terhubung ke setidaknya satu OEM.');
    // Ceper's suppliers have no candidate buyer in Jawa Timur in the seed: the empty list names every filter it follows.
    await id.page.fill('#links-cluster', 'ceper');
    await id.page.keyboard.press('Enter');
    await id.page.waitForSelector('#links-empty');
    expect(await id.page.locator('#links-empty').textContent()).toBe('Tidak ada hubungan yang cocok dengan pembeli, sentra, komponen, tier, dan provinsi yang dipilih.');
    // With a cluster in focus the section speaks of that cluster (it is more specific than the province).
    expect(await id.page.locator('#links-no-oem p').last().textContent()).toBe('Sentra IKM logam Ceper terhubung ke setidaknya satu OEM melalui rantai pasok (anggota → pembelinya → … → OEM).');
    await screenshot(id.page, 'links-province-tier-id');
    expect(id.errors).toEqual([]);
  });

  it('filters by component through a search picker (a name typed, chosen with Enter), as the API does', async () => {
    const all = await missingLinks('');
    const component = all.recommendations[0]!.component;
    const api = await missingLinks(`&component=${component.id}`);
    const { page, errors } = await fx.page('?view=links');
    await page.waitForSelector('#links-component');
    await page.focus('#links-component');
    await page.keyboard.type(component.name);
    // The first match that is an option (not the "All components" entry) is active after ArrowDown.
    for (let i = 0; i < 10; i++) {
      const active = await page.$eval('#links-component', (el) => document.getElementById(el.getAttribute('aria-activedescendant') ?? '')?.dataset.value ?? null);
      if (active === component.id) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => new URL(window.location.href).searchParams.get('component') === id, component.id);
    await page.waitForFunction((n) => document.querySelectorAll('#links-table tbody tr[data-sel]').length === n, api.recommendations.length);
    const sels = await page.locator('#links-table tbody tr[data-sel]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.sel));
    expect(sels).toEqual(api.recommendations.map(selOf));
    expect(api.recommendations.length).toBeLessThan(all.recommendations.length);
    expect(await page.locator('#links-component').inputValue()).toBe(component.name);
    // The whole name on hover, for names longer than the box.
    expect(await page.locator('#links-component').getAttribute('title')).toBe(component.name);
    await screenshot(page, 'links-component-picker');
    expect(errors).toEqual([]);
  });

  it('counts each buyer’s import of a component once in the replaced-imports figure, however many suppliers are recommended for it', async () => {
    // Worked by hand from the seed's imports.csv (latest year of each buyer × component) for the
    // links Ceper's IKM are recommended for: Jasa Marga's manhole covers USD 735,000 (2022; four
    // Ceper IKM recommended), Waskita Karya's manhole covers USD 2,940,000 (three IKM), PDAM's gate
    // valve bodies USD 2,520,000, TMMIN's brake drums USD 1,050,000 and SGMW's USD 525,000 (one
    // each): 735,000 + 2,940,000 + 2,520,000 + 1,050,000 + 525,000 = USD 7,770,000 in five imports.
    // Summed row by row it said USD 15.9 million (Jasa Marga's counted four times, Waskita's three).
    const api = await missingLinks('&cluster=cl-ceper');
    expect([api.total, api.recommendations.length]).toEqual([33, 33]);
    for (const [lang, line] of [
      ['en', '33 possible links; the 33 best would replace USD 7.8 m of imports a year (5 buyers’ imports of a component, each counted once however many suppliers are recommended for it).'],
      ['id', '33 kemungkinan hubungan pasok; 33 yang terbaik dapat menggantikan impor senilai USD 7,8 juta per tahun (5 impor komponen oleh pembeli, masing-masing dihitung sekali berapa pun pemasok yang direkomendasikan untuknya).'],
    ] as const) {
      const { page, errors } = await fx.page(`?view=links&cluster=cl-ceper&lang=${lang}`);
      await page.waitForSelector('#links-table');
      expect(await page.locator('.links-figures li').first().textContent()).toBe(line);
      expect(errors).toEqual([]);
    }
  });

  it('says in a sentence, in both languages, that every cluster reaches an OEM when none is without a path', async () => {
    // The seed has three clusters without a path; the small generated dataset has none.
    expect((await missingLinks('')).clustersWithoutOemPath.length).toBe(3);
    const small = await openBrowserFixture({ store: new EmbeddedStore(smallDataset()) });
    try {
      const api = (await (await fetch(`${small.server.url}/api/analysis/missing-links?limit=5`)).json()) as MissingLinksOut;
      expect(api.clustersWithoutOemPath).toEqual([]);
      for (const [lang, none] of [['en', 'Every cluster reaches at least one OEM.'], ['id', 'Setiap sentra terhubung ke setidaknya satu OEM.']] as const) {
        const { page, errors } = await small.page(`?view=links&lang=${lang}`);
        await page.waitForSelector('#links-table');
        // The key figure and the section below say the same, and no empty list is announced.
        expect(await page.locator('.links-figures li').last().textContent()).toBe(none);
        expect(await page.locator('#links-no-oem-list').count()).toBe(0);
        expect(errors).toEqual([]);
      }
    } finally {
      await small.close();
    }
  });

  it('with a cluster in focus, says whether that cluster reaches an OEM, and lists it only when it does not', async () => {
    // The seed's clusters without a path (GET /api/analysis/missing-links): Semarang, Sukabumi and Yogyakarta; Ceper is not one.
    expect((await missingLinks('')).clustersWithoutOemPath.map((c) => c.cluster)).toEqual(['cl-semarang', 'cl-sukabumi', 'cl-yogyakarta']);
    // The section's heading and intro speak of the cluster too, not of "clusters with no path … outside the chain".
    const cases = [
      ['cl-ceper', 'en', 'Sentra IKM logam Ceper reaches at least one OEM through the supply chain (a member → its buyer → … → OEM).', [], 'Path from Sentra IKM logam Ceper to an OEM', /^A cluster is inside the automotive chain when/],
      ['cl-ceper', 'id', 'Sentra IKM logam Ceper terhubung ke setidaknya satu OEM melalui rantai pasok (anggota → pembelinya → … → OEM).', [], 'Jalur Sentra IKM logam Ceper ke OEM', /^Sebuah sentra berada dalam rantai otomotif bila/],
      ['cl-sukabumi', 'id', 'Sentra IKM logam Sukabumi tidak memiliki jalur pasok ke OEM mana pun (lihat di bawah).', ['cl-sukabumi'], 'Jalur Sentra IKM logam Sukabumi ke OEM', /^Sebuah sentra berada dalam rantai otomotif bila/],
    ] as const;
    for (const [cluster, lang, line, listed, title, intro] of cases) {
      const { page, errors } = await fx.page(`?view=links&cluster=${cluster}&lang=${lang}`);
      await page.waitForSelector('.links-figures');
      expect(await page.locator('.links-figures li').last().textContent()).toBe(line);
      expect(await page.locator('#links-no-oem-list li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.cluster))).toEqual(listed);
      expect(await page.locator('#links-no-oem-title').textContent()).toBe(title);
      expect(await page.locator('#links-no-oem .hint').textContent()).toMatch(intro);
      await screenshot(page, `links-focus-${cluster}-${lang}`);
      expect(errors).toEqual([]);
    }
    // Sukabumi's five members supply no one: said once, not again as "no member supplies anyone".
    const suk = await fx.page('?view=links&cluster=cl-sukabumi&lang=id');
    await suk.page.waitForSelector('#links-no-oem-list li');
    expect(await suk.page.locator('#links-no-oem-list li').textContent()).toBe('Sentra IKM logam Sukabumi — 5 anggota, belum satu pun memasok pihak lain.');
    // No links to select, so no hint on selecting one; the fields stay on one row at 1,400 px.
    expect(await suk.page.locator('#links-keys-hint').isVisible()).toBe(false);
    const tops = await suk.page.locator('.links-controls > *').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    // A Ceper briefing has no empty table of clusters without a path: its key figure says Ceper reaches an OEM.
    const { page } = await fx.page('?view=links&cluster=cl-ceper');
    await page.waitForSelector('#links-table');
    const html = await exportedText(page);
    expect(html).toContain('Sentra IKM logam Ceper reaches at least one OEM');
    expect(html).not.toContain('Clusters with no path to an OEM');
  });

  it('names a link’s missing processes once, grouped, in both languages (not "a process, a process, a process")', async () => {
    // IKM Ceper 05 → PT Shimizu for the water-pump housing lacks three processes and ISO 9001 (GET /api/analysis/missing-links);
    // the processes' names are the catalogue's (GET /api/catalog) in each language.
    const api = await missingLinks('');
    const link = api.recommendations.find((r) => r.supplier.name.startsWith('IKM Ceper 05') && r.buyer.name === 'PT Shimizu')!;
    expect(link.gaps.map((g) => g.process ?? g.certification)).toEqual(['p-machining-cnc', 'p-painting', 'p-pattern', 'ISO 9001']);
    for (const [lang, cell] of [
      ['en', 'makes it, short of the buyer’s requirement in: processes (CNC machining, Painting and coating, Pattern making); certification (ISO 9001)'],
      ['id', 'sudah membuatnya, tetapi belum memenuhi persyaratan pembeli dalam: proses (Permesinan CNC, Pengecatan dan pelapisan, Pembuatan pola); sertifikasi (ISO 9001)'],
    ] as const) {
      const { page, errors } = await fx.page(`?view=links&lang=${lang}`);
      await page.waitForSelector('#links-table');
      expect(await page.locator(`#links-table tr[data-sel="${selOf(link)}"] td`).nth(6).textContent()).toBe(cell);
      expect(errors).toEqual([]);
    }
  });

  it('heads its export’s supplier-cluster column as the Tiers and Risk exports do, in both languages', async () => {
    // The API's links of Ceper's members (GET /api/analysis/missing-links?cluster=cl-ceper); each row names the cluster.
    const api = await missingLinks('&cluster=cl-ceper');
    expect(api.recommendations.length).toBeGreaterThan(0);
    for (const [lang, head] of [['en', 'Supplier’s cluster'], ['id', 'Sentra pemasok']] as const) {
      const { page, errors } = await fx.page(`?view=links&cluster=cl-ceper&lang=${lang}`);
      await page.waitForSelector('#links-table');
      const html = await exportedText(page);
      expect(html).toContain(`<th scope="col">${head}</th>`);
      expect(html).not.toContain(`<th scope="col">${lang === 'en' ? 'Cluster' : 'Sentra'}</th>`);
      const tables = [...html.matchAll(/href="data:text\/csv;charset=utf-8,([^"]*)"/g)].map((m) => parse(decodeURIComponent(m[1]!).replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>);
      const rows = tables.find((t) => t[0] && 'supplierCluster' in t[0])!;
      expect(rows.map((r) => r.supplier)).toEqual(api.recommendations.map((r) => r.supplier.id));
      expect(new Set(rows.map((r) => r.supplierCluster))).toEqual(new Set(['Sentra IKM logam Ceper']));
      expect(errors).toEqual([]);
    }
  });

  it('switches its labels to Bahasa Indonesia', async () => {
    const { page, errors } = await fx.page('?view=links&lang=id');
    await page.waitForSelector('#links-table');
    expect(await page.locator('#links-table thead th').nth(1).textContent()).toBe('Pemasok');
    expect(await page.locator('#links-no-oem-title').textContent()).toBe('Sentra tanpa jalur ke OEM');
    expect(errors).toEqual([]);
  });
});
