// A PDF briefing's table column that holds one value in every row shown is said once above the
// table instead (web/src/export/pdf.ts): Link and match focused on Sentra IKM logam Ceper set
// "Sentra IKM logam Ceper" on four lines in every row of its narrow sentra column. Documents are
// written by the export code itself (jsPDF runs in Node) and read back with poppler's pdftotext.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingDoc, BriefingTable } from '../../web/src/export/capture.ts';
import { docsToPdf } from '../../web/src/export/pdf.ts';
import { briefingDoc, briefingTable } from './briefing-fixture.ts';
import { flat, officeUnavailable, pdfPageTexts } from './read-back.ts';

const unavailable = officeUnavailable();
if (unavailable && process.env.CI) throw new Error(`the PDF table test needs ${unavailable}`);
const OUT = path.resolve('test-artifacts/pdf-every-row');

const CEPER = 'Sentra IKM logam Ceper';

function table(title: string, clusters: string[]): BriefingTable {
  const rows = clusters.map((cluster, i) => [String(i + 1), `IKM Ceper 0${i + 1}`, cluster, `Buyer ${i + 1}`, `USD ${i + 1}00,000`]);
  return briefingTable(title, ['Rank', 'Supplier', 'Cluster', 'Buyer', 'Imports replaced'], rows, { numeric: [true, false, false, false, true], notes: { pdf: `All ${rows.length} rows.` } });
}

function doc(tables: BriefingTable[]): BriefingDoc {
  return briefingDoc({ view: 'links', title: 'Link and match', line: `View: Link and match · Cluster: ${CEPER}`, date: '2026-12-06', notice: 'Estimates.' }, { tables });
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
