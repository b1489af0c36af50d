// The filter bar: tier, cluster, province, component and a search box, all kept in the URL state;
// and the tier and province fields of the views that follow them without the bar (Risk, Link and match).
import type { CatalogOut } from '../../../server/api/routes/catalog.ts';
import { h, select } from './dom.ts';
import { t } from './i18n.ts';
import { clusterPicker, componentPicker } from './picker/index.ts';
import type { AppState, StateStore } from './state.ts';

/** The tier select (the filter bar's, and a view's own that follows the tier without the bar). */
export const tierSelect = (id: string, catalog: CatalogOut, value: string, onChange: (v: string) => void): HTMLLabelElement =>
  select(id, t('filter.tier'), catalog.tiers.map((x) => ({ value: x, text: x === 'IKM' ? t('filter.tier.IKM') : t(`tier.${x}`) })), value, onChange, t('filter.all'));

/** The province select, as the tier select. */
export const provinceSelect = (id: string, catalog: CatalogOut, value: string, onChange: (v: string) => void): HTMLLabelElement =>
  select(id, t('filter.province'), catalog.provinces.map((p) => ({ value: p, text: p })), value, onChange, t('filter.all'));

/** A view's own tier and province fields (a view without the filter bar that follows them), kept in step with the address. */
export interface OwnFields {
  elements: HTMLLabelElement[];
  /** Shows the state's values (after a change made elsewhere: another view, the address, a notice). */
  sync(state: AppState): void;
}

export function ownTierProvinceFields(prefix: string, catalog: CatalogOut, state: StateStore): OwnFields {
  const s = state.get();
  const tier = tierSelect(`${prefix}-tier`, catalog, s.tier, (v) => state.set({ tier: v }));
  const province = provinceSelect(`${prefix}-province`, catalog, s.province, (v) => state.set({ province: v }));
  const [tierField, provinceField] = [tier.querySelector('select')!, province.querySelector('select')!];
  return {
    elements: [tier, province],
    sync(next) {
      tierField.value = next.tier;
      provinceField.value = next.province;
    },
  };
}

export function renderFilters(el: HTMLElement, catalog: CatalogOut, state: StateStore): void {
  const s: AppState = state.get();
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
    tierSelect('filter-tier', catalog, s.tier, (v) => state.set({ tier: v })),
    // Clusters and components by search: a national dataset has 416 and 2,000 of them.
    clusterPicker(catalog.clusters, { id: 'filter-cluster', label: t('filter.cluster'), value: s.cluster, onChange: (v) => state.set({ cluster: v }) }).element,
    provinceSelect('filter-province', catalog, s.province, (v) => state.set({ province: v })),
    componentPicker(catalog.components, { id: 'filter-component', label: t('filter.component'), value: s.component, onChange: (v) => state.set({ component: v }) }).element,
    h('label', { class: 'field' }, h('span', {}, t('filter.search')), search),
    h('button', { type: 'button', id: 'filter-clear', onclick: () => state.set({ tier: '', cluster: '', province: '', component: '', search: '' }) }, t('filter.clear')),
  );
}
