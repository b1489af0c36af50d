// The cluster in focus is named in the Network and the Map, in both languages, however crowded its
// members' symbols around it (a generated cluster of some hundreds of IKM: in a national dataset,
// Sentra 251's name was the one label missing from both pictures). Its label may lie over symbols,
// never over another label or outside the picture; the selection is named the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../seed/generator/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';
import { readability } from './readability.ts';

const unavailable = browserUnavailable();
const data = generateDataset({ clusters: 3, firms: 1500, components: 60, seed: 3 });
// The generated cluster with the most members (counted by the test from the dataset's firms).
const members = new Map<string, number>();
for (const f of data.firms) if (f.cluster) members.set(f.cluster, (members.get(f.cluster) ?? 0) + 1);
const [largest, count] = [...members].sort((a, b) => b[1] - a[1])[0]!;
const focus = data.clusters.find((c) => c.id === largest)!;
const name = focus.name;
// Its members' supply partners moved: most on rings 0.3–0.7° around it (the estates round a
// sentra), one in ten some 8° east, so that the Map, fitted to them all, draws the near ones as a
// crowd of symbols around the cluster's circle, as the national map does.
const memberIds = new Set(data.firms.filter((f) => f.cluster === largest).map((f) => f.id));
const partners = new Set(data.supplies.flatMap((s) => (memberIds.has(s.supplier) ? [s.buyer] : memberIds.has(s.buyer) ? [s.supplier] : [])));
const [lat0, lon0] = [focus.lat!, focus.lon!];
data.firms.forEach((f, i) => {
  if (!partners.has(f.id) || memberIds.has(f.id)) return;
  const far = i % 10 === 0;
  const radius = far ? 8 : 0.3 + (i % 5) * 0.1;
  const angle = far ? 0 : i * 2.399;
  f.lat = Math.round((lat0 + radius * Math.sin(angle) * 0.6) * 1e4) / 1e4;
  f.lon = Math.round((lon0 + radius * Math.cos(angle)) * 1e4) / 1e4;
});

let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture({ store: new EmbeddedStore(data) });
}, 120_000);
afterAll(async () => fx?.close());

const VIEWS = {
  network: { root: '#network-view', texts: '#network-view svg.graph-labels text', frame: '#network-view .graph-surface' },
  map: { root: '#map-view', texts: '#map-view svg.map text', frame: '#map-view svg.map' },
} as const;

describe.skipIf(unavailable !== null)('the cluster in focus is labelled', () => {
  it('has a crowd of members and partners around it (else this shows nothing)', () => {
    expect(count).toBeGreaterThan(150);
    expect(partners.size).toBeGreaterThan(20);
  });

  for (const [view, sel] of Object.entries(VIEWS)) {
    for (const lang of ['en', 'id']) {
      it(`${view}, ${lang}: its name among the labels, none overlapping or outside`, async () => {
        const { page, errors } = await fx.page(`?view=${view}&cluster=${largest}&lang=${lang}`);
        await page.waitForSelector(`${sel.root}[data-ready=true]`, { timeout: 60_000 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await screenshot(page, `label-keep-${view}-${lang}`);
        const labels = await page.locator(sel.texts).allTextContents();
        expect(labels).toContain(name);
        const report = await readability(page, sel.texts, sel.frame);
        expect(report.overlaps).toEqual([]);
        expect(report.outside).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }

  it('network: a selected member is named too, beside the cluster', async () => {
    const member = data.firms.find((f) => f.cluster === largest && f.tier === 'IKM')!;
    const { page, errors } = await fx.page(`?view=network&cluster=${largest}&sel=${member.id}`);
    await page.waitForSelector('#network-view[data-ready=true]', { timeout: 60_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const labels = await page.locator(VIEWS.network.texts).allTextContents();
    expect(labels).toEqual(expect.arrayContaining([name, member.name]));
    expect((await readability(page, VIEWS.network.texts, VIEWS.network.frame)).overlaps).toEqual([]);
    expect(errors).toEqual([]);
  });
});
