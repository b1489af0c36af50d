// How a tall slide picture is cut into bands, a slide each (web/src/export/bands.ts). A room of
// 10 × 5 (inches) for a picture 1,000 px wide: a band as wide as the room is 500 px high. Every
// expected number is worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import { BAND_OVERLAP, MAX_BANDS, pictureBands } from '../../web/src/export/bands.ts';

describe('slide picture bands', () => {
  it('keeps a picture whole while fitted whole it is at least 70 % of the slide wide', () => {
    // 1,000 × 500: fits as wide as the room (5 × 1,000 / (500 × 10) = 1).
    expect(pictureBands(1000, 500, 10, 5)).toEqual([{ y: 0, height: 500 }]);
    // 1,000 × 714: fitted whole, 5,000 / 7,140 = 0.7003 of the width.
    expect(pictureBands(1000, 714, 10, 5)).toEqual([{ y: 0, height: 714 }]);
  });

  it('cuts a taller one into room-high bands that overlap and end at its foot', () => {
    // 1,000 × 715: 0.6993 of the width; (715 − 36) / (500 − 36) = 1.46, so two bands of 500 px,
    // the second from 715 − 500 = 215.
    expect(pictureBands(1000, 715, 10, 5)).toEqual([
      { y: 0, height: 500 },
      { y: 215, height: 500 },
    ]);
    // 1,000 × 1,200: (1,200 − 36) / 464 = 2.51, so three, at 0, 350, 700 (spaced (1,200 − 500) / 2).
    const bands = pictureBands(1000, 1200, 10, 5);
    expect(bands).toEqual([
      { y: 0, height: 500 },
      { y: 350, height: 500 },
      { y: 700, height: 500 },
    ]);
    for (let i = 1; i < bands.length; i++) expect(bands[i - 1]!.y + bands[i - 1]!.height - bands[i]!.y).toBeGreaterThanOrEqual(BAND_OVERLAP);
  });

  it('gives a very tall picture at most eight bands, taller (drawn narrower) to cover it', () => {
    // 1,000 × 10,000 would take (10,000 − 36) / 464 = 22 bands: eight instead, each
    // (10,000 − 36) / 8 + 36 = 1,281.5 px, at 8,718.5 × i / 7 rounded (1,245.5 apart, so 36 px overlap).
    const bands = pictureBands(1000, 10000, 10, 5);
    expect(bands).toHaveLength(MAX_BANDS);
    expect(bands.map((b) => b.y)).toEqual([0, 1246, 2491, 3737, 4982, 6228, 7473, 8719]);
    expect(bands.map((b) => b.height)).toEqual([1282, 1282, 1282, 1282, 1282, 1282, 1282, 1281]);
    expect(bands.at(-1)!.y + bands.at(-1)!.height).toBe(10000);
    for (let i = 1; i < bands.length; i++) expect(bands[i - 1]!.y + bands[i - 1]!.height - bands[i]!.y).toBeGreaterThanOrEqual(BAND_OVERLAP);
  });
});
