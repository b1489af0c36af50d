// The column titles and the legend a deck's picture band repeats at its top
// (web/src/export/compose.ts, bandHeader and bandLegend), in a real Chromium: compose.ts is built
// for the page by Vite and run on a composed picture made here by hand, a view picture 1,200 px
// wide drawn 600 px wide (scale 0.5) at (20, 50) of the composition, with two column titles, and a
// legend in the 300 px column on its right (x 636) from y 50, 100 px high (as the 'slide' layout
// marks it).
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
  <g class="legend" data-x="636" data-top="50" data-width="300" data-height="100"><text x="636" y="62">Legenda</text><circle cx="645" cy="80" r="6" fill="#0072b2"/><text x="662" y="84">OEM</text></g>
</svg>`;

type Compose = typeof import('../../web/src/export/compose.ts');

/** A blank document (without the app's Content-Security-Policy) holding `body`, with compose.ts built here as `window.compose`. */
async function composePage(body: string) {
  const opened = await fx.page();
  await opened.page.goto('about:blank');
  await opened.page.setContent(`<html><body>${body}</body></html>`);
  await opened.page.addScriptTag({ content: code });
  return opened;
}

describe.skipIf(unavailable !== null)('a band’s repeated column titles and legend', () => {
  it('puts the titles on a white strip at the band’s top, at the picture’s place and scale', async () => {
    const { page, errors } = await composePage(COMPOSED);
    const header = await page.evaluate(() => {
      const g = (window as unknown as { compose: Compose }).compose.bandHeader(document.querySelector<SVGSVGElement>('#c')!, 300);
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
    const { page } = await composePage(COMPOSED);
    const none = await page.evaluate(() => {
      const { bandHeader } = (window as unknown as { compose: Compose }).compose;
      const svg = document.querySelector<SVGSVGElement>('#c')!;
      // 50 + 32 = 82: a band from 81 still shows the titles themselves.
      const within = bandHeader(svg, 81);
      for (const t of svg.querySelectorAll('text.column-title')) t.remove();
      return [within, bandHeader(svg, 300)];
    });
    expect(none).toEqual([null, null]);
  });

  it('repeats the legend at the top of a band below it, and only there', async () => {
    const { page, errors } = await composePage(COMPOSED);
    const legends = await page.evaluate(() => {
      const { bandLegend } = (window as unknown as { compose: Compose }).compose;
      const svg = document.querySelector<SVGSVGElement>('#c')!;
      const at = (top: number, height: number) => {
        const g = bandLegend(svg, top, height);
        if (!g) return null;
        const ground = g.querySelector(':scope > rect')!;
        const legend = g.querySelector('g.legend')!;
        return {
          ground: ['x', 'y', 'width', 'height', 'fill'].map((k) => ground.getAttribute(k)),
          transform: legend.getAttribute('transform'),
          text: [...legend.querySelectorAll('text')].map((t) => t.textContent).join(' '),
          swatches: legend.querySelectorAll('circle').length,
        };
      };
      const shown = [at(300, 400), at(120, 108), at(50, 400), at(300, 107)];
      svg.querySelector('g.legend')!.remove();
      return [...shown, at(300, 400)];
    });
    // A band from 300: the legend (from 50) moved to 8 px under the band's top, 300 + 8 - 50 = 258,
    // whole, on a white ground the legend's column wide and 100 + 8 high. A band from 120 (which
    // shows the legend's last 30 px) that is 108 px high just holds it; its ground hides that tail.
    // None for a band from 50 (it shows the legend from its title), one 107 px high (100 + 8 does
    // not fit), or a composition without a legend.
    expect(legends).toEqual([
      { ground: ['636', '300', '300', '108', '#ffffff'], transform: 'translate(0,258)', text: 'Legenda OEM', swatches: 1 },
      { ground: ['636', '120', '300', '108', '#ffffff'], transform: 'translate(0,78)', text: 'Legenda OEM', swatches: 1 },
      null,
      null,
      null,
    ]);
    expect(errors).toEqual([]);
  });

  it('finds the legend a slide composition draws beside a tall picture', async () => {
    const { page, errors } = await composePage('');
    const found = await page.evaluate(() => {
      const { composeSvg, bandLegend } = (window as unknown as { compose: Compose }).compose;
      const picture = () => {
        const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        for (const [k, v] of Object.entries({ width: '400', height: '2000', viewBox: '0 0 400 2000' })) svg.setAttribute(k, v);
        return svg;
      };
      const legend = [
        { label: 'OEM', colour: '#0072b2', shape: 'circle' as const },
        { label: 'IKM', colour: '#e69f00', shape: 'square' as const },
      ];
      const slide = composeSvg({ title: 'Struktur tier', svg: picture, legend, tables: [], summary: [], options: [] }, { scope: [], footer: [], legendTitle: 'Legenda' }, 'slide');
      const placed = slide.querySelector('svg.view-picture')!;
      const own = slide.querySelector(':scope > g.legend')!;
      const again = bandLegend(slide, 1000, 600)?.querySelector('g.legend');
      return {
        top: [own.getAttribute('data-top'), placed.getAttribute('y')],
        height: Number(own.getAttribute('data-height')),
        text: again && [...again.querySelectorAll('text')].map((t) => t.textContent),
      };
    });
    // The legend's block starts where the picture does (under the title), beside it; a band from
    // 1,000 px gets the same block: its title and both entries.
    expect(found.top[0]).toBe(found.top[1]);
    expect(found.height).toBeGreaterThan(30);
    expect(found.text).toEqual(['Legenda', 'OEM', 'IKM']);
    expect(errors).toEqual([]);
  });
});
