/// <reference types="vite/client" />
// Briefing packs (issue 13) in a real Chromium, for every view × {en, id} × {default, focused on the
// Ceper cluster}: the export menu offers images only where the view has a picture; every format it
// offers (SVG, PNG, HTML, PDF, PowerPoint) is downloaded and read back with the tools its readers
// use. The scope line names every filter and option the view applies (expected words taken from the
// app's own message tables, the cluster's name from the dataset); in the SVG every text lies inside
// its picture and no two texts intersect (measured by the browser); the HTML has one title block,
// no id columns, human headers and no number past its display precision; every PDF page carries
// the scope line (poppler's pdftotext); the deck has the expected slides, a picture, native tables
// whose header cells are human words (its XML read with fflate), and LibreOffice opens it (one
// soffice call converts every deck; its page count must equal the slides). An Indonesian export
// holds none of the English templates' words. A two-view basket makes one deck with both scopes.
// The suite runs per language from exports-en.browser.test.ts and exports-id.browser.test.ts, so
// that the two halves (some two minutes each) run on both of the test run's workers.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredMessages, type Messages } from '../../web/src/app/i18n.ts';
import { inSentence } from '../../server/i18n/index.ts';
import { shortName } from '../../web/src/graph/labels.ts';
import { englishLeft, englishOnlyWords } from '../export/english-words.ts';
import { flat, officeToPdf, officeUnavailable, pdfOutline, pdfPages, pdfPageTexts, pdfWords, readDeck, type Deck } from '../export/read-back.ts';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

// The web's message tables register themselves when imported.
import.meta.glob('../../web/src/**/messages.ts', { eager: true });

const CLUSTER = 'cl-ceper';

interface ViewCase {
  id: string;
  ready: string;
  picture: boolean;
  /** Applies the cluster filter (so the focused case names it). */
  cluster: boolean;
  /** Shows recommended links (an option of the graph views). */
  missing?: boolean;
  strategy?: boolean;
  /** Has anything a document can show on the seed over the embedded store. */
  documents: boolean;
}

const CASES: ViewCase[] = [
  { id: 'network', ready: '#network-view[data-ready=true]', picture: true, cluster: true, missing: true, documents: true },
  { id: 'tiers', ready: '#tiers-view[data-ready=true]', picture: true, cluster: true, missing: true, documents: true },
  { id: 'map', ready: '#map-view[data-ready=true]', picture: true, cluster: true, missing: true, documents: true },
  { id: 'opportunities', ready: '#opp-chart-svg', picture: true, cluster: true, strategy: true, documents: true },
  { id: 'links', ready: '#links-table, #links-empty', picture: false, cluster: true, documents: true },
  { id: 'risk', ready: '#risk-chart-svg', picture: true, cluster: true, documents: true },
  { id: 'complexity', ready: '#cx-summary', picture: true, cluster: true, documents: true },
  // The console needs Neo4j: over the embedded store it has no result, so nothing to export.
  { id: 'console', ready: '#console-neo4j', picture: false, cluster: false, documents: false },
  { id: 'data', ready: '#data-counts', picture: false, cluster: false, documents: true },
];

let OUT = '';
let fx: BrowserFixture;
let clusterName = '';
let ids = new Set<string>();
let names: string[] = [];
/** Each deck with its slides' count, and for each slide with a native table its page and the note under the table. */
const decks: Array<{ file: string; slides: number; notes: Array<{ page: number; note: string }> }> = [];
const tableNotes = (deck: Deck) => deck.slides.flatMap((s, i) => (s.tables.length > 0 ? [{ page: i + 1, note: s.text.at(-2)! }] : []));
const messages = (lang: 'en' | 'id'): Messages => registeredMessages(lang);



