// The opportunities panel (issue 6): which imported components local clusters could make instead.
// The substitution ranking (GET /api/analysis/substitution) under a chosen strategy (kept in the
// URL), with its own cluster, component and province fields and the import basis (issue 15, also in the URL: the buyers'
// reported imports or national trade statistics; the key figures and the export name the one
// used, and the server's warnings say when national figures are missing); key figures as text and
// a chart of import value by status; and the what-if form (POST /api/analysis/substitution/what-if).
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import type { SubstitutionOut } from '../../../../server/analysis/substitution/shapes.ts';
import type { FirmsOut } from '../../../../server/api/routes/firms.ts';
import { ApiError, getCached } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { moreButton } from '../../app/more.ts';
import { formatNumber, formatUsd, t } from '../../app/i18n.ts';
import { provinceSelect } from '../../app/filters.ts';
import { clusterPicker, componentPicker } from '../../app/picker/index.ts';
import type { AppState } from '../../app/state.ts';
import type { MountedView, TableExport, ViewDef } from '../../app/view.ts';
import { focusRowAt } from '../../app/row-keys.ts';
import { barChart } from '../risk/index.ts';
import { namesFrom, STATUS_COLOURS, STATUS_ICONS, STATUSES, type Names } from './labels.ts';
import './messages.ts';
import { rankingColumns, rankingRows, rankingTable } from './ranking.ts';
import './style.css';
import { whatIfForm, type WhatIfForm } from './what-if.ts';
import { codeText, plainText } from '../../app/code-text.ts';

/** Opportunities fetched (the API's maximum): the chart and the key figures use them all. */
const FETCH_LIMIT = 1000;
/** Rows shown at first; "show more" adds as many again. */
const PAGE = 50;
const STRATEGIES: ReadonlyArray<AppState['strategy']> = ['ready-now', 'balanced', 'strategic'];
const BASES: ReadonlyArray<SubstitutionOut['importBasis']> = ['buyers', 'national'];

/** The key-figure line that names the import basis of an answer. */
const basisFigure = (out: SubstitutionOut): string =>
  out.importBasis === 'buyers' ? t('opp.figBasis.buyers') : out.basisYear === null ? t('opp.figBasis.nationalNone') : t('opp.figBasis.national', { year: String(out.basisYear) });

