// A view without the filter bar follows only some of the address's filters: Risk the cluster, tier
// and province, Complexity the cluster and province, Opportunities and Link and match the cluster
// and the component. The others stay in the address for the views that use them; this caution says
// which are not applied here, so that an analyst who set a province on the map does not read
// Opportunities' national figures as the province's.
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import { stateScope } from '../../export/scope.ts';
import { h } from '../dom.ts';
import { t } from '../i18n.ts';
import type { AppState } from '../state.ts';
import { FILTER_KEYS, type FilterKey, type ViewDef } from '../view.ts';
import { noticeBox } from './index.ts';

/** The filters set in the state that the view does not follow (none for a view with the filter bar or one that follows none by design). */
export function unappliedFilters(def: ViewDef, state: AppState): FilterKey[] {
  if (def.filters || !def.follows) return [];
  return FILTER_KEYS.filter((k) => state[k] !== '' && !def.follows!.includes(k));
}

/** The caution for `keys`, with a button that clears them (the view's own focus stays). */
export function unappliedBox(def: ViewDef, state: AppState, keys: readonly FilterKey[], catalog: CatalogOut | null, clear: () => void): HTMLElement {
  const items = stateScope(state, keys, catalog);
  const list = h('ul', {}, ...items.map((i) => h('li', {}, `${i.label}: ${i.value}`)));
  const button = h('button', { type: 'button', class: 'unapplied-clear', onclick: clear }, t('unapplied.clear', { n: keys.length }));
  return noticeBox({ kind: 'caution', id: 'unapplied', title: t('unapplied.title'), lines: [t('unapplied.line', { view: t(def.titleKey) }), list, h('p', {}, button)] });
}
