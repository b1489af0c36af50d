// The opportunities panel's key figures and chart when the ranking holds more opportunities than
// the panel lists (the API's maximum, 1,000): the import value by best status is of the whole
// ranking (the answer's valueByStatus), not of the 1,000 listed. A national cluster has 1,983
// opportunities; its figures said "USD 67.7 bn (1,000 components)" and "Figures cover the 1,000
// best-ranked opportunities". A generated dataset of 30 clusters and 200 components (4,380 pairs of
// the imported ones); expected: every pair fetched cluster by cluster (under the limit) from
// GET /api/analysis/substitution?cluster=…, each component counted once under its best status,
// in both languages.
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
const get = async (query: string): Promise<SubstitutionOut> => (await (await fetch(`${fx.server.url}/api/analysis/substitution?strategy=balanced&${query}`)).json()) as SubstitutionOut;

/** Each component once, under the best status of any of its pairs, with its value: from every pair, cluster by cluster. */
async function wholeTotals(): Promise<Record<(typeof STATUSES)[number], { components: number; valueUsd: number }> & { pairs: number }> {
  const catalog = (await (await fetch(`${fx.server.url}/api/catalog`)).json()) as { clusters: Array<{ id: string }> };
  const best = new Map<string, { rank: number; value: number }>();
  let pairs = 0;
  for (const c of catalog.clusters) {
    const part = await get(`cluster=${c.id}&limit=1000`);
    expect(part.opportunities).toHaveLength(part.total);
    pairs += part.total;
    for (const o of part.opportunities) {
      const rank = STATUSES.indexOf(o.status);
      const seen = best.get(o.component.id);
      if (!seen || rank < seen.rank) best.set(o.component.id, { rank, value: o.basisValueUsd });
    }
  }
  const of = (rank: number) => [...best.values()].filter((b) => b.rank === rank);
  return { pairs, ready: { components: of(0).length, valueUsd: of(0).reduce((s, b) => s + b.value, 0) }, near: { components: of(1).length, valueUsd: of(1).reduce((s, b) => s + b.value, 0) }, stretch: { components: of(2).length, valueUsd: of(2).reduce((s, b) => s + b.value, 0) } };
}

describe.skipIf(unavailable !== null)('opportunities key figures over the whole ranking', () => {
  it.each(['en', 'id'] as const)('state the import value by best status of every opportunity, not the listed part (%s)', async (lang) => {
    const api = await get('limit=1000');
    expect(api.opportunities).toHaveLength(1000);
    expect(api.total).toBeGreaterThan(1000);
    const whole = await wholeTotals();
    expect(whole.pairs).toBe(api.total);
    for (const s of STATUSES) {
      expect(api.valueByStatus[s].components, s).toBe(whole[s].components);
      expect(api.valueByStatus[s].valueUsd, s).toBeCloseTo(whole[s].valueUsd, 2);
    }
    // The test means something only if the listed 1,000 give other totals than the whole.
    const listed = new Map<string, number>();
    for (const o of api.opportunities) listed.set(o.component.id, Math.min(listed.get(o.component.id) ?? 9, STATUSES.indexOf(o.status)));
    expect(STATUSES.some((s, r) => [...listed.values()].filter((v) => v === r).length !== whole[s].components)).toBe(true);

    const { page, errors } = await fx.page(`?view=opportunities&lang=${lang}`);
    await page.waitForSelector('#opp-chart-svg');
    const lines = await page.locator('#opp-summary li').allTextContents();
    // Each status with imports is stated with the whole's count of components.
    const unit = (n: number) => (lang === 'id' ? `(${n.toLocaleString('id-ID')} komponen)` : `(${n.toLocaleString('en-GB')} component${n === 1 ? '' : 's'})`);
    for (const s of STATUSES) if (whole[s].components > 0) expect(lines.some((l) => l.endsWith(`${unit(whole[s].components)}.`)), `${s}: ${lines.join(' | ')}`).toBe(true);
    expect(lines.join('\n')).not.toMatch(lang === 'en' ? /best-ranked/ : /peringkat terbaik/);
    const bars = await page.locator('#opp-chart-svg text').allTextContents();
    for (const s of STATUSES) expect(bars.some((b) => b.endsWith(`(${whole[s].components})`)), `${s} bar: ${bars.join(' | ')}`).toBe(true);
    await screenshot(page, `opportunities-whole-${lang}`);
    expect(errors).toEqual([]);
  });
});
