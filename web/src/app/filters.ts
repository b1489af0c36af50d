// The filter bar: tier, cluster, province, component and a search box, all kept in the URL state.
import type { CatalogOut } from '../../../server/api/routes/catalog.ts';
import { h, select } from './dom.ts';
import { t } from './i18n.ts';
import { clusterPicker, componentPicker } from './picker/index.ts';
import type { AppState, StateStore } from './state.ts';

export function renderFilters(el: HTMLElement, catalog: CatalogOut, state: StateStore): void {
  const s: AppState = state.get();
  const all = t('filter.all');
  const search = h('input', {
    id: 'search',
    type: 'search',
    value: s.search,
    placeholder: t('filter.searchPlaceholder'),
    autocomplete: 'off',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => state.set({ search: search.value.trim() }), 200);
  });
  el.replaceChildren(
    select('filter-tier', t('filter.tier'), catalog.tiers.map((x) => ({ value: x, text: x === 'IKM' ? t('filter.tier.IKM') : t(`tier.${x}`) })), s.tier, (v) => state.set({ tier: v }), all),
    // Clusters and components by search: a national dataset has 416 and 2,000 of them.
    clusterPicker(catalog.clusters, { id: 'filter-cluster', label: t('filter.cluster'), value: s.cluster, onChange: (v) => state.set({ cluster: v }) }).element,
    select('filter-province', t('filter.province'), catalog.provinces.map((p) => ({ value: p, text: p })), s.province, (v) => state.set({ province: v }), all),
    componentPicker(catalog.components, { id: 'filter-component', label: t('filter.component'), value: s.component, onChange: (v) => state.set({ component: v }) }).element,
    h('label', { class: 'field' }, h('span', {}, t('filter.search')), search),
    h('button', { type: 'button', id: 'filter-clear', onclick: () => state.set({ tier: '', cluster: '', province: '', component: '', search: '' }) }, t('filter.clear')),
  );
}
