// A view that is not built yet: says so instead of showing nothing. Views replace it in their folder.
import { h } from '../app/dom.ts';
import { t } from '../app/i18n.ts';
import type { ViewDef } from '../app/view.ts';
import type { ViewId } from '../app/state.ts';

export function placeholderView(id: ViewId, filters = false): ViewDef {
  return {
    id,
    titleKey: `view.${id}`,
    filters,
    mount(el) {
      el.append(h('p', {}, t(`view.${id}`)));
      return { update() {}, destroy() {}, exportable: () => ({ title: t(`view.${id}`), legend: [], tables: [], summary: [], options: [] }) };
    },
  };
}
