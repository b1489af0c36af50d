// "Zoom to the focus" on the Map (web/src/views/map/index.ts): a focus opens framed with its
// context (unless its places would crowd there: map-opening.test.ts), which can span Java or the
// archipelago and leave the focus a dot; the button frames the places in focus. Offered only with a focus, in the
// page's language; after it, the map is zoomed further in than it opened and every place in focus
// lies inside the map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredMessages } from '../../web/src/app/i18n.ts';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

import.meta.glob('../../web/src/views/map/messages.ts', { eager: true });

let fx: BrowserFixture;
const unavailable = browserUnavailable();
describe.skipIf(unavailable !== null)('the Map zooms to its focus', () => {
  beforeAll(async () => {
    fx = await openBrowserFixture();
  }, 120_000);
  afterAll(async () => fx?.close());

  it('is offered only with a focus, and frames the places in focus', async () => {
    const { page, errors } = await fx.page('?view=map&lang=id');
    await page.waitForSelector('#map-view[data-ready=true]', { state: 'attached', timeout: 60_000 });
    expect(await page.locator('#map-focus').isHidden()).toBe(true);

    await page.goto(`${fx.server.url}/?view=map&lang=id&cluster=cl-ceper`);
    await page.waitForSelector('#map-view[data-ready=true]', { state: 'attached', timeout: 60_000 });
    const button = page.locator('#map-focus');
    expect(await button.isVisible()).toBe(true);
    expect(await button.textContent()).toBe(registeredMessages('id')['map.focus']);
    const scale = () => page.locator('#map-view g.world').evaluate((g) => Number(/scale\(([\d.]+)/.exec(g.getAttribute('transform') ?? '')?.[1] ?? 1));
    const before = await scale();
    await button.click();
    await page.waitForTimeout(800);
    // Ceper's cluster and firms sit within a few kilometres; its partners across Java framed the map before.
    expect(await scale()).toBeGreaterThan(before);
    expect(await page.locator('#map-view [data-id][data-role=focus]').count()).toBeGreaterThan(0);
    const outside = await page.evaluate(() => {
      const frame = document.querySelector('#map-view svg')!.getBoundingClientRect();
      return [...document.querySelectorAll('#map-view [data-id][data-role=focus]')]
        .map((m) => ({ id: m.getAttribute('data-id'), r: m.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.right < frame.left || r.left > frame.right || r.bottom < frame.top || r.top > frame.bottom))
        .map(({ id }) => id);
    });
    expect(outside).toEqual([]);
    // Showing or hiding a layer keeps where the map looks: it had opened again on its first frame.
    const zoomed = await page.locator('#map-view g.world').getAttribute('transform');
    await page.locator('#map-supplies').uncheck();
    await page.waitForFunction(() => document.querySelectorAll('#map-view path[data-flow]').length === 0);
    expect(await page.locator('#map-view g.world').getAttribute('transform')).toBe(zoomed);
    expect(errors).toEqual([]);
  }, 120_000);
});
