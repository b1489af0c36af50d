// The risk panel (issue 6): single-source components (a buyer's component with one supplier and no
// other capable firm) and the failure impact of each firm (which buyers, OEMs and components lose
// supply if it fails, following the tiers upward), from GET /api/analysis/risk; a bar chart of the
// firms that cut off the most OEMs, with its figures also as text; below them the import exposure
// per component, the buyers' figures beside national trade statistics (exposure.ts, issue 15). The folder also holds the bar
// chart and the keyboard row navigation the other analysis panels share (exported below).
// With a focus (a cluster, a tier, a province or a component, each with its picker here and kept in
// the address as the other views' filters keep them) the tables, the chart and the key figures cover
// the focus's firms and the component's supplies (focus.ts); the import exposure shows the focus's
// component, and says that it is not limited to the focus's firms.
import type { FailureImpact, RiskOut, SingleSource } from '../../../../server/analysis/risk/shapes.ts';
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import type { FirmsOut } from '../../../../server/api/routes/firms.ts';
import { ApiError, getCached } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { moreButton } from '../../app/more.ts';
import { formatNumber, formatUsd, t } from '../../app/i18n.ts';
import { tierColour } from '../../app/palette.ts';
import { ownTierProvinceFields, type OwnFields } from '../../app/filters.ts';
import { clusterPicker as catalogClusterPicker, componentPicker, type Picker } from '../../app/picker/index.ts';
import type { AppState } from '../../app/state.ts';
import type { MountedView, TableExport, ViewDef } from '../../app/view.ts';
import { col, tierWords } from '../../export/index.ts';
import { shortName } from '../../graph/labels.ts';
import { barChart } from './bar-chart.ts';
import { exposurePart } from './exposure.ts';
import { firmFocused, focusComponents, focusFigures, focusRows, focusWords, isFocused, tierShort, type Focus, type FocusKeys, type RiskRows } from './focus.ts';
import './messages.ts';
import { focusRowAt, keyboardRows } from '../../app/row-keys.ts';
import './style.css';

export { barChart, type Bar, type BarChartOptions } from './bar-chart.ts';

/** Firms in the chart. */
const CHART_FIRMS = 10;
/**
 * Rows a table shows at first; "show more" adds as many again. At national scale every one of
 * 21,499 firms has a failure impact: drawn all at once they kept the browser busy for 25 s.
 */
const PAGE = 100;

/**
 * The first PAGE rows as `table` draws them (given the rows shown and the total), with a button
 * that shows PAGE more and moves the focus to the first row it added.
 */
function paged<T>(rows: readonly T[], table: (shown: readonly T[], total: number) => HTMLTableElement, moreId: string): HTMLElement {
  const holder = h('div');
  let shown = 0;
  const render = (to: number) => {
    const from = shown;
    shown = Math.min(rows.length, to);
    const drawn = table(rows.slice(0, shown), rows.length);
    const more = moreButton({ id: moreId, className: 'risk-more', shown, total: rows.length, page: PAGE, label: (n) => t('risk.more', { n }), onMore: () => render(shown + PAGE) });
    holder.replaceChildren(h('div', { class: 'risk-scroll' }, drawn), ...(more ? [more] : []));
    const body = drawn.tBodies[0];
    if (from > 0 && body) focusRowAt(body, from);
  };
  render(PAGE);
  return holder;
}

const firmButton = (f: { id: string; name: string }, select: (id: string) => void) => h('button', { type: 'button', class: 'link', 'data-firm': f.id, onclick: () => select(f.id) }, f.name);
const tierText = (tier: string) => t(`tier.${tier}`);
const distinctComponents = (f: FailureImpact): number => new Set(f.lost.map((l) => l.component.id)).size;

/** A table's caption, given the rows shown and the total (the part of a long table says which part). */
type Caption = (shown: number, total: number) => string;

/** A firm's tier as a hint after its name, with its cluster when it is in one: " (IKM · Sentra 104)". */
const firmHint = (f: SingleSource['buyer']): string => ` (${tierShort(f.tier)}${f.cluster ? ` · ${f.cluster.name}` : ''})`;

/**
 * The failure-impact table. With a component in focus every row's lost supply is of that one
 * component, so the column counting components lost (1 on every row) is left out (`perComponent`);
 * with a cluster in focus every firm is its member, so the cluster column is (`oneCluster`).
 */
