// Text that never runs out of its picture: lines broken at spaces to a width measured with the
// font the picture is drawn in (canvas metrics, graph/labels.ts), a word too long for a line broken
// inside, and a text shortened with an ellipsis only where a single line is all there is room for.
import { textWidth } from '../graph/labels.ts';

/**
 * An amount and its unit stay on one line ("USD 320.2 m", "448 km", "12 t"): the spaces inside are
 * made non-breaking before the text is broken into lines.
 */
const glue = (text: string): string =>
  text.replace(/USD \S+ (?=(m|k|jt|rb|juta|ribu|million|thousand)\b)/g, (m) => m.replace(/ /g, '\u00a0')).replace(/(\d) (?=(km|mm|t|%|×)(?![\p{L}]))/gu, '$1\u00a0').replace(/USD (?=\d)/g, 'USD\u00a0');

/** `text` in lines no wider than `width` pixels at `px` (bold when `bold`). */
export function wrapText(text: string, width: number, px: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s, bold, px) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of glue(text).split(/[ \t\n]+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    // A word wider than the line itself is cut where it must be.
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The longest start of `text` (with an ellipsis) no wider than `width` pixels. */
export function fitText(text: string, width: number, px: number, bold = false): string {
  if (textWidth(text, bold, px) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${text.slice(0, mid).trimEnd()}…`, bold, px) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}
