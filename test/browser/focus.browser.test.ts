// Issue 12, part A, in a real Chromium on the seed (embedded store; the stores answer /api/graph
// identically, test/store/differential.neo4j.test.ts): a filter focuses instead of cropping, every
// view shows the API's supply and recommended links for every cluster, the key figures are the
// API's, labels neither overlap nor sit under a link nor leave the picture, category colours are
// far apart, and a chosen recommended link is drawn whatever the focus. Screenshots of each view,
// default and focused on Ceper, in both languages: test-artifacts/screenshots/focus-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readDataset } from '../../server/model/index.ts';
import type { GraphOut } from '../../server/store/shapes.ts';
import type { MissingLinksOut } from '../../server/analysis/links/shapes.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';
import { closePairs, readability } from './readability.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
let page: Page;
let errors: string[];
beforeAll(async () => {
  if (unavailable) return;
  fx = await openBrowserFixture();
  ({ page, errors } = await fx.page('', { width: 1440, height: 900 }));
});
afterAll(async () => fx?.close());

const api = async <T>(path: string): Promise<T> => (await fetch(`${fx.server.url}/api/${path}`)).json() as Promise<T>;
const VIEWS = ['network', 'tiers', 'map'] as const;
type View = (typeof VIEWS)[number];
const ROOT: Record<View, string> = { network: '#network-view', tiers: '#tiers-view', map: '#map-view' };
/** What each view draws a supply link and a recommended link as. */
const SUPPLY: Record<View, string> = { network: 'line[data-kind=supply]', tiers: 'path[data-kind=supply]', map: 'path[data-kind=supply]' };
const MISSING: Record<View, string> = { network: 'line[data-kind=missing]', tiers: 'path[data-kind=missing]', map: 'path[data-kind=missing]' };
/** The visible text of the picture and the element it must stay inside. */
const TEXT: Record<View, [string, string]> = {
  network: ['#network-view svg.graph-labels text', '#network-view .graph-surface'],
  tiers: ['#tiers-view svg.tiers text', '#tiers-view svg.tiers'],
  map: ['#map-view svg.map text', '#map-view svg.map'],
};