function impactTable(rows: readonly FailureImpact[], caption: string, select: (id: string) => void, perComponent: boolean, oneCluster: boolean): HTMLTableElement {
  const table = h('table', { class: 'data risk-table', id: 'risk-impact' }, h('caption', {}, caption));
  const heads: Array<[string, boolean]> = [
    ['#', true],
    ['risk.col.firm', false],
    ['risk.col.tier', false],
    ...(oneCluster ? [] : [['risk.col.cluster', false] as [string, boolean]]),
    ['risk.col.oems', true],
    ['risk.col.oemNames', false],
    ['risk.col.buyers', true],
    ...(perComponent ? [] : [['risk.col.components', true] as [string, boolean]]),
    ['risk.col.lostValue', true],
    ['risk.col.lost', false],
  ];
  table.append(h('thead', {}, h('tr', {}, ...heads.map(([k, num]) => h('th', { scope: 'col', class: num ? 'num' : undefined }, k === '#' ? '#' : t(k))))));
  const body = h('tbody');
  for (const f of rows) {
    const lost = h(
      'details',
      {},
      h('summary', {}, t('risk.lostCount', { n: f.lost.length })),
      h('ul', {}, ...f.lost.map((l) => h('li', {}, t('risk.lostLine', { buyer: l.buyer.name, component: l.component.name, depth: l.depth, value: formatUsd(l.valueUsd) })))),
    );
    body.append(
      h(
        'tr',
        { 'data-firm': f.firm.id },
        h('td', { class: 'num' }, formatNumber(f.rank)),
        h('th', { scope: 'row' }, firmButton(f.firm, select)),
        h('td', { class: 'risk-tier' }, tierShort(f.firm.tier)),
        ...(oneCluster ? [] : [h('td', { class: 'risk-cluster' }, f.firm.cluster?.name ?? '—')]),
        h('td', { class: 'num' }, formatNumber(f.impactedOems.length)),
        h('td', {}, f.impactedOems.map((o) => o.name).join(', ') || '—'),
        h('td', { class: 'num' }, formatNumber(f.impactedBuyers.length)),
        ...(perComponent ? [] : [h('td', { class: 'num' }, formatNumber(distinctComponents(f)))]),
        h('td', { class: 'num', 'data-value': String(f.lostValueUsd) }, formatUsd(f.lostValueUsd)),
        h('td', {}, lost),
      ),
    );
  }
  table.append(body);
  keyboardRows(body, (_row, i) => select(rows[i]!.firm.id));
  return table;
}

function singleSourceTable(rows: readonly SingleSource[], caption: string, select: (id: string) => void): HTMLTableElement {
  const table = h('table', { class: 'data risk-table', id: 'risk-single' }, h('caption', {}, caption));
  const heads: Array<[string, boolean]> = [
    ['risk.col.buyer', false],
    ['risk.col.component', false],
    ['risk.col.supplier', false],
    ['risk.col.units', true],
    ['risk.col.value', true],
    ['risk.col.imports', true],
  ];
  table.append(h('thead', {}, h('tr', {}, ...heads.map(([k, num]) => h('th', { scope: 'col', class: num ? 'num' : undefined }, t(k))))));
  const body = h('tbody');
  for (const s of rows) {
    body.append(
      h(
        'tr',
        { 'data-buyer': s.buyer.id, 'data-component': s.component.id },
        h('th', { scope: 'row' }, firmButton(s.buyer, select), h('span', { class: 'hint' }, firmHint(s.buyer))),
        h('td', {}, s.component.name),
        h('td', {}, firmButton(s.supplier, select), h('span', { class: 'hint' }, firmHint(s.supplier))),
        h('td', { class: 'num' }, s.unitsPerYear === null ? '—' : formatNumber(s.unitsPerYear)),
        h('td', { class: 'num' }, s.valueUsd === null ? '—' : formatUsd(s.valueUsd)),
        h('td', { class: 'num' }, s.imports.year === null ? t('risk.noImports') : t('risk.importsIn', { value: formatUsd(s.imports.valueUsd), year: String(s.imports.year) })),
      ),
    );
  }
  table.append(body);
  keyboardRows(body, (_row, i) => select(rows[i]!.supplier.id));
  return table;
}

