// Where the PDF briefing puts a view's picture, read back with poppler (`pdfimages -list`, the page
// each image is drawn on) from a document written by the export code itself (jsPDF runs in Node).
// A tall picture (the Tiers view draws a row per tier member) used to move to page 2 whole and
// leave page 1 with the title block alone; it now shrinks into the room the title block leaves
// when that costs less than a quarter of its size. Arithmetic of the page (A4, margins 15 mm top,
// 24 mm bottom, so 258 mm of height; 180 mm of width): a picture 1,000 × 1,400 px drawn 180 mm
// wide is 252 mm tall, taller than what is left under a title block of some 30 mm (about 228 mm,
// 0.9 of it), so without the shrink it went to page 2. Under a title block of some 150 mm (a scope
// notice of many lines) about 108 mm are left, 0.43 of it: the picture takes page 2 whole.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingDoc } from '../../web/src/export/capture.ts';
import { docsToPdf } from '../../web/src/export/pdf.ts';
import { officeUnavailable, pdfPageTexts } from './read-back.ts';

const PDFIMAGES = '/usr/bin/pdfimages';
const unavailable = officeUnavailable() ?? (existsSync(PDFIMAGES) ? null : `${PDFIMAGES} is not installed (apt-get install poppler-utils)`);
if (unavailable && process.env.CI) throw new Error(`the PDF layout test needs ${unavailable}`);
const OUT = path.resolve('test-artifacts/pdf-picture');

/** A 1 × 1 grey PNG: the page size of a picture comes from the figure's width and height. */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==';

function doc(width: number, height: number, notice = 'Figures are estimates.'): BriefingDoc {
  const line = 'View: Tiers · Whole dataset';
  return {
    lang: 'en',
    view: 'tiers',
    title: 'Supply tiers',
    scope: { filters: line, items: [], dataset: 'Data: test', exported: 'Exported 2026-12-02, in English', notice, line, lines: [line] },
    url: 'http://localhost/?view=tiers',
    date: '2026-12-02',
    figure: { svg: '<svg/>', png: PNG, width, height },
    slide: null,
    figures: ['Key figure one'],
    method: [],
    tables: [],
    sources: ['Source A'],
    text: { keyFigures: 'Key figures', tables: 'Tables', method: 'Method', sources: 'Sources', scope: 'Scope', legend: 'Legend', picture: 'Picture', page: 'Page {n} of {m}', empty: 'Nothing to show' },
  };
}

/** The pages (1-based) each image of a PDF is drawn on. */
const imagePages = (file: string): number[] =>
  execFileSync(PDFIMAGES, ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => Number(l.trim().split(/\s+/)[0]));

async function written(name: string, width: number, height: number, notice?: string): Promise<string> {
  await mkdir(OUT, { recursive: true });
  const file = `${OUT}/${name}.pdf`;
  await writeFile(file, Buffer.from(await (await docsToPdf([doc(width, height, notice)])).arrayBuffer()));
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

  it('a wide picture stays on the first page at its full width', async () => {
    const file = await written('wide', 1600, 900);
    expect(imagePages(file)).toEqual([1]);
    expect(pdfPageTexts(file)).toHaveLength(1);
  });
});
