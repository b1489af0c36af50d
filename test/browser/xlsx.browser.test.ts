// "Tables (Excel workbook, all rows)" from the export menu, in a real Chromium, read back as an
// analyst's tools read it: exceljs (an implementation independent of the writer) for the cells,
// LibreOffice for opening and printing it (converted to PDF, read with poppler). The workbook holds
// every row the view's CSV export holds, its numbers are numbers equal to the CSV's raw values, its
// headers are the page's language, and its first sheet states the scope (the focused cluster).
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredMessages } from '../../web/src/app/i18n.ts';
import { flat, officeToPdf, officeUnavailable, pdfPages, pdfPageTexts } from '../export/read-back.ts';
import { browserUnavailable, openBrowserFixture, type BrowserFixture } from './harness.ts';

import.meta.glob('../../web/src/**/messages.ts', { eager: true });

const OUT = path.resolve('test-artifacts/xlsx');
let fx: BrowserFixture;
/** The name the page gave the last download. */
let suggested = '';

async function download(page: Page, id: string, file: string): Promise<Buffer> {
  if (!(await page.locator('#export').evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('#export summary');
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`#${id}`)]);
  suggested = d.suggestedFilename();
  await d.saveAs(file);
  return readFile(file);
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const cellsOf = (ws: ExcelJS.Worksheet, r: number): unknown[] => (ws.getRow(r).values as unknown[]).slice(1);

