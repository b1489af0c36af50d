// The data rows of an exported workbook, written as sheet XML directly instead of through
// exceljs's row objects: exceljs makes a Row and a Cell object per value and renders each through
// its XML stream, about 25,000 rows a second, so the national dataset's 1.6 million rows took
// longer than the export's time budget (the route answered 503 on Neo4j). exceljs still writes
// everything else (README sheet, headers, notes, drop-downs, styles: write.ts) with the header
// rows only; this module puts the rows into each sheet's <sheetData> and zips the package again,
// streaming. The rows are the XML exceljs writes for them, byte for byte (its streaming writer
// without shared strings: text as t="str", numbers as they print, no cell for an empty value,
// `spans` over every column of the sheet), which test/export/workbook-rows.test.ts
// checks against exceljs itself.
import type { Writable } from 'node:stream';
import { unzipSync, Zip, ZipDeflate } from 'fflate';
import { columnLetter } from './cells.ts';

/** A sheet's rows: the values of each row in the order of its columns (null: no cell). */
export interface SheetRows {
  /** The sheet's name (its tab). */
  sheet: string;
  /** How many rows. */
  length: number;
  /** The values of row `i` (0-based, the first row under the header). */
  row: (i: number) => ReadonlyArray<string | number | null>;
}

/**
 * The compression level: the national workbook (280 MB of XML) at level 3 took 10.6 s and made
 * 29.7 MB, at level 6 15.6 s and 28.5 MB, at level 1 10.8 s and 33.8 MB.
 */
const LEVEL = 3;
/** Rows rendered per chunk handed to the compressor. */
const CHUNK_ROWS = 4_000;
/** The zip entries' time: fixed, so that the same dataset gives the same bytes. */
const MTIME = new Date('2020-01-01T00:00:00Z');
const END = '</sheetData>';
/** Text as UTF-8 (Node's own encoder: fflate's took 2.3 s of the national workbook). */
const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

// What exceljs's xmlEncode does: the five XML escapes, and control characters XML 1.0 cannot
// hold (all below 32 but tab, line feed and carriage return, and DEL) left out.
// eslint-disable-next-line no-control-regex
const SPECIAL = /["&'<>\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const xmlText = (s: string): string => s.replace(SPECIAL, (c) => ESCAPES[c] ?? '');

/** One row as exceljs renders it (row number `r`, 1-based; `letters`: the columns' letters). */
export function rowXml(r: number, values: ReadonlyArray<string | number | null>, letters: readonly string[]): string {
  let cells = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    cells += typeof v === 'number' ? `<c r="${letters[i]}${r}"><v>${String(v)}</v></c>` : `<c r="${letters[i]}${r}" t="str"><v>${xmlText(v)}</v></c>`;
  }
  // exceljs gives every value of the row a cell, empty ones too, and spans them all.
  return `<row r="${r}" spans="1:${values.length}" x14ac:dyDescent="0.25">${cells}</row>`;
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Each sheet's part name by the sheet's name, from the workbook part and its relationships. */
function sheetParts(parts: Record<string, Uint8Array>): Map<string, string> {
  const decode = (name: string) => new TextDecoder().decode(parts[name] ?? new Uint8Array());
  const targets = new Map<string, string>();
  for (const [tag] of decode('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) targets.set(attribute(tag, 'Id') ?? '', attribute(tag, 'Target') ?? '');
  const out = new Map<string, string>();
  for (const [tag] of decode('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const target = targets.get(attribute(tag, 'r:id') ?? '');
    if (target) out.set(attribute(tag, 'name') ?? '', `xl/${target.replace(/^\/?xl\//, '')}`);
  }
  return out;
}

/**
 * Writes `pkg` (an .xlsx exceljs wrote with header rows only) to `out` with `sheets`' rows after
 * each sheet's header row, every part compressed again in the package's order.
 */
export async function withRows(pkg: Uint8Array, sheets: readonly SheetRows[], out: Writable): Promise<void> {
  const parts = unzipSync(pkg);
  const partOf = sheetParts(parts);
  const bySheet = new Map<string, SheetRows>();
  for (const s of sheets) {
    const part = partOf.get(s.sheet);
    if (!part || !parts[part]) throw new Error(`the workbook has no sheet ${s.sheet}`);
    bySheet.set(part, s);
  }
  let failed: Error | null = null;
  let waiting = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failed = error;
    else if (chunk.length > 0 && !out.write(chunk)) waiting = true;
    if (final) out.end();
  });
  // The compressor calls back synchronously: wait for the stream to drain between pushes.
  const drained = async () => {
    if (failed) throw failed;
    if (waiting) {
      waiting = false;
      await new Promise((resolve) => out.once('drain', resolve));
    }
  };
  for (const [name, bytes] of Object.entries(parts)) {
    const file = new ZipDeflate(name, { level: LEVEL });
    file.mtime = MTIME;
    zip.add(file);
    const sheet = bySheet.get(name);
    if (!sheet) {
      file.push(bytes, true);
      await drained();
      continue;
    }
    const xml = new TextDecoder().decode(bytes);
    const at = xml.lastIndexOf(END);
    if (at < 0) throw new Error(`${name} has no ${END}`);
    file.push(utf8(xml.slice(0, at)));
    const width = sheet.length === 0 ? 0 : sheet.row(0).length;
    const letters = Array.from({ length: width }, (_, i) => columnLetter(i + 1));
    for (let from = 0; from < sheet.length; from += CHUNK_ROWS) {
      let chunk = '';
      // Row 1 is the header.
      for (let i = from; i < Math.min(sheet.length, from + CHUNK_ROWS); i++) chunk += rowXml(i + 2, sheet.row(i), letters);
      file.push(utf8(chunk));
      await drained();
    }
    file.push(utf8(xml.slice(at)), true);
    await drained();
  }
  zip.end();
  if (failed) throw failed;
}
