// Part (a) of the complexity panel: the clusters of the current dataset as locations and the
// components their members make as products (GET /api/analysis/complexity; the table's definition
// is in server/analysis/cluster-complexity/facts.ts). When the whole table's ECI is defined: each
// cluster's ECI and diversity (also as a chart), each component's PCI, ranks with ties marked.
// When it is not (the seed splits into disconnected blocks): a caution saying why and how to get a
// meaningful ECI, and ECI/PCI within each block large enough, labelled as such; nothing else is
// ranked. Below: the components a cluster does not make yet, by density. A focus is the app's
// cluster or province (or both): the clusters it keeps are marked, said first and their next steps
// listed; the ranking itself is the whole table's, so each keeps its national rank. A component in
// focus (component-focus.ts) is marked in the components' table, said with its PCI and the clusters
// closest to making it, and the next steps below are the clusters that do not make it yet.
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import { getCached } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { byName, searchPicker } from '../../app/picker/index.ts';
import { usd } from '../../app/detail/format.ts';
import { formatFixed, formatNumber, lang, t } from '../../app/i18n.ts';
import type { TableExport } from '../../app/view.ts';
import { col } from '../../export/index.ts';
import { componentFigures, componentOpportunities } from './component-focus.ts';
import { focusIndices, scrollToFocus } from './focus-rows.ts';
import { chartHasBars, clusterTable, componentTable, eciChart, opportunityTable, type ChartFocus, type Names } from './ranking.ts';
import { rankText, type ClusterComplexityOut, type ClusterFigure, type Opportunity } from './results.ts';
import { structureNotice } from './structure.ts';
import { plainText } from '../../app/code-text.ts';

const SHOWN_OPPORTUNITIES = 15;
/** Next steps named in the focused cluster's key figures. */
const FOCUS_NEXT = 3;

/** The app's filters the part follows ('' where one is not set). */
export interface ComplexityFocus {
  cluster: string;
  province: string;
  component: string;
}

export interface ClustersPart {
  element: HTMLElement;
  chart(): SVGSVGElement | null;
  tables(): TableExport[];
  summary(): string[];
  /** The app's cluster, province or component focus changed. */
  setFocus(focus: ComplexityFocus): void;
  destroy(): void;
}

/** The key figures: the table, then who comes first — only where that is defined and not a tie. */
function figures(out: ClusterComplexityOut, names: Names): string[] {
  const lines = [t('cx.summaryTable', { clusters: out.table.clusters, components: out.table.components, value: usd(out.table.valueUsd) })];
  const firsts = (k: number): ClusterFigure[] => out.clusters.filter((c) => c.block === k && c.rank === 1);
  out.blocks.forEach((b, k) => {
    const top = firsts(k);
    if (top.length === 0 || (b.status !== 'whole' && b.status !== 'ranked')) return;
    const vars = { cluster: names.cluster(top[0]!.id), clusters: top.map((c) => names.cluster(c.id)).join(', '), eci: formatNumber(top[0]!.blockEci!, 2), diversity: top[0]!.diversity, n: k + 1, size: b.clusters.length };
    if (b.status === 'whole') lines.push(t(top.length === 1 ? 'cx.summaryTop' : 'cx.summaryTopTie', vars));
    else lines.push(t(top.length === 1 ? 'cx.summaryTopBlock' : 'cx.summaryTopBlockTie', vars));
  });
  if (!out.defined) lines.splice(1, 0, t('cx.summaryUndefined'));
  if (out.leftOut.length > 0) lines.push(t('cx.leftOut', { clusters: out.leftOut.map((c) => c.name).join(', ') }));
  return lines;
}

/** A cluster's province, from the catalogue (undefined when it gives none or could not be read). */
type ProvinceOf = (cluster: string) => string | undefined;

