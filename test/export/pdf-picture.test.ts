// Where the PDF briefing puts a view's picture, read back with poppler (`pdfimages -list`: the page
// each image is drawn on; `pdftoppm`: the pixels of a page) from documents written by the export
// code itself (jsPDF runs in Node). Arithmetic of the page (A4, margins 15 mm top, 24 mm bottom, so
// 258 mm of height; 180 mm of width):
// - 1,000 × 1,400 px drawn 180 mm wide is 252 mm tall: it fits a page, but not what a title block
//   of some 30 mm leaves (about 228 mm, 0.9 of it). It used to move to page 2 whole and leave page
//   1 with the title block alone; it now shrinks into page 1. Under a title block of some 150 mm
//   (a scope notice of many lines) about 108 mm are left, 0.43 of it: it takes page 2 whole.
// - 1,000 × 3,000 px is 540 mm tall at 180 mm: fitted to one page it was a sliver 86 mm wide (the
//   national Tiers view of every IKM sentra: 31 mm); it is now drawn 180 mm wide in slices, about
//   228 mm on page 1 and 254 mm more (258 less the 4 mm each slice repeats) on page 2, the last
//   62 mm on page 3.
// - 1,000 × 20,000 px (3,600 mm, more than six pages) is fitted to one page, as before.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingDoc } from '../../web/src/export/capture.ts';
import { docsToPdf } from '../../web/src/export/pdf.ts';
import { briefingDoc } from './briefing-fixture.ts';
import { flat, officeUnavailable, pdfPageTexts } from './read-back.ts';

const PDFIMAGES = '/usr/bin/pdfimages';
const PDFTOPPM = '/usr/bin/pdftoppm';
const unavailable = officeUnavailable() ?? ([PDFIMAGES, PDFTOPPM].every((p) => existsSync(p)) ? null : 'pdfimages or pdftoppm is not installed (apt-get install poppler-utils)');
if (unavailable && process.env.CI) throw new Error(`the PDF layout test needs ${unavailable}`);
const OUT = path.resolve('test-artifacts/pdf-picture');

/** A 1 × 1 grey PNG: the page size of a picture comes from the figure's width and height. */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==';

function doc(width: number, height: number, notice = 'Figures are estimates.', titles = false): BriefingDoc {
  return briefingDoc(
    { view: 'tiers', title: 'Supply tiers', line: 'View: Tiers · Whole dataset', date: '2026-12-02', notice },
    { figure: { svg: '<svg/>', png: PNG, width, height, ...(titles ? { header: { y: 0, height: 32 } } : {}) }, figures: ['Key figure one'] },
  );
}

/** `pdfimages -list`: a row per image drawn on a page (page, number, type, …, object id, …). */
const imageRows = (file: string): string[][] =>
  execFileSync(PDFIMAGES, ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => l.trim().split(/\s+/));
/** The pages (1-based) each image of a PDF is drawn on. */
const imagePages = (file: string): number[] => imageRows(file).map((r) => Number(r[0]));
/** The PDF object each drawn image is (column "object"). */
const imageObjects = (file: string): string[] => imageRows(file).map((r) => r[10]!);

/**
 * The first and last row, in mm from the page's top, where a page rendered by poppler (pdftoppm,
 * 1 px per mm as greyscale PGM) has the picture's grey (128) in the middle of the page's width.
 */
