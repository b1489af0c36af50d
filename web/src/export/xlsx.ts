// A small Office Open XML workbook writer for the browser: sheets of text and typed numbers, each
// number with its display format (so Excel and LibreOffice show it with the reader's own thousands
// and decimal separators while keeping the full value), bold or wrapped cells, column widths, a
// frozen header row with a filter. Written here rather than through exceljs, which is some 900 kB
// for the browser and needs Node's stream and buffer polyfills; the parts below are the minimum the
// format requires (ECMA-376 Part 1, SpreadsheetML), zipped with fflate.
//
// Text is written as inline strings, never as formulas, so a cell starting with "=" or "+" stays
// text in every spreadsheet (what the CSV export needs its formula guard for).
import { strToU8, zipSync } from 'fflate';
import { xmlText } from '../../../server/export/xml.ts';
import { columnLetter as columnName } from '../../../server/model/workbook/column-letter.ts';

/** How a cell looks: a number format (Excel's codes, e.g. '#,##0'), bold, wrapped, a header's shading, a larger title. */
export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  wrap?: boolean;
  header?: boolean;
  title?: boolean;
}

export interface Cell {
  /** Text, a number, or nothing (no cell written). */
  value: string | number | null;
  style?: CellStyle;
}

export interface Sheet {
  /** The tab's name (at most 31 characters, without []:*?/\; see sheetName). */
  name: string;
  /** Column widths in characters. */
  widths: number[];
  rows: Cell[][];
  /** The first row is a header: frozen while scrolling, with a filter over the table. */
  header?: boolean;
}

export interface Book {
  sheets: Sheet[];
  /** Document properties a file browser shows. */
  title: string;
  subject: string;
  /** BCP 47 ('en', 'id'). */
  language: string;
  created: Date;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Custom number formats are numbered from 164 (0–163 are the built-in ones). */
const FIRST_CUSTOM_FMT = 164;
/** The zip entries' time: fixed, so the same tables give the same bytes. */
const MTIME = new Date('2020-01-01T00:00:00Z');

/**
 * A valid, unique tab name from a title: the characters Excel refuses replaced, at most 31
 * characters cut between words, and " (2)", " (3)" … after a name already used.
 */
export function sheetName(title: string, used: Set<string>): string {
  let base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  const cut = (s: string, max: number) => {
    if (s.length <= max) return s;
    const gap = s.slice(0, max + 1).lastIndexOf(' ');
    return (gap > max / 2 ? s.slice(0, gap) : s.slice(0, max)).trim();
  };
  base = cut(base, 31);
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${cut(base, 31 - ` (${i})`.length)} (${i})`;
  used.add(name.toLowerCase());
  return name;
}

/** The styles of a book: each distinct CellStyle gets one entry of cellXfs (0 is the plain cell). */
class Styles {
  private readonly xfs = new Map<string, number>([[Styles.key({}), 0]]);
  private readonly list: CellStyle[] = [{}];
  private readonly fmts = new Map<string, number>();

  private static key(style: CellStyle): string {
    return JSON.stringify([style.numFmt ?? '', !!style.bold, !!style.wrap, !!style.header, !!style.title]);
  }

  index(style: CellStyle | undefined): number {
    if (!style) return 0;
    const key = Styles.key(style);
    let i = this.xfs.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(style);
      this.xfs.set(key, i);
      if (style.numFmt && !this.fmts.has(style.numFmt)) this.fmts.set(style.numFmt, FIRST_CUSTOM_FMT + this.fmts.size);
    }
    return i;
  }

  xml(): string {
    const fmts = [...this.fmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`).join('');
    // Fonts: 0 plain, 1 bold, 2 the title (bold, larger). Fills: 0 and 1 are required, 2 the header's shading.
    const xfs = this.list
      .map((s) => {
        const font = s.title ? 2 : s.bold || s.header ? 1 : 0;
        const fill = s.header ? 2 : 0;
        const fmt = s.numFmt ? this.fmts.get(s.numFmt)! : 0;
        const wrap = s.wrap || s.header;
        // Every cell at the top of its row, so a number stands beside the first line of a wrapped name.
        const apply = `${fmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''} applyAlignment="1"`;
        const align = `<alignment vertical="top"${wrap ? ' wrapText="1"' : ''}/>`;
        return `<xf numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${apply}>${align}</xf>`;
      })
      .join('');
    return (
      `${HEAD}<styleSheet xmlns="${MAIN}">` +
      (this.fmts.size ? `<numFmts count="${this.fmts.size}">${fmts}</numFmts>` : '') +
      '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7ECF2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.list.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

function cellXml(ref: string, cell: Cell, styles: Styles): string {
  const s = styles.index(cell.style);
  const style = s ? ` s="${s}"` : '';
  const v = cell.value;
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${style}><v>${v}</v></c>` : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(v ?? '')}</t></is></c>`;
}

/** Points per line of 11-point text, and of the 14-point title. */
const LINE_PT = 15;
const TITLE_PT = 20;
const CHARS_PER_UNIT = 1.15;

/**
 * A row's height in points when one of its cells wraps, else undefined (the default). Spreadsheets
 * do not grow a row for wrapped text when they open a file (LibreOffice drew the lines over the
 * next rows), so the lines are estimated from the column's width.
 */
export function rowHeight(row: readonly Cell[], widths: readonly number[]): number | undefined {
  let lines = 1;
  let wraps = false;
  for (let j = 0; j < row.length; j++) {
    const c = row[j]!;
    if (!(c.style?.wrap || c.style?.header) || typeof c.value !== 'string') continue;
    wraps = true;
    // A width unit is one digit of the default font; text averages about 1.15 characters per unit.
    const w = Math.max(1, ((widths[j] ?? 10) - 1) * CHARS_PER_UNIT);
    lines = Math.max(lines, c.value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / w)), 0));
  }
  if (row.some((c) => c.style?.title)) return TITLE_PT;
  return wraps && lines > 1 ? lines * LINE_PT : undefined;
}

