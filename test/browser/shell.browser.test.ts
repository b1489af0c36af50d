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

  it('says which filters of the other views a view without the filter bar does not apply, and clears them', async () => {
    const { page, errors } = await fx.page('?view=network&province=Jawa%20Tengah&tier=TIER1&cluster=cl-ceper');
    await page.waitForSelector('#tab-network[aria-selected=true]');
    // The network view applies all of them: nothing to say.
    expect(await page.locator('#unapplied').count()).toBe(0);
    // Risk follows the cluster, the tier and the province (its own fields show them): nothing to say either.
    await page.click('#tab-risk');
    await page.waitForSelector('#risk-province');
    expect(await page.locator('#risk-province').inputValue()).toBe('Jawa Tengah');
    expect(await page.locator('#unapplied').count()).toBe(0);
    // So does Link and match.
    await page.click('#tab-links');
    await page.waitForSelector('#links-province');
    expect(await page.locator('#unapplied').count()).toBe(0);
    await page.click('#tab-opportunities');
    await page.waitForSelector('#unapplied');
    expect(await page.locator('#unapplied .notice-title').textContent()).toBe('Filters not applied in this view');
    expect(await page.locator('#unapplied p').first().textContent()).toBe('Opportunities does not narrow its figures by these filters, set in another view (they stay in the address for the views that use them):');
    // Opportunities follows the cluster and the province (its clusters), so only the tier is listed.
    expect(await page.locator('#unapplied li').allTextContents()).toEqual(['Tier: Tier 1']);
    await page.click('#unapplied .unapplied-clear');
    await page.waitForFunction(() => !document.querySelector('#unapplied'));
    const params = new URL(page.url()).searchParams;
    // Only the unapplied tier goes; the cluster and the province the view follows stay.
    expect([params.get('province'), params.get('tier'), params.get('cluster')]).toEqual(['Jawa Tengah', null, 'cl-ceper']);
    expect(errors).toEqual([]);
  });

  it('says it in Indonesian, and not at all in a view that follows the filter or is not about the figures', async () => {
    const { page, errors } = await fx.page('?view=complexity&tier=TIER2&province=Jawa%20Tengah&lang=id');
    await page.waitForSelector('#unapplied');
    expect(await page.locator('#unapplied .notice-title').textContent()).toBe('Filter yang tidak diterapkan di tampilan ini');
    expect(await page.locator('#unapplied p').first().textContent()).toBe(
      'Kompleksitas tidak mempersempit angkanya menurut filter berikut, yang diatur di tampilan lain (filter tetap tersimpan di alamat untuk tampilan yang memakainya):',
    );
    // Complexity follows the province (its clusters), not the tier of firms.
    expect(await page.locator('#unapplied li').allTextContents()).toEqual(['Tier: Tier 2']);
    expect(await page.locator('#unapplied .unapplied-clear').textContent()).toBe('Hapus filter ini');
    // The console is not about the graph's figures; Opportunities follows the component.
    await page.click('#tab-console');
    await page.waitForSelector('#tab-console[aria-selected=true]');
    expect(await page.locator('#unapplied').count()).toBe(0);
    const other = await fx.page('?view=opportunities&component=c-piston-ring');
    await other.page.waitForSelector('#tab-opportunities[aria-selected=true]');
    await other.page.waitForTimeout(300);
    expect(await other.page.locator('#unapplied').count()).toBe(0);
    expect([...errors, ...other.errors]).toEqual([]);
  });
});
