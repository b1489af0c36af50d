// Tiers draws each kind of link with an opacity that falls with how many of that kind are drawn
// (web/src/graph/crowd.ts): a national overview draws 3,000 supply links and some 1,500 import
// flows, which at 0.6 and 0.5 each hid its columns. Selecting a firm fades the links outside its
// chain; clearing the selection gives every link back the opacity it was drawn with.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { crowdOpacity } from '../../web/src/graph/crowd.ts';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

describe('crowdOpacity', () => {
  it('keeps up to 200 marks at full strength, then falls with the square root of their number (hand-computed)', () => {
    expect(crowdOpacity(0.6, 200)).toBe(0.6);
    // 0.6 × √(200 / 1,800) = 0.6 / 3
    expect(crowdOpacity(0.6, 1800)).toBeCloseTo(0.2, 12);
    // 0.5 × √(200 / 20,000) = 0.05, under the floor 0.2 when one is asked for
    expect(crowdOpacity(0.5, 20_000)).toBeCloseTo(0.05, 12);
    expect(crowdOpacity(0.5, 20_000, 0.2)).toBe(0.2);
  });
});

let fx: BrowserFixture;
const unavailable = browserUnavailable();
describe.skipIf(unavailable !== null)('Tiers with many links', () => {
  beforeAll(async () => {
    fx = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 40, firms: 8000, components: 120, seed: 5 })) });
  }, 120_000);
  afterAll(async () => fx?.close());

  it('draws each kind thinner the more there are, and restores it after a selection', async () => {
    const { page, errors } = await fx.page('?view=tiers&lang=en');
    await page.waitForSelector('#tiers-view[data-ready=true]', { state: 'attached', timeout: 60_000 });
    const read = () => page.locator('#tiers-view path[data-flow]').evaluateAll((els) => els.map((e) => ({ kind: e.getAttribute('data-kind')!, opacity: Number(e.getAttribute('stroke-opacity')) })));
    const drawn = await read();
    const supply = drawn.filter((f) => f.kind === 'supply');
    // The generated overview draws more supply links than stay at full strength (else this shows nothing).
    expect(supply.length).toBeGreaterThan(400);
    for (const f of supply) expect(f.opacity).toBeCloseTo(0.6 * Math.sqrt(200 / supply.length), 6);
    const imports = drawn.filter((f) => f.kind === 'import');
    for (const f of imports) expect(f.opacity).toBeCloseTo(imports.length <= 200 ? 0.5 : 0.5 * Math.sqrt(200 / imports.length), 6);

    // Select a node, then clear the selection: every link is back to its drawn opacity.
    const node = page.locator('#tiers-view path.node').first();
    await node.click();
    await page.waitForFunction(() => Number(document.querySelector('#tiers-view')?.getAttribute('data-highlighted') ?? 0) > 0);
    expect((await read()).some((f) => f.opacity === 0.05)).toBe(true);
    // The detail panel's close button clears the selection in place (no new drawing).
    await page.locator('.detail-head button.close').click();
    await page.waitForFunction(() => document.querySelector('#tiers-view')?.getAttribute('data-highlighted') === '0');
    expect(await read()).toEqual(drawn);
    expect(errors).toEqual([]);
  }, 120_000);
});