/** Columns a sheet uses (a loop, not Math.max(...rows): a table of 100,000 rows is too many arguments). */
function sheetWidth(sheet: Sheet): number {
  let width = Math.max(1, sheet.widths.length);
  for (const r of sheet.rows) width = Math.max(width, r.length);
  return width;
}

function sheetXml(sheet: Sheet, styles: Styles): string {
  const width = sheetWidth(sheet);
  const letters = Array.from({ length: width }, (_, i) => columnName(i + 1));
  const rows = sheet.rows
    .map((row, i) => {
      const cells = row.map((c, j) => (c.value === null ? '' : cellXml(`${letters[j]}${i + 1}`, c, styles))).join('');
      const ht = rowHeight(row, sheet.widths);
      return `<row r="${i + 1}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${cells}</row>`;
    })
    .join('');
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w.toFixed(1)}" customWidth="1"/>`).join('');
  const last = `${letters[width - 1]}${Math.max(1, sheet.rows.length)}`;
  const frozen = sheet.header ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' : '';
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    // Printed, a sheet fits the page's width (as many pages down as it needs), in landscape.
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    (sheet.header && sheet.rows.length > 1 ? `<autoFilter ref="A1:${last}"/>` : '') +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}

/** The workbook as the bytes of an .xlsx file. */
export function xlsxBytes(book: Book): Uint8Array {
  const styles = new Styles();
  const sheets = book.sheets.map((s) => sheetXml(s, styles));
  const quoted = (name: string) => `'${name.replaceAll("'", "''")}'`;
  const filters = book.sheets
    .map((s, i) => (s.header && s.rows.length > 1 ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`${quoted(s.name)}!$A$1:$${columnName(sheetWidth(s))}$${s.rows.length}`)}</definedName>` : ''))
    .join('');
  const files: Record<string, string> = {
    '[Content_Types].xml':
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '</Types>',
    '_rels/.rels':
      `${HEAD}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '</Relationships>',
    'docProps/core.xml':
      `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:title>${xmlText(book.title)}</dc:title><dc:subject>${xmlText(book.subject)}</dc:subject><dc:creator>Rantai</dc:creator><dc:language>${xmlText(book.language)}</dc:language>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${book.created.toISOString().replace(/\.\d{3}Z$/, 'Z')}</dcterms:created>` +
      '</cp:coreProperties>',
    'xl/workbook.xml':
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      book.sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${HEAD}<Relationships xmlns="${PKG_REL}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
      '</Relationships>',
    // After the sheets: every style they use is known once they are written.
    'xl/styles.xml': styles.xml(),
  };
  sheets.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = xml));
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, [strToU8(xml), { mtime: MTIME }]])), { level: 6 });
}
