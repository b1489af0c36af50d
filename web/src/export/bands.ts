// Cuts a tall slide picture into bands, a slide each (pptx.ts). Fitted whole into a 16:9 slide, a
// picture much taller than wide (the Tiers view draws a row per firm: a national sentra's 339 rows
// and more) became a sliver about a tenth of the slide wide, its labels a point high. Cut into
// bands as wide as the slide, its labels keep the size a slide of an ordinary picture gives them.

/** The deck's slide (16:9, inches) and its footer, where every slide of a view says its scope. */
export const SLIDE = { W: 10, H: 5.625, FOOT: 0.42 } as const;
/** The room a slide's picture has above the footer, and under a band's caption line. */
export const PICTURE_ROOM = { w: SLIDE.W, h: SLIDE.H - SLIDE.FOOT - 0.05 } as const;
export const BAND_CAPTION = 0.35;

/** A picture fitted whole is banded when it would be narrower than this share of the slide. */
export const BAND_BELOW = 0.7;
/** Most band slides a picture gets; a taller one is banded narrower to fit in as many. */
export const MAX_BANDS = 8;
/**
 * Picture pixels each band repeats from the one before, so that no row is seen only cut in two,
 * and none only under the column titles a band repeats at its top (compose.ts, BAND_HEADER: 32).
 */
export const BAND_OVERLAP = 36;

export interface Band {
  /** Top of the band in the picture's pixels, and its height. */
  y: number;
  height: number;
}

/**
 * The bands of a picture `width` × `height` px for a slide whose picture room is `roomW` × `roomH`
 * (any unit): one band (the whole picture) unless fitting it whole would make it narrower than
 * BAND_BELOW of the room; else bands of equal height, each drawn as wide as the room allows.
 */
export function pictureBands(width: number, height: number, roomW: number, roomH: number): Band[] {
  const fitted = Math.min(1, (roomH * width) / (height * roomW));
  if (fitted >= BAND_BELOW) return [{ y: 0, height }];
  // A band as wide as the room is this many picture pixels high.
  const full = (roomH * width) / roomW;
  const step = (h: number) => h - BAND_OVERLAP;
  let count = Math.ceil((height - BAND_OVERLAP) / step(full));
  let band = full;
  if (count > MAX_BANDS) {
    count = MAX_BANDS;
    // Taller bands (drawn narrower) so that MAX_BANDS cover the picture: count × step + overlap = height.
    band = (height - BAND_OVERLAP) / count + BAND_OVERLAP;
  }
  // Bands of equal height that end at the picture's foot.
  const last = height - band;
  return Array.from({ length: count }, (_, i) => {
    const y = count === 1 ? 0 : Math.round((last * i) / (count - 1));
    return { y, height: Math.round(Math.min(band, height - y)) };
  });
}
