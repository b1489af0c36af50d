// The shell: tabs, language switch, URL state and the detail panel, in a real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

describe.skipIf(unavailable !== null)('application shell', () => {
  it('shows one tab per view and switches views through the URL', async () => {
    const { page, errors } = await fx.page();
    await page.waitForSelector('#tabs [role=tab]');
    const tabs = await page.locator('#tabs [role=tab]').allTextContents();
    expect(tabs).toEqual(['Network', 'Tiers', 'Map', 'Opportunities', 'Link and match', 'Risk', 'Complexity', 'Cypher console', 'Data']);
    await page.click('#tab-risk');
    expect(new URL(page.url()).searchParams.get('view')).toBe('risk');
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('#tab-network')?.getAttribute('aria-selected') === 'true');
    expect(errors).toEqual([]);
  });

  it('switches every label to Bahasa Indonesia and keeps it in the URL', async () => {
    const { page, errors } = await fx.page('?view=map');
    await page.waitForSelector('#tab-map[aria-selected=true]');
    await page.selectOption('#lang', 'id');
    await page.waitForFunction(() => document.documentElement.lang === 'id');
    expect(await page.locator('#tab-map').textContent()).toBe('Peta');
    expect(await page.locator('#tab-opportunities').textContent()).toBe('Peluang');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('id');
    expect(errors).toEqual([]);
  });

  it('opens the detail panel of a selected entity with its provenance', async () => {
    const { page, errors } = await fx.page('?sel=f-kbj');
    await page.waitForSelector('#detail h2');
    await page.waitForFunction(() => document.querySelector('#detail h2')?.textContent?.includes('Batur Jaya'));
    const text = (await page.locator('#detail').textContent()) ?? '';
    expect(text).toContain('Antara Jateng'); // the source cell of f-kbj in seed/indonesia/firms.csv
    expect(text).toContain('Supplies to');
    await page.click('#detail .close');
    expect(await page.locator('#detail').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
    expect(errors).toEqual([]);
  });
});