async function open(query: string, view: View): Promise<void> {
  await page.goto(`${fx.server.url}/${query}`);
  await page.waitForSelector(`${ROOT[view]}[data-ready=true]`, { timeout: 30_000 });
  // Labels are placed on the animation frame after the picture.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const count = (view: View, selector: string) => page.locator(`${ROOT[view]} ${selector}`).count();

async function expectReadable(view: View, what: string): Promise<void> {
  const report = await readability(page, ...TEXT[view]);
  expect(report.labels, `${what}: labels drawn`).toBeGreaterThan(0);
  expect(report.overlaps, `${what}: overlapping labels`).toEqual([]);
  expect(report.overdrawn, `${what}: labels under something`).toEqual([]);
  expect(report.outside, `${what}: text outside the picture`).toEqual([]);
  expect(report.unplated, `${what}: labels a link can show through`).toEqual([]);
}

/** The colours a view uses to tell categories apart: tiers of symbols, families of links. */
async function categoryColours(view: View): Promise<string[]> {
  if (view === 'tiers') return page.locator('#tiers-view path[data-flow]').evaluateAll((els) => els.map((e) => e.getAttribute('data-colour') ?? ''));
  return page.locator(`${ROOT[view]} path.node`).evaluateAll((els) => els.map((e) => e.getAttribute('fill') ?? ''));
}

describe.skipIf(unavailable !== null)('focus: every cluster of the seed', () => {
  it('shows, in every view, as many supply and recommended links as the API reports, with readable labels', async () => {
    const seed = await readDataset('seed/indonesia');
    expect(seed.clusters).toHaveLength(9); // seed/indonesia/clusters.csv
    let withLinks = 0;
    for (const c of seed.clusters) {
      const missing = await api<MissingLinksOut>(`analysis/missing-links?cluster=${c.id}`);
      // The cluster's members in the seed CSV, and the supplies touching them: what "inside +
      // outside" must add up to.
      const members = new Set(seed.firms.filter((f) => f.cluster === c.id).map((f) => f.id));
      const touching = seed.supplies.filter((s) => members.has(s.supplier) || members.has(s.buyer)).length;
      for (const view of VIEWS) {
        const graph = await api<GraphOut>(`graph?view=${view}&cluster=${c.id}&links=recommended`);
        const supplies = graph.links.filter((l) => l.type === 'SUPPLIES').length;
        const recommended = graph.links.filter((l) => l.type === 'RECOMMENDED').length;
        expect(supplies, `${c.id} ${view}`).toBe(touching);
        expect(recommended, `${c.id} ${view}`).toBe(missing.recommendations.length);
        expect(graph.figures.recommended.total).toBe(missing.total);
        await open(`?view=${view}&cluster=${c.id}`, view);
        expect(await count(view, SUPPLY[view]), `${c.id} ${view}: supply links drawn`).toBe(supplies);
        expect(await count(view, MISSING[view]), `${c.id} ${view}: recommended links drawn`).toBe(recommended);
        if (supplies + recommended > 0) withLinks++;
        await expectReadable(view, `${c.id} ${view}`);
      }
    }
    // Before issue 12 a cluster focus drew no link at all; on the seed eight of nine clusters have
    // links (Sukabumi's members supply nobody and have no recommendation).
    expect(withLinks).toBeGreaterThanOrEqual(8 * 3);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(unavailable !== null)('focus: key figures, labels, colours and screenshots', () => {
  for (const view of VIEWS) {
    it(`${view}: key figures equal the API's, default and on Ceper, in English and Bahasa Indonesia`, async () => {
      for (const cluster of ['', 'cl-ceper']) {
        const graph = await api<GraphOut>(`graph?view=${view}&links=recommended${cluster ? `&cluster=${cluster}` : ''}`);
        const missing = await api<MissingLinksOut>(`analysis/missing-links${cluster ? `?cluster=${cluster}` : ''}`);
        // Independent counts from the answer's own nodes and links.
        const focusIds = new Set(graph.nodes.filter((n) => n.role === 'focus').map((n) => n.id));
        const supplies = graph.links.filter((l) => l.type === 'SUPPLIES');
        const inside = supplies.filter((l) => focusIds.has(l.source) && focusIds.has(l.target)).length;
        const flows = new Set(graph.links.filter((l) => l.type === 'IMPORTS').map((l) => `${l.source}|${l.component}|${l.target}`)).size;
        expect(graph.figures.supplyLinks).toMatchObject({ inside, outside: supplies.length - inside });
        expect(graph.figures.importFlows.flows).toBe(flows);
        expect(graph.figures.recommended).toEqual({ shown: graph.links.filter((l) => l.type === 'RECOMMENDED').length, total: missing.total });
        expect(graph.figures.firms).toEqual({ focus: graph.nodes.filter((n) => n.label === 'Firm' && n.role === 'focus').length, context: graph.nodes.filter((n) => n.label === 'Firm' && n.role === 'context').length });
        for (const lang of ['en', 'id'] as const) {
          await open(`?view=${view}&lang=${lang}${cluster ? `&cluster=${cluster}` : ''}`, view);
          const shown = await page.locator(`${ROOT[view]} li[data-figure]`).evaluateAll((lis) => Object.fromEntries(lis.map((li) => [(li as HTMLElement).dataset.figure!, JSON.parse((li as HTMLElement).dataset.values!) as Record<string, number>])));
          expect(shown.firms).toMatchObject({ focus: graph.figures.firms.focus, context: graph.figures.firms.context });
          expect(shown.supply).toEqual({ inside: graph.figures.supplyLinks.inside, outside: graph.figures.supplyLinks.outside });
          expect(shown.recommended).toEqual(graph.figures.recommended);
          if (view !== 'network') expect(shown.imports).toMatchObject({ flows: graph.figures.importFlows.flows, records: graph.figures.importFlows.records, countries: graph.figures.importFlows.countries });
          // Every figure carries its definition (tooltip) in the page's language.
          const titles = await page.locator(`${ROOT[view]} li[data-figure]`).evaluateAll((lis) => lis.map((li) => li.getAttribute('title') ?? ''));
          expect(titles.every((x) => x.length > 20)).toBe(true);
          const text = (await page.locator(`${ROOT[view]} .key-figures`).textContent()) ?? '';
          expect(text).toContain(lang === 'en' ? 'recommended' : 'direkomendasikan');
          if (cluster) expect(text).toContain(lang === 'en' ? 'in focus' : 'dalam fokus');
          await expectReadable(view, `${view} ${cluster || 'default'} ${lang}`);
          const colours = await categoryColours(view);
          expect(new Set(colours).size).toBeGreaterThan(1);
          expect(closePairs(colours), `${view}: category colours too close`).toEqual([]);
          await screenshot(page, `focus-${view}-${cluster ? 'ceper' : 'default'}-${lang}`);
        }
      }
      expect(errors).toEqual([]);
    });
  }

  it('tiers: every component family shown has its own colour, named in the legend', async () => {
    await open('?view=tiers', 'tiers');
    const supplyColours = new Set(await page.locator('#tiers-view path[data-kind=supply]').evaluateAll((els) => els.map((e) => e.getAttribute('data-colour')!)));
    const legend = await page.locator('#tiers-view .legend-box li').evaluateAll((lis) => lis.map((li) => ({ text: li.textContent ?? '', stroke: li.querySelector('line')?.getAttribute('stroke') ?? null })));
    const legendColours = legend.filter((l) => l.stroke !== null).map((l) => l.stroke!);
    for (const c of supplyColours) expect(legendColours).toContain(c);
    // The seed's 15 supplied categories (components.csv) are grouped into at most ten families.
    expect(supplyColours.size).toBeGreaterThan(5);
    expect(supplyColours.size).toBeLessThanOrEqual(11);
    expect(closePairs(legendColours)).toEqual([]);
    // Appliances and machinery share a family (issue 12: they were two categories in one blue).
    expect(legend.some((l) => /Machinery and appliances/.test(l.text))).toBe(true);
  });
});

describe.skipIf(unavailable !== null)('focus: a chosen recommended link is always drawn', () => {
  it('pins a link from outside the focus in every view, and from Link and match', async () => {
    const tegal = (await api<MissingLinksOut>('analysis/missing-links?cluster=cl-tegal')).recommendations[0]!;
    const sel = `${tegal.supplier.id}|${tegal.buyer.id}|${tegal.component.id}`;
    for (const view of VIEWS) {
      // Focused on Ceper, the Tegal link is outside the focus: drawn anyway, as context.
      await open(`?view=${view}&cluster=cl-ceper&sel=${encodeURIComponent(sel)}`, view);
      expect(await page.locator(`${ROOT[view]} [data-kind=missing][data-role=context]`).count(), view).toBeGreaterThan(0);
      const drawn = await page.locator(`${ROOT[view]} [data-link="${sel}"], ${ROOT[view]} [data-flow="${sel}"]`).count();
      expect(drawn, view).toBe(1);
    }
    // From Link and match: a link ranked beyond the 50 the network draws.
    const all = await api<MissingLinksOut>('analysis/missing-links?limit=200');
    const far = all.recommendations[120]!;
    const farSel = `${far.supplier.id}|${far.buyer.id}|${far.component.id}`;
    await page.goto(`${fx.server.url}/?view=links`);
    await page.waitForSelector('#links-table');
    await page.locator(`#links-table tbody tr[data-sel="${farSel}"] td`).nth(1).click();
    await page.click('#links-show-network');
    await page.waitForSelector('#network-view[data-ready=true]');
    await page.waitForSelector(`#network-view line[data-link="${farSel}"]`);
    expect(await page.locator('#network-evidence').textContent()).toContain(far.sentence);
    expect(errors).toEqual([]);
  });
});
