// Table cells as a reader sees them in a document (HTML, PDF, slides): numbers rounded to the
// column's display precision with their unit, in the UI's number format (the same formatNumber and
// formatUsd the views use), coded values as words, machine ids left out. CSV keeps the raw values.
import { toCsvTable } from '../../../server/export/csv-table.ts';
import { formatFixed, formatNumber, formatPercent, formatUsd, t } from '../app/i18n.ts';
import type { ColumnSpec, TableExport } from '../app/view.ts';
import './messages.ts';
import { pickRows } from './rows.ts';

/** Decimal places of a number nobody gave a precision for (the most any column shows). */
export const MAX_DIGITS = 3;

export function formatCell(value: unknown, column: ColumnSpec): string {
  if (value === null || value === undefined || value === '') return '—';
  // An empty list (no gaps, no evidence) reads as the dash of an empty cell, not as nothing.
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => formatCell(v, column)).join('; ');
  if (typeof value === 'boolean') return t(value ? 'doc.yes' : 'doc.no');
  if (typeof value === 'string') return column.words?.[value] ?? value;
  if (typeof value !== 'number') return JSON.stringify(value);
  if (!Number.isFinite(value) || (value === 0 && column.zeroDash === true)) return '—';
  switch (column.format) {
    case 'usd':
      return formatUsd(value);
    case 'km':
      return `${formatNumber(value)} km`;
    case 'tonnes':
      return `${formatNumber(value)} t`;
    case 'ratio':
      return `${formatNumber(value, column.digits ?? 1)}×`;
    case 'percent':
      return formatPercent(value);
    case 'year':
      return String(Math.round(value));
    case 'count':
      return formatNumber(value);
    default:
      // A column with a stated precision shows every value to it, so the column reads evenly (0.740 beside 0.741).
      return column.digits !== undefined ? formatFixed(value, column.digits) : formatNumber(value, Number.isInteger(value) ? 0 : MAX_DIGITS);
  }
}

const NUMERIC = new Set(['usd', 'km', 'tonnes', 'ratio', 'percent', 'decimal', 'count', 'year']);

/** A table ready for a document: human headers, formatted cells of the first rows, and the full CSV. */
export interface DocTable {
  title: string;
  headers: string[];
  /** Right-aligned columns. */
  numeric: boolean[];
  /** Long sentences: a line of their own under each row in HTML and PDF. */
  long: boolean[];
  /** Columns slide tables show (ColumnSpec.slide; by default the short ones). */
  slide: boolean[];
  /** The first rows, and rows in focus further down (export/rows.ts), formatted. */
  rows: string[][];
  /** Each row's index in the whole table (0-based). */
  at: number[];
  /** Positions in `rows` of the rows in focus. */
  focus: number[];
  /** Rows in the whole table. */
  total: number;
  /** The whole table as CSV (raw values, machine headers: what the CSV export gives). */
  csv: string;
}

export function docTable(table: TableExport, maxRows: number): DocTable {
  const shown = table.columns.filter((c) => !c.id && !c.csvOnly);
  const focus = new Set(table.focusRows ?? []);
  const at = pickRows(table.rows.length, [...focus].sort((a, b) => a - b), maxRows);
  return {
    title: table.title,
    headers: shown.map((c) => c.header),
    numeric: shown.map((c) => NUMERIC.has(c.format ?? 'text')),
    long: shown.map((c) => c.long === true),
    slide: shown.map((c) => c.slide ?? c.long !== true),
    rows: at.map((i) => shown.map((c) => formatCell(table.rows[i]![c.key], c))),
    at,
    focus: at.flatMap((i, k) => (focus.has(i) ? [k] : [])),
    total: table.rows.length,
    csv: tableCsv(table),
  };
}

/** A view's table as CSV: raw values under machine headers, its USD columns to the cent. */
export function tableCsv(table: Pick<TableExport, 'columns' | 'rows'>): string {
  return toCsvTable(table.columns.map((c) => c.key), table.rows, { cents: table.columns.filter((c) => c.format === 'usd').map((c) => c.key) });
}

/** A column, briefly: col('importValueUsd', t('col.importValue'), 'usd'). */
export const col = (key: string, header: string, format: ColumnSpec['format'] = 'text', more: Partial<ColumnSpec> = {}): ColumnSpec => ({ key, header, format, ...more });

/** Words for the focus/context role of a row. */
export const roleWords = (): Record<string, string> => ({ focus: t('col.role.focus'), context: t('col.role.context') });
/**
 * A supply link's place, in the key figures' words: inside the focus (both firms in it), or to or
 * from outside it (one of them). As "around the focus", a sentra's own sales to buyers outside it
 * read as someone else's.
 */
export const linkRoleWords = (): Record<string, string> => ({ focus: t('col.role.link.focus'), context: t('col.role.link.context') });

/** Words for the tier codes (OEM, TIER1, …, and the node labels a map place may have). */
export const tierWords = (): Record<string, string> => ({
  ...Object.fromEntries(['OEM', 'TIER1', 'TIER2', 'IKM', 'BUYER'].map((k) => [k, t(`tier.${k}`)])),
  Cluster: t('label.Cluster'),
  Country: t('label.Country'),
});

/** Definitions without repeats (several figures share one). */
export const distinct = (lines: readonly string[]): string[] => [...new Set(lines.filter((l) => l !== ''))];
