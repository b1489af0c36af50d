// How a reader sees an HTML briefing in a real Chromium: on a phone's screen (a table wider than the
// page scrolls in its own box, the page does not), and printed (where it puts a view's picture). Print
// to PDF is read
// back with poppler: the words of each page and where they stand). The HTML briefing is written by
// the export code itself (web/src/export/html.ts) from a picture drawn here: a row of text every
// 20 px, "Row 1" … "Row n", so each page's words say which part of the picture it holds.
// Arithmetic of the printed page (A4, @page margins 15 mm top and 18 mm bottom, 12 mm each side,
// the body's padding 1rem = 4.23 mm each side): 264 mm of height, 177.5 mm of width.
// - 1,000 × 3,000 px drawn 177.5 mm wide is 532.5 mm tall, two pages: it used to be one image that
//   Chromium moved whole to page 2, page 1 holding the title block alone. It is now printed in
//   slices: 180 mm under the title block on page 1 (1,014 px: rows 1 to 50), 250 mm on page 2
//   starting 4 mm (22.5 px) above where page 1's ended (rows 50 to 190 or so), the rest on page 3.
//   A picture with column titles (the Tiers view's, in its top 32 px) has them again atop pages 2 and 3.
// - 1,000 × 1,400 px is 248.5 mm tall at 177.5 mm: it fits a page but not what the title block
//   leaves; printed, it is held to 198 mm high (0.8 of its size) and stays on page 1 with all its rows.
// - On screen, the whole picture and nothing else: the slices are for print only.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDoc, BriefingTable } from '../../web/src/export/capture.ts';
import { briefingHtml } from '../../web/src/export/html.ts';
import { briefingDoc, briefingTable } from '../export/briefing-fixture.ts';
import { flat, officeUnavailable, pdfPageTexts, pdfWords } from '../export/read-back.ts';
import { CHROMIUM, browserUnavailable } from './harness.ts';

const unavailable = browserUnavailable() ?? officeUnavailable();
if (unavailable && process.env.CI) throw new Error(`the HTML print test needs ${unavailable}`);
const OUT = path.resolve('test-artifacts/html-briefing');

/** A picture `width` × `height` px with a row of text every 20 px; with `titles`, a column title in its top 32 px and the rows below it. */
function rowsSvg(width: number, height: number, titles: boolean): string {
  const top = titles ? 40 : 0;
  const rows = Array.from({ length: Math.floor((height - top) / 20) }, (_, i) => `<text x="40" y="${top + i * 20 + 14}" font-size="12">Row ${i + 1}</text>`);
  const title = titles ? `<text x="600" y="20" font-size="14" font-weight="600">Columns</text>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>${title}${rows.join('')}</svg>`;
}

/** A table of `n` rows and seven columns, the last a long sentence, as a view's export hands it over. */
function table(n: number): BriefingTable {
  const headers = ['Supplier', 'Supplier’s cluster', 'Buyer', 'Component', 'Value a year', 'Place in the view', 'Evidence'];
  const evidence = (i: number) => `IKM ${i + 1} in Sentra IKM logam Ceper makes component ${i + 1} from nitrile rubber to 0.25 mm; the buyer needs 15,338 units a year, none supplied at home, and imports them from Taiwan (USD 12.1 m in 2023).`;
  const rows = Array.from({ length: n }, (_, i) => [`IKM ${i + 1}`, 'Sentra IKM logam Ceper', `PT Buyer Manufacturing Indonesia ${i + 1}`, `Component ${i + 1}`, `USD ${i + 1}.5 m`, 'around the focus', evidence(i)]);
  return briefingTable('Supply flows', headers, rows, {
    numeric: headers.map((_, k) => k === 4),
    // The evidence is a long sentence: a line of its own under each row, as wide as the table.
    long: headers.map((_, k) => k === 6),
    notes: { html: `All ${n} rows.` },
    csv: 'supplier,buyer\n',
    csvLabel: 'Whole table (CSV)',
  });
}

function doc(width: number, height: number, titles = false): BriefingDoc {
  return briefingDoc(
    { view: 'tiers', title: 'Supply tiers', line: 'View: Tiers · Whole dataset', date: '2026-12-07' },
    { figure: { svg: rowsSvg(width, height, titles), png: '', width, height, ...(titles ? { header: { y: 0, height: 32 } } : {}) }, figures: ['Key figure one'] },
  );
}

