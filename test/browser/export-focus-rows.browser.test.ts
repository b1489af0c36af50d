// A briefing keeps the row the analyst asked about (web/src/export/rows.ts): Complexity keeps whole
// rankings around its focus, so on a generated dataset of 40 clusters and 60 components the last
// cluster and the last component of the tables lie past the first rows a document has room for
// (20 in the HTML briefing, 50 in the PDF, 10 on a slide). Focused on both, in Bahasa Indonesia,
// each document shows its first rows, a gap row, then the row in focus (bold in the HTML), and its
// note says which row that is. Names and places come from GET /api/analysis/complexity.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterComplexityOut } from '../../server/analysis/cluster-complexity/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { flat, pdfPageTexts, readDeck } from '../export/read-back.ts';
import { ARTIFACTS, browserUnavailable, exportedText, openBrowserFixture, type BrowserFixture } from './harness.ts';

const unavailable = browserUnavailable();
const OUT = path.join(ARTIFACTS, '..', 'export-focus-rows');
let fx: BrowserFixture;
beforeAll(async () => {
  if (unavailable) return;
  await mkdir(OUT, { recursive: true });
  fx = await openBrowserFixture({ store: new EmbeddedStore(generateDataset({ clusters: 40, firms: 1200, components: 60, seed: 5 })) });
});
afterAll(async () => fx?.close());

async function download(page: Page, id: string, file: string): Promise<string> {
  if (!(await page.locator('#export').evaluate((d) => (d as HTMLDetailsElement).open))) await page.click('#export summary');
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click(`#${id}`)]);
  await d.saveAs(file);
  return file;
}

describe.skipIf(unavailable !== null)('briefings keep the rows in focus', () => {
  it('shows the focused cluster and component past the first rows, in the HTML, the PDF and the deck', async () => {
    const api = (await (await fetch(`${fx.server.url}/api/analysis/complexity?lang=id`)).json()) as ClusterComplexityOut;
    const cluster = api.clusters.at(-1)!;
    const component = api.components.at(-1)!;
    expect(api.clusters.length).toBe(40);
    expect(api.components.length).toBeGreaterThan(50);
    const { page, errors } = await fx.page(`?view=complexity&cluster=${cluster.id}&component=${component.id}&lang=id`, { width: 1440, height: 1200 });
    await page.waitForSelector('#cx-summary .cx-focus-line');

    // HTML: 19 first rows, a gap, the row in focus; the note names its place.
    const html = await exportedText(page);
    const reader = await (await fx.browser.newContext({ javaScriptEnabled: false })).newPage();
    await reader.setContent(html);
    const table = (title: string) =>
      reader.evaluate((t) => {
        const section = [...document.querySelectorAll('section.table')].find((s) => s.querySelector('h3')?.textContent === t)!;
        return {
          rows: [...section.querySelectorAll('tbody tr')].map((tr) => (tr.classList.contains('gap') ? '…' : `${tr.classList.contains('focus') ? '*' : ''}${tr.querySelector('td')?.textContent}`)),
          note: section.querySelector('p.note')!.firstChild!.textContent!.trim(),
        };
      }, title);
    const clusters = await table('Sentra menurut kompleksitas ekonomi (ECI)');
    expect(clusters.rows).toEqual([...api.clusters.slice(0, 19).map((c) => c.name), '…', `*${cluster.name}`]);
    expect(clusters.note).toBe('19 baris pertama dari 40 baris, lalu 1 baris dalam fokus di bawahnya (no. 40).');
    const components = await table('Komponen menurut kompleksitas produk (PCI)');
    expect(components.rows).toEqual([...api.components.slice(0, 19).map((c) => c.name), '…', `*${component.name}`]);
    expect(components.note).toBe(`19 baris pertama dari ${api.components.length} baris, lalu 1 baris dalam fokus di bawahnya (no. ${api.components.length}).`);
    // The method: the two ways the Python package differs finish the sentence announcing them, in one bullet.
    const method = await reader.evaluate(() => [...document.querySelectorAll('ul.method li')].map((li) => li.textContent ?? ''));
    expect(method.filter((m) => m.includes('berbeda dalam dua hal: paket itu mempertahankan') && m.includes('; paket itu membagi ECI dan PCI'))).toHaveLength(1);
    expect(method.some((m) => m.startsWith('paket itu'))).toBe(false);
    await reader.context().close();

    // PDF (room for 50): every cluster fits; the component comes after 49 first rows.
    const pdf = pdfPageTexts(await download(page, 'export-pdf', path.join(OUT, 'complexity-id.pdf')), true).map(flat).join(' ');
    expect(pdf).toContain('Seluruh 40 baris.');
    expect(pdf).toContain(`49 baris pertama dari ${api.components.length} baris, lalu 1 baris dalam fokus di bawahnya (no. ${api.components.length}).`);
    expect(pdf).toContain(component.name);

    // Deck: a slide's table ends with the gap row and the row in focus.
    const deck = readDeck(await readFile(await download(page, 'export-pptx', path.join(OUT, 'complexity-id.pptx'))));
    const tables = deck.slides.flatMap((s) => s.tables);
    const ending = (name: string) => tables.find((tb) => tb.at(-1)?.[0] === name);
    for (const name of [cluster.name, component.name]) {
      const tb = ending(name);
      expect(tb, name).toBeDefined();
      // The gap row is one cell across the table (the cells it covers are empty, merged into it).
      expect(tb!.at(-2)).toEqual(['…', ...tb!.at(-1)!.slice(1).map(() => '')]);
    }
    expect(deck.slides.some((s) => s.text.some((p) => /baris pertama dari 40 baris, lalu 1 baris dalam fokus di bawahnya \(no\. 40\)/.test(p)))).toBe(true);
    expect(errors).toEqual([]);
  });
});