const unavailable = browserUnavailable() ?? officeUnavailable();
describe.skipIf(unavailable !== null)('the tables workbook from the export menu', () => {
  beforeAll(async () => {
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
    fx = await openBrowserFixture();
  }, 120_000);
  afterAll(async () => fx?.close());

  it('Opportunities on Ceper, in Indonesian: every row of the CSV, numbers as numbers, the scope named; LibreOffice prints it', async () => {
    const id = registeredMessages('id');
    const en = registeredMessages('en');
    const snap = await fx.store.snapshot();
    const ceper = String(snap.nodes.find((n) => n.id === 'cl-ceper')!.props.name);
    const { page, errors } = await fx.page('?view=opportunities&lang=id&cluster=cl-ceper');
    await page.waitForSelector('#opp-chart-svg', { state: 'attached', timeout: 60_000 });
    await page.click('#export summary');
    expect(await page.locator('#export-xlsx').textContent()).toBe(id['export.xlsx']);
    const xlsxFile = `${OUT}/opportunities-id.xlsx`;
    const wb = await workbook(await download(page, 'export-xlsx', xlsxFile));
    // The files are named by the view's title and its focus: two clusters' workbooks are two names.
    const day = new Date().toISOString().slice(0, 10);
    expect(suggested).toBe(`rantai-peluang-substitusi-impor-sentra-ikm-logam-ceper-${day}.xlsx`);
    const csv = parse((await download(page, 'export-csv-0', `${OUT}/opportunities-id.csv`)).toString('utf8').replace(/^\uFEFF/, ''), { columns: false }) as string[][];
    expect(suggested).toBe(`rantai-peringkat-substitusi-seimbang-impor-yang-dilaporkan-pembeli-sentra-ikm-logam-ceper-${day}.csv`);
    expect(errors).toEqual([]);

    expect(wb.worksheets[0]!.name).toBe('Cakupan');
    expect(wb.worksheets).toHaveLength(2);
    const ws = wb.worksheets[1]!;
    const headers = cellsOf(ws, 1) as string[];
    // Human headers, each an Indonesian message of the app and not an English one.
    const idWords = new Set(Object.values(id));
    const enWords = new Set(Object.values(en));
    for (const h of headers) {
      expect(idWords.has(h), `header “${h}” is one of the app's Indonesian words`).toBe(true);
      // Words both languages share ("Status", "Tier") are fine; an English-only header is not.
      expect(enWords.has(h) && !['Status', 'Tier'].includes(h), `header “${h}” is not English`).toBe(false);
    }
    // Every row of the CSV export (its first line is the header).
    expect(ws.rowCount - 1).toBe(csv.length - 1);
    expect(ws.rowCount - 1).toBeGreaterThan(10);
    // Each numeric column of the workbook is a column of the CSV, value for value (the CSV rounds USD to the cent).
    for (let j = 0; j < headers.length; j++) {
      const values = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2).getCell(j + 1).value);
      if (!values.some((v) => typeof v === 'number')) continue;
      const match = csv[0]!.findIndex((_, k) => values.every((v, i) => (v === null ? csv[i + 1]![k] === '' : typeof v === 'number' && Math.abs(Number(csv[i + 1]![k]) - v) <= 0.005)));
      expect(match, `numeric column “${headers[j]}” equals a CSV column`).toBeGreaterThanOrEqual(0);
      expect(ws.getRow(2).getCell(j + 1).numFmt, `“${headers[j]}” has a display format`).toMatch(/0/);
    }
    const about = wb.worksheets[0]!.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(about.join('\n')).toContain(`${id['filter.cluster']}: ${ceper}`);
    expect(about.join('\n')).toContain('dalam Bahasa Indonesia');
    expect(about).toContain(id['xlsx.sheets']);

    // LibreOffice opens it and prints it: the scope on the first page, the table's header after it.
    const [pdf] = officeToPdf([xlsxFile], OUT);
    expect(pdfPages(pdf!)).toBeGreaterThanOrEqual(2);
    const pages = pdfPageTexts(pdf!).map(flat);
    expect(pages[0]).toContain(ceper);
    expect(pages.join(' ')).toContain(headers[1]!);
  }, 180_000);

  it('the briefing basket as one workbook: both views’ tables, each view’s scope on the first sheet, in Indonesian', async () => {
    const id = registeredMessages('id');
    const { page, errors } = await fx.page('?view=opportunities&lang=id&cluster=cl-ceper');
    await page.waitForSelector('#opp-chart-svg', { state: 'attached', timeout: 60_000 });
    await page.click('#export summary');
    await page.click('#basket-add');
    // The status names the basket's size once the view is in it (the menu's busy mark is on
    // #export-tools, not on the menu: waiting on the menu did not wait).
    const inBasket = (n: number) => page.waitForFunction((s) => document.getElementById('status')?.textContent?.includes(s) ?? false, `(berisi ${n} tampilan)`);
    await inBasket(1);
    // The basket lives as long as the page: switch views with the tab, not a new address.
    await page.click('#tab-risk');
    await page.waitForSelector('#risk-chart-svg', { state: 'attached', timeout: 60_000 });
    await page.click('#export summary');
    const riskTables = await page.locator('#export .menu-items button[id^=export-csv-]').count();
    await page.click('#basket-add');
    await inBasket(2);
    // Opening the menu again lists the basket as it is now.
    await page.click('#export summary');
    expect(await page.locator('#basket-xlsx').textContent()).toBe(id['basket.xlsx']!.replace('{n}', '2'));
    const wb = await workbook(await download(page, 'basket-xlsx', `${OUT}/basket-id.xlsx`));
    // Opportunities on Ceper has one table; Risk its own.
    expect(wb.worksheets).toHaveLength(1 + 1 + riskTables);
    const about = wb.worksheets[0]!.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(about[0]).toBe(id['doc.deck']);
    expect(about.some((l) => l.startsWith(`${id['scope.view']}: ${id['view.opportunities']}`))).toBe(true);
    expect(about.some((l) => l.startsWith(`${id['scope.view']}: ${id['view.risk']}`))).toBe(true);
    // Each view's address right under its scope (its own view and filters); the sources they share
    // once, the product's line last among them.
    const linkOf = (view: string) => about.find((l) => l.startsWith(id['src.link']!.replace('{url}', '')) && l.includes(`view=${view}`));
    const scopeAt = (view: string) => about.findIndex((l) => l.startsWith(`${id['scope.view']}: ${id[`view.${view}`]}`));
    for (const view of ['opportunities', 'risk']) {
      expect(linkOf(view), view).toContain('cluster=cl-ceper');
      expect(about.indexOf(linkOf(view)!)).toBeGreaterThan(scopeAt(view));
      expect(about.indexOf(linkOf(view)!)).toBeLessThan(about.indexOf(id['xlsx.sheets']!, scopeAt(view)));
    }
    const sources = about.slice(about.lastIndexOf(id['doc.sources']!) + 1);
    expect(sources.filter((l) => l.startsWith(id['src.link']!.replace('{url}', '')))).toEqual([]);
    expect(sources.filter((l) => l === id['src.product'])).toHaveLength(1);
    expect(errors).toEqual([]);
  }, 120_000);

  it('Complexity in both languages: each tab named in whole words, its whole title on the scope sheet', async () => {
    // Excel allows 31 characters in a tab's name. Cut from the titles, the seed's tabs read
    // "Components by group, with PCI", "Components a cluster does not" (and "Komponen menurut (2)"
    // beside "Komponen menurut kompleksitas" at national scale); each table names its tab now.
    for (const [lang, tabs] of [
      ['en', ['Scope', 'Clusters by group (ECI)', 'Components by group (PCI)', 'Not yet made, by density']],
      ['id', ['Cakupan', 'Sentra per kelompok (ECI)', 'Komponen per kelompok (PCI)', 'Belum dibuat, menurut kepadatan']],
    ] as const) {
      const m = registeredMessages(lang);
      const { page, errors } = await fx.page(`?view=complexity&lang=${lang}`);
      await page.waitForSelector('#cx-opportunities', { timeout: 60_000 });
      await page.click('#export summary');
      const wb = await workbook(await download(page, 'export-xlsx', `${OUT}/complexity-${lang}.xlsx`));
      expect(wb.worksheets.map((ws) => ws.name)).toEqual(tabs);
      const about = wb.worksheets[0]!.getColumn(1).values.filter((v): v is string => typeof v === 'string');
      for (const [tab, title] of [
        [tabs[1], m['cx.clusterCaptionBlock']],
        [tabs[2], m['cx.componentCaptionBlock']],
        [tabs[3], m['cx.opportunityTitle']],
      ] as const) {
        expect(about.some((l) => l.startsWith(`${tab}: ${title} (`))).toBe(true);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 120_000);

  it('Risk in English: one sheet per table, names Excel accepts, the same rows as each CSV', async () => {
    const { page, errors } = await fx.page('?view=risk&lang=en');
    await page.waitForSelector('#risk-chart-svg', { state: 'attached', timeout: 60_000 });
    await page.click('#export summary');
    const csvItems = await page.locator('#export .menu-items button[id^=export-csv-]').evaluateAll((bs) => bs.map((b) => b.id));
    const wb = await workbook(await download(page, 'export-xlsx', `${OUT}/risk-en.xlsx`));
    // Unfocused, the name is the title's alone.
    expect(suggested).toBe(`rantai-supply-risk-single-sources-and-failure-impact-${new Date().toISOString().slice(0, 10)}.xlsx`);
    expect(wb.worksheets[0]!.name).toBe('Scope');
    // The chart's one-sentence-per-bar text is for screen readers in the app; in the export the
    // chart's labels and the first table say the same, and as key figures it repeated ten rows.
    const barSentence = /: \d+ OEMs? cut off, USD [\d.,]+( [mk]| bn)? a year of supply lost\.$/;
    const spoken = await page.locator('#risk-chart ul.sr-only li').allTextContents();
    expect(spoken.length).toBeGreaterThan(0);
    for (const s of spoken) expect(s).toMatch(barSentence);
    const scopeLines: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => void scopeLines.push(String(cell.value))));
    expect(scopeLines.filter((l) => barSentence.test(l))).toEqual([]);
    expect(wb.worksheets).toHaveLength(csvItems.length + 1);
    const names = wb.worksheets.map((s) => s.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    for (const [i, item] of csvItems.entries()) {
      const csv = parse((await download(page, item, `${OUT}/risk-en-${i}.csv`)).toString('utf8').replace(/^\uFEFF/, ''), { columns: false }) as string[][];
      expect(wb.worksheets[i + 1]!.rowCount, `sheet ${names[i + 1]}`).toBe(csv.length);
    }
    expect(errors).toEqual([]);
  }, 120_000);
});
