// The tables and charts of the clusters part: one ECI chart per ranking (the whole table when its
// ECI is defined, else each block large enough, labelled as within that block), the clusters and
// components with their group, rank (ties marked "=") and values, and the components each cluster
// does not make yet by density. Values not defined are "—" and are never ranked.
import { h, table } from '../../app/dom.ts';
import { formatFixed, formatNumber, t } from '../../app/i18n.ts';
import { barChart } from '../risk/index.ts';
import { markRows } from './focus-rows.ts';
import { rankText, type ClusterComplexityOut, type ClusterFigure, type ComponentFigure, type Opportunity } from './results.ts';

export const ECI_COLOUR = '#0072B2';
export const ECI_NEGATIVE = '#E69F00';

export interface Names {
  cluster(id: string): string;
  component(id: string): string;
}

/** A value with a fixed number of decimals, so that a column reads evenly (1.060, not 1.06 beside 1.057). */
const fixed = (v: number | null, digits = 3): HTMLElement =>
  h('span', { 'data-value': v === null ? '' : String(v) }, v === null ? '—' : formatFixed(v, digits));
const groupText = (block: number | null): string => (block === null || block < 0 ? '—' : String(block + 1));

/** Bars in a chart at most: the highest and the lowest half each (all clusters stay in the table). */
const CHART_BARS = 30;

/** What a chart is drawn about: the cluster in focus, or a province and the ids of its clusters ('' where not set). */
export interface ChartFocus {
  cluster: string;
  province: string;
  ids: ReadonlySet<string>;
}

const NO_FOCUS: ChartFocus = { cluster: '', province: '', ids: new Set() };

/** Whether block k's chart has a bar to draw for the focus (a province may have no cluster in a group). */
export const chartHasBars = (out: ClusterComplexityOut, k: number, focus: ChartFocus = NO_FOCUS): boolean =>
  out.clusters.some((c) => c.block === k && c.blockEci !== null && (focus.cluster !== '' || focus.province === '' || focus.ids.has(c.id)));

/**
 * The ECI chart of one ranking (block k, or the whole table). A cluster in focus is always drawn:
 * in bold, and placed in ECI order between the top and the bottom bars when it is neither (the
 * chart would otherwise crop away the one cluster the analyst asked about). A province in focus
 * (without a cluster) charts its own clusters, each with its rank over the whole ranking, so that
 * none of them is cropped for another province's.
 */
export function eciChart(out: ClusterComplexityOut, k: number, names: Names, focus: ChartFocus = NO_FOCUS): SVGSVGElement {
  const ranking = out.clusters.filter((c) => c.block === k && c.blockEci !== null).sort((a, b) => b.blockEci! - a.blockEci!);
  const byProvince = focus.cluster === '' && focus.province !== '';
  const all = byProvince ? ranking.filter((c) => focus.ids.has(c.id)) : ranking;
  const half = CHART_BARS / 2;
  const cropped = all.length > CHART_BARS;
  const members = cropped ? [...all.slice(0, half), ...all.slice(-half)] : all;
  const focused = byProvince ? undefined : all.find((c) => c.id === focus.cluster);
  const added = focused !== undefined && !members.includes(focused);
  if (added) members.splice(half, 0, focused);
  const plain = out.defined ? t('cx.chartTitle') : t('cx.chartTitleBlock', { n: k + 1 });
  const base = byProvince ? t('cx.chartProvince', { title: plain, province: focus.province, n: all.length, of: ranking.length }) : plain;
  const subset = cropped ? t('cx.chartSubset', { title: base, half, n: all.length }) : base;
  const title = added ? t('cx.chartFocus', { title: subset, cluster: names.cluster(focused.id), rank: rankText(focused) }) : subset;
  const valueText = (c: ClusterFigure) => `${formatFixed(c.blockEci!, 2)}${c.tied ? ` (${t('cx.tie')})` : ''}`;
  const svg = barChart(
    members.map((c) => ({
      label: names.cluster(c.id),
      value: c.blockEci!,
      colour: c.blockEci! < 0 ? ECI_NEGATIVE : ECI_COLOUR,
      // A province's bars are a part of the ranking: each says its rank in it.
      text: c === focused ? t('cx.focusBarText', { value: formatFixed(c.blockEci!, 2), rank: rankText(c) }) : byProvince ? t('cx.rankBarText', { value: formatFixed(c.blockEci!, 2), rank: rankText(c) }) : valueText(c),
    })),
    { title, axisLabel: out.defined ? t('cx.eci') : t('cx.eciBlock'), format: (v) => formatNumber(v, 1), width: cropped ? 640 : 560, id: k === 0 ? 'cx-eci-chart' : `cx-eci-chart-${k}` },
  );
  const at = focused ? members.indexOf(focused) : -1;
  const bar = at >= 0 ? svg.querySelectorAll('g.bar')[at] : undefined;
  if (bar) {
    // Bold label and value and a heavier outline: the text says "in focus" too, so colour is not the only cue.
    bar.classList.add('focus');
    for (const text of bar.querySelectorAll('text')) text.setAttribute('font-weight', '700');
    bar.querySelector('rect')?.setAttribute('stroke-width', '2');
  }
  return svg;
}

