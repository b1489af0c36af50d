// The Map's close-up in the browser (web/src/views/map/inset.ts, inset-draw.ts), on a national-like
// dataset where a sentra's recommended links run to buyers a few tens of kilometres away: the map
// opens with a close-up that draws the links the opening frame hides, says so in the key figures
// in the page's language, and goes with the map into the exported SVG; zoomed to the focus, the
// links show in place, and the close-up and its key figure go.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { registeredMessages } from '../../web/src/app/i18n.ts';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

import.meta.glob('../../web/src/views/map/messages.ts', { eager: true });

let fx: BrowserFixture;
const unavailable = browserUnavailable();
describe.skipIf(unavailable !== null)('the Map’s close-up of short recommended links', () => {
  beforeAll(async () => {
    fx = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 60, firms: 8_000, components: 200, seed: 4 })) });
  }, 120_000);
  afterAll(async () => fx?.close());

  for (const lang of ['id', 'en'] as const) {
    it(`opens with it around Sentra 2, and drops it zoomed to the focus (${lang})`, async () => {
      const words = registeredMessages(lang);
      const { page, errors } = await fx.page(`?view=map&lang=${lang}&cluster=gcl-0001`);
      await page.waitForSelector('#map-view[data-ready=true]', { state: 'attached', timeout: 60_000 });
      const inset = page.locator('#map-inset');
      expect(await inset.isVisible()).toBe(true);
      const links = Number(await inset.getAttribute('data-links'));
      // map-inset.test.ts: more than 25 of Sentra 2's 50 recommended links are under 40 px.
      expect(links).toBeGreaterThan(25);
      expect(await page.locator('#map-inset path[data-link]').count()).toBe(links);
      // Magnified, most are long enough to see: the median over 40 px between its ends (on the
      // opening map each was under 40 px; a buyer a few hundred metres from the sentra stays short).
      const lengths = await page.locator('#map-inset path[data-link]').evaluateAll((ps) => ps.map((p) => (p as SVGPathElement).getBoundingClientRect()).map((r) => Math.hypot(r.width, r.height)).sort((a, b) => a - b));
      expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(40);
      const title = (await inset.locator('text.inset-title').allTextContents()).join(' ');
      expect(title).toContain(words['map.inset.title']!.split(' (')[0]!);
      const figure = words['map.figure.inset']!.split('{links}')[0]!;
      expect(await page.locator('.graph-side').textContent()).toContain(`${figure}${links}`);

      await page.click('#export summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
      const svg = await readFile((await download.path())!, 'utf8');
      expect(svg).toContain('id="map-inset"');
      expect(svg).toContain(words['map.inset.title']!.split(' (')[0]!);

      await page.keyboard.press('Escape');
      await page.click('#map-focus');
      await page.waitForTimeout(900);
      expect(await inset.isVisible()).toBe(false);
      expect(await page.locator('.graph-side').textContent()).not.toContain(figure);
      expect(errors).toEqual([]);
    }, 120_000);
  }
});
