// The complexity panel: (a) the clusters of the current dataset as locations of an economic
// complexity analysis (ECI, diversity, PCI, density of what they could make next; GET
// /api/analysis/complexity), honest about when ECI is not defined, (b) the same computation over
// any uploaded location × product CSV (POST /api/complexity), (c) the components' product
// complexity from a world trade table and the country's ECI rank (GET
// /api/analysis/product-complexity, issue 15), and how the values are computed (the Growth Lab's
// Stata command, and where its Python package differs).
import { h } from '../../app/dom.ts';
import { t } from '../../app/i18n.ts';
import type { AppState } from '../../app/state.ts';
import type { MountedView, ViewDef } from '../../app/view.ts';
import { clustersPart } from './clusters-part.ts';
import { methodNote } from './method.ts';
import { productsPart } from './products-part.ts';
import './messages.ts';
import './style.css';
import { uploadPart } from './upload-part.ts';

export const complexityView: ViewDef = {
  id: 'complexity',
  titleKey: 'view.complexity',
  filters: false,
  follows: ['cluster', 'province', 'component'],
  mount(el, ctx): MountedView {
    const focusOf = (s: AppState) => ({ cluster: s.cluster, province: s.province, component: s.component });
    const clusters = clustersPart((id) => ctx.state.set({ sel: id }), focusOf(ctx.state.get()), (id) => ctx.state.set({ cluster: id }));
    const products = productsPart((id) => ctx.state.set({ sel: id }), ctx.state.get().component);
    const upload = uploadPart();
    el.append(h('div', { class: 'panel complexity' }, h('h2', {}, t('view.complexity')), h('p', { class: 'lede' }, t('cx.intro')), methodNote(), clusters.element, products.element, upload.element));
    return {
      update(state, previous) {
        if (state.cluster !== previous.cluster || state.province !== previous.province || state.component !== previous.component) clusters.setFocus(focusOf(state));
        if (state.component !== previous.component) products.setFocus(state.component);
      },
      destroy() {
        clusters.destroy();
        products.destroy();
      },
      exportable() {
        const chart = clusters.chart();
        return {
          title: t('cx.exportTitle'),
          ...(chart ? { svg: () => chart.cloneNode(true) as SVGSVGElement } : {}),
          legend: chart ? [{ label: t('cx.legendPositive'), colour: '#0072B2', shape: 'square' as const }, { label: t('cx.legendNegative'), colour: '#E69F00', shape: 'square' as const }] : [],
          tables: [...clusters.tables(), ...products.tables(), ...upload.tables()],
          summary: [...clusters.summary(), ...products.summary()],
          // A cluster, province or component in focus: the chart, figures and next steps are about it (clusters-part.ts).
          options: (['cluster', 'province', 'component'] as const).filter((k) => ctx.state.get()[k] !== ''),
          // The two ways the Python package differs finish the sentence that announces them ("…in two ways: it keeps …; it divides …."): a briefing's method is one bullet per line.
          method: [t('cx.intro'), [t('cx.method.follows'), t('cx.method.phi'), t('cx.method.sd')].join(' '), t('cx.method.why')],
        };
      },
    };
  },
};
