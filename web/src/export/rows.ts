// Which rows of a table a document shows. A PDF, an HTML briefing and a slide have room for the
// first rows only (ROWS in capture.ts), but a view that keeps a whole ranking around its focus
// (Complexity: a cluster's national rank among 416, a component's among 2,000) would lose the very
// row the analyst asked about past the cut. So rows in focus that lie further down are shown too,
// after the first rows and a gap row, at most half of the room; the note says which they are.
import { formatNumber, t } from '../app/i18n.ts';
import './messages.ts';

/**
 * Indices (ascending) of the rows a document of `room` rows shows out of `total`: the first rows,
 * and the rows in `focus` (ascending indices) that lie past them, at most ceil(room / 2) of those.
 */
export function pickRows(total: number, focus: readonly number[], room: number): number[] {
  const chosen = focus.filter((i) => i >= 0 && i < total).slice(0, Math.ceil(room / 2));
  let head = Math.min(room, total);
  while (head > 0 && head + chosen.filter((i) => i >= head).length > room) head--;
  const rows = Array.from({ length: head }, (_, i) => i);
  for (const i of chosen) if (i >= head) rows.push(i);
  return rows;
}

/** The parts of a document table the selection reads: each row's index in the whole table, the focus rows' positions. */
export interface PickedRows {
  /** Each formatted row's index in the whole table (0-based). */
  at: readonly number[];
  /** Positions (in `at`) of the rows in focus. */
  focus: readonly number[];
  total: number;
}

/** Positions of the rows a document with room for `room` rows shows, of the rows a table carries. */
export const shownRows = (tb: PickedRows, room: number): number[] => pickRows(tb.at.length, tb.focus, room);

/** Whether a gap row goes before the row at position `k` of `shown` (the rows skipped between). */
export const gapBefore = (tb: PickedRows, shown: readonly number[], k: number): boolean => k > 0 && tb.at[shown[k]!]! !== tb.at[shown[k - 1]!]! + 1;

/** What a document says under a table of which it shows the rows at `shown`; `elsewhere` adds where the full table is. */
export function rowsNote(tb: PickedRows, shown: readonly number[], elsewhere: boolean): string {
  if (tb.total === 0) return t('doc.noRows');
  if (shown.length >= tb.total) return t('doc.allRows', { total: tb.total });
  let head = 0;
  while (head < shown.length && tb.at[shown[head]!] === head) head++;
  const later = shown.slice(head).map((p) => tb.at[p]! + 1);
  const first = later.length === 0 ? t('doc.firstRows', { shown: head, total: tb.total }) : t('doc.firstRowsFocus', { shown: head, total: tb.total, n: later.length, at: later.map((i) => formatNumber(i)).join(', ') });
  return elsewhere ? `${first} ${t('doc.elsewhere')}` : first;
}
