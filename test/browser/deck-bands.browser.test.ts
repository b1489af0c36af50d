// A tall picture in the deck, in a real Chromium against the seed data (web/src/export/bands.ts).
// The Tiers view of the whole seed draws a row per IKM firm: its slide picture (1,548 px wide)
// fitted whole into the picture room of a 16:9 slide would be under 0.7 of the slide wide, so it
// is cut into two bands of a slide each (1,548 × 744 px: as wide as the room, 10 × 4.8 in under the
// caption), each captioned with its part. The Network view's picture is wider than tall and stays
// one slide.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeck } from '../export/read-back.ts';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
let fx: BrowserFixture;
beforeAll(async () => {
  if (!unavailable) fx = await openBrowserFixture();
});
afterAll(async () => fx?.close());

async function deckOf(query: string, ready: string) {
  const { page, errors } = await fx.page(query);
  await page.waitForSelector(ready);
  await page.click('#export summary');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('#export-pptx')]);
  return { deck: readDeck(await readFile((await download.path())!)), errors };
}

describe.skipIf(unavailable !== null)('a tall picture in the deck', () => {
  for (const [lang, caption] of [
    ['en', 'Supply tiers: picture, part {n} of 2'],
    ['id', 'Struktur tier rantai pasok: gambar, bagian {n} dari 2'],
  ] as const) {
    it(`takes a slide per band, each captioned with its part (${lang})`, async () => {
      const { deck, errors } = await deckOf(`?view=tiers&lang=${lang}`, '#tiers-view[data-ready=true]');
      const pictured = deck.slides.map((s, i) => [i, s] as const).filter(([, s]) => s.pictures > 0);
      // The second and third slides, right after the title slide.
      expect(pictured.map(([i]) => i)).toEqual([1, 2]);
      pictured.forEach(([, s], k) => expect(s.text).toContain(caption.replace('{n}', String(k + 1))));
      // Each band its own image, none repeated.
      expect(deck.media.filter((f) => f.endsWith('.png'))).toHaveLength(2);
      expect(errors).toEqual([]);
    });
  }

  it('keeps a wide picture on one slide', async () => {
    const { deck, errors } = await deckOf('?view=network&lang=en', '#network-view[data-ready=true]');
    expect(deck.slides.filter((s) => s.pictures > 0)).toHaveLength(1);
    expect(deck.slides.flatMap((s) => s.text).some((t) => t.includes('part 1 of'))).toBe(false);
    expect(errors).toEqual([]);
  });
});
