// The tier picture beside an open detail panel, in a real Chromium against the seed data. At
// 1,400 × 900 the panel leaves the picture a pane of about 776 px; laid out 1,200 px wide and shrunk
// at most to 960 px (as it was), the last columns (other large buyers, the import origins) lay past
// the pane's right edge. Now the picture is laid out at the pane's width: every node and label is
// inside the pane, nothing scrolls sideways, labels do not overlap; closing the panel lays it out
// wide again; and a document still gets the full 1,200 px picture.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, exportedText, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';
import { readability } from './readability.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

describe.skipIf(unavailable !== null)('tier picture width', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`fits the pane beside the detail panel of Sentra IKM logam Ceper (${lang})`, async () => {
      const { page, errors } = await fx.page(`?view=tiers&cluster=cl-ceper&sel=cl-ceper&lang=${lang}`);
      await page.waitForSelector('#tiers-view[data-ready=true]');
      await page.waitForSelector('#detail-title');
      const pane = page.locator('#tiers-view .graph-main');
      const box = (await pane.boundingBox())!;
      expect(box.width).toBeLessThan(960);
      // Nothing past the pane's right edge once the layout has followed the panel (a moment after it opened).
      await expect.poll(() => pane.evaluate((m) => m.scrollWidth - m.clientWidth)).toBe(0);
      expect(await page.getAttribute('#tiers-view', 'data-width')).toBe(String(await pane.evaluate((m) => m.clientWidth)));
      // Every node, the three origin countries of Ceper's buyers' imports included, inside the pane.
      const nodes = await page.locator('#tiers-view path.node[data-id]').evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-id'), right: e.getBoundingClientRect().right })));
      for (const id of ['CHN', 'JPN', 'THA']) expect(nodes.map((n) => n.id)).toContain(id);
      for (const n of nodes) expect(n.right, n.id ?? '').toBeLessThanOrEqual(box.x + box.width);
      const report = await readability(page, '#tiers-view svg text', '#tiers-view svg');
      expect(report.overlaps).toEqual([]);
      expect(report.outside).toEqual([]);
      await screenshot(page, `tiers-detail-${lang}`);

      // Closed, the panel gives its room back: laid out at the wider pane.
      await page.click('#detail button.close');
      await expect.poll(async () => Number(await page.getAttribute('#tiers-view', 'data-width'))).toBeGreaterThan(box.width);
      expect(Number(await page.getAttribute('#tiers-view', 'data-width'))).toBe(Math.min(1200, await pane.evaluate((m) => m.clientWidth)));
      expect(errors).toEqual([]);
    });
  }

  it('exports the picture laid out 1,200 px wide while the pane is narrower', async () => {
    const { page, errors } = await fx.page('?view=tiers&cluster=cl-ceper&sel=cl-ceper');
    await page.waitForSelector('#tiers-view[data-ready=true]');
    await expect.poll(async () => Number(await page.getAttribute('#tiers-view', 'data-width'))).toBeLessThan(960);
    const html = await exportedText(page);
    const picture = /<svg[^>]*class="tiers view-picture"[^>]*>/.exec(html)?.[0] ?? '';
    expect(picture).toMatch(/ width="1200"/);
    // The selection's chain is painted in the document as on screen: Ceper is a cluster, no row of
    // the picture, so nothing is faded.
    expect(html).not.toMatch(/fill-opacity="0\.15"/);
    expect(errors).toEqual([]);
  });
});