function greyRows(file: string, page: number): { first: number; last: number } {
  const pgm = execFileSync(PDFTOPPM, ['-gray', '-r', String(25.4), '-f', String(page), '-l', String(page), file]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const rows: number[] = [];
  for (let yy = 0; yy < height; yy++) if (Math.abs(pixels[yy * width + Math.floor(width / 2)]! - 128) <= 8) rows.push(yy);
  return { first: rows[0] ?? -1, last: rows.at(-1) ?? -1 };
}

async function written(name: string, width: number, height: number, notice?: string, titles = false): Promise<string> {
  await mkdir(OUT, { recursive: true });
  const file = `${OUT}/${name}.pdf`;
  await writeFile(file, Buffer.from(await (await docsToPdf([doc(width, height, notice, titles)])).arrayBuffer()));
  return file;
}

describe.skipIf(unavailable !== null)('the picture of a PDF briefing', () => {
  it('a tall picture stays on the first page, under its title block', async () => {
    const file = await written('tall', 1000, 1400);
    expect(imagePages(file)).toEqual([1]);
    const pages = pdfPageTexts(file);
    expect(pages[0]).toContain('Supply tiers');
    // The key figures follow the picture on the next page.
    expect(pages.length).toBe(2);
    expect(pages[1]).toContain('Key figure one');
  });

  it('a picture that would lose more than a quarter of its size takes the next page whole', async () => {
    // 36 lines of notice at 9 pt (about 4 mm each) under the title: some 150 mm of title block.
    const notice = Array.from({ length: 36 }, (_, i) => `Line ${i + 1} of a long notice that fills the width of the page with words, one line each.`).join('\n');
    const file = await written('long-title-block', 1000, 1400, notice);
    expect(imagePages(file)).toEqual([2]);
    expect(pdfPageTexts(file)[0]).toContain('Line 36 of a long notice');
  });

  it('a picture taller than a page at full width runs on in slices, each page drawing its own part', async () => {
    const file = await written('sliced', 1000, 3000);
    expect(imagePages(file)).toEqual([1, 2, 3]);
    // The PDF holds the image once, however many pages draw it.
    expect(new Set(imageObjects(file)).size).toBe(1);
    const pages = pdfPageTexts(file);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('Supply tiers');
    expect(pages[2]).toContain('Key figure one');
    // Each slice is clipped to its page's room: the picture (grey, the only grey there) covers
    // the width of the text column and stops above the footer.
    const page2 = greyRows(file, 2);
    expect(page2.first).toBeLessThan(20);
    expect(page2.last).toBeGreaterThan(260);
    expect(page2.last).toBeLessThan(275);
  });

  it('with column titles (as the Tiers view has), each slice after the first draws them again above its part', async () => {
    // The titles' strip is 32 px, 5.76 mm at 0.18 mm per px: page 2 holds 258 - 5.76 mm of the
    // picture under them (224 to 476 mm), page 3 the rest (472 to 540 mm). Each draw is the one image.
    const file = await written('sliced-titles', 1000, 3000, undefined, true);
    expect(imagePages(file)).toEqual([1, 2, 2, 3, 3]);
    expect(new Set(imageObjects(file)).size).toBe(1);
    expect(pdfPageTexts(file)).toHaveLength(3);
  });

  it('a picture of more than six pages at full width is fitted to one page', async () => {
    const file = await written('very-tall', 1000, 20_000);
    expect(imagePages(file)).toEqual([1]);
  });

  it('writes the signs the views use as themselves, in an embedded DejaVu Sans (the standard fonts printed "->" and dropped ●)', async () => {
    await mkdir(OUT, { recursive: true });
    const file = `${OUT}/signs.pdf`;
    const signs = { ...doc(600, 300), figures: ['Kekurangan → langkah kebijakan; ≥ 0,5 ≤ 1; ● Siap ◐ Dekat ○ Jauh; φ; −2,00; Türkiye, Côte d’Ivoire'] };
    await writeFile(file, Buffer.from(await (await docsToPdf([signs])).arrayBuffer()));
    expect(flat(pdfPageTexts(file).join(' '))).toContain('Kekurangan → langkah kebijakan; ≥ 0,5 ≤ 1; ● Siap ◐ Dekat ○ Jauh; φ; −2,00; Türkiye, Côte d’Ivoire');
    const fonts = execFileSync('/usr/bin/pdffonts', [file], { encoding: 'utf8' });
    // Embedded ("yes" under emb) with a map to Unicode ("yes" under uni), so text can be copied and searched.
    expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes\s+(yes|no)\s+yes/);
  });

  it('a wide picture stays on the first page at its full width', async () => {
    const file = await written('wide', 1600, 900);
    expect(imagePages(file)).toEqual([1]);
    expect(pdfPageTexts(file)).toHaveLength(1);
  });
});
