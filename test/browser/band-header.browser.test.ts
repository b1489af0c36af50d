// The column titles a deck's picture band repeats at its top (web/src/export/compose.ts,
// bandHeader), in a real Chromium: compose.ts is built for the page by Vite and run on a composed
// picture made here by hand, a view picture 1,200 px wide drawn 600 px wide (scale 0.5) at
// (20, 50) of the composition, with two column titles.
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
let code = '';
beforeAll(async () => {
  if (unavailable) return;
  fx = await openBrowserFixture();
  const out = (await build({ configFile: false, logLevel: 'silent', build: { write: false, minify: false, lib: { entry: 'web/src/export/compose.ts', name: 'compose', formats: ['iife'] } } })) as Rollup.RollupOutput[];
  code = out[0]!.output[0].code;
}, 120_000);
afterAll(async () => fx?.close());

const COMPOSED = `<svg id="c" xmlns="http://www.w3.org/2000/svg" width="800" height="2000">
  <svg class="view-picture" x="20" y="50" width="600" height="900" viewBox="0 0 1200 1800">
    <text class="column-title" x="100" y="20">IKM (per sentra)</text>
    <text class="column-title" x="700" y="20"><tspan x="700" y="13">Industri besar</tspan><tspan x="700" y="26">lain</tspan></text>
    <text class="label" x="100" y="400">IKM 1075</text>
  </svg>
</svg>`;

describe.skipIf(unavailable !== null)('a band’s repeated column titles', () => {
  it('puts the titles on a white strip at the band’s top, at the picture’s place and scale', async () => {
    const { page, errors } = await fx.page();
    // A blank document, without the app's Content-Security-Policy, for the script built here.
    await page.goto('about:blank');
    await page.setContent(`<html><body>${COMPOSED}</body></html>`);
    await page.addScriptTag({ content: code });
    const header = await page.evaluate(() => {
      const g = (window as unknown as { compose: typeof import('../../web/src/export/compose.ts') }).compose.bandHeader(document.querySelector<SVGSVGElement>('#c')!, 300);
      if (!g) return null;
      const rect = g.querySelector('rect')!;
      return {
        rect: ['x', 'y', 'width', 'height', 'fill'].map((k) => rect.getAttribute(k)),
        transform: g.querySelector('g')!.getAttribute('transform'),
        titles: [...g.querySelectorAll('text')].map((t) => t.textContent),
      };
    });
    // The strip: the picture's x and width, from the band's top, 32 px high; the titles moved to
    // the band's top and drawn at the picture's scale (600 / 1,200); no other text of the picture.
    expect(header).toEqual({ rect: ['20', '300', '600', '32', '#ffffff'], transform: 'translate(20,300) scale(0.5)', titles: ['IKM (per sentra)', 'Industri besarlain'] });
    expect(errors).toEqual([]);
  });

  it('adds nothing to a band that begins within the titles, or to a picture without any', async () => {
    const { page } = await fx.page();
    await page.goto('about:blank');
    await page.setContent(`<html><body>${COMPOSED}</body></html>`);
    await page.addScriptTag({ content: code });
    const none = await page.evaluate(() => {
      const { bandHeader } = (window as unknown as { compose: typeof import('../../web/src/export/compose.ts') }).compose;
      const svg = document.querySelector<SVGSVGElement>('#c')!;
      // 50 + 32 = 82: a band from 81 still shows the titles themselves.
      const within = bandHeader(svg, 81);
      for (const t of svg.querySelectorAll('text.column-title')) t.remove();
      return [within, bandHeader(svg, 300)];
    });
    expect(none).toEqual([null, null]);
  });
});