/** What the scope line must say for a view: its name, the filters it applies, its options. */
function expectedScope(c: ViewCase, lang: 'en' | 'id', focused: boolean): { has: string[]; hasNot: string[] } {
  const m = messages(lang);
  const has = [`${m['scope.view']}: ${m[`view.${c.id}`]}`];
  if (focused && c.cluster) has.push(`${m['filter.cluster']}: ${clusterName}`);
  else has.push(m['scope.whole']!);
  if (c.missing) has.push(`${m['scope.missing']}: ${m['scope.shown']}`);
  if (c.strategy) has.push(`${m['opp.strategy']}: ${m['opp.strategy.balanced']}`);
  // The import basis (issue 15) is named beside the strategy: the buyers' figures unless the address says national.
  if (c.strategy) has.push(`${m['opp.basis']}: ${m['opp.basis.buyers']}`);
  has.push(lang === 'en' ? 'in English' : 'dalam Bahasa Indonesia', 'seed/indonesia');
  return { has, hasNot: focused && !c.cluster ? [`${m['filter.cluster']}: ${clusterName}`] : [] };
}

function expectScope(text: string, scope: { has: string[]; hasNot: string[] }, where: string): void {
  const f = flat(text);
  for (const s of scope.has) expect(f, `${where} names “${s}”`).toContain(s);
  for (const s of scope.hasNot) expect(f, `${where} does not name “${s}” (the view does not apply it)`).not.toContain(s);
}

async function exportFile(page: Page, id: string, file: string): Promise<Buffer> {
  if (!(await page.locator('#export').evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('#export summary');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click(`#${id}`)]);
  await download.saveAs(file);
  return readFile(file);
}

/** Every text of an SVG measured in the page: inside the root and its own (nested) picture, no two intersecting. */
async function svgReport(page: Page, svg: string) {
  return page.evaluate((text) => {
    document.body.style.margin = '0';
    document.body.innerHTML = text.replace(/^<\?xml[^>]*>\s*/, '');
    const root = document.body.querySelector('svg')!;
    const frame = root.getBoundingClientRect();
    const texts = [...root.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
    const boxes = texts.map((t) => ({ t, r: t.getBoundingClientRect(), name: t.textContent ?? '' }));
    const EPS = 0.5;
    const inside = (r: DOMRect, f: DOMRect) => r.left >= f.left - EPS && r.right <= f.right + EPS && r.top >= f.top - EPS && r.bottom <= f.bottom + EPS;
    const outside = boxes.filter(({ t, r }) => !inside(r, frame) || !inside(r, t.closest('svg')!.getBoundingClientRect())).map((b) => b.name);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        if (a.left < b.right - EPS && b.left < a.right - EPS && a.top < b.bottom - EPS && b.top < a.bottom - EPS) overlaps.push(`${boxes[i]!.name} × ${boxes[j]!.name}`);
      }
    const scope = [...root.querySelectorAll('text.scope')].map((t) => t.textContent).join(' ');
    const all = boxes.map((b) => b.name).join('\n');
    return { texts: boxes.length, outside, overlaps, scope, all };
  }, svg);
}

/** One page without scripts, offline, as a reader's browser shows a briefing (a context per briefing cost a second each). */
let readerPage: Page | undefined;
const reader = async (): Promise<Page> => (readerPage ??= await (await fx.browser.newContext({ javaScriptEnabled: false, offline: true })).newPage());

/** The HTML briefing as a reader's browser shows it (offline, no scripts). */
async function htmlReport(html: string, lang: 'en' | 'id') {
  const page = await reader();
  await page.setContent(html);
  const report = await page.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    filters: [...document.querySelectorAll('header .scope')].map((p) => p.textContent).join(' '),
    headers: [...document.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
    cells: [...document.querySelectorAll('tbody td')].map((td) => td.textContent ?? ''),
    bodyRows: [...document.querySelectorAll('section.table')].map((s) => s.querySelectorAll('tbody tr:not(.more)').length),
    csv: [...document.querySelectorAll<HTMLAnchorElement>('a.csv')].map((a) => decodeURIComponent(a.href.replace(/^data:text\/csv;charset=utf-8,/, ''))),
    text: document.body.innerText,
    height: document.documentElement.scrollHeight,
    pictures: document.querySelectorAll('figure > svg').length,
    // Tables whose right edge passes the text column's (the body's content box): a reader would scroll sideways.
    wide: [...document.querySelectorAll('section.table')].filter((s) => {
      const body = document.body.getBoundingClientRect().right - parseFloat(getComputedStyle(document.body).paddingRight);
      return s.querySelector('table')!.getBoundingClientRect().right > body + 0.5;
    }).map((s) => s.querySelector('h3')?.textContent ?? s.id),
  }));
  // Decimals of each number as the language writes it (en 1,234.5; id 1.234,5).
  const group = lang === 'en' ? /(\d),(?=\d{3}\b)/g : /(\d)\.(?=\d{3}\b)/g;
  const decimal = lang === 'en' ? /\d\.(\d+)/g : /\d,(\d+)/g;
  const tooPrecise = report.cells.filter((c) => [...c.replace(group, '$1').matchAll(decimal)].some((m) => m[1]!.length > 3));
  return { ...report, tooPrecise };
}

