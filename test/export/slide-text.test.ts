// How much room text takes on a slide (web/src/export/slide-text.ts), against a hand computation
// from Helvetica's published advance widths (thousandths of an em; Arial has the same): at 9 pt one
// em is 9/72 = 0.125 in, so 1,000 units are 0.125 in.
import { describe, expect, it } from 'vitest';
import { cellLines, textInches, wrappedLines } from '../../web/src/export/slide-text.ts';

const at9 = (units: number): number => (units / 1000) * 0.125;

describe('slide text', () => {
  it('measures a phrase from the letters’ widths', () => {
    // "Tidak ada": T 611, i 222, d 556, a 556, k 500, space 278, a 556, d 556, a 556 = 4,391.
    expect(textInches('Tidak ada', 9)).toBeCloseTo(at9(4391), 9);
    // Digits are all 556 wide, so "USD 3,7 juta" is U 722 S 667 D 722, space, 3 , 7, space, j u t a.
    expect(textInches('USD 3,7 juta', 9)).toBeCloseTo(at9(722 + 667 + 722 + 278 + 556 + 278 + 556 + 278 + 222 + 556 + 278 + 556), 9);
    // Bold is measured 10 % wider: Helvetica-Bold's a–z sum to 14,003 units against Helvetica's 12,726.
    expect(textInches('Tidak ada', 9, true)).toBeCloseTo(at9(4391) * 1.1, 9);
    // Past ASCII: the arrow a gap's lever follows is an em wide.
    expect(textInches('→', 9)).toBeCloseTo(at9(1000), 9);
  });

  it('breaks between words as a renderer does', () => {
    // Tutup 2,557; manhole 3,835; beserta 3,335; rangkanya 4,669; a space 278.
    // The whole is 15,230 (1.904 in); "Tutup manhole" 6,670 (0.834 in); with " beserta" 10,283
    // (1.285 in); "beserta rangkanya" 8,282 (1.035 in).
    const name = 'Tutup manhole beserta rangkanya';
    expect(wrappedLines(name, 1.95, 9)).toBe(1);
    expect(wrappedLines(name, 1.85, 9)).toBe(2);
    expect(wrappedLines(name, 1.3, 9)).toBe(2);
    expect(wrappedLines(name, 1.2, 9)).toBe(2);
    expect(wrappedLines(name, 1.0, 9)).toBe(3);
    // At 0.6 in a word a line: "Tutup" / "manhole" / "beserta" / "rangkanya" (0.584 in).
    expect(wrappedLines(name, 0.6, 9)).toBe(4);
  });

  it('gives a word wider than the line as many lines as it needs, and a new line its own', () => {
    // Ten m's: 8,330 units, 1.041 in; at 0.5 in a line, three lines.
    expect(wrappedLines('mmmmmmmmmm', 0.5, 9)).toBe(3);
    expect(wrappedLines('a\nb', 2, 9)).toBe(2);
    expect(wrappedLines('', 2, 9)).toBe(1);
  });

  it('counts a table cell’s lines in the column less its margins', () => {
    // "Sentra IKM" S 667 e 556 n 556 t 278 r 333 a 556, space 278, I 278 K 667 M 833 = 5,002
    // (0.625 in); "logam Ceper" l 222 o 556 g 556 a 556 m 833, space 278, C 722 e 556 p 556 e 556
    // r 333 = 5,724 (0.7155 in). A column of 0.81 in leaves 0.81 - 2 × 0.04 = 0.73 in inside its
    // margins, so two lines, as LibreOffice sets it; at 0.79 in (0.71 inside) "logam Ceper" breaks.
    expect(cellLines('Sentra IKM logam Ceper', 0.81, 9)).toBe(2);
    expect(cellLines('Sentra IKM logam Ceper', 0.79, 9)).toBe(3);
  });
});
