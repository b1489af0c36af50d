// The page says when the server is preparing the analyses (web/src/app/notice/preparing.ts), in a
// real Chromium: an embedded store whose one warmer runs until the test lets it go stands for a
// server just started on a national Neo4j, whose first analyses waited 11-21 s with nothing said.
// The notice shows in the page's language (and follows a switch of it), before the catalogue
// answers (which waits for the warm-up, as on Neo4j), and goes by itself once health says the
// server is done (it asks every 3 s).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { heldWarmer } from '../helpers/held-warmer.ts';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
const held = heldWarmer();
let warming: Promise<void> = Promise.resolve();
beforeAll(async () => {
  if (unavailable) return;
  const store = new EmbeddedStore(await readDataset('seed/indonesia'), 'seed/indonesia', { warmers: [held.warmer] });
  // As on a Neo4j server right after it starts, the catalogue's read waits for the warm-up.
  const subgraph = store.subgraph.bind(store);
  store.subgraph = async (...args) => {
    await warming;
    return subgraph(...args);
  };
  fx = await openBrowserFixture({ store });
  warming = store.warm();
});
afterAll(async () => {
  held.release();
  await warming;
  await fx?.close();
});

describe.skipIf(unavailable !== null)('the notice that the server is preparing the analyses', () => {
  it('shows while the server prepares, in the page’s language, and goes once it is done', async () => {
    const { page, errors } = await fx.page('?view=opportunities&lang=id');
    const notice = page.locator('#server-preparing');
    await notice.waitFor();
    expect(await notice.locator('.notice-title').textContent()).toBe('Menyiapkan analisis');
    expect(await notice.textContent()).toContain('Analisis yang diminta selama itu menunggu hingga selesai');
    // Switched to English, the same notice in English.
    await page.selectOption('#lang', 'en');
    await expect.poll(() => notice.locator('.notice-title').textContent()).toBe('Preparing the analyses');
    held.release();
    await warming;
    await notice.waitFor({ state: 'detached', timeout: 10_000 });
    // A page opened now has none.
    const again = await fx.page('?view=opportunities&lang=en');
    await again.page.waitForSelector('#opp-table');
    expect(await again.page.locator('#server-preparing').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });
});
