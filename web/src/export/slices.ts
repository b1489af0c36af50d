// Where a printed picture taller than a page is cut (the PDF briefing's and the printed HTML
// briefing's): drawn at the page's width, it runs down the pages in slices, the first in the room
// its title block leaves, each later one a page of its own. Each later slice starts a little above
// where the one before ended, so a row cut at a page's foot is whole on the next, and repeats the
// picture's column titles at its top (the Tiers view's), so a page in the middle still names them.

/** What each slice repeats of the one before, in mm (a row of the Tiers view is 2 mm). */
export const SLICE_OVERLAP = 4;

/** A slice in mm of the picture drawn at the page's width: from `y`, `h` high; `titles` when the column titles are repeated above it. */
export interface Slice {
  y: number;
  h: number;
  titles: boolean;
}

/**
 * The slices of a picture `tall` mm high: the first `first` mm at most, each later one `next` mm
 * at most including the column titles' strip (`titles` mm, 0 when it has none) repeated above it.
 */
export function pictureSlices(tall: number, first: number, next: number, titles = 0): Slice[] {
  const out: Slice[] = [];
  for (let y = 0, room = first, repeat = false; ; room = next - titles, repeat = titles > 0) {
    // Never less than the overlap, so each slice moves on (a first room that small is a caller's mistake).
    const h = Math.min(Math.max(room, SLICE_OVERLAP + 1), tall - y);
    out.push({ y, h, titles: repeat });
    if (y + h >= tall - 0.01) return out;
    y += h - SLICE_OVERLAP;
  }
}