/**
 * The captions of the two tables: of every firm, of a component's supplies, or of the focus's firms
 * (each with its rank among all `ranked` firms, or among those that cut a buyer off the component).
 */
function captions(focus: Focus | null, ranked: number): { impact: Caption; single: Caption } {
  const part = (shown: number, n: number, key: string, vars: Record<string, string | number>) => (shown < n ? t(`${key}Part`, { ...vars, shown, n }) : t(key, { ...vars, n }));
  if (!focus) {
    return { impact: (shown, n) => part(shown, n, 'risk.impactCaption', {}), single: (shown, n) => part(shown, n, 'risk.singleCaption', {}) };
  }
  const { name, firms } = focus;
  const component = focus.component?.name;
  if (component === undefined) {
    return {
      impact: (shown, n) => part(shown, n, 'risk.focus.impactCaption', { focus: name, all: ranked }),
      single: (shown, n) => part(shown, n, 'risk.focus.singleCaption', { firms }),
    };
  }
  if (focus.members === null) {
    return { impact: (shown, n) => part(shown, n, 'risk.comp.impactCaption', { component }), single: (shown, n) => part(shown, n, 'risk.comp.singleCaption', { component }) };
  }
  return {
    impact: (shown, n) => part(shown, n, 'risk.compFocus.impactCaption', { focus: name, all: ranked, component }),
    single: (shown, n) => part(shown, n, 'risk.compFocus.singleCaption', { firms, component }),
  };
}

/** What stands where the single-source table would, when the rows shown have none. */
function noSingleText(focus: Focus | null): string {
  if (!focus) return t('risk.noSingle');
  const component = focus.component?.name;
  if (focus.members === null) return t('risk.comp.noSingle', { component: component ?? '' });
  return component === undefined ? t('risk.focus.noSingle', { firms: focus.firms }) : t('risk.compFocus.noSingle', { firms: focus.firms, component });
}

/** The filters of the state the panel follows. */
const keysOf = (state: AppState): FocusKeys => ({ cluster: state.cluster, tier: state.tier, province: state.province, component: state.component });
/** The filters the panel follows (and the export's scope line names, those set). */
const FOCUS_KEYS = ['cluster', 'tier', 'province', 'component'] as const;
/** The filters that choose firms (GET /api/firms takes them); the component narrows supplies. */
const FIRM_KEYS = ['cluster', 'tier', 'province'] as const;
const sameKeys = (a: FocusKeys, b: FocusKeys): boolean => FOCUS_KEYS.every((k) => a[k] === b[k]);

