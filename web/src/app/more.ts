// The "show N more" button under a long table: the views draw the first rows of a long answer
// (the national risk ranking has 21,499 firms, the substitution ranking 823,680 pairs) and add a
// page at a time on request.
import { h } from './dom.ts';

export interface MoreOptions {
  id: string;
  className?: string;
  /** Rows drawn now, and rows there are. */
  shown: number;
  total: number;
  page: number;
  /** The button's text for the number of rows it adds (the last page may be short). */
  label: (n: number) => string;
  onMore: () => void;
}

/** The button, or null once every row is drawn. */
export function moreButton(o: MoreOptions): HTMLButtonElement | null {
  const left = o.total - o.shown;
  if (left <= 0) return null;
  return h('button', { type: 'button', id: o.id, class: o.className, onclick: o.onMore }, o.label(Math.min(o.page, left)));
}
