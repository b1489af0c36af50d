// The component-family palette (web/src/app/palette.ts): ten families of fixed colours that stay
// apart for readers with normal vision and with the three dichromacies, plus the rule that gives
// unknown categories the free colours and groups the rest as "other". Colour differences are CIE76
// in CIE L*a*b* (readability.ts); dichromacy is simulated with the severity-1.0 matrices of
// Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
// vision deficiency", applied to linear RGB.
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../server/model/index.ts';
import { categoryColours, FAMILY_COLOURS, familyOf, IMPORT_COLOUR, MISSING_COLOUR, OTHER_COLOUR } from '../../web/src/app/palette.ts';
import { deltaE, lab } from './readability.ts';

const MACHADO: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => Math.round(255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055));

/** The colour a dichromat sees, as "#rrggbb". */
function simulate(hex: string, m: number[][]): string {
  const rgb = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const out = m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)));
  return `#${out.map((c) => toSrgb(c).toString(16).padStart(2, '0')).join('')}`;
}

describe('component-family palette', () => {
  const colours = [...Object.values(FAMILY_COLOURS), IMPORT_COLOUR, MISSING_COLOUR];

  it('keeps every two link colours at least ΔE 13 apart, for normal vision and each dichromacy', () => {
    let smallest = Infinity;
    for (const m of [null, ...Object.values(MACHADO)]) {
      const seen = colours.map((c) => (m ? simulate(c, m) : c));
      for (let i = 0; i < seen.length; i++) for (let j = i + 1; j < seen.length; j++) smallest = Math.min(smallest, deltaE(seen[i]!, seen[j]!));
    }
    // 13.5 (the palette was chosen to maximise this minimum); ΔE 10 is the
    // issue's bar for "distinct".
    expect(smallest).toBeGreaterThan(13);
    // And every link colour stands out from the white page.
    for (const c of colours) expect(deltaE(c, '#ffffff')).toBeGreaterThan(20);
    expect(lab('#ffffff')[0]).toBeCloseTo(100, 3);
  });

  it('groups the seed categories into at most ten families; appliances and machinery share one', async () => {
    const seed = await readDataset('seed/indonesia');
    const counts = new Map<string, number>();
    for (const c of seed.components) counts.set(c.category ?? '', (counts.get(c.category ?? '') ?? 0) + 1);
    expect(counts.size).toBe(16); // components.csv: 16 categories
    const palette = categoryColours(counts);
    expect(palette.entries.length).toBeLessThanOrEqual(10);
    expect(palette.entries.some((e) => e.key === 'other')).toBe(false);
    expect(familyOf('appliances')).toBe('machinery');
    expect(palette.colour('appliances')).toBe(palette.colour('machinery'));
    expect(palette.colour('engine')).not.toBe(palette.colour('machinery'));
    expect(new Set(palette.entries.map((e) => e.colour)).size).toBe(palette.entries.length);
  });

  it('gives unknown categories the free colours, most frequent first, and the rest to "other"', () => {
    const counts = new Map<string, number>([['engine', 5], ...Array.from({ length: 12 }, (_, i) => [`kind ${i}`, 20 - i] as [string, number]), ['', 3]]);
    const palette = categoryColours(counts);
    // engine keeps its colour; nine free colours for the twelve unknown kinds, by frequency.
    expect(palette.colour('engine')).toBe(FAMILY_COLOURS.engine);
    expect(palette.colour('kind 0')).not.toBe(OTHER_COLOUR);
    expect(palette.colour('kind 8')).not.toBe(OTHER_COLOUR);
    expect(palette.colour('kind 9')).toBe(OTHER_COLOUR);
    expect(palette.colour('')).toBe(OTHER_COLOUR);
    expect(palette.entries.at(-1)).toMatchObject({ key: 'other', categories: ['', 'kind 10', 'kind 11', 'kind 9'] });
    expect(palette.entries).toHaveLength(11);
  });
});
