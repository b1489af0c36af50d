// How the values are computed, said once on the panel: they follow the Growth Lab's Stata
// `ecomplexity` command; the released Python package differs in two named ways, and why Rantai
// follows Stata (server/analysis/complexity/compute.ts).
import { h } from '../../app/dom.ts';
import { t } from '../../app/i18n.ts';

export function methodNote(): HTMLElement {
  return h(
    'details',
    { class: 'cx-method', id: 'cx-method' },
    h('summary', {}, t('cx.method.title')),
    h('p', {}, t('cx.method.follows')),
    h('ul', {}, h('li', {}, t('cx.method.phi')), h('li', {}, t('cx.method.sd'))),
    h('p', {}, t('cx.method.why')),
    h('p', {}, t('cx.method.structure')),
  );
}
