// A synthetic dataset says so (server/model/synthetic.ts): every firm made by `rantai generate`,
// whose made-up totals read as real ones (USD 1.9 trillion of output a year at national scale).
// Beside the title on every view, in the page's language, and first in every export's notice; the
// seed, whose firms name their real sources, says nothing of the kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { registeredMessages } from '../../web/src/app/i18n.ts';
import { browserUnavailable, exportedText, openBrowserFixture, type BrowserFixture } from './harness.ts';

import.meta.glob(['../../web/src/app/messages.ts', '../../web/src/export/messages.ts'], { eager: true });

let generated: BrowserFixture;
let seed: BrowserFixture;
const unavailable = browserUnavailable();
describe.skipIf(unavailable !== null)('a synthetic dataset says so', () => {
  beforeAll(async () => {
    generated = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 6, firms: 300, components: 20, seed: 3 })) });
    seed = await openBrowserFixture();
  }, 120_000);
  afterAll(async () => {
    await generated?.close();
    await seed?.close();
  });

  for (const lang of ['id', 'en'] as const) {
    it(`beside the title and in the export (${lang})`, async () => {
      const words = registeredMessages(lang);
      const { page, errors } = await generated.page(`?view=risk&lang=${lang}`);
      const badge = page.locator('#synthetic');
      await badge.waitFor({ state: 'visible', timeout: 60_000 });
      expect(await badge.textContent()).toBe(words['synthetic.badge']);
      expect(await badge.getAttribute('title')).toBe(words['synthetic.title']);
      await page.waitForSelector('#risk-summary');
      const html = await exportedText(page);
      expect(html).toContain(words['scope.synthetic']!);
      expect(errors).toEqual([]);
    }, 120_000);
  }

  it('not for the seed', async () => {
    const { page, errors } = await seed.page('?view=risk&lang=id');
    await page.waitForSelector('#risk-summary');
    expect(await page.locator('#synthetic').isHidden()).toBe(true);
    const html = await exportedText(page);
    expect(html).not.toContain(registeredMessages('id')['scope.synthetic']);
    expect(errors).toEqual([]);
  }, 120_000);
});
