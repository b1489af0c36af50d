// Part (a) of the complexity panel: the clusters of the current dataset as locations and the
// components their members make as products (matrix.ts), sent to POST /api/complexity; shows each
// cluster's diversity and ECI (also as a bar chart), each component's ubiquity and PCI, and the
// components a cluster does not make yet ranked by density.
import { getCached, postJson } from '../../app/api.ts';
import { h, select, table } from '../../app/dom.ts';
import { formatNumber, formatUsd, t } from '../../app/i18n.ts';
import type { TableExport } from '../../app/view.ts';
import { barChart } from '../risk/index.ts';
import { clusterComponentTable, type Bundle } from './matrix.ts';
import { readComplexity, type ComplexityOut, type Opportunity } from './results.ts';

const ECI_COLOUR = '#0072B2';
const ECI_NEGATIVE = '#E69F00';
const SHOWN_OPPORTUNITIES = 15;

export interface ClustersPart {
  element: HTMLElement;
  chart(): SVGSVGElement | null;
  tables(): TableExport[];
  summary(): string[];
  destroy(): void;
}

const fixed = (v: number | null, digits = 3): HTMLElement => h('span', { 'data-value': v === null ? '' : String(v) }, v === null ? '—' : formatNumber(v, digits));

export function clustersPart(onSelect: (id: string) => void): ClustersPart {
  let alive = true;
  let chartSvg: SVGSVGElement | null = null;
  let exports: TableExport[] = [];
  let lines: string[] = [];
  const body = h('div', { id: 'cx-clusters-body' }, h('p', {}, t('cx.loading')));
  const element = h(
    'section',
    { class: 'cx-section', 'aria-labelledby': 'cx-clusters-title' },
    h('h3', { id: 'cx-clusters-title' }, t('cx.clustersTitle')),
    h('p', { class: 'hint cx-intro' }, t('cx.clustersIntro')),
    body,
  );

  void (async () => {
    try {
      const bundle = await getCached<Bundle>('export', { format: 'json' });
      const matrix = clusterComponentTable(bundle);
      if (matrix.rows.length === 0) {
        if (alive) body.replaceChildren(h('p', {}, t('cx.noMakes')));
        return;
      }
      const out = await postJson<ComplexityOut>('complexity', { csv: matrix.csv, location: 'cluster', product: 'component', value: 'value' });
      if (!alive) return;
      const { locations, products, opportunities } = readComplexity(out, { location: 'cluster', product: 'component' });
      const clusterName = (id: string) => matrix.clusterNames.get(id) ?? id;
      const componentName = (id: string) => matrix.componentNames.get(id) ?? id;
      const totalValue = matrix.rows.reduce((s, r) => s + r.value, 0);
      const top = locations[0];
      lines = [
        t('cx.summaryTable', { clusters: locations.length, components: products.length, value: formatUsd(totalValue) }),
        ...(top && top.eci !== null ? [t('cx.summaryTop', { cluster: clusterName(top.location), eci: formatNumber(top.eci, 2), diversity: top.diversity })] : []),
        ...(matrix.leftOut.length > 0 ? [t('cx.leftOut', { clusters: matrix.leftOut.map(clusterName).join(', ') })] : []),
        ...out.warnings,
      ];

      chartSvg = barChart(
        locations.map((l) => ({ label: clusterName(l.location), value: l.eci ?? 0, colour: (l.eci ?? 0) < 0 ? ECI_NEGATIVE : ECI_COLOUR, text: l.eci === null ? '—' : formatNumber(l.eci, 2) })),
        { title: t('cx.chartTitle'), axisLabel: t('cx.eci'), format: (v) => formatNumber(v, 1), width: 560, id: 'cx-eci-chart' },
      );

      const clusterTable = table(
        [
          { key: 'location', title: t('cx.cluster'), cell: (r) => h('button', { type: 'button', class: 'link', onclick: () => onSelect(r.location) }, clusterName(r.location)) },
          { key: 'diversity', title: t('cx.diversity'), numeric: true, cell: (r) => formatNumber(r.diversity) },
          { key: 'eci', title: t('cx.eci'), numeric: true, cell: (r) => fixed(r.eci) },
        ],
        locations,
        t('cx.clusterCaption'),
      );
      clusterTable.id = 'cx-cluster-table';
      const productTable = table(
        [
          { key: 'product', title: t('cx.component'), cell: (r) => h('button', { type: 'button', class: 'link', onclick: () => onSelect(r.product) }, componentName(r.product)) },
          { key: 'ubiquity', title: t('cx.ubiquity'), numeric: true, cell: (r) => formatNumber(r.ubiquity) },
          { key: 'pci', title: t('cx.pci'), numeric: true, cell: (r) => fixed(r.pci) },
        ],
        products,
        t('cx.componentCaption'),
      );
      productTable.id = 'cx-component-table';

      const oppHolder = h('div', { id: 'cx-opportunities' });
      const showOpportunities = (cluster: string) => {
        const list = opportunities.filter((o) => cluster === '' || o.location === cluster).slice(0, SHOWN_OPPORTUNITIES);
        const tb = table<Opportunity>(
          [
            { key: 'location', title: t('cx.cluster'), cell: (r) => clusterName(r.location) },
            { key: 'product', title: t('cx.component'), cell: (r) => componentName(r.product) },
            { key: 'density', title: t('cx.density'), numeric: true, cell: (r) => fixed(r.density) },
            { key: 'pci', title: t('cx.pci'), numeric: true, cell: (r) => fixed(r.pci) },
            { key: 'cog', title: t('cx.cog'), numeric: true, cell: (r) => fixed(r.cog) },
          ],
          list,
          t('cx.opportunityCaption', { n: list.length }),
        );
        oppHolder.replaceChildren(list.length > 0 ? tb : h('p', {}, t('cx.noOpportunities')));
      };
      const clusterOptions = locations.map((l) => ({ value: l.location, text: clusterName(l.location) })).sort((a, b) => a.text.localeCompare(b.text));
      showOpportunities('');

      exports = [
        { title: t('cx.clusterCaption'), columns: ['cluster', 'name', 'diversity', 'eci'], rows: locations.map((l) => ({ cluster: l.location, name: clusterName(l.location), diversity: l.diversity, eci: l.eci })) },
        { title: t('cx.componentCaption'), columns: ['component', 'name', 'ubiquity', 'pci'], rows: products.map((p) => ({ component: p.product, name: componentName(p.product), ubiquity: p.ubiquity, pci: p.pci })) },
        {
          title: t('cx.opportunityTitle'),
          columns: ['cluster', 'component', 'density', 'pci', 'cog'],
          rows: opportunities.map((o) => ({ cluster: o.location, component: o.product, density: o.density, pci: o.pci, cog: o.cog })),
        },
      ];

      body.replaceChildren(
        h('div', { class: 'cx-figures', id: 'cx-summary' }, ...lines.map((l) => h('p', {}, l))),
        h('div', { class: 'cx-row' }, h('figure', { class: 'cx-chart' }, chartSvg, h('figcaption', { class: 'sr-only' }, lines.join(' '))), clusterTable),
        h(
          'div',
          { class: 'cx-row' },
          h('div', { class: 'cx-scroll' }, productTable),
          h(
            'div',
            {},
            h('h4', {}, t('cx.opportunityTitle')),
            h('p', { class: 'hint' }, t('cx.opportunityIntro')),
            select('cx-opp-cluster', t('cx.cluster'), clusterOptions, '', showOpportunities, t('cx.allClusters')),
            oppHolder,
          ),
        ),
      );
    } catch (error) {
      if (alive) body.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('cx.error', { message: error instanceof Error ? error.message : String(error) })));
    }
  })();

  return {
    element,
    chart: () => chartSvg,
    tables: () => exports,
    summary: () => lines,
    destroy() {
      alive = false;
    },
  };
}
