// What the network, tiers and map views show when the server refuses their focus as too large for
// a view of single firms (413, details.part 'focus': server/store/views.ts, MAX_FOCUS_FIRMS). The
// view drops its picture, which no longer matches the filters, and shows this box in its place:
// the server's sentence (the count, the limit, what to do) and a button to the overview.
import type { AppState } from '../state.ts';
import type { ViewContext } from '../view.ts';
import { ApiError } from '../api.ts';
import { h } from '../dom.ts';
import { asSentence, t } from '../i18n.ts';
import { noticeBox } from './index.ts';

/** The filters a focus is made of; clearing them gives the unfocused view (an overview at scale). */
export const NO_FOCUS: Pick<AppState, 'tier' | 'cluster' | 'province' | 'component' | 'sel'> = { tier: '', cluster: '', province: '', component: '', sel: '' };

/** Whether the error is the server's refusal of a focus too large to draw. */
export const isFocusRefusal = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 413 && (error.details as { part?: unknown } | undefined)?.part === 'focus';

/** The box for a refused focus; `clear` clears the filters (NO_FOCUS). */
export function focusRefusalBox(error: ApiError, clear: () => void): HTMLElement {
  const button = h('button', { type: 'button', class: 'focus-refused-clear', onclick: clear }, t('focus.refused.clear'));
  return noticeBox({ kind: 'error', id: 'focus-refused', title: t('focus.refused.title'), lines: [asSentence(error.message), h('p', {}, button)] });
}

/**
 * A network, tiers or map view's failed load: a refused focus is handed to `refuse` with its box
 * (the view drops its picture and shows the box), then marked on `root` (data-refused, data-ready);
 * any other error goes to the status line.
 */
export function loadFailed(error: unknown, ctx: ViewContext, root: HTMLElement, refuse: (box: HTMLElement) => void): void {
  if (!isFocusRefusal(error)) return ctx.status(t('status.error', { message: error instanceof Error ? error.message : String(error) }));
  root.dataset.refused = 'focus';
  refuse(focusRefusalBox(error, () => ctx.state.set(NO_FOCUS)));
  ctx.status('');
  root.dataset.ready = 'true';
}