/** The table's clusters in focus: the cluster (if it is in the province, when one is set too), or the province's clusters. */
function focusIds(out: ClusterComplexityOut, focus: ComplexityFocus, provinceOf: ProvinceOf): Set<string> {
  if (focus.cluster !== '') return new Set(focus.province === '' || provinceOf(focus.cluster) === focus.province ? [focus.cluster] : []);
  if (focus.province !== '') return new Set(out.clusters.filter((c) => provinceOf(c.id) === focus.province).map((c) => c.id));
  return new Set();
}

/**
 * Sentences about a province in focus: how many of the table's clusters it holds, the highest
 * ranked of them (by the whole table's ECI; within its group where only groups are ranked) and
 * their likeliest next steps.
 */
function provinceFigures(out: ClusterComplexityOut, names: Names, province: string, ids: ReadonlySet<string>): string[] {
  const all = out.clusters.length;
  if (ids.size === 0) return [t('cx.focusProvinceNone', { province, all })];
  const lines = [t('cx.focusProvince', { province, n: ids.size, all })];
  const ranked = out.clusters.filter((c) => ids.has(c.id) && c.rank !== null && c.blockEci !== null);
  // Ranks of different groups do not compare: the best rank is named, with its group.
  const top = ranked.sort((a, b) => a.rank! - b.rank! || b.blockEci! - a.blockEci!)[0];
  if (!top) lines.push(t('cx.focusProvinceUnranked'));
  else {
    const of = out.clusters.filter((x) => x.block === top.block && x.rank !== null).length;
    const vars = { cluster: names.cluster(top.id), eci: formatFixed(top.blockEci!, 2), rank: rankText(top), of, group: top.block + 1 };
    lines.push(t(out.blocks[top.block]?.status === 'whole' ? 'cx.focusProvinceTop' : 'cx.focusProvinceTopBlock', vars));
  }
  const listed = out.opportunities.filter((o) => ids.has(o.cluster));
  const next = listed.filter((o) => o.density > 0).sort((a, b) => b.density - a.density).slice(0, FOCUS_NEXT);
  if (next.length > 0) lines.push(t('cx.focusProvinceNext', { list: next.map((o) => t('cx.focusNextItem', { component: names.component(o.component), cluster: names.cluster(o.cluster), density: formatFixed(o.density, 2) })).join(', ') }));
  else if (listed.length > 0) lines.push(t('cx.focusProvinceNoNext'));
  return lines;
}

/** Sentences about the focus: a cluster's rank (or why it has none) and its likeliest next steps, or a province's (provinceFigures). */
function focusFigures(out: ClusterComplexityOut, names: Names, { cluster: focus, province }: ComplexityFocus, ids: ReadonlySet<string>): string[] {
  if (focus === '') return province === '' ? [] : provinceFigures(out, names, province, ids);
  if (!ids.has(focus)) return [t('cx.focusOutside', { cluster: out.leftOut.find((c) => c.id === focus)?.name ?? names.cluster(focus), province })];
  const left = out.leftOut.find((c) => c.id === focus);
  if (left) return [t('cx.focusLeftOut', { cluster: left.name })];
  const c = out.clusters.find((x) => x.id === focus);
  if (!c) return [];
  const block = out.blocks[c.block];
  const vars = { cluster: names.cluster(c.id), diversity: c.diversity };
  const lines = [
    c.blockEci === null || c.rank === null || !block
      ? t('cx.focusUnranked', vars)
      : t(block.status === 'whole' ? 'cx.focusRanked' : 'cx.focusRankedBlock', { ...vars, eci: formatFixed(c.blockEci, 2), rank: rankText(c), n: out.clusters.filter((x) => x.block === c.block && x.rank !== null).length, group: c.block + 1 }),
  ];
  const listed = out.opportunities.filter((o) => o.cluster === focus);
  // A component of density 0 shares nothing with what the cluster makes: no step at all, not a likely one.
  const next = listed.filter((o) => o.density > 0).slice(0, FOCUS_NEXT);
  if (next.length > 0) lines.push(t('cx.focusNext', { list: next.map((o) => `${names.component(o.component)} (${formatFixed(o.density, 2)})`).join(', ') }));
  else lines.push(t(listed.length > 0 ? 'cx.focusNoRelated' : 'cx.focusNoNext'));
  return lines;
}

