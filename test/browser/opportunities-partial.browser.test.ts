// The opportunities panel's key figures when the ranking holds more opportunities than the panel
// asks for (the API's maximum, 1,000): the totals by status are of those 1,000, so a status none of
// their imports reaches is said of that part ("No import among the 1,000 best-ranked
// opportunities …"), never as a plain "no import" beside counts that have some further down, and
// never as "USD 0 (0 components)". A generated dataset of 6,000 pairs (the seed has 279); expected:
// the totals counted here from GET /api/analysis/substitution?limit=1000, in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubstitutionOut } from '../../server/analysis/substitution/shapes.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { browserUnavailable, openBrowserFixture, screenshot, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 30, firms: 3000, components: 200, seed: 3 })) });
});
afterAll(async () => fx?.close());

const STATUSES = ['ready', 'near', 'stretch'] as const;

describe.skipIf(unavailable !== null)('opportunities key figures over the best-ranked part', () => {
  it.each(['en', 'id'] as const)('say a status the part lacks of the part (%s)', async (lang) => {
    const api = (await (await fetch(`${fx.server.url}/api/analysis/substitution?strategy=balanced&limit=1000`)).json()) as SubstitutionOut;
    expect(api.opportunities).toHaveLength(1000);
    expect(api.total).toBeGreaterThan(1000);
    // Each component once, under the best status any of the 1,000 gives it.
    const best = new Map<string, number>();
    for (const o of api.opportunities) best.set(o.component.id, Math.min(best.get(o.component.id) ?? 9, STATUSES.indexOf(o.status)));
    const lacking = STATUSES.filter((_, r) => ![...best.values()].includes(r));
    // The test means something only if the part lacks a status that the whole ranking has.
    expect(lacking.some((s) => api.counts[s] > 0)).toBe(true);

    const { page, errors } = await fx.page(`?view=opportunities&lang=${lang}`);
    await page.waitForSelector('#opp-chart-svg');
    const lines = await page.locator('#opp-summary li').allTextContents();
    const words = {
      en: { ready: 'can be replaced by a cluster today', near: 'is one gap away at best', stretch: 'is further away than one gap' },
      id: { ready: 'belum ada impor yang dapat digantikan suatu sentra hari ini', near: 'tidak ada impor yang dapat digantikan suatu sentra dengan mengatasi satu kekurangan saja', stretch: 'tidak ada impor yang kekurangannya lebih dari satu' },
    }[lang];
    const part = lang === 'en' ? 'No import among the 1,000 best-ranked opportunities ' : 'Di antara 1.000 peluang dengan peringkat terbaik, ';
    for (const s of lacking) expect(lines).toContain(`${part}${words[s]}.`);
    expect(lines.join('\n')).not.toMatch(lang === 'en' ? /\(0 components?\)/ : /\(0 komponen\)/);
    expect(lines).toContain(lang === 'en' ? 'Figures cover the 1,000 best-ranked opportunities.' : 'Angka ini mencakup 1.000 peluang dengan peringkat terbaik.');
    await screenshot(page, `opportunities-partial-${lang}`);
    expect(errors).toEqual([]);
  });
});