/**
 * The suite for the languages `langs` (and the basket of two views when `basket`), writing its
 * files under test-artifacts/exports/`name`.
 */
export function exportsSuite(name: string, langs: ReadonlyArray<'en' | 'id'>, basket: boolean): void {
  const unavailable = browserUnavailable() ?? officeUnavailable();
  describe.skipIf(unavailable !== null)('briefing packs from every view', () => {
    beforeAll(async () => {
      OUT = path.resolve('test-artifacts/exports', name);
      await rm(OUT, { recursive: true, force: true });
      await mkdir(OUT, { recursive: true });
      fx = await openBrowserFixture();
      const snap = await fx.store.snapshot();
      clusterName = String(snap.nodes.find((n) => n.id === CLUSTER)!.props.name);
      ids = new Set(snap.nodes.map((n) => n.id));
      // The dataset's own names (and the provenance's), which are data in either language; nameId
      // is the name Indonesian pages use (test/i18n/indonesian-names.test.ts checks which is used).
      const all = new Set<string>(['seed/indonesia', 'folder seed/indonesia']);
      for (const n of snap.nodes) {
        for (const key of ['name', 'nameId', 'province', 'regency', 'sector', 'category', 'certification']) {
          const v = n.props[key];
          if (typeof v === 'string') all.add(v).add(inSentence(v));
          // A picture labels a firm by its short name: "PT Musashi Auto Parts Indonesia" as "Musashi Auto Parts Indonesia".
          if (typeof v === 'string' && (key === 'name' || key === 'nameId')) all.add(shortName(v, Infinity));
        }
        for (const c of ([] as unknown[]).concat(n.props.certifications ?? [])) if (typeof c === 'string') all.add(c);
      }
      // The trade table's sources (trade.csv's source column, quoted by the risk panel's import exposure) are data too.
      const national = (await (await fetch(`${fx.server.url}/api/analysis/imports?basis=national`)).json()) as { sources: string[] };
      for (const source of national.sources) all.add(source);
      names = [...all].sort((a, b) => b.length - a.length);
    }, 180_000);
    afterAll(async () => fx?.close());

    for (const lang of langs) {
      it(`exports every view in ${lang === 'en' ? 'English' : 'Bahasa Indonesia'}, with and without a focus, and each export reads back`, async () => {
        const m = messages(lang);
        const human = new Set(Object.values(m));
        const english = englishOnlyWords({ en: messages('en'), id: messages('id') });
        const { page, errors } = await fx.page();
        const checker = await (await fx.browser.newContext({ viewport: { width: 1600, height: 1200 } })).newPage();
        const leftovers: string[] = [];
        for (const c of CASES) {
          for (const focused of [false, true]) {
            const tag = `${lang}-${c.id}-${focused ? 'ceper' : 'all'}`;
            await page.goto(`${fx.server.url}/?view=${c.id}&lang=${lang}${focused ? `&cluster=${CLUSTER}` : ''}`);
            await page.waitForSelector(c.ready, { state: 'attached', timeout: 60_000 });
            await page.click('#export summary');
            const offered = await page.locator('#export .menu-items button').evaluateAll((bs) => bs.map((b) => b.id));
            expect(offered.includes('export-svg'), `${tag}: SVG offered`).toBe(c.picture);
            expect(offered.includes('export-png'), `${tag}: PNG offered`).toBe(c.picture);
            for (const f of ['html', 'pdf', 'pptx']) expect(offered.includes(`export-${f}`), `${tag}: ${f} offered`).toBe(c.documents);
            await page.click('#export summary');
            const scope = expectedScope(c, lang, focused);
            const texts: string[] = [];

            if (c.picture) {
              const svg = (await exportFile(page, 'export-svg', `${OUT}/${tag}.svg`)).toString('utf8');
              const r = await svgReport(checker, svg);
              expect(r.texts, tag).toBeGreaterThan(5);
              expect(r.outside, `${tag}: texts outside their picture`).toEqual([]);
              expect(r.overlaps, `${tag}: texts that intersect`).toEqual([]);
              expectScope(r.scope, scope, `${tag}.svg`);
              texts.push(r.all);
              const png = await exportFile(page, 'export-png', `${OUT}/${tag}.png`);
              expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
              expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(760 * 2);
            }
            if (!c.documents) continue;

            const html = (await exportFile(page, 'export-html', `${OUT}/${tag}.html`)).toString('utf8');
            const h = await htmlReport(html, lang);
            expect(h.h1, `${tag}: one title block`).toBe(1);
            expectScope(h.filters, scope, `${tag}.html title block`);
            expect(h.pictures).toBe(c.picture ? 1 : 0);
            expect(h.headers.length).toBeGreaterThan(0);
            expect(h.headers.filter((x) => !human.has(x)), `${tag}: headers that are not the app's words`).toEqual([]);
            expect(h.cells.filter((x) => ids.has(x)), `${tag}: id cells`).toEqual([]);
            expect(h.tooPrecise, `${tag}: numbers past the display precision`).toEqual([]);
            for (const n of h.bodyRows) expect(n).toBeLessThanOrEqual(20);
            expect(h.csv.length).toBe(h.bodyRows.length);
            expect(h.height, `${tag}: a readable length`).toBeLessThan(20_000);
            expect(h.wide, `${tag}: tables wider than the text column`).toEqual([]);
            texts.push(h.text);

            const pdfFile = `${OUT}/${tag}.pdf`;
            await exportFile(page, 'export-pdf', pdfFile);
            const pages = pdfPageTexts(pdfFile);
            expect(pages.length).toBeGreaterThan(0);
            pages.forEach((p, i) => {
              expectScope(p, scope, `${tag}.pdf page ${i + 1}`);
              expect(flat(p)).toContain(m['doc.page']!.replace('{n}', String(i + 1)).replace('{m}', String(pages.length)));
            });
            texts.push(pdfPageTexts(pdfFile, true).join('\n'));

            const pptxFile = `${OUT}/${tag}.pptx`;
            const deck = readDeck(await exportFile(page, 'export-pptx', pptxFile));
            // A table with no rows in the scope gets a slide with the note alone (no native table).
            checkDeck(deck, tag, scope, human, { picture: c.picture, tables: h.bodyRows.filter((n) => n > 0).length });
            decks.push({ file: pptxFile, slides: deck.slides.length, notes: tableNotes(deck) });
            texts.push(...deck.slides.flatMap((s) => [...s.text, ...s.layoutText]), deck.properties.title, deck.properties.subject);

            if (lang === 'id') {
              const left = englishLeft(texts.join('\n'), names, english);
              if (left.length > 0) leftovers.push(`${tag}: ${left.join(', ')}`);
            }
          }
        }
        expect(leftovers, 'English words in Indonesian exports').toEqual([]);
        expect(errors).toEqual([]);
      }, 900_000);
    }

    if (basket) it('exports a basket of two views, each with its own state, as one deck, one PDF and one web page', async () => {
      const { page, errors } = await fx.page(`?view=network&cluster=${CLUSTER}`);
      await page.waitForSelector('#network-view[data-ready=true]');
      await page.click('#export summary');
      await page.click('#basket-add');
      await page.waitForFunction(() => /\(1 view in it\)/.test(document.getElementById('status')?.textContent ?? ''));
      // Another view, another strategy, without reloading the page (the basket lives with the page).
      await page.click('#tab-opportunities');
      await page.waitForSelector('#opp-chart-svg');
      await page.click('#opp-strategy-strategic');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('strategy') === 'strategic');
      await page.waitForSelector('#opp-table');
      await page.click('#export summary');
      await page.click('#basket-add');
      await page.waitForFunction(() => /\(2 views in it\)/.test(document.getElementById('status')?.textContent ?? ''));

      const file = `${OUT}/en-basket.pptx`;
      const deck = readDeck(await exportFile(page, 'basket-pptx', file));
      decks.push({ file, slides: deck.slides.length, notes: tableNotes(deck) });
      const network = `View: Network · Cluster: ${clusterName} · Recommended links: shown`;
      const opportunities = `View: Opportunities · Cluster: ${clusterName} · Strategy: Strategic`;
      const cover = flat(deck.slides[0]!.text.join(' '));
      expect(cover).toContain('Briefing pack');
      expect(cover).toContain(network);
      expect(cover).toContain(opportunities);
      // Each view's own slides carry its own scope in the footer, and its title slide states it.
      const titled = (scope: string) => deck.slides.filter((s) => flat(s.text.join(' ')).includes(scope) && s !== deck.slides[0]).length;
      expect(titled(network)).toBe(1);
      expect(titled(opportunities)).toBe(1);
      const footers = deck.slides.slice(1).map((s) => flat(s.layoutText.join(' ')));
      expect(footers.filter((f) => f.includes(network)).length).toBeGreaterThan(3);
      expect(footers.filter((f) => f.includes(opportunities)).length).toBeGreaterThan(3);
      expect(footers.every((f) => f.includes(network) || f.includes(opportunities))).toBe(true);
      expect(deck.slides.filter((s) => s.pictures > 0).length).toBe(2);

      const pdfFile = `${OUT}/en-basket.pdf`;
      await exportFile(page, 'basket-pdf', pdfFile);
      const pages = pdfPageTexts(pdfFile).map(flat);
      expect(pages.filter((p) => p.includes(network)).length).toBeGreaterThan(0);
      expect(pages.filter((p) => p.includes(opportunities)).length).toBeGreaterThan(0);
      expect(pages.every((p) => p.includes(network) || p.includes(opportunities))).toBe(true);
      // A cover first, as the deck's: the pack's title, then contents giving each view's scope and
      // the page it starts on; that page opens with the view's title, and each view is a bookmark there.
      expect(pages[0]).toContain('Briefing pack 2 views of the supply chain');
      const contents = /Contents 1\. (.+?) page (\d+) (.+?) 2\. (.+?) page (\d+) (.+?) Briefing pack/.exec(pages[0]!);
      expect(contents, pages[0]).not.toBeNull();
      const [, title1, page1, scope1, title2, page2, scope2] = contents!;
      expect(scope1).toBe(network);
      expect(scope2!.startsWith(opportunities)).toBe(true);
      expect(Number(page1)).toBe(2);
      expect(pages[Number(page1) - 1]!.startsWith(`${title1} ${network}`)).toBe(true);
      expect(pages[Number(page2) - 1]!.startsWith(`${title2} ${opportunities}`)).toBe(true);
      expect(pages[Number(page2) - 2]).toContain(network);
      expect(pdfOutline(pdfFile)).toEqual([
        { title: title1, page: Number(page1) },
        { title: title2, page: Number(page2) },
      ]);

      // The same pack as one web page, opened in Chromium as a reader would: the cover's contents
      // link to each view, which holds its own title, scope and picture; printed, each view starts a page.
      const htmlFile = `${OUT}/en-basket.html`;
      await exportFile(page, 'basket-html', htmlFile);
      const reader = await (await fx.browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
      await reader.goto(`file://${htmlFile}`);
      expect(await reader.locator('header.cover h1').textContent()).toBe('Briefing pack');
      expect(await reader.locator('header.cover .subtitle').textContent()).toBe('2 views of the supply chain');
      expect(await reader.locator('nav.contents li a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
        [title1, '#view-1'],
        [title2, '#view-2'],
      ]);
      expect(await reader.locator('nav.contents li .scope').allTextContents()).toEqual([network, scope2]);
      for (const [i, [title, scope]] of [[title1, network], [title2, opportunities]].entries()) {
        const view = reader.locator(`article#view-${i + 1}`);
        expect(await view.locator('h1').textContent()).toBe(title);
        expect((await view.locator('.scope.filters').textContent())!.startsWith(scope!)).toBe(true);
        expect(await view.locator('figure > svg').count()).toBe(1);
      }
      // No id twice (each view's tables are set apart), so every link lands where it says.
      expect(await reader.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i))).toEqual([]);
      await reader.click('nav.contents li:nth-child(2) a');
      await reader.waitForFunction(() => Math.abs(document.getElementById('view-2')!.getBoundingClientRect().top) < 2);
      const printed = `${OUT}/en-basket-html-printed.pdf`;
      await reader.pdf({ path: printed, format: 'A4', preferCSSPageSize: true });
      const printedPages = pdfPageTexts(printed).map(flat);
      expect(printedPages[0]!.startsWith('Briefing pack 2 views of the supply chain')).toBe(true);
      expect(printedPages.filter((p) => p.startsWith(`${title1} ${network}`)).length).toBe(1);
      expect(printedPages.filter((p) => p.startsWith(`${title2} ${opportunities}`)).length).toBe(1);
      await reader.context().close();
      expect(errors).toEqual([]);
    }, 300_000);

    it('LibreOffice opens every deck: one PDF page per slide', async () => {
      // A deck per view with documents, with and without a focus, per language; and the basket's.
      expect(decks.length).toBe(CASES.filter((c) => c.documents).length * 2 * langs.length + (basket ? 1 : 0));
      const pdfDir = `${OUT}/office`;
      await mkdir(pdfDir, { recursive: true });
      const pdfs = officeToPdf(decks.map((d) => d.file), pdfDir);
      decks.forEach((d, i) => {
        expect(existsSync(pdfs[i]!), `${d.file} converted`).toBe(true);
        expect(pdfPages(pdfs[i]!), d.file).toBe(d.slides);
        // Rows are fitted to the slide by an estimate of their height (export/slide-text.ts): as
        // LibreOffice lays the table out, no word of it reaches the note under it.
        for (const { page, note } of d.notes) expect(overNote(pdfs[i]!, page, note), `${d.file} slide ${page}`).toEqual([]);
      });
    }, 900_000);
  });
}

