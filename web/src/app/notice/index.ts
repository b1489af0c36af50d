// The one notice box of the UI: a short title, one line per problem, and a dismiss button, in two
// kinds — 'error' (something the user asked for could not be done, e.g. a bad parameter in the
// address) and 'caution' (a result that must not be read as more than it is, e.g. an undefined
// ECI). Every view shows address problems through it (url-problems.ts), and the analysis panels
// their cautions, so the same situation always looks the same.
import { h } from '../dom.ts';
import { t } from '../i18n.ts';
import './messages.ts';
import './style.css';

export interface NoticeOptions {
  kind: 'error' | 'caution';
  title: string;
  /** One paragraph each (text, or nodes for lists and links). */
  lines: Array<string | Node>;
  id?: string;
  /** Shows a dismiss button that calls this (the caller removes or hides the box). */
  onDismiss?: () => void;
}

export function noticeBox(options: NoticeOptions): HTMLElement {
  const head = h('div', { class: 'notice-head' }, h('strong', { class: 'notice-title' }, options.title));
  if (options.onDismiss) {
    head.append(h('button', { type: 'button', class: 'notice-dismiss', 'aria-label': t('notice.dismiss'), title: t('notice.dismiss'), onclick: options.onDismiss }, '×'));
  }
  return h(
    'div',
    { class: `notice notice-${options.kind}`, role: options.kind === 'error' ? 'alert' : 'note', ...(options.id ? { id: options.id } : {}) },
    head,
    ...options.lines.map((line) => (typeof line === 'string' ? h('p', {}, line) : line)),
  );
}