export const riskView: ViewDef = {
  id: 'risk',
  titleKey: 'view.risk',
  filters: false,
  follows: [...FOCUS_KEYS],
  mount(el, ctx): MountedView {
    let alive = true;
    let ticket = 0;
    let data: RiskOut | null = null;
    /** The focus, once its firms are in (null: every firm). */
    let focus: Focus | null = null;
    /** The rows shown: all of `data`, or the focus's. */
    let rows: RiskRows = { failureImpact: [], singleSource: [] };
    let chartSvg: SVGSVGElement | null = null;
    /** The key figures beside the chart, then one sentence per bar (read out for the chart). */
    let keyFigures: string[] = [];
    let barFigures: string[] = [];
    /** The tiers of the firms the chart draws (its legend, in the app and the exports). */
    let chartTiers: FailureImpact['firm']['tier'][] = [];
    let picker: Picker | null = null;
    let components: Picker | null = null;
    let fields: OwnFields | null = null;
    const select = (id: string) => ctx.state.set({ sel: id });
    const controls = h('div', { class: 'risk-controls' });
    const body = h('div', { id: 'risk-body' }, h('p', {}, t('risk.loading')));
    const exposure = exposurePart();
    el.append(h('div', { class: 'panel risk' }, h('h2', {}, t('view.risk')), h('p', { class: 'lede' }, t('risk.intro')), controls, body, exposure.element));

    // The catalogue names the clusters (the shell has it already, and has dropped an unknown cluster from the address).
    const catalog = getCached<CatalogOut>('catalog').catch(() => null);
    // The filter bar is hidden here (the panel's figures are not the graph's), so the three filters it follows have their own fields.
    void catalog.then((c) => {
      if (!alive || !c) return;
      const s = ctx.state.get();
      picker = catalogClusterPicker(c.clusters, { id: 'risk-cluster', label: t('filter.cluster'), value: s.cluster, onChange: (v) => ctx.state.set({ cluster: v }) });
      fields = ownTierProvinceFields('risk', c, ctx.state);
      components = componentPicker(c.components, { id: 'risk-component', label: t('filter.component'), value: s.component, onChange: (v) => ctx.state.set({ component: v }) });
      controls.replaceChildren(picker.element, ...fields.elements, components.element);
    });

    /** What stands where a table or the chart would, when no firm of the focus cuts a buyer off. */
    const noImpact = (): string => {
      if (!focus) return t('risk.noImpact');
      const component = focus.component?.name;
      if (focus.members === null) return t('risk.comp.noImpact', { component: component ?? '' });
      if (focus.members.size === 0) return t('risk.focus.noMembers', { focus: focus.firmsName });
      return t('risk.focus.noImpact', { focus: focus.firmsName, members: focus.members.size, what: component ?? t('risk.what.any') });
    };

    function render(out: RiskOut, ranked: number): void {
      const ranked10 = rows.failureImpact.slice(0, CHART_FIRMS);
      const cutting = ranked10.filter((f) => f.impactedOems.length > 0);
      // None of them cuts off an OEM: ten bars of zero would say nothing, so they are charted by the supply they lose.
      const byValue = cutting.length === 0;
      // Some do and some not: bars of zero under "cut off the most OEMs" contradicted the title (Ceper:
      // one firm of four cuts one off), so only those that do are charted; the table lists them all.
      const top = byValue ? ranked10 : cutting;
      const uncharted = top.length < ranked10.length ? rows.failureImpact.filter((f) => f.impactedOems.length === 0).length : 0;
      chartTiers = [...new Set(top.map((f) => f.firm.tier))];
      const worst = rows.failureImpact[0];
      const cutsOem = out.failureImpact.filter((f) => f.impactedOems.length > 0).length;
      keyFigures = focus
        ? focusFigures(focus, rows, ranked)
        : [
            // None is said as a sentence, as the server's key figures say it (not "0 … worth USD 0").
            out.singleSource.length === 0 ? t('risk.noSingle') : t('risk.figSingle', { n: out.singleSource.length, value: formatUsd(out.singleSource.reduce((s, x) => s + (x.valueUsd ?? 0), 0)) }),
            out.failureImpact.length === 0 ? t('risk.noImpact') : t('risk.figImpact', { n: out.failureImpact.length, oem: cutsOem }),
            ...(worst ? [t('risk.figWorst', { firm: worst.firm.name, oems: worst.impactedOems.length, buyers: worst.impactedBuyers.length, value: formatUsd(worst.lostValueUsd) })] : []),
          ];
      barFigures = top.map((f) => t('risk.figBar', { firm: f.firm.name, oems: f.impactedOems.length, value: formatUsd(f.lostValueUsd) }));
      // After each bar, the firm's tier and (unless a cluster is the focus) its cluster's short name: "IKM · Sentra 127".
      const whereOf = (firm: FailureImpact['firm']): string => (firm.cluster && !focus?.keys.cluster ? `${tierShort(firm.tier)} · ${shortName(firm.cluster.name, 24)}` : tierShort(firm.tier));
      const titleKey = byValue ? 'chartTitleValue' : uncharted > 0 ? 'chartTitleSome' : 'chartTitle';
      const title = !focus ? t(`risk.${titleKey}`, { n: top.length }) : t(`risk.focus.${titleKey}`, { focus: focus.name, n: top.length });
      const axis = byValue ? { axisLabel: t('risk.focus.chartAxisValue'), format: (v: number) => formatNumber(v / 1e6, 1) } : { axisLabel: t('risk.chartAxis'), format: (v: number) => formatNumber(v, 1), whole: true };
      chartSvg =
        top.length === 0
          ? null
          : barChart(
              top.map((f) => ({ label: f.firm.name, value: byValue ? f.lostValueUsd : f.impactedOems.length, colour: tierColour(f.firm.tier), text: t('risk.barText', { oems: f.impactedOems.length, value: formatUsd(f.lostValueUsd), tier: whereOf(f.firm) }) })),
              { title, ...axis, width: 640, id: 'risk-chart-svg' },
            );
      const caption = captions(focus, ranked);
      const chartNote = [t('risk.chartCaption', { tiers: chartTiers.map(tierShort).join(', ') }), ...(uncharted > 0 ? [t('risk.chartUncharted', { n: uncharted })] : [])].join(' ');
      body.replaceChildren(
        h('div', { class: 'risk-top' }, h('div', { id: 'risk-summary', class: 'risk-summary' }, h('h3', {}, t('risk.keyFigures')), h('ul', {}, ...keyFigures.map((f) => h('li', {}, f)))),
          chartSvg
            ? h('figure', { class: 'risk-chart', id: 'risk-chart' }, chartSvg, h('figcaption', { class: 'hint' }, chartNote), h('ul', { class: 'sr-only' }, ...barFigures.map((f) => h('li', {}, f))))
            : // No chart: the key figures beside it and the impact section below say why; a third copy of the sentence here said nothing new.
              null,
        ),
        // How to move in the tables, only when there is a table to move in.
        ...(rows.failureImpact.length > 0 || rows.singleSource.length > 0 ? [h('p', { class: 'hint' }, t('risk.keysHint'))] : []),
        h('h3', {}, t('risk.impactTitle')),
        h('p', { class: 'hint' }, t('risk.impactIntro')),
        rows.failureImpact.length > 0 ? paged(rows.failureImpact, (shown, total) => impactTable(shown, caption.impact(shown.length, total), select, Boolean(focus?.component), Boolean(focus?.keys.cluster)), 'risk-impact-more') : h('p', { id: 'risk-impact-none' }, noImpact()),
        h('h3', {}, t('risk.singleTitle')),
        h('p', { class: 'hint' }, t('risk.singleIntro')),
        rows.singleSource.length > 0
          ? paged(rows.singleSource, (shown, total) => singleSourceTable(shown, caption.single(shown.length, total), select), 'risk-single-more')
          : h('p', { id: 'risk-single-none' }, noSingleText(focus)),
      );
      exposure.focusComponents(focus?.members ? { ids: focusComponents(rows), name: focus.firmsName } : null);
      ctx.status(keyFigures[0] ?? '');
    }


    /** Reads the answer (once: it is cached) and the focus's firms, then draws what they give. */
    async function load(): Promise<void> {
      const mine = ++ticket;
      const keys = keysOf(ctx.state.get());
      // Nothing to export until the rows of this focus are in: the scope line would name a focus the tables do not cover yet.
      data = null;
      focus = null;
      chartSvg = null;
      keyFigures = [];
      barFigures = [];
      body.replaceChildren(h('p', {}, t('risk.loading')));
      const answer = getCached<RiskOut>('analysis/risk');
      // The same filters as the other views: GET /api/firms reads a firm's tier, its cluster (MEMBER_OF) and its own province.
      const params = Object.fromEntries(FIRM_KEYS.filter((k) => keys[k] !== '').map((k) => [k, keys[k]]));
      const firms = firmFocused(keys) ? getCached<FirmsOut>('firms', params) : null;
      const fail = (message: string) => {
        if (alive && mine === ticket) body.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'risk-error' }, message));
      };
      let out: RiskOut;
      try {
        out = await answer;
      } catch (error) {
        fail(error instanceof ApiError ? (error.status === 404 && error.code === 'not_found' ? t('risk.err.missing') : t('risk.err.api', { status: error.status, message: error.message })) : String(error));
        return;
      }
      let next: Focus | null = null;
      if (isFocused(keys)) {
        const c = await catalog;
        const componentName = c?.components.find((x) => x.id === keys.component)?.name ?? keys.component;
        const words = focusWords(keys, c?.clusters.find((x) => x.id === keys.cluster)?.name ?? keys.cluster, componentName);
        const component = keys.component ? { id: keys.component, name: componentName } : null;
        try {
          next = { ...words, keys, component, members: firms ? new Set((await firms).firms.map((f) => f.id)) : null };
        } catch (error) {
          fail(error instanceof ApiError ? t('risk.focus.err', { focus: words.firmsName, status: error.status, message: error.message }) : String(error));
          return;
        }
      }
      if (!alive || mine !== ticket) return;
      data = out;
      focus = next;
      const shown = focus ? focusRows(out, focus) : { rows: out, ranked: out.failureImpact.length };
      rows = shown.rows;
      exposure.component(focus?.component ?? null);
      render(out, shown.ranked);
    }
    void load();

    return {
      update(state, previous) {
        if (sameKeys(keysOf(state), keysOf(previous))) return;
        picker?.set(state.cluster);
        components?.set(state.component);
        fields?.sync(state);
        void load();
      },
      destroy() {
        alive = false;
      },
      exportable() {
        const tables: TableExport[] = [];
        if (data) {
          tables.push({
            title: t('risk.impactTitle'),
            sheet: t('risk.impactSheet'),
            columns: [
              col('rank', t('col.rank'), 'count'),
              col('firm', 'firm', 'text', { id: true }),
              col('firmName', t('col.firm')),
              col('tier', t('col.tier'), 'text', { words: tierWords() }),
              col('cluster', t('col.cluster')),
              col('impactedOems', t('col.oems'), 'count'),
              col('oemNames', t('col.oemNames'), 'text', { long: true }),
              col('impactedBuyers', t('col.buyersLost'), 'count'),
              ...(focus?.component ? [] : [col('components', t('col.componentsLost'), 'count')]),
              col('lostValueUsd', t('col.lostValue'), 'usd'),
            ],
            rows: rows.failureImpact.map((f) => ({
              rank: f.rank,
              firm: f.firm.id,
              firmName: f.firm.name,
              tier: f.firm.tier,
              cluster: f.firm.cluster?.name ?? '',
              impactedOems: f.impactedOems.length,
              oemNames: f.impactedOems.map((o) => o.name).join('; '),
              impactedBuyers: f.impactedBuyers.length,
              components: distinctComponents(f),
              lostValueUsd: f.lostValueUsd,
            })),
          });
          tables.push({
            title: t('risk.singleTitle'),
            columns: [
              col('buyer', 'buyer', 'text', { id: true }),
              col('buyerName', t('col.buyer')),
              col('component', 'component', 'text', { id: true }),
              col('componentName', t('col.component')),
              col('supplier', 'supplier', 'text', { id: true }),
              col('supplierName', t('col.supplier')),
              col('supplierCluster', t('col.supplierCluster')),
              col('unitsPerYear', t('col.units'), 'count'),
              col('valueUsd', t('col.value'), 'usd'),
              col('importYear', t('col.importYear'), 'year'),
              col('importValueUsd', t('col.importValueSame'), 'usd'),
            ],
            rows: rows.singleSource.map((s) => ({
              buyer: s.buyer.id,
              buyerName: s.buyer.name,
              component: s.component.id,
              componentName: s.component.name,
              supplier: s.supplier.id,
              supplierName: s.supplier.name,
              supplierCluster: s.supplier.cluster?.name ?? '',
              unitsPerYear: s.unitsPerYear,
              valueUsd: s.valueUsd,
              importYear: s.imports.year,
              importValueUsd: s.imports.valueUsd,
            })),
          });
        }
        const exposureTable = exposure.table();
        if (exposureTable) tables.push(exposureTable);
        const svg = chartSvg;
        const shownFocus = focus;
        const note = exposure.scopeText();
        const tiers = data ? chartTiers : [];
        return {
          title: t('risk.exportTitle'),
          ...(svg ? { svg: () => svg.cloneNode(true) as SVGSVGElement } : {}),
          legend: svg ? tiers.map((tier) => ({ label: tierText(tier), colour: tierColour(tier), shape: 'square' as const })) : [],
          tables,
          // The exposure's figures are national: with a focus, the note that says so comes first.
          // Not the per-bar sentences (barFigures): they speak the chart to a screen reader in the
          // app, while an export shows the chart's labels and the table of the same firms, and as
          // key figures they repeated ten of its rows.
          summary: [...keyFigures, ...(note !== null ? [note] : []), ...exposure.figures()],
          // The scope line names the filters the figures follow (and only those).
          options: shownFocus ? FOCUS_KEYS.filter((k) => shownFocus.keys[k] !== '') : [],
          method: [t('risk.intro'), t('risk.impactIntro'), t('risk.singleIntro'), t('exp.intro'), t('exp.method')],
        };
      },
    };
  },
};
