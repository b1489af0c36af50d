// How much room text takes on a slide, without a canvas: a deck is set in Arial (pptx.ts), whose
// advance widths are Helvetica's (the two are metric-compatible; LibreOffice renders Arial with
// Liberation Sans, made to the same widths). Table rows are fitted to the slide with these: a mean
// character width (0.55 em) and no word breaks overestimated a row by a third, and a slide that
// holds ten rows showed six above an empty third.

/** Advance widths of printable ASCII (32 … 126) in thousandths of an em: Helvetica's, as published in its AFM. */
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611,
  778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
/** Characters past ASCII a briefing writes: arrows, dashes, the ellipsis; others at a wide letter's width. */
const OTHER: Record<string, number> = { '→': 1000, '—': 1000, '–': 556, '…': 1000, '×': 584, '’': 222, '‘': 222, '“': 333, '”': 333, '\u00a0': 278, 'é': 556, 'ö': 556, 'ü': 556 };
const WIDE = 667;
/** Arial Bold is wider than regular by about this much: Helvetica-Bold over Helvetica, summed over a–z in their AFMs (1.10). */
const BOLD = 1.1;

/** Width of `text` in inches at `size` points. */
export function textInches(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    em += code >= 32 && code <= 126 ? ASCII[code - 32]! : (OTHER[ch] ?? WIDE);
  }
  return ((em / 1000) * size * (bold ? BOLD : 1)) / 72;
}

/**
 * Lines `text` takes in a cell `width` inches wide at `size` points, broken between words as a
 * renderer breaks them (a word wider than the line takes as many lines as it needs).
 */
export function wrappedLines(text: string, width: number, size: number, bold = false): number {
  const space = textInches(' ', size, bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = -1;
    lines++;
    for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== '')) {
      const w = textInches(word, size, bold);
      if (used >= 0 && used + space + w <= width) {
        used += space + w;
        continue;
      }
      if (used >= 0) lines++;
      // A word wider than the line runs over into the next ones.
      const extra = Math.max(0, Math.ceil(w / width) - 1);
      lines += extra;
      used = w - extra * width;
    }
  }
  return Math.max(1, lines);
}

/** A table cell's margin on each side, in inches (pptx.ts sets it; a renderer leaves it blank). */
export const CELL_MARGIN = 0.04;
/**
 * Room kept beyond the margins, in inches: about a seventh of a character at 9 pt, for a renderer
 * that rounds differently. It was 0.02: "Sentra IKM logam Ceper" in a column of 0.81 in was counted
 * three lines where LibreOffice sets two ("logam Ceper" is 0.716 in), and a Link and match slide
 * showed six rows above an empty quarter.
 */
const CELL_SPARE = 0.01;

/** Lines `text` takes in a table cell of a column `column` inches wide (its margins left out). */
export function cellLines(text: string, column: number, size: number, bold = false): number {
  return wrappedLines(text, Math.max(0.2, column - 2 * CELL_MARGIN - CELL_SPARE), size, bold);
}
