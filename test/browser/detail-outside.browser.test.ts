// "Not in this picture" in the detail panel, in a real Chromium against the seed data. The address
// keeps a selection when the filters change, so the panel can show a firm the picture beside it does
// not draw (and then highlights nothing). The panel says so and offers the focus that draws it.
// Expected memberships from seed/indonesia/firms.csv and supplies.csv: Koperasi Batur Jaya (f-kbj) is
// an IKM of cl-ceper ("Sentra IKM logam Ceper") and supplies no OEM, so Tegal's focus and an OEM
// focus leave it out (it does supply a Tier 1 firm, PT TPR Indonesia: a Tier 1 focus draws it around
// the focus); Ceper's focus draws it. A generated dataset past the overview threshold (3,000 firms)
// draws its firms inside cluster and province nodes: the panel names the node instead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
let big: BrowserFixture;
beforeAll(async () => {
  if (unavailable) return;
  fx = await openBrowserFixture();
  big = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 12, firms: 16_000, components: 60, seed: 3 })) });
});
afterAll(async () => {
  await fx?.close();
  await big?.close();
});

const titled = (n: string): boolean => document.querySelector('#detail h2')?.textContent?.includes(n) ?? false;
const outside = '#detail-outside';

describe.skipIf(unavailable !== null)('the detail panel on a selection outside the picture', () => {
  it('says so on the Network and focuses the firm\'s cluster on request, keeping the selection', async () => {
    const { page, errors } = await fx.page('?view=network&cluster=cl-tegal&tier=IKM&sel=f-kbj');
    await page.waitForSelector('#network-view[data-ready=true]');
    await page.waitForFunction(titled, 'Batur Jaya');
    await page.waitForSelector(outside);
    expect(await page.locator(`${outside} p`).textContent()).toBe('Not in this picture: the filters leave it out, so nothing in the picture is highlighted.');
    const button = page.locator('#detail-outside-focus');
    expect(await button.textContent()).toBe('Show it within Sentra IKM logam Ceper');
    // Under the title, before the kind line: read first.
    expect(await page.evaluate(() => document.querySelector('#detail .detail-head')?.nextElementSibling?.id)).toBe('detail-outside');
    await button.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('cluster') === 'cl-ceper');
    const params = new URL(page.url()).searchParams;
    expect(params.get('tier')).toBeNull();
    expect(params.get('sel')).toBe('f-kbj');
    await page.waitForSelector('#network-view[data-ready=true] path.node[data-id="f-kbj"]');
    expect(await page.locator(outside).count()).toBe(0);
    expect(Number(await page.getAttribute('#network-view', 'data-highlighted'))).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('says so in Bahasa Indonesia on the Tiers view, and not once the picture holds the firm', async () => {
    const { page, errors } = await fx.page('?view=tiers&tier=OEM&sel=f-kbj&lang=id');
    await page.waitForSelector('#tiers-view[data-ready=true]');
    await page.waitForSelector(outside);
    expect(await page.locator(`${outside} p`).textContent()).toBe('Tidak ada di gambar ini: filter yang berlaku tidak mencakupnya, sehingga tidak ada yang disorot di gambar.');
    expect(await page.locator('#detail-outside-focus').textContent()).toBe('Tampilkan dalam Sentra IKM logam Ceper');
    await page.selectOption('#filter-tier', '');
    await page.waitForSelector('#tiers-view[data-ready=true] path.node[data-id="f-kbj"]');
    expect(await page.locator(outside).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('names a cluster left out, says nothing of a kind the view does not draw, and leaves the table views alone', async () => {
    const { page, errors } = await fx.page('?view=map&tier=TIER1&sel=cl-tegal');
    await page.waitForSelector('#map-view[data-ready=true]');
    await page.waitForSelector(outside);
    expect(await page.locator('#detail-outside-focus').textContent()).toBe('Show this cluster');
    // The Tiers view draws no clusters one by one: nothing to say of one.
    await page.click('#tab-tiers');
    await page.waitForSelector('#tiers-view[data-ready=true]');
    await page.waitForFunction(titled, 'Tegal');
    expect(await page.locator(outside).count()).toBe(0);
    // Back on the Map, then a table view: the note comes and goes with the picture.
    await page.click('#tab-map');
    await page.waitForSelector(outside);
    await page.click('#tab-risk');
    await page.waitForFunction(() => document.querySelector('#detail-outside') === null);
    expect(errors).toEqual([]);
  });

  it('names the node an overview draws a firm within, and focuses it on request', async () => {
    // 16,000 firms: past the overview threshold, with more than 400 Tier 2 firms (OVERVIEW_TIER_FIRMS),
    // so IKM are drawn as their clusters and Tier 2 as one node per province; OEMs stay firms.
    const api = async <T>(path: string): Promise<T> => (await fetch(`${big.server.url}/api/${path}`)).json() as Promise<T>;
    const { firms } = await api<{ firms: Array<{ id: string; tier: string; cluster?: string }> }>('firms');
    const graph = await api<{ nodes: Array<{ id: string; name: string; members?: number }>; grouping?: { group: string } }>('graph?view=network&group=auto');
    expect(graph.grouping?.group).toBe('cluster,TIER2');
    const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
    const named = (id: string) => `${node(id).name} (${node(id).members!.toLocaleString('en')})`;

    const ikm = firms.find((f) => f.tier === 'IKM' && f.cluster !== undefined)!;
    const { page, errors } = await big.page(`?view=network&sel=${ikm.id}`);
    await page.waitForSelector('#network-view[data-ready=true]');
    await page.waitForSelector(outside);
    expect(await page.locator(`${outside} p`).textContent()).toBe(`In this overview it is drawn within ${named(ikm.cluster!)}, not on its own: that node is highlighted in the picture.`);
    // The cluster's node and its neighbourhood are highlighted in the firm's place.
    await page.waitForFunction(() => Number(document.querySelector('#network-view')?.getAttribute('data-highlighted')) > 0);
    expect(await page.locator(`path.node.match[data-id="${ikm.cluster!}"]`).count()).toBe(1);
    await page.click('#detail-outside-focus');
    await page.waitForFunction((c) => new URL(location.href).searchParams.get('cluster') === c, ikm.cluster!);
    expect(new URL(page.url()).searchParams.get('sel')).toBe(ikm.id);
    await page.waitForSelector(`#network-view[data-ready=true] path.node[data-id="${ikm.id}"]`);
    expect(await page.locator(outside).count()).toBe(0);

    // A Tier 2 firm: within its province's node, whose focus is that tier in that province.
    const tier2 = firms.find((f) => f.tier === 'TIER2')!;
    const province = String((await api<{ properties: { province: string } }>(`entities/${tier2.id}`)).properties.province);
    const group = `group:TIER2:${province}`;
    const second = await big.page(`?view=network&sel=${tier2.id}&lang=id`);
    await second.page.waitForSelector(outside);
    expect(await second.page.locator(`${outside} p`).textContent()).toBe(`Dalam ikhtisar ini perusahaan ini tergambar di dalam ${node(group).name} (${node(group).members!.toLocaleString('id')}), tidak sebagai simpul sendiri: simpul itulah yang disorot di gambar.`);
    await second.page.waitForFunction(() => Number(document.querySelector('#network-view')?.getAttribute('data-highlighted')) > 0);
    await second.page.click('#detail-outside-focus');
    await second.page.waitForFunction(() => new URL(location.href).searchParams.get('tier') === 'TIER2');
    expect(new URL(second.page.url()).searchParams.get('province')).toBe(province);

    // The Map rings the cluster in the firm's place, over its neighbours, and names it.
    const map = await big.page(`?view=map&sel=${ikm.id}`);
    await map.page.waitForSelector(`#map-view[data-ready=true] path.node[data-id="${ikm.cluster!}"][stroke="#000"]`);
    expect(await map.page.evaluate((c) => document.querySelector('path.node:last-of-type')?.getAttribute('data-id') === c, ikm.cluster!)).toBe(true);
    expect(await map.page.locator('#map-view svg text', { hasText: node(ikm.cluster!).name }).count()).toBeGreaterThan(0);

    // An OEM is drawn on its own on the overview: no note.
    const oem = firms.find((f) => f.tier === 'OEM')!;
    const third = await big.page(`?view=network&sel=${oem.id}`);
    await third.page.waitForSelector('#network-view[data-ready=true]');
    await third.page.waitForFunction(() => document.querySelector('#detail-props') !== null);
    expect(await third.page.locator(outside).count()).toBe(0);
    expect([...errors, ...second.errors, ...map.errors, ...third.errors]).toEqual([]);
  });
});
