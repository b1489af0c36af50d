// The complexity panel following a component (`?component=`) in a real Chromium, on a generated
// dataset of 40 clusters in one group (ECI defined). What it must show comes from the API: the
// component's PCI and rank (GET /api/analysis/complexity) and every cluster that does not make it,
// densest first (the same with `component`; test/complexity/routes.test.ts ties those to POST
// /api/complexity). The component chosen is one whose row lies past some cluster's first ten next
// steps, so that a list built from the default answer would have cropped that cluster away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterComplexityOut } from '../../server/analysis/cluster-complexity/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { browserUnavailable, exportedText, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let wide: BrowserFixture;
beforeAll(async () => {
  if (unavailable) return;
  wide = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 40, firms: 1200, components: 60, seed: 5 })) });
});
afterAll(async () => wide?.close());

const analysis = async (query: string): Promise<ClusterComplexityOut> => (await (await fetch(`${wide.server.url}/api/analysis/complexity?${query}`)).json()) as ClusterComplexityOut;
const two = (v: number, lang: 'en' | 'id') => (lang === 'id' ? v.toFixed(2).replace('.', ',') : v.toFixed(2));

describe.skipIf(unavailable !== null)('complexity panel with a component', () => {
  it('marks the component, says its PCI and the clusters closest to making it, and lists every cluster that does not make it', async () => {
    const api = await analysis('lang=en');
    expect(api.defined).toBe(true);
    // The component with the most clusters whose row is past their first ten (the default answer's list).
    let best: { id: string; open: ClusterComplexityOut['opportunities']; cropped: string[] } | null = null;
    for (const c of api.components.filter((x) => x.rank !== null)) {
      const open = (await analysis(`component=${c.id}`)).opportunities;
      const cropped = open.filter((o) => !api.opportunities.some((d) => d.cluster === o.cluster && d.component === c.id)).map((o) => o.cluster);
      if (!best || cropped.length > best.cropped.length) best = { id: c.id, open, cropped };
    }
    const { id, open, cropped } = best!;
    expect(cropped.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(15);
    const comp = api.components.find((c) => c.id === id)!;
    const name = (cluster: string) => api.clusters.find((c) => c.id === cluster)!.name;
    const { page, errors } = await wide.page(`?view=complexity&component=${id}`, { width: 1440, height: 1600 });
    await page.waitForSelector('#cx-summary .cx-focus-line');
    expect(await page.locator('#unapplied').count()).toBe(0);
    expect(await page.locator('#cx-summary .cx-focus-line').allTextContents()).toEqual([
      `${comp.name} (in focus): made with a comparative advantage by ${comp.ubiquity} ${comp.ubiquity === 1 ? 'cluster' : 'clusters'}; PCI ${two(comp.pci!, 'en')}, rank ${comp.rank}${comp.tied ? '=' : ''} of ${api.components.filter((c) => c.rank !== null).length}.`,
      `The clusters closest to making it, by density: ${open.filter((o) => o.density > 0).slice(0, 3).map((o) => `${name(o.cluster)} (${two(o.density, 'en')})`).join(', ')}.`,
    ]);
    expect(await page.locator('#cx-component-table tr[aria-current=true]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.component))).toEqual([id]);
    const rows = await page.locator('#cx-opportunities tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)));
    expect(rows).toEqual(open.slice(0, 15).map((o) => [name(o.cluster), comp.name]));
    expect(await page.locator('#cx-opportunities caption').textContent()).toBe(`The 15 clusters closest to making ${comp.name}, of the ${open.length} that do not make it yet`);
    await screenshot(page, 'complexity-component-en');
    // The export: the scope line names the component, and the next steps are every cluster that does not make it.
    const html = await exportedText(page);
    expect(html).toContain(`Component: ${comp.name}`);
    const tables = [...html.matchAll(/href="data:text\/csv;charset=utf-8,([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!).replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1));
    const next = tables.find((lines) => lines.length === open.length && lines.every((l) => l.split(',')[2] === id));
    expect(next?.map((l) => l.split(',')[0])).toEqual(open.map((o) => o.cluster));
    expect(errors).toEqual([]);

    // A cluster whose row the default answer cropped: its density and place, in Bahasa Indonesia.
    const cluster = cropped[0]!;
    const at = open.findIndex((o) => o.cluster === cluster);
    const idApi = await analysis('lang=id');
    const idName = idApi.clusters.find((c) => c.id === cluster)!.name;
    const id2 = await wide.page(`?view=complexity&component=${id}&cluster=${cluster}&lang=id`, { width: 1440, height: 1600 });
    await id2.page.waitForSelector('#cx-summary .cx-focus-line');
    const lines = await id2.page.locator('#cx-summary .cx-focus-line').allTextContents();
    expect(lines.at(-1)).toBe(`Bagi ${idName}: kepadatan ${two(open[at]!.density, 'id')}, urutan ke-${at + 1} dari ${open.length} sentra yang belum membuatnya, menurut kepadatan.`);
    expect(await id2.page.locator('#cx-opportunities tbody tr').count()).toBe(1);
    expect(await id2.page.locator('#cx-opportunities caption').textContent()).toBe(`1 sentra dalam fokus yang belum membuat ${idApi.components.find((c) => c.id === id)!.name}, menurut kepadatan (dari ${open.length} sentra dalam tabel)`);
    await screenshot(id2.page, 'complexity-component-cluster-id');
    expect(id2.errors).toEqual([]);
  });

  it('does not draw an empty list when the cluster changes while a new component is being read', async () => {
    const api = await analysis('lang=en');
    const [first, second] = api.components.filter((c) => c.rank !== null);
    const open = (await analysis(`component=${second!.id}`)).opportunities;
    const cluster = open.find((o) => o.density > 0)!.cluster;
    const { page, errors } = await wide.page(`?view=complexity&component=${first!.id}`, { width: 1440, height: 1200 });
    await page.waitForSelector('#cx-opportunities tbody tr');
    // The second component's answer is held until the cluster has changed too.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(`**/api/analysis/complexity?*component=${second!.id}*`, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    const go = (query: string) => page.evaluate((q) => {
      history.pushState(null, '', `?${q}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, query);
    await go(`view=complexity&component=${second!.id}`);
    await expect.poll(() => asked).toBe(true);
    await go(`view=complexity&component=${second!.id}&cluster=${cluster}`);
    await page.waitForTimeout(300);
    // Before the guard this drew "No cluster here that does not make … yet has a density for it." from an empty list.
    expect(await page.locator('#cx-opportunities').textContent()).not.toContain('No cluster here');
    release();
    await expect.poll(() => page.locator('#cx-opportunities caption').textContent()).toBe(`1 cluster in focus that does not make ${second!.name} yet, by density (of ${open.length} in the table)`);
    const name = api.clusters.find((c) => c.id === cluster)!.name;
    expect(await page.locator('#cx-opportunities tbody tr td').first().textContent()).toBe(name);
    expect(errors).toEqual([]);
  });
});