let browser: Browser;
beforeAll(async () => {
  if (!unavailable) browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
});
afterAll(async () => browser?.close());

/** The briefing opened in Chromium (offline, no scripts, as a reader's browser), printed to PDF as its print button would. */
async function printed(name: string, d: BriefingDoc) {
  await mkdir(OUT, { recursive: true });
  const html = briefingHtml(d);
  await writeFile(`${OUT}/${name}.html`, html);
  const page = await (await browser.newContext({ javaScriptEnabled: false, offline: true, viewport: { width: 1200, height: 900 } })).newPage();
  await page.setContent(html);
  const screen = await page.evaluate(() => [...document.querySelectorAll('figure')].map((f) => ({ shown: getComputedStyle(f).display !== 'none', height: f.getBoundingClientRect().height })));
  const file = `${OUT}/${name}.pdf`;
  await page.pdf({ path: file, preferCSSPageSize: true });
  await page.context().close();
  const pages = pdfPageTexts(file);
  /** The rows each page shows (numbers), read from its words. */
  const rows = pages.map((_, p) => [...new Set(pdfWords(file, p + 1).flatMap((w, i, all) => (w.text === 'Row' && all[i + 1] ? [Number(all[i + 1]!.text)] : [])))].sort((a, b) => a - b));
  return { screen, pages, rows, file };
}

describe.skipIf(unavailable !== null)('the picture of a printed HTML briefing', () => {
  it('a picture taller than a page runs on in slices, the first under the title block, each page its own part', async () => {
    const { screen, pages, rows } = await printed('tall', doc(1000, 3000));
    // On screen: the whole picture (1,000 × 3,000 drawn at the page's 60 rem less padding), the slices hidden.
    const shown = screen.filter((s) => s.shown);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.height).toBeGreaterThan(2 * 900);
    // Printed: three pages, the title block and the picture's first rows together on page 1.
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain('Supply tiers');
    expect(rows[0]![0]).toBe(1);
    // Page 1 holds 180 mm of the picture: 180 / 177.5 × 1,000 = 1,014 px, rows 1 to 50 (a row every 20 px).
    expect(rows[0]!.at(-1)).toBeGreaterThanOrEqual(49);
    expect(rows[0]!.at(-1)).toBeLessThanOrEqual(51);
    // Page 2 starts 4 mm (22.5 px, about a row) above where page 1 ended, and holds 250 mm (1,408 px, some 70 rows).
    expect(rows[1]![0]).toBeGreaterThanOrEqual(rows[0]!.at(-1)! - 2);
    expect(rows[1]![0]).toBeLessThanOrEqual(rows[0]!.at(-1)!);
    expect(rows[1]!.length).toBeGreaterThanOrEqual(68);
    // Every row is printed, the last (150) on page 3 with the key figures after it.
    const all = new Set(rows.flat());
    expect(Array.from({ length: 150 }, (_, i) => i + 1).filter((r) => !all.has(r))).toEqual([]);
    expect(rows[2]!.at(-1)).toBe(150);
    expect(pages[2]).toContain('Key figures');
  });

  it('each slice after the first repeats the column titles above its rows', async () => {
    // 1,000 × 3,000 px, column titles in the top 32 px (5.7 mm printed), 148 rows below them.
    const { pages, rows, file } = await printed('titles', doc(1000, 3000, true));
    expect(pages).toHaveLength(3);
    for (let p = 1; p <= 3; p++) {
      const words = pdfWords(file, p);
      const title = words.filter((w) => w.text === 'Columns');
      const firstRow = Math.min(...words.filter((w) => w.text === 'Row').map((w) => w.yMin));
      // Once on each page, above every row the page shows.
      expect(title, `page ${p}`).toHaveLength(1);
      expect(title[0]!.yMax, `page ${p}`).toBeLessThanOrEqual(firstRow);
    }
    const all = new Set(rows.flat());
    expect(Array.from({ length: 148 }, (_, i) => i + 1).filter((r) => !all.has(r))).toEqual([]);
    // Page 2 starts about a row above where page 1 ended, as without titles.
    expect(rows[1]![0]).toBeGreaterThanOrEqual(rows[0]!.at(-1)! - 2);
    expect(rows[1]![0]).toBeLessThanOrEqual(rows[0]!.at(-1)!);
  });

  it('a picture a little too tall for what the title block leaves is held to the page, not moved past it', async () => {
    const { screen, pages, rows } = await printed('page-tall', doc(1000, 1400));
    expect(screen.filter((s) => s.shown)).toHaveLength(1);
    expect(pages[0]).toContain('Supply tiers');
    expect(rows[0]).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
  });

  it('under a title block longer than usual (a long scope notice), page 1 still holds the picture\'s first rows', async () => {
    // A notice of 24 sentences (about 1,500 characters: some 17 lines of 10 pt, 85 mm) makes the
    // title block about 125 mm, more than the 84 mm the first slice (180 mm) left it: the slice was
    // moved whole to page 2, page 1 holding the title block alone. The same for a picture that fits a
    // page (held to 198 mm): it now takes what the title block leaves.
    const notice = Array.from({ length: 24 }, (_, i) => `Figure ${i + 1} is an estimate from public sources.`).join(' ');
    for (const [name, height] of [['long-title-tall', 3000], ['long-title-page', 1400]] as const) {
      const d = doc(1000, height);
      const { pages, rows } = await printed(name, { ...d, scope: { ...d.scope, notice } });
      expect(pages[0], name).toContain('Supply tiers');
      expect(pages[0], name).toContain('Figure 24 is an estimate');
      expect(rows[0]![0], name).toBe(1);
      const all = new Set(rows.flat());
      const last = Math.floor(height / 20);
      expect(Array.from({ length: last }, (_, i) => i + 1).filter((r) => !all.has(r)), name).toEqual([]);
    }
  });

  // Unchanged by the slicing (it passed before it too): a guard that a picture that fits is left alone.
  it('a short picture is printed whole under its title', async () => {
    const { screen, pages, rows } = await printed('short', doc(1000, 600));
    expect(screen.filter((s) => s.shown)).toHaveLength(1);
    expect(pages).toHaveLength(1);
    expect(rows[0]).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });
});

