// The UI passes its language to the server (issue 13, item 5) in a real Chromium: after switching
// to Bahasa Indonesia every API request says so (Accept-Language: id), the Opportunities
// explanations are the server's Indonesian ones (GET /api/analysis/substitution?lang=id, asked by
// the test with the panel's parameters), and so is the Link-and-match evidence.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MissingLinksOut } from '../../server/analysis/links/shapes.ts';
import type { SubstitutionOut } from '../../server/analysis/substitution/shapes.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from '../browser/harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

const api = async <T>(path: string): Promise<T> => (await (await fetch(`${fx.server.url}/api/${path}`)).json()) as T;
const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

/** The Accept-Language of every API request the page makes from now on. */
function recordLanguages(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) seen.push(r.headers()['accept-language'] ?? '(none)');
  });
  return seen;
}

describe.skipIf(unavailable !== null)('the server’s sentences in the UI language', () => {
  it('shows Indonesian explanations and evidence after switching to Bahasa Indonesia', async () => {
    const [en, id] = await Promise.all([
      api<SubstitutionOut>('analysis/substitution?strategy=balanced&limit=1000'),
      api<SubstitutionOut>('analysis/substitution?strategy=balanced&limit=1000&lang=id'),
    ]);
    const { page, errors } = await fx.page('?view=opportunities');
    const languages = recordLanguages(page);
    await page.waitForSelector('#opp-table');
    expect(await texts(page, '#opp-table tbody .opp-explanation')).toEqual(en.opportunities.slice(0, 50).map((o) => o.explanation));

    languages.length = 0;
    await page.selectOption('#lang', 'id');
    const first = id.opportunities[0]!.explanation;
    await page.waitForFunction((text) => document.querySelector('#opp-table tbody .opp-explanation')?.textContent === text, first);
    expect(await texts(page, '#opp-table tbody .opp-explanation')).toEqual(id.opportunities.slice(0, 50).map((o) => o.explanation));
    expect(first).toMatch(/ senilai USD .* per tahun/);
    await screenshot(page, 'i18n-opportunities-id');

    // Link and match, still in Bahasa Indonesia: the panel asks for 200 links.
    const links = await api<MissingLinksOut>('analysis/missing-links?limit=200&lang=id');
    await page.click('#tab-links');
    await page.waitForSelector('#links-table tbody tr[data-sel]');
    const evidence = await texts(page, '#links-table tbody .links-evidence');
    expect(evidence.length).toBeGreaterThan(10);
    expect(evidence).toEqual(links.recommendations.slice(0, evidence.length).map((r) => r.sentence));
    expect(evidence[0]).toMatch(/ membutuhkan .* unit per tahun/);
    await screenshot(page, 'i18n-links-id');

    // Every API request after the switch said Indonesian.
    expect(languages.length).toBeGreaterThan(2);
    expect([...new Set(languages)]).toEqual(['id']);
    expect(errors).toEqual([]);
  });

  it('asks in English by default, and a link with lang=id opens in Indonesian', async () => {
    const { page, errors } = await fx.page('?view=links');
    await page.waitForSelector('#links-table tbody tr[data-sel]');
    // Load again with the requests recorded from the start.
    const languages = recordLanguages(page);
    await page.reload();
    await page.waitForSelector('#links-table tbody tr[data-sel]');
    expect([...new Set(languages)]).toEqual(['en']);
    const en = await api<MissingLinksOut>('analysis/missing-links?limit=200');
    expect(await page.locator('#links-table tbody .links-evidence').first().textContent()).toBe(en.recommendations[0]!.sentence);

    const { page: idPage } = await fx.page('?view=opportunities&lang=id&strategy=strategic');
    await idPage.waitForSelector('#opp-table');
    const id = await api<SubstitutionOut>('analysis/substitution?strategy=strategic&limit=1000&lang=id');
    expect(await idPage.locator('#opp-table tbody .opp-explanation').first().textContent()).toBe(id.opportunities[0]!.explanation);
    expect(errors).toEqual([]);
  });
});