/** The clusters' table; the rows of the clusters in focus are marked (aria-current, class focus). */
export function clusterTable(out: ClusterComplexityOut, names: Names, select: (id: string) => void, focus: ReadonlySet<string> = new Set()): HTMLTableElement {
  const el = table<ClusterFigure>(
    [
      ...(out.defined ? [] : [{ key: 'block' as const, title: t('cx.group'), numeric: true, cell: (r: ClusterFigure) => groupText(r.block) }]),
      { key: 'id', title: t('cx.cluster'), cell: (r) => h('button', { type: 'button', class: 'link', onclick: () => select(r.id) }, names.cluster(r.id)) },
      { key: 'diversity', title: t('cx.diversity'), numeric: true, cell: (r) => formatNumber(r.diversity) },
      { key: 'rank', title: out.defined ? t('cx.rank') : t('cx.rankBlock'), numeric: true, cell: (r) => h('span', { class: 'cx-rank', ...(r.tied ? { title: t('cx.tieTitle') } : {}) }, rankText(r)) },
      { key: 'blockEci', title: out.defined ? t('cx.eci') : t('cx.eciBlock'), numeric: true, cell: (r) => fixed(r.blockEci) },
    ],
    out.clusters,
    out.defined ? t('cx.clusterCaption') : t('cx.clusterCaptionBlock'),
  );
  el.id = 'cx-cluster-table';
  markRows(el, out.clusters.map((c) => c.id), 'cluster', (id) => focus.has(id));
  return el;
}

/** The components' table; the row of the component in focus (if any) is marked as the clusters' are. */
export function componentTable(out: ClusterComplexityOut, names: Names, select: (id: string) => void, focus = ''): HTMLTableElement {
  const el = table<ComponentFigure>(
    [
      ...(out.defined ? [] : [{ key: 'block' as const, title: t('cx.group'), numeric: true, cell: (r: ComponentFigure) => groupText(r.block) }]),
      { key: 'id', title: t('cx.component'), cell: (r) => h('button', { type: 'button', class: 'link', onclick: () => select(r.id) }, names.component(r.id)) },
      { key: 'ubiquity', title: t('cx.ubiquity'), numeric: true, cell: (r) => formatNumber(r.ubiquity) },
      { key: 'rank', title: out.defined ? t('cx.rank') : t('cx.rankBlock'), numeric: true, cell: (r) => h('span', { class: 'cx-rank', ...(r.tied ? { title: t('cx.tieTitle') } : {}) }, rankText(r)) },
      { key: 'blockPci', title: out.defined ? t('cx.pci') : t('cx.pciBlock'), numeric: true, cell: (r) => fixed(r.blockPci) },
    ],
    out.components,
    out.defined ? t('cx.componentCaption') : t('cx.componentCaptionBlock'),
  );
  el.id = 'cx-component-table';
  markRows(el, out.components.map((c) => c.id), 'component', (id) => id === focus);
  return el;
}

/** The next steps shown; `caption` replaces the plain one (a component's list names it). */
export function opportunityTable(out: ClusterComplexityOut, list: Opportunity[], names: Names, caption?: string): HTMLTableElement {
  return table<Opportunity>(
    [
      { key: 'cluster', title: t('cx.cluster'), cell: (r) => names.cluster(r.cluster) },
      { key: 'component', title: t('cx.component'), cell: (r) => names.component(r.component) },
      { key: 'density', title: t('cx.density'), numeric: true, cell: (r) => fixed(r.density, 3) },
      { key: 'pci', title: out.defined ? t('cx.pci') : t('cx.pciBlock'), numeric: true, cell: (r) => fixed(r.pci) },
      ...(out.defined ? [{ key: 'cog' as const, title: t('cx.cog'), numeric: true, cell: (r: Opportunity) => fixed(r.cog, 3) }] : []),
    ],
    list,
    caption ?? t('cx.opportunityCaption', { n: list.length }),
  );
}
