// The Map's supply arcs around a large focus (web/src/views/map/arc-strength.ts): thousands of
// arcs at half opacity each painted the frame one solid blue over the places asked about (a
// province at national scale: some 6,000). Each arc's opacity now falls with the square root of
// how many of its role are drawn, past 200; the context is drawn first, under the focus. The
// context's places fade the same way, so that stacks of them do not outshine the focus.
import * as d3 from 'd3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_GREY, TIER_COLOURS } from '../../web/src/app/palette.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { arcOpacity, contextPlaceOpacity } from '../../web/src/views/map/arc-strength.ts';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

describe('arcOpacity', () => {
  it('keeps a few hundred arcs at full strength and thins thousands (hand-computed)', () => {
    expect(arcOpacity('context', 1)).toBe(0.5);
    expect(arcOpacity('context', 200)).toBe(0.5);
    expect(arcOpacity('focus', 200)).toBe(0.6);
    // 0.5 × √(200 / 800) = 0.5 × 0.5
    expect(arcOpacity('context', 800)).toBeCloseTo(0.25, 12);
    // 0.5 × √(200 / 5,000) = 0.5 × 0.2
    expect(arcOpacity('context', 5000)).toBeCloseTo(0.1, 12);
    // Never below the floor: 0.5 × √(200 / 1,000,000) ≈ 0.007 → 0.04
    expect(arcOpacity('context', 1_000_000)).toBe(0.04);
  });

  it('fades the context’s places past 200, to no less than 0.2 (hand-computed)', () => {
    expect(contextPlaceOpacity(200)).toBe(0.5);
    // 0.5 × √(200 / 450) = 0.5 × 2/3
    expect(contextPlaceOpacity(450)).toBeCloseTo(1 / 3, 12);
    expect(contextPlaceOpacity(4340)).toBe(0.2);
  });
});

let fx: BrowserFixture;
const unavailable = browserUnavailable();
describe.skipIf(unavailable !== null)('the Map around a large focus', () => {
  beforeAll(async () => {
    fx = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 40, firms: 8000, components: 120, seed: 5 })) });
  }, 120_000);
  afterAll(async () => fx?.close());

  it('thins the context’s arcs by their number and draws them under the focus’s', async () => {
    const { page, errors } = await fx.page('?view=map&lang=id&province=Jawa%20Timur');
    await page.waitForSelector('#map-view[data-ready=true]', { state: 'attached', timeout: 60_000 });
    const arcs = await page.locator('#map-view path[data-kind=supply]').evaluateAll((els) => els.map((e) => ({ role: e.getAttribute('data-role'), opacity: Number(e.getAttribute('stroke-opacity')) })));
    const context = arcs.filter((a) => a.role === 'context');
    const focus = arcs.filter((a) => a.role === 'focus');
    // The generated province draws more arcs than stay at full strength (else this test shows nothing).
    expect(context.length).toBeGreaterThan(400);
    for (const a of context) expect(a.opacity).toBeCloseTo(0.5 * Math.sqrt(200 / context.length), 6);
    expect(context[0]!.opacity).toBeLessThan(0.36);
    // Document order is drawing order: every context arc before the first focus arc.
    const firstFocus = arcs.findIndex((a) => a.role === 'focus');
    expect(focus.length).toBeGreaterThan(0);
    expect(arcs.slice(firstFocus).every((a) => a.role === 'focus')).toBe(true);
    // The context's plants fade by their number too; the focus's stay solid.
    const fills = await page.locator('#map-view path.firm').evaluateAll((els) => els.map((e) => ({ role: e.getAttribute('data-role'), fill: Number(e.getAttribute('fill-opacity')) })));
    const contextPlaces = fills.filter((f) => f.role === 'context');
    expect(contextPlaces.length).toBeGreaterThan(200);
    for (const f of contextPlaces) expect(f.fill).toBeCloseTo(Math.max(0.2, 0.5 * Math.sqrt(200 / contextPlaces.length)), 6);
    expect(fills.filter((f) => f.role === 'focus').every((f) => f.fill >= 0.85)).toBe(true);
    // Faded, thousands of them still stacked to full colour where they share a spot, and read as the
    // focus (a province focus at national scale: Sumatra's context as orange as Central Java): they
    // are greyed now, nearer the grey than their tier's colour, and drawn under every place in focus.
    const marks = await page.locator('#map-view path.firm').evaluateAll((els) => els.map((e) => ({ role: e.getAttribute('data-role'), fill: e.getAttribute('fill')! })));
    const tierColours = new Set(Object.values(TIER_COLOURS).map((c) => c.toLowerCase()));
    const distance = (a: string, b: string) => {
      const [p, q] = [d3.lab(a), d3.lab(b)];
      return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
    };
    for (const m of marks.filter((x) => x.role === 'context')) {
      expect(tierColours.has(m.fill.toLowerCase())).toBe(false);
      const nearestTier = Math.min(...[...tierColours].map((c) => distance(m.fill, c)));
      expect(distance(m.fill, CONTEXT_GREY)).toBeLessThan(nearestTier);
    }
    expect(marks.filter((x) => x.role === 'focus').every((x) => tierColours.has(x.fill.toLowerCase()))).toBe(true);
    const firstFocusMark = marks.findIndex((x) => x.role === 'focus');
    expect(marks.slice(firstFocusMark).every((x) => x.role === 'focus')).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);

  it('leaves a small focus as it was (the seed: every arc at full strength)', async () => {
    const seed = await openBrowserFixture();
    try {
      const { page } = await seed.page('?view=map&lang=en&cluster=cl-ceper');
      await page.waitForSelector('#map-view[data-ready=true]', { state: 'attached', timeout: 60_000 });
      const opacities = await page.locator('#map-view path[data-kind=supply]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-role')} ${e.getAttribute('stroke-opacity')}`));
      expect(opacities.length).toBeGreaterThan(0);
      expect(new Set(opacities.map((o) => o.replace(/^focus 0\.6$|^context 0\.5$/, 'full')))).toEqual(new Set(['full']));
    } finally {
      await seed.close();
    }
  }, 120_000);
});