/** Words of a slide's PDF page, other than the note's, whose line reaches down to the note (a table run over it). */
function overNote(pdf: string, page: number, note: string): string[] {
  const words = pdfWords(pdf, page);
  const size = note.split(/\s+/).length;
  const start = words.findIndex((_, i) => flat(words.slice(i, i + size).map((w) => w.text).join(' ')) === flat(note));
  if (start < 0) return [`note not found: ${note}`];
  const own = words.slice(start, start + size);
  const top = Math.min(...own.map((w) => w.yMin));
  const bottom = Math.max(...own.map((w) => w.yMax));
  return words.filter((w, i) => (i < start || i >= start + size) && w.yMax > top && w.yMin < bottom).map((w) => w.text);
}

function checkDeck(deck: Deck, tag: string, scope: { has: string[]; hasNot: string[] }, human: ReadonlySet<string>, want: { picture: boolean; tables: number }): void {
  const [title, ...rest] = deck.slides;
  expect(title, tag).toBeDefined();
  // The file's properties say what the deck is, not the library that wrote it.
  expect(deck.properties.subject, `${tag}.pptx subject`).not.toMatch(/PptxGenJS|^$/);
  expectScope(deck.properties.subject, { has: [scope.has[0]!], hasNot: [] }, `${tag}.pptx subject`);
  expectScope(title!.text.join(' '), scope, `${tag}.pptx title slide`);
  for (const s of deck.slides) expectScope(s.layoutText.join(' '), { has: [scope.has[0]!], hasNot: [] }, `${tag}.pptx footer`);
  if (want.picture) {
    expect(rest[0]!.pictures, `${tag}: the second slide is the picture`).toBe(1);
    expect(deck.media.some((f) => f.endsWith('.png'))).toBe(true);
  } else expect(deck.slides.every((s) => s.pictures === 0)).toBe(true);
  const tables = deck.slides.flatMap((s) => s.tables);
  // Each table of the view has its slide (a table too long for one continues on the next).
  expect(tables.length, `${tag}: native tables`).toBeGreaterThanOrEqual(want.tables);
  for (const tb of tables) {
    expect(tb[0]!.length).toBeGreaterThan(0);
    expect(tb[0]!.filter((cell) => !human.has(cell)), `${tag}: header cells that are not the app's words`).toEqual([]);
  }
  // Title, picture?, key figures?, tables, method, sources.
  expect(deck.slides.length).toBeGreaterThanOrEqual(2 + (want.picture ? 1 : 0) + want.tables);
}
