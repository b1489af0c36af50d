// A PDF briefing's table column that holds one value in every row shown is said once above the
// table instead (web/src/export/pdf.ts): Link and match focused on Sentra IKM logam Ceper set
// "Sentra IKM logam Ceper" on four lines in every row of its narrow sentra column. Documents are
// written by the export code itself (jsPDF runs in Node) and read back with poppler's pdftotext.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingDoc, BriefingTable } from '../../web/src/export/capture.ts';
import { docsToPdf } from '../../web/src/export/pdf.ts';
import { flat, officeUnavailable, pdfPageTexts } from './read-back.ts';

const unavailable = officeUnavailable();
if (unavailable && process.env.CI) throw new Error(`the PDF table test needs ${unavailable}`);
const OUT = path.resolve('test-artifacts/pdf-every-row');

const CEPER = 'Sentra IKM logam Ceper';

function table(title: string, clusters: string[]): BriefingTable {
  const rows = clusters.map((cluster, i) => [String(i + 1), `IKM Ceper 0${i + 1}`, cluster, `Buyer ${i + 1}`, `USD ${i + 1}00,000`]);
  return {
    title,
    headers: ['Rank', 'Supplier', 'Cluster', 'Buyer', 'Imports replaced'],
    numeric: [true, false, false, false, true],
    long: [false, false, false, false, false],
    slide: [true, true, true, true, true],
    rows,
    at: rows.map((_, i) => i),
    focus: [],
    total: rows.length,
    csv: '',
    notes: { html: '', pdf: `All ${rows.length} rows.`, slide: '' },
    csvLabel: 'CSV',
  } as BriefingTable;
}

function doc(tables: BriefingTable[]): BriefingDoc {
  const line = `View: Link and match · Cluster: ${CEPER}`;
  return {
    lang: 'en',
    view: 'links',
    title: 'Link and match',
    scope: { filters: line, items: [], dataset: 'Data: test', exported: 'Exported 2026-12-06, in English', notice: 'Estimates.', line, lines: [line] },
    url: 'http://localhost/?view=links',
    date: '2026-12-06',
    figure: null,
    slide: null,
    figures: [],
    method: [],
    tables,
    data: [],
    sources: ['Source A'],
    text: { keyFigures: 'Key figures', tables: 'Tables', method: 'Method', sources: 'Sources', scope: 'Scope', legend: 'Legend', picture: 'Picture', page: 'Page {n} of {m}', empty: 'Nothing to show', everyRow: '{column} in every row shown: {value}', pictureBand: '{title}: picture, part {n} of {m}' },
  };
}

async function pageText(name: string, tables: BriefingTable[]): Promise<string> {
  await mkdir(OUT, { recursive: true });
  const file = `${OUT}/${name}.pdf`;
  await writeFile(file, Buffer.from(await (await docsToPdf([doc(tables)])).arrayBuffer()));
  return flat(pdfPageTexts(file, true).join('\n'));
}

const count = (text: string, s: string): number => text.split(s).length - 1;

describe.skipIf(unavailable !== null)('a PDF table column with one value in every row', () => {
  it('is said once above the table, and the others keep their columns', async () => {
    const text = await pageText('same', [table('Recommended links', [CEPER, CEPER, CEPER])]);
    // In the scope line of the title block and of the page's footer, and once above the table;
    // before, in each of the three rows instead.
    expect(text).toContain(`Cluster in every row shown: ${CEPER}`);
    expect(count(text, CEPER)).toBe(2 + 1);
    expect(text).not.toMatch(/Rank Supplier Cluster Buyer/);
    expect(text).toMatch(/Rank Supplier Buyer Imports replaced/);
    for (const s of ['IKM Ceper 01', 'IKM Ceper 03', 'Buyer 2', 'USD 300,000']) expect(text).toContain(s);
  });

  it('stays a column when its rows differ, or when the table has one row', async () => {
    const text = await pageText('differ', [table('Mixed', [CEPER, 'Sentra IKM logam Tegal', CEPER]), table('One row', ['Sentra IKM logam Pasuruan'])]);
    expect(text).not.toContain('in every row shown');
    expect(count(text, 'Rank Supplier Cluster Buyer')).toBe(2);
    // The scope lines (title block, footer) and the two rows of Ceper.
    expect(count(text, CEPER)).toBe(2 + 2);
    expect(text).toContain('Sentra IKM logam Pasuruan');
  });
});