describe.skipIf(unavailable !== null)('a table of an HTML briefing on a phone', () => {
  it('scrolls in its own box, so the page keeps the screen\'s width, its evidence lines wrapped in view; printed, every row and the header on each page', async () => {
    // The sources name the content hash and the view's address: long unbroken words, which must wrap too.
    const sources = ['Content hash: sha256:22cfad769dd741706704a08257e249798a985913679d54249a1cd104ba36b5de', 'The same view: http://127.0.0.1:8094/?view=links&cluster=gcl-0250&lang=id'];
    const d = { ...doc(1000, 600), tables: [table(20)], sources };
    const html = briefingHtml(d);
    await mkdir(OUT, { recursive: true });
    await writeFile(`${OUT}/phone.html`, html);
    const page = await (await browser.newContext({ javaScriptEnabled: false, offline: true, viewport: { width: 390, height: 844 } })).newPage();
    await page.setContent(html);
    const widths = await page.evaluate(() => {
      const table = document.querySelector('section.table table')!;
      return { page: document.documentElement.scrollWidth, screen: window.innerWidth, box: table.parentElement!.clientWidth, table: table.getBoundingClientRect().width };
    });
    // The six columns need more than the 390 px: they scroll inside their box, the page does not.
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(widths.table).toBeGreaterThan(widths.box);
    // Each row's evidence wraps within the screen and stays in view when the table is scrolled sideways.
    const evidence = () => page.evaluate(() => [...document.querySelectorAll('tr.more')].map((tr) => tr.querySelector('td > *')!.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    const before = await evidence();
    expect(before).toHaveLength(20);
    for (const r of before) expect(r.right).toBeLessThanOrEqual(widths.screen);
    await page.evaluate(() => (document.querySelector('section.table table')!.parentElement!.scrollLeft = 300));
    for (const r of await evidence()) {
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(widths.screen);
    }
    await page.screenshot({ path: `${OUT}/phone.png` });
    // Printed: A4 is wide enough, and the box does not hold the table to one page.
    const file = `${OUT}/phone.pdf`;
    await page.pdf({ path: file, preferCSSPageSize: true });
    await page.context().close();
    // Raw order keeps a cell's lines together; a name wrapped in its cell reads as one.
    const pages = pdfPageTexts(file, true).map(flat);
    const text = pages.join(' ');
    for (let i = 1; i <= 20; i++) expect(text).toContain(`PT Buyer Manufacturing Indonesia ${i}`);
    for (const [p, t] of pages.entries()) if (/IKM \d+/.test(t)) expect(t, `page ${p + 1}`).toContain('Supplier’s');
  });
});
