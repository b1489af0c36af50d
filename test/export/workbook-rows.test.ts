// The exported workbook's data rows (server/model/workbook/rows.ts) are written as sheet XML
// directly, not through exceljs's row objects (too slow for the national dataset). The peer here
// is exceljs itself: the same values, written row by row with its streaming writer as the export
// used to, must give byte-identical <row> elements in every sheet — on the seed, and on a
// generated dataset whose names carry every character XML escapes or cannot hold (& < > " ' and
// control characters), empty optional cells, lists, whole and decimal numbers. The package is then
// read back by exceljs (the upload path's reader); workbook.test.ts reads the same exports with
// openpyxl, a reader of its own.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { datasetFromWorkbook, datasetToGraph, FILE_SPECS, readDataset, workbookBytes, type Dataset } from '../../server/model/index.ts';
import { rowXml } from '../../server/model/workbook/rows.ts';
import { datasetSheetRows } from '../../server/model/workbook/write.ts';
import { generateDataset } from '../../seed/generator/index.ts';

/** Each sheet's data rows as exceljs's streaming writer renders them (no styles, no shared strings). */
async function exceljsRows(dataset: Dataset): Promise<Map<string, string>> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => sink.on('end', resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  for (const sheet of datasetSheetRows(dataset)) {
    const ws = wb.addWorksheet(sheet.sheet);
    ws.addRow(['header']).commit();
    for (let i = 0; i < sheet.length; i++) ws.addRow([...sheet.row(i)]).commit();
    ws.commit();
  }
  await wb.commit();
  await done;
  return sheetData(Buffer.concat(chunks));
}

/** Each sheet's rows after the header (the text between the first </row> and </sheetData>), by sheet name. */
function sheetData(xlsx: Uint8Array): Map<string, string> {
  const parts = unzipSync(xlsx);
  const rels = new Map([...strFromU8(parts['xl/_rels/workbook.xml.rels']!).matchAll(/Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const out = new Map<string, string>();
  for (const m of strFromU8(parts['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const xml = strFromU8(parts[`xl/${rels.get(m[2]!)!}`]!);
    const body = /<sheetData>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? '';
    out.set(m[1]!, body.slice(body.indexOf('</row>') + '</row>'.length));
  }
  return out;
}

/** A generated dataset with names that need escaping or hold characters XML cannot. */
function awkward(): Dataset {
  const d = generateDataset({ clusters: 3, firms: 120, components: 12, seed: 11 });
  d.firms[0]!.name = `PT "Logam" & <Ceper> 'Jaya'`;
  d.firms[1]!.name = 'CV Tab\there, bell\u0007 and DEL\u007f gone';
  d.firms[2]!.name = 'Koperasi  Baja\r\nbaris dua';
  d.components[0]!.name = 'Cakram rem > 300 mm & < 400 mm';
  return d;
}

describe('the workbook rows written as XML', () => {
  for (const [name, load] of [
    ['the seed', () => readDataset('seed/indonesia')],
    ['a generated dataset with awkward names', async () => awkward()],
  ] as const) {
    it(`are the rows exceljs writes, byte for byte: ${name}`, async () => {
      const dataset = await load();
      const ours = sheetData(await workbookBytes(dataset));
      const peer = await exceljsRows(dataset);
      expect([...ours.keys()].filter((k) => k !== 'README')).toEqual(FILE_SPECS.map((s) => s.name));
      for (const spec of FILE_SPECS) {
        expect(ours.get(spec.name), spec.name).toBe(peer.get(spec.name));
        expect((ours.get(spec.name)!.match(/<row /g) ?? []).length, spec.name).toBe(((dataset[spec.name] ?? []) as unknown[]).length);
      }
    });
  }

  it('reads back as the same dataset (the upload path reads it with exceljs)', async () => {
    const dataset = awkward();
    const back = await datasetFromWorkbook('book.xlsx', await workbookBytes(dataset));
    const graph = (d: Dataset) => datasetToGraph(d);
    // Control characters are left out, as exceljs left them out, and XML reads a line end as a
    // line feed (as it did from exceljs's rows); the rest reads back as written.
    const expected = structuredClone(dataset);
    expected.firms[1]!.name = 'CV Tab\there, bell and DEL gone';
    expected.firms[2]!.name = 'Koperasi  Baja\nbaris dua';
    expect(graph(back)).toEqual(graph(expected));
  });

  it('renders a row as exceljs does: spans over every column, no cell for an empty value', () => {
    // By hand: columns A, B, C; B empty; row 7.
    expect(rowXml(7, ['a&b', null, 2.5], ['A', 'B', 'C'])).toBe('<row r="7" spans="1:3" x14ac:dyDescent="0.25"><c r="A7" t="str"><v>a&amp;b</v></c><c r="C7"><v>2.5</v></c></row>');
    expect(rowXml(8, [null, 0, null], ['A', 'B', 'C'])).toBe('<row r="8" spans="1:3" x14ac:dyDescent="0.25"><c r="B8"><v>0</v></c></row>');
    expect(rowXml(9, ['x\u0001<y>'], ['A'])).toBe('<row r="9" spans="1:1" x14ac:dyDescent="0.25"><c r="A9" t="str"><v>x&lt;y&gt;</v></c></row>');
  });
});
