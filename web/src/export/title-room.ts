// How much of its first printed page an HTML briefing's title block takes (web/src/export/html.ts),
// estimated from its text: the page's first slice of a tall picture, and a picture that fits a page,
// are given what the block leaves. Fixed at 180 mm and 198 mm, they assumed a block of at most 84 mm;
// a longer one (a scope with many filters, a long notice) pushed the picture whole to page 2 and left
// the title block alone on page 1. The estimate errs long (wide characters, whole lines): a slice a
// little shorter than it could be costs a few millimetres of white at the page's foot, one too long
// costs a page.

/** Printed sizes from html.ts's style (mm): 1rem = 16 px = 4.23 mm, the body 10 pt = 3.53 mm, line height 1.4. */
const REM = 4.23;
const BODY = 3.53;
const LINE = 1.4;
/**
 * Average width of a character in ems, bold (the title, the filters) and regular, wider than
 * Indonesian and English text needs (measured in Chromium: about 0.45 regular).
 */
const BOLD_EM = 0.62;
const REGULAR_EM = 0.52;

/** The height of a block of `text` in a font `size` mm high across `width` mm, in whole lines. */
function linesMm(text: string, size: number, width: number, em = REGULAR_EM): number {
  const perLine = Math.max(1, Math.floor(width / (size * em)));
  const lines = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return lines * size * LINE;
}

export interface TitleBlockText {
  title: string;
  /** The scope's filters (bold), then its other paragraphs: the data and export line, the notice. */
  filters: string;
  scope: readonly string[];
}

/** The title block's printed height (mm) at `width` mm, with the room above the picture under it. */
export function titleBlockMm(block: TitleBlockText, width: number): number {
  const h1 = linesMm(block.title, 1.6 * REM, width, BOLD_EM) + 0.4 * REM;
  const paragraph = (s: string, em?: number) => (s === '' ? 0 : linesMm(s, BODY, width, em) + 0.3 * REM);
  const scope = paragraph(block.filters, BOLD_EM) + block.scope.reduce((sum, s) => sum + paragraph(s), 0);
  // The block's padding, rule and margin, then the figure's own margin above the picture.
  return h1 + scope + 0.5 * REM + 0.6 + REM + REM;
}
