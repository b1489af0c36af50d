// The Tiers view's IKM column, in a real Chromium against the seed data, names each firm's cluster:
// a bold heading over two or more firms of a cluster (the short name, as a cluster node's label),
// the cluster after the name of a firm alone of its cluster unless its name says it already, and
// firms in no cluster last. A heading selects its cluster; a firm's tooltip names its cluster. Expected names come from
// seed/indonesia/firms.csv and clusters.csv (Koperasi Batur Jaya is in Ceper, PT Krida in none).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserUnavailable, exportedText, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';
import { readability } from './readability.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

/** The IKM column's labels top to bottom, headings (bold) marked "# ". */
async function ikmColumn(page: Page): Promise<string[]> {
  const x = await page.locator('#tiers-view path.node[data-id="f-kbj"]').evaluate((e) => e.getBoundingClientRect().left);
  return page.locator('#tiers-view text.label').evaluateAll(
    (els, x) =>
      els
        .map((e) => ({ r: e.getBoundingClientRect(), bold: e.getAttribute('font-weight') === '600', text: e.textContent ?? '' }))
        .filter(({ r }) => r.right <= x)
        .sort((a, b) => a.r.top - b.r.top)
        .map(({ bold, text }) => (bold ? `# ${text}` : text)),
    x,
  );
}

describe.skipIf(unavailable !== null)('the Tiers view’s IKM by cluster', () => {
  it('heads each cluster’s firms with its name, in English, and a heading selects the cluster', async () => {
    const { page, errors } = await fx.page('?view=tiers&lang=en');
    await page.waitForSelector('#tiers-view[data-ready=true]');
    const rows = await ikmColumn(page);
    // Ceper's eleven IKM and the cooperative under one heading; Krida (no cluster) last.
    const ceper = rows.indexOf('# Ceper');
    expect(ceper).toBeGreaterThanOrEqual(0);
    expect(rows.slice(ceper + 1, ceper + 13).filter((r) => r.startsWith('IKM Ceper')).length).toBe(11);
    expect(rows[ceper + 12]).toBe('KBJ');
    expect(rows.at(-1)).toBe('Krida · no cluster');
    for (const heading of ['# Purbalingga', '# Jabodetabek', '# Semarang']) expect(rows).toContain(heading);
    const report = await readability(page, '#tiers-view svg text', '#tiers-view svg');
    expect(report.overlaps).toEqual([]);
    expect(report.outside).toEqual([]);
    await screenshot(page, 'tiers-groups-en');

    // A firm's tooltip names its cluster too.
    await page.hover('#tiers-view path.node[data-id="f-kbj"]');
    await expect.poll(() => page.locator('#tiers-view .tooltip').textContent()).toContain('Sentra IKM logam Ceper');
    expect(await page.locator('#tiers-view rect.cluster-heading[data-id="cl-ceper"] title').textContent()).toBe('Sentra IKM logam Ceper: the 12 IKM under this heading; click for the cluster’s details');
    await page.click('#tiers-view rect.cluster-heading[data-id="cl-ceper"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('cl-ceper');
    await expect.poll(() => page.locator('#detail-title').textContent()).toContain('Ceper');
    expect(errors).toEqual([]);
  });

  it('speaks Bahasa Indonesia, and a firm alone of its cluster is not named twice', async () => {
    const whole = await fx.page('?view=tiers&lang=id');
    await whole.page.waitForSelector('#tiers-view[data-ready=true]');
    expect((await ikmColumn(whole.page)).at(-1)).toBe('Krida · di luar sentra');
    expect(whole.errors).toEqual([]);

    // The brake drum's two IKM makers are each alone of their cluster, and their names say it.
    const { page, errors } = await fx.page('?view=tiers&component=c-brake-drum&lang=id');
    await page.waitForSelector('#tiers-view[data-ready=true]');
    const rows = await page.locator('#tiers-view text.label').allTextContents();
    expect(rows).toContain('IKM Ceper 06 (coran suku cadang otomotif)');
    expect(rows.some((r) => r.startsWith('IKM Pasuruan 01') && !r.includes('·'))).toBe(true);
    expect(await page.locator('#tiers-view rect.cluster-heading').count()).toBe(0);
    await screenshot(page, 'tiers-groups-id-brake-drum');
    expect(errors).toEqual([]);
  });

  it('keeps the headings in an exported document', async () => {
    const { page, errors } = await fx.page('?view=tiers&cluster=cl-ceper&lang=id');
    await page.waitForSelector('#tiers-view[data-ready=true]');
    const html = await exportedText(page);
    expect(html).toMatch(/<text[^>]*font-weight="600"[^>]*>Ceper<\/text>/);
    expect(errors).toEqual([]);
  });
});