export const opportunitiesView: ViewDef = {
  id: 'opportunities',
  titleKey: 'view.opportunities',
  filters: false,
  // A province keeps its clusters (the server narrows the ranking); a tier does not apply to clusters.
  follows: ['cluster', 'component', 'province'],
  mount(el, ctx): MountedView {
    let alive = true;
    let ticket = 0;
    let data: SubstitutionOut | null = null;
    let names: Names = namesFrom(null);
    let clusterNames = new Map<string, string>();
    let chartSvg: SVGSVGElement | null = null;
    let figures: string[] = [];
    let whatIf: WhatIfForm | null = null;
    let shown = PAGE;

    const controls = h('div', { class: 'opp-controls' });
    const summary = h('div', { id: 'opp-summary', class: 'opp-summary' });
    const chartHolder = h('figure', { class: 'opp-chart', id: 'opp-chart' });
    const tableHolder = h('div', { id: 'opp-ranking', class: 'opp-scroll' });
    const whatIfHolder = h('div', {});
    el.append(
      h(
        'div',
        { class: 'panel opportunities' },
        h('h2', {}, t('view.opportunities')),
        h('p', { class: 'lede' }, t('opp.intro')),
        controls,
        h('div', { class: 'opp-top' }, summary, chartHolder),
        h('p', { class: 'hint' }, t('opp.keysHint')),
        tableHolder,
        whatIfHolder,
      ),
    );

    const select_ = (id: string) => ctx.state.set({ sel: id });

    function renderControls(catalog: CatalogOut | null): void {
      const s = ctx.state.get();
      const strategy = h(
        'fieldset',
        { class: 'opp-strategy', id: 'opp-strategy' },
        h('legend', {}, t('opp.strategy')),
        ...STRATEGIES.map((id) => {
          const input = h('input', { type: 'radio', name: 'opp-strategy', value: id, id: `opp-strategy-${id}`, checked: s.strategy === id });
          input.addEventListener('change', () => {
            if (input.checked) ctx.state.set({ strategy: id });
          });
          return h('label', { for: `opp-strategy-${id}`, title: t(`opp.strategy.${id}.what`) }, input, ' ', t(`opp.strategy.${id}`));
        }),
      );
      const basisSet = h(
        'fieldset',
        { class: 'opp-strategy', id: 'opp-basis', title: t('opp.basis.what') },
        h('legend', {}, t('opp.basis')),
        ...BASES.map((id) => {
          const input = h('input', { type: 'radio', name: 'opp-basis', value: id, id: `opp-basis-${id}`, checked: s.basis === id });
          input.addEventListener('change', () => {
            if (input.checked) ctx.state.set({ basis: id });
          });
          return h('label', { for: `opp-basis-${id}` }, input, ' ', t(`opp.basis.${id}`));
        }),
      );
      const parts: Node[] = [strategy, basisSet];
      if (catalog) {
        // What to look at on a line of its own, under how to rank it: at 1,400 px the cluster
        // field ended the first line and the component and province fields started a second.
        parts.push(
          h(
            'div',
            { class: 'opp-focus' },
            clusterPicker(catalog.clusters, { id: 'opp-cluster', label: t('opp.col.cluster'), value: s.cluster, onChange: (v) => ctx.state.set({ cluster: v }) }).element,
            componentPicker(catalog.components, { id: 'opp-component', label: t('opp.col.component'), value: s.component, onChange: (v) => ctx.state.set({ component: v }) }).element,
            provinceSelect('opp-province', catalog, s.province, (v) => ctx.state.set({ province: v })),
          ),
        );
      }
      parts.push(h('p', { class: 'hint opp-strategy-what' }, t(`opp.strategy.${s.strategy}.what`)));
      controls.replaceChildren(...parts);
    }

    function renderTable(): void {
      if (!data) return;
      const rows = data.opportunities.slice(0, shown);
      const cluster = ctx.state.get().cluster;
      const oneCluster = cluster !== '' && rows.length > 0 && rows.every((o) => o.cluster.id === cluster);
      const table = rankingTable(rows, names, { select: select_, closeGaps: (o) => whatIf?.closeGaps(o) }, { id: 'opp-table', caption: t('opp.caption', { shown: rows.length, total: data.total, strategy: t(`opp.strategy.${data.strategy}`) }), basis: data, oneCluster });
      const more = moreButton({
        id: 'opp-more',
        shown,
        total: data.opportunities.length,
        page: PAGE,
        label: (n) => t('opp.more', { n }),
        onMore: () => {
          const from = shown;
          shown += PAGE;
          renderTable();
          // The keys go on from the first row added, as in the risk tables.
          const body = tableHolder.querySelector<HTMLTableElement>('#opp-table')?.tBodies[0];
          if (body) focusRowAt(body, from);
        },
      });
      tableHolder.replaceChildren(table, ...(more ? [more] : []));
    }

    /**
     * Who the figures and the chart are about: the cluster in focus by name, or any cluster (of the
     * province in focus). They read "imports some cluster can replace" with a cluster in focus, and
     * a reader took the whole country's figure for the one cluster's.
     */
    function who(out: SubstitutionOut): string {
      const { cluster, province } = ctx.state.get();
      if (cluster !== '') return out.opportunities.find((o) => o.cluster.id === cluster)?.cluster.name ?? clusterNames.get(cluster) ?? cluster;
      return province !== '' ? t('opp.who.inProvince', { province }) : t('opp.who.any');
    }

    function renderSummary(out: SubstitutionOut): void {
      // Over the whole ranking (the server's valueByStatus), not the rows fetched: a national
      // cluster's 1,983 opportunities were summed over the best 1,000.
      const totals = STATUSES.map((status) => ({ status, ...out.valueByStatus[status] }));
      // The totals are of the value the ranking weighed; on the national basis every sentence about them says so.
      const national = out.importBasis === 'national';
      const year = out.basisYear === null ? '—' : String(out.basisYear);
      const top = out.opportunities[0];
      const whom = who(out);
      figures = [
        t('opp.figCounts', { total: out.total, ready: out.counts.ready, near: out.counts.near, stretch: out.counts.stretch }),
        // "USD 0 (0 components)" says nothing a reader can use: a status no import has is said in words.
        ...totals.map((s) =>
          s.components > 0 ? t(national ? `opp.figValueNational.${s.status}` : `opp.figValue.${s.status}`, { value: formatUsd(s.valueUsd), n: s.components, year, who: whom }) : t(`opp.figValueNone.${s.status}`, { who: whom }),
        ),
        ...(top ? [t('opp.figTop', { component: top.component.name, cluster: top.cluster.name, status: t(`opp.status.${top.status}`), score: formatNumber(top.score, 3) })] : []),
        basisFigure(out),
        ...out.warnings.map((w) => w.message),
      ];
      summary.replaceChildren(h('h3', {}, t('opp.keyFigures')), h('ul', {}, ...figures.map((f) => h('li', {}, ...codeText(f)))));
      chartSvg = barChart(
        totals.map((s) => ({ label: `${STATUS_ICONS[s.status]} ${t(`opp.status.${s.status}`)}`, value: s.valueUsd, colour: STATUS_COLOURS[s.status], text: `${formatUsd(s.valueUsd)} (${formatNumber(s.components)})` })),
        { title: national ? t('opp.chartTitleNational', { year, who: whom }) : t('opp.chartTitle', { who: whom }), axisLabel: national ? t('opp.chartAxisNational', { year }) : t('opp.chartAxis'), format: (v) => formatUsd(v), width: 520, barHeight: 30, id: 'opp-chart-svg' },
      );
      chartHolder.replaceChildren(chartSvg, h('figcaption', { class: 'hint', id: 'opp-chart-caption' }, national ? t('opp.chartCaptionNational', { year, who: whom }) : t('opp.chartCaption', { who: whom })));
    }

    async function load(): Promise<void> {
      const mine = ++ticket;
      const s = ctx.state.get();
      tableHolder.replaceChildren(h('p', {}, t('opp.loading')));
      try {
        const out = await getCached<SubstitutionOut>('analysis/substitution', { strategy: s.strategy, cluster: s.cluster || undefined, province: s.province || undefined, component: s.component || undefined, limit: FETCH_LIMIT, importBasis: s.basis });
        if (!alive || mine !== ticket) return;
        data = out;
        shown = PAGE;
        renderSummary(out);
        if (out.opportunities.length === 0) tableHolder.replaceChildren(h('p', { id: 'opp-empty' }, t('opp.none')));
        else renderTable();
        ctx.status(figures[0] ?? '');
      } catch (error) {
        if (!alive || mine !== ticket) return;
        data = null;
        const message = error instanceof ApiError ? (error.status === 404 && error.code === 'not_found' ? t('opp.err.missing') : t('opp.err.api', { status: error.status, message: error.message })) : String(error);
        tableHolder.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'opp-error' }, message));
        summary.replaceChildren();
        chartHolder.replaceChildren();
      }
    }

    void (async () => {
      let catalog: CatalogOut | null = null;
      try {
        catalog = await getCached<CatalogOut>('catalog');
      } catch {
        catalog = null;
      }
      if (!alive) return;
      names = namesFrom(catalog);
      clusterNames = new Map((catalog?.clusters ?? []).map((c) => [c.id, c.name]));
      renderControls(catalog);
      void load();
      if (catalog) {
        let firms: Array<{ id: string; name: string; cluster: string }> = [];
        try {
          const list = await getCached<FirmsOut>('firms');
          firms = list.firms.flatMap((f) => (f.cluster === undefined ? [] : [{ id: f.id, name: f.name, cluster: f.cluster }]));
        } catch {
          firms = [];
        }
        if (!alive) return;
        whatIf = whatIfForm({
          catalog,
          firms,
          names,
          strategy: () => ctx.state.get().strategy,
          basis: () => ctx.state.get().basis,
          actions: { select: select_ },
          status: (m) => ctx.status(m),
          target: ctx.state.get().target,
          onTarget: (id) => ctx.state.set({ target: id }),
          unknownTarget: (id) => ctx.state.reject({ param: 'target', value: id }),
        });
        whatIfHolder.replaceChildren(whatIf.element);
      }
    })();

    return {
      update(state, previous) {
        if (state.target !== previous.target) whatIf?.setTarget(state.target);
        if (state.strategy === previous.strategy && state.basis === previous.basis && state.cluster === previous.cluster && state.component === previous.component && state.province === previous.province) return;
        void getCached<CatalogOut>('catalog').then((c) => alive && renderControls(c), () => alive && renderControls(null));
        void load();
      },
      destroy() {
        alive = false;
      },
      exportable() {
        const tables: TableExport[] = [];
        if (data) tables.push({ title: `${t('opp.rankingTitle', { strategy: t(`opp.strategy.${data.strategy}`) })} — ${t(`opp.basis.${data.importBasis}`)}`, sheet: t('opp.rankingSheet', { strategy: t(`opp.strategy.${data.strategy}`) }), columns: rankingColumns(data), rows: rankingRows(data.opportunities, names) });
        if (whatIf) tables.push(...whatIf.tables());
        const svg = chartSvg;
        return {
          title: t('opp.exportTitle'),
          ...(svg ? { svg: () => svg.cloneNode(true) as SVGSVGElement } : {}),
          legend: svg ? STATUSES.map((s) => ({ label: `${STATUS_ICONS[s]} ${t(`opp.status.${s}`)}`, colour: STATUS_COLOURS[s], shape: 'square' as const })) : [],
          tables,
          summary: figures.map(plainText),
          options: ['strategy', 'basis', 'cluster', 'component', 'province'],
          method: [
            t('opp.intro'),
            t(`opp.strategy.${ctx.state.get().strategy}.what`),
            data?.importBasis === 'national' ? t('opp.chartCaptionNational', { year: data.basisYear === null ? '—' : String(data.basisYear), who: who(data) }) : t('opp.chartCaption', { who: data ? who(data) : t('opp.who.any') }),
            t('method.status'),
            t('method.coverage'),
            t('method.density'),
          ],
        };
      },
    };
  },
};
