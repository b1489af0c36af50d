// A view's tables (or the briefing basket's) as one Excel workbook for analysts: a first sheet that
// says what the tables are (title, scope, key figures, method, sources, the sheets that follow),
// then one sheet per table with every row, headers in the page's language, coded values in words,
// and numbers stored as numbers with a display format (USD, km, t, ×, %) so that sums, filters and
// charts work and Excel shows them with the reader's own separators. The CSV export stays as the
// researchers' format (machine keys, raw values).
import { t } from '../app/i18n.ts';
import type { ColumnSpec, TableExport } from '../app/view.ts';
import './messages.ts';
import type { Scope } from './scope.ts';
import { sheetName, xlsxBytes, type Cell, type CellStyle, type Sheet } from './xlsx.ts';

/** One view's part of a workbook: what its scope sheet says and the tables it adds. */
export interface WorkbookView {
  title: string;
  scope: Scope;
  figures: readonly string[];
  method: readonly string[];
  tables: readonly TableExport[];
  /**
   * "The same view again: <address>", under the view's scope. A basket's views each have their
   * own; among the shared sources they were six alike lines, the first apart from the rest.
   */
  link?: string;
}

export interface TablesBook {
  /** The workbook's title (one view's, or the briefing basket's). */
  title: string;
  views: readonly WorkbookView[];
  sources: readonly string[];
  lang: string;
  created: Date;
}

/** The width of the first sheet's one column, in characters; longer lines wrap. */
const ABOUT_WIDTH = 100;
/** Column widths in characters: at least a short number, at most a sentence's first words. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
const LONG_WIDTH = 70;
const HEADER_WIDTH = 24;
/** Rows measured for a column's width (the rest are alike). */
const MEASURED_ROWS = 300;

const decimals = (digits: number): string => (digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0');

/** Excel's number format for a column, or undefined for text. Literal units are quoted. */
export function numberFormat(column: ColumnSpec): string | undefined {
  switch (column.format) {
    case 'usd':
      return '"USD "#,##0';
    case 'km':
      return `${decimals(column.digits ?? 0)}" km"`;
    case 'tonnes':
      return `${decimals(column.digits ?? 0)}" t"`;
    case 'ratio':
      return `${decimals(column.digits ?? 1)}"×"`;
    case 'percent':
      return column.digits ? `0.${'0'.repeat(column.digits)}%` : '0%';
    case 'year':
      return '0';
    case 'count':
      return '#,##0';
    case 'decimal':
      return column.digits === undefined ? 'General' : decimals(column.digits);
    default:
      return undefined;
  }
}

/** A value as the cell stores it: numbers stay numbers; words for codes, yes/no, lists joined. */
export function cellValue(value: unknown, column: ColumnSpec): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.map((v) => cellValue(v, column) ?? '').join('; ');
  if (typeof value === 'boolean') return t(value ? 'doc.yes' : 'doc.no');
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return column.words?.[value] ?? value;
  return JSON.stringify(value);
}

function tableSheet(table: TableExport, name: string): Sheet {
  // Every column but the researchers' ids (the name column beside each says the same) and those whose basis the title states.
  const columns = table.columns.filter((c) => !c.id && !c.csvOnly);
  const styles: Array<CellStyle | undefined> = columns.map((c) => {
    const numFmt = numberFormat(c);
    return numFmt ? { numFmt } : c.long ? { wrap: true } : undefined;
  });
  const header: Cell[] = columns.map((c) => ({ value: c.header, style: { header: true } }));
  const rows: Cell[][] = table.rows.map((r) => columns.map((c, j) => ({ value: cellValue(r[c.key], c), style: styles[j] })));
  const widths = columns.map((c, j) => {
    if (c.long) return LONG_WIDTH;
    // A header of a few words stays on one line; a long one wraps (its row grows: xlsx.ts rowHeight).
    let w = Math.min(HEADER_WIDTH, c.header.length + 2);
    for (const row of rows.slice(0, MEASURED_ROWS)) {
      const v = row[j]!.value;
      // A number's width as shown: its digits, separators and unit.
      const shown = typeof v === 'number' ? Math.round(v).toLocaleString('en').length + 6 : String(v ?? '').length;
      w = Math.max(w, Math.min(MAX_WIDTH, shown + 2));
    }
    return Math.max(MIN_WIDTH, w);
  });
  // A table with no rows says so under its header, as the PDF does: a sheet of headers alone read
  // as an export that failed (the Risk view's single sources of a cluster that has none).
  return { name, widths, rows: [header, ...(rows.length > 0 ? rows : [[{ value: t('doc.noRows') }]])], header: true };
}

/**
 * The first sheet: what the workbook holds, in sentences down one wide column: per view its title,
 * scope, sheets, key figures and method; then the sources (once, without repeats).
 */
function aboutSheet(book: TablesBook, names: readonly string[][]): Sheet {
  const rows: Cell[][] = [];
  const line = (value: string, style?: CellStyle) => rows.push([{ value, style: style ?? { wrap: true } }]);
  const part = (heading: string, lines: readonly string[]) => {
    if (lines.length === 0) return;
    rows.push([]);
    line(heading, { bold: true });
    for (const l of lines) line(l);
  };
  const several = book.views.length > 1;
  if (several) line(book.title, { title: true });
  book.views.forEach((view, v) => {
    if (several) rows.push([]);
    line(view.title, several ? { bold: true } : { title: true });
    part(t('doc.scope'), [view.scope.filters, view.scope.dataset, view.scope.exported, ...(view.link ? [view.link] : [])]);
    // A sheet named as its table is said once ("Perusahaan yang ditampilkan: Perusahaan yang ditampilkan (379 baris)").
    const sheetLine = (sheet: string, title: string, total: number) => (sheet === title ? t('xlsx.sheetLineSame', { title, total }) : t('xlsx.sheetLine', { sheet, title, total }));
    part(t('xlsx.sheets'), view.tables.map((tb, i) => sheetLine(names[v]![i]!, tb.title, tb.rows.length)));
    part(t('export.keyFigures'), view.figures);
    part(t('doc.method'), view.method);
  });
  part(t('doc.sources'), [...new Set(book.sources)]);
  rows.push([]);
  line(t('xlsx.numbers'));
  return { name: sheetName(t('doc.scope'), new Set()), widths: [ABOUT_WIDTH], rows };
}

/** The workbook's bytes: the about sheet, then each view's tables, each on its own sheet. */
export function tablesXlsx(book: TablesBook): Uint8Array {
  const used = new Set<string>([t('doc.scope').toLowerCase()]);
  const names = book.views.map((view) => view.tables.map((tb) => sheetName(tb.sheet ?? tb.title, used)));
  return xlsxBytes({
    sheets: [aboutSheet(book, names), ...book.views.flatMap((view, v) => view.tables.map((tb, i) => tableSheet(tb, names[v]![i]!)))],
    title: book.title,
    subject: book.views.map((view) => view.scope.filters).join(' | '),
    language: book.lang,
    created: book.created,
  });
}