/**
 * Part (a). `focus` is the app's cluster and province focus. A cluster's bar is always in the chart,
 * its row marked and scrolled to in the table, its figures said first, and the opportunities table
 * shows its own; a province's clusters are marked in the table, charted on their own (ranks over
 * the whole table) and their closest next steps listed. The opportunities' cluster picker sets the
 * app's cluster (`onFocus`), as Link and match's does.
 */
export function clustersPart(onSelect: (id: string) => void, focus: ComplexityFocus, onFocus: (id: string) => void): ClustersPart {
  let alive = true;
  let out: ClusterComplexityOut | null = null;
  let names: Names | null = null;
  let provinceOf: ProvinceOf = () => undefined;
  let charts: SVGSVGElement[] = [];
  let exports: TableExport[] = [];
  let lines: string[] = [];
  /** Every cluster's opportunity in the focus's component (null: no component in focus, or not read yet). */
  let componentOpps: Opportunity[] | null = null;
  let ticket = 0;
  const body = h('div', { id: 'cx-clusters-body' }, h('p', {}, t('cx.loading')));
  const element = h(
    'section',
    { class: 'cx-section', 'aria-labelledby': 'cx-clusters-title' },
    h('h3', { id: 'cx-clusters-title' }, t('cx.clustersTitle')),
    h('p', { class: 'hint cx-intro' }, t('cx.clustersIntro')),
    body,
  );

  function render(out: ClusterComplexityOut, names: Names): void {
    const ids = focusIds(out, focus, provinceOf);
    const focused = [...focusFigures(out, names, focus, ids), ...(focus.component !== '' ? componentFigures(out, names, focus, componentOpps ?? [], ids) : [])];
    const general = figures(out, names);
    lines = [...focused, ...general, ...out.warnings.map((w) => plainText(w.message))];

    const chartFocus: ChartFocus = { cluster: ids.has(focus.cluster) ? focus.cluster : '', province: focus.province, ids };
    const ranked = out.blocks.map((b, k) => ({ b, k })).filter(({ b, k }) => (b.status === 'whole' || b.status === 'ranked') && chartHasBars(out, k, chartFocus));
    charts = ranked.map(({ k }) => eciChart(out, k, names, chartFocus));
    const blockParts = ranked.map(({ b, k }, i) =>
      h(
        'section',
        { class: 'cx-block', 'data-block': String(k) },
        h('h4', {}, b.status === 'whole' ? t('cx.rankingTitle') : t('cx.blockTitle', { n: k + 1, clusters: b.clusters.length, components: b.components.length })),
        h('p', { class: 'hint' }, b.status === 'whole' ? t('cx.rankingNote') : t('cx.blockNote', { clusters: b.clusters.length })),
        h('figure', { class: 'cx-chart' }, charts[i]!, h('figcaption', { class: 'sr-only' }, lines.join(' '))),
      ),
    );

    const anyFocus = focus.cluster !== '' || focus.province !== '';
    const inFocus = (o: Opportunity) => !anyFocus || ids.has(o.cluster);
    const componentName = focus.component !== '' ? names.component(focus.component) : '';
    // A component's clusters come densest first; one cluster's own list in the answer's order; several clusters' are merged by density.
    const list = focus.component !== '' ? componentOpportunities(componentOpps ?? [], focus, ids) : out.opportunities.filter(inFocus);
    const shown = focus.cluster === '' && focus.component === '' ? [...list].sort((a, b) => b.density - a.density).slice(0, SHOWN_OPPORTUNITIES) : list.slice(0, SHOWN_OPPORTUNITIES);
    const caption =
      focus.component === ''
        ? undefined
        : anyFocus && shown.length === list.length
          ? t('cx.opportunityCaptionComponentIn', { n: shown.length, component: componentName, all: componentOpps?.length ?? 0 })
          : t('cx.opportunityCaptionComponent', { n: shown.length, component: componentName, all: list.length });
    const none = focus.component !== '' ? t('cx.noOpportunitiesComponent', { component: componentName }) : t(anyFocus && !ids.has(focus.cluster) ? 'cx.noOpportunitiesFocus' : 'cx.noOpportunities');
    const picker = searchPicker({
      id: 'cx-opp-cluster',
      label: t('cx.cluster'),
      placeholder: t('cx.clusterPlaceholder'),
      empty: t('cx.allClusters'),
      options: out.clusters.map((c) => ({ value: c.id, label: c.name })).sort((a, b) => byName(a.label, b.label)),
      value: focus.cluster,
      onChange: onFocus,
    });

    // A cluster's or component's row keeps its place in the whole ranking; documents show it even past their first rows.
    const clusterRows = out.clusters.filter((c) => focus.cluster !== '' || focus.province === '' || ids.has(c.id));
    const eci = out.defined ? col('eci', t('col.eci'), 'decimal', { digits: 3 }) : col('eciWithinGroup', t('col.eciGroup'), 'decimal', { digits: 3 });
    const pci = out.defined ? col('pci', t('col.pci'), 'decimal', { digits: 3 }) : col('pciWithinGroup', t('col.pciGroup'), 'decimal', { digits: 3 });
    exports = [
      {
        title: out.defined ? t('cx.clusterCaption') : t('cx.clusterCaptionBlock'),
        sheet: out.defined ? t('cx.clusterSheet') : t('cx.clusterSheetBlock'),
        columns: [col('cluster', 'cluster', 'text', { id: true }), col('name', t('col.cluster')), col('group', t('col.group'), 'count'), col('diversity', t('col.diversity'), 'count'), col('rank', t('col.rank'), 'count'), col('tied', t('col.tied')), eci],
        // A province's export holds its clusters (with their ranks over the whole table), as the scope line says; a cluster's keeps every row around it.
        rows: clusterRows.map((c) => ({ cluster: c.id, name: c.name, group: c.block + 1, diversity: c.diversity, rank: c.rank, tied: c.tied, [eci.key]: c.blockEci })),
        focusRows: focusIndices(clusterRows, ids.has(focus.cluster) ? focus.cluster : ''),
      },
      {
        title: out.defined ? t('cx.componentCaption') : t('cx.componentCaptionBlock'),
        sheet: out.defined ? t('cx.componentSheet') : t('cx.componentSheetBlock'),
        columns: [col('component', 'component', 'text', { id: true }), col('name', t('col.component')), col('group', t('col.group'), 'count'), col('ubiquity', t('col.ubiquity'), 'count'), col('rank', t('col.rank'), 'count'), col('tied', t('col.tied')), pci],
        rows: out.components.map((c) => ({ component: c.id, name: c.name, group: c.block === null ? null : c.block + 1, ubiquity: c.ubiquity, rank: c.rank, tied: c.tied, [pci.key]: c.blockPci })),
        focusRows: focusIndices(out.components, focus.component),
      },
      {
        // With a focus, the next steps of its clusters only: the export's scope line names the focus.
        title: t('cx.opportunityTitle'),
        sheet: t('cx.opportunitySheet'),
        columns: [
          col('cluster', 'cluster', 'text', { id: true }),
          col('clusterName', t('col.cluster')),
          col('component', 'component', 'text', { id: true }),
          col('componentName', t('col.component')),
          col('density', t('col.density'), 'decimal', { digits: 3 }),
          pci,
          ...(out.defined ? [col('cog', t('col.cog'), 'decimal', { digits: 3 })] : []),
        ],
        rows: list.map((o) => ({ cluster: o.cluster, clusterName: names.cluster(o.cluster), component: o.component, componentName: names.component(o.component), density: o.density, [pci.key]: o.pci, ...(out.defined ? { cog: o.cog } : {}) })),
      },
    ];

    const clusters = clusterTable(out, names, onSelect, ids);
    const scroller = h('div', { class: 'cx-scroll' }, clusters);
    const componentScroller = h('div', { class: 'cx-scroll' }, componentTable(out, names, onSelect, focus.component));
    body.replaceChildren(
      h('div', { class: 'cx-figures', id: 'cx-summary' }, ...focused.map((l) => h('p', { class: 'cx-focus-line' }, l)), ...general.map((l) => h('p', {}, l))),
      ...(out.defined ? [] : [structureNotice(out, names.cluster)]),
      ...blockParts,
      h('div', { class: 'cx-row' }, scroller, componentScroller),
      h(
        'div',
        { class: 'cx-opps' },
        h('h4', {}, t('cx.opportunityTitle')),
        h('p', { class: 'hint' }, t(out.defined ? 'cx.opportunityIntro' : 'cx.opportunityIntroBlock')),
        picker.element,
        h('div', { id: 'cx-opportunities' }, shown.length > 0 ? opportunityTable(out, shown, names, caption) : h('p', {}, none)),
      ),
    );
    // The (first) focused row of each table is brought into its own scroll box only (the page stays where it is).
    scrollToFocus(scroller);
    scrollToFocus(componentScroller);
  }

  /** Reads every cluster's opportunity in the focus's component (none without one), then draws. */
  async function loadComponent(): Promise<void> {
    const mine = ++ticket;
    const component = focus.component;
    componentOpps = null;
    if (component !== '') {
      try {
        const answer = await getCached<ClusterComplexityOut>('analysis/complexity', { lang: lang(), component });
        if (!alive || mine !== ticket) return;
        componentOpps = answer.opportunities;
      } catch (error) {
        if (alive && mine === ticket) body.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('cx.error', { message: error instanceof Error ? error.message : String(error) })));
        return;
      }
    }
    if (out && names) render(out, names);
  }

  void (async () => {
    try {
      // The catalogue gives each cluster's province (the shell has read it already).
      const [answer, catalog] = await Promise.all([getCached<ClusterComplexityOut>('analysis/complexity', { lang: lang() }), getCached<CatalogOut>('catalog').catch(() => null)]);
      if (!alive) return;
      const provinces = new Map((catalog?.clusters ?? []).map((c) => [c.id, c.province]));
      provinceOf = (id) => provinces.get(id);
      if (answer.clusters.length === 0) {
        body.replaceChildren(h('p', {}, t('cx.noMakes')));
        return;
      }
      const clusterNames = new Map(answer.clusters.map((c) => [c.id, c.name]));
      const componentNames = new Map(answer.components.map((c) => [c.id, c.name]));
      out = answer;
      names = { cluster: (id) => clusterNames.get(id) ?? id, component: (id) => componentNames.get(id) ?? id };
      if (focus.component !== '') await loadComponent();
      else render(out, names);
    } catch (error) {
      if (alive) body.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('cx.error', { message: error instanceof Error ? error.message : String(error) })));
    }
  })();

  return {
    element,
    chart: () => charts[0] ?? null,
    tables: () => exports,
    summary: () => lines,
    setFocus(next: ComplexityFocus) {
      if (next.cluster === focus.cluster && next.province === focus.province && next.component === focus.component) return;
      const componentChanged = next.component !== focus.component;
      focus = next;
      if (componentChanged) void loadComponent();
      // While a component's clusters are being read there is nothing to list yet: the load draws the latest focus when they arrive.
      else if (out && names && (focus.component === '' || componentOpps !== null)) render(out, names);
    },
    destroy() {
      alive = false;
    },
  };
}
