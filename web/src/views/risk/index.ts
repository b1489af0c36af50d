// The risk panel (issue 6): single-source components (a buyer's component with one supplier and no
// other capable firm) and the failure impact of each firm (which buyers, OEMs and components lose
// supply if it fails, following the tiers upward), from GET /api/analysis/risk; a bar chart of the
// firms that cut off the most OEMs, with its figures also as text; below them the import exposure
// per component, the buyers' figures beside national trade statistics (exposure.ts, issue 15). The folder also holds the bar
// chart and the keyboard row navigation the other analysis panels share (exported below).
import type { FailureImpact, RiskOut, SingleSource } from '../../../../server/analysis/risk/shapes.ts';
import { ApiError, getCached } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { moreButton } from '../../app/more.ts';
import { formatNumber, formatUsd, t } from '../../app/i18n.ts';
import { tierColour } from '../../app/palette.ts';
import type { MountedView, TableExport, ViewDef } from '../../app/view.ts';
import { col, tierWords } from '../../export/index.ts';
import { barChart } from './bar-chart.ts';
import { exposurePart } from './exposure.ts';
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
/** A tier as the chart and the impact table write it: the IKM by the Ministry's own acronym (the legend spells it out). */
const tierShort = (tier: string) => (tier === 'IKM' ? 'IKM' : tierText(tier));
const distinctComponents = (f: FailureImpact): number => new Set(f.lost.map((l) => l.component.id)).size;

function impactTable(rows: readonly FailureImpact[], total: number, select: (id: string) => void): HTMLTableElement {
  const caption = rows.length < total ? t('risk.impactCaptionPart', { shown: rows.length, n: total }) : t('risk.impactCaption', { n: total });
  const table = h('table', { class: 'data risk-table', id: 'risk-impact' }, h('caption', {}, caption));
  const heads: Array<[string, boolean]> = [
    ['#', true],
    ['risk.col.firm', false],
    ['risk.col.tier', false],
    ['risk.col.oems', true],
    ['risk.col.oemNames', false],
    ['risk.col.buyers', true],
    ['risk.col.components', true],
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
        h('td', { class: 'num' }, String(f.rank)),
        h('th', { scope: 'row' }, firmButton(f.firm, select)),
        h('td', { class: 'risk-tier' }, tierShort(f.firm.tier)),
        h('td', { class: 'num' }, String(f.impactedOems.length)),
        h('td', {}, f.impactedOems.map((o) => o.name).join(', ') || '—'),
        h('td', { class: 'num' }, String(f.impactedBuyers.length)),
        h('td', { class: 'num' }, String(distinctComponents(f))),
        h('td', { class: 'num', 'data-value': String(f.lostValueUsd) }, formatUsd(f.lostValueUsd)),
        h('td', {}, lost),
      ),
    );
  }
  table.append(body);
  keyboardRows(body, (_row, i) => select(rows[i]!.firm.id));
  return table;
}

function singleSourceTable(rows: readonly SingleSource[], total: number, select: (id: string) => void): HTMLTableElement {
  const caption = rows.length < total ? t('risk.singleCaptionPart', { shown: rows.length, n: total }) : t('risk.singleCaption', { n: total });
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
        h('th', { scope: 'row' }, firmButton(s.buyer, select), h('span', { class: 'hint' }, ` (${tierText(s.buyer.tier)})`)),
        h('td', {}, s.component.name),
        h('td', {}, firmButton(s.supplier, select), h('span', { class: 'hint' }, ` (${tierText(s.supplier.tier)})`)),
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

export const riskView: ViewDef = {
  id: 'risk',
  titleKey: 'view.risk',
  filters: false,
  mount(el, ctx): MountedView {
    let alive = true;
    let data: RiskOut | null = null;
    let chartSvg: SVGSVGElement | null = null;
    let figures: string[] = [];
    const select = (id: string) => ctx.state.set({ sel: id });
    const body = h('div', { id: 'risk-body' }, h('p', {}, t('risk.loading')));
    const exposure = exposurePart();
    el.append(h('div', { class: 'panel risk' }, h('h2', {}, t('view.risk')), h('p', { class: 'lede' }, t('risk.intro')), body, exposure.element));

    void getCached<RiskOut>('analysis/risk')
      .then((out) => {
        if (!alive) return;
        data = out;
        const top = out.failureImpact.slice(0, CHART_FIRMS);
        const worst = out.failureImpact[0];
        const cutsOem = out.failureImpact.filter((f) => f.impactedOems.length > 0).length;
        figures = [
          // None is said as a sentence, as the server's key figures say it (not "0 … worth USD 0").
          out.singleSource.length === 0 ? t('risk.noSingle') : t('risk.figSingle', { n: out.singleSource.length, value: formatUsd(out.singleSource.reduce((s, x) => s + (x.valueUsd ?? 0), 0)) }),
          out.failureImpact.length === 0 ? t('risk.noImpact') : t('risk.figImpact', { n: out.failureImpact.length, oem: cutsOem }),
          ...(worst ? [t('risk.figWorst', { firm: worst.firm.name, oems: worst.impactedOems.length, buyers: worst.impactedBuyers.length, value: formatUsd(worst.lostValueUsd) })] : []),
          ...top.map((f) => t('risk.figBar', { firm: f.firm.name, oems: f.impactedOems.length, value: formatUsd(f.lostValueUsd) })),
        ];
        chartSvg =
          top.length === 0
            ? null
            : barChart(
                top.map((f) => ({ label: f.firm.name, value: f.impactedOems.length, colour: tierColour(f.firm.tier), text: t('risk.barText', { oems: f.impactedOems.length, value: formatUsd(f.lostValueUsd), tier: tierShort(f.firm.tier) }) })),
                { title: t('risk.chartTitle', { n: top.length }), axisLabel: t('risk.chartAxis'), format: (v) => formatNumber(v, 1), width: 640, id: 'risk-chart-svg', whole: true },
              );
        const tiers = [...new Set(top.map((f) => f.firm.tier))];
        body.replaceChildren(
          h('div', { class: 'risk-top' }, h('div', { id: 'risk-summary', class: 'risk-summary' }, h('h3', {}, t('risk.keyFigures')), h('ul', {}, ...figures.slice(0, 3).map((f) => h('li', {}, f)))),
            chartSvg
              ? h('figure', { class: 'risk-chart', id: 'risk-chart' }, chartSvg, h('figcaption', { class: 'hint' }, t('risk.chartCaption', { tiers: tiers.map(tierShort).join(', ') })), h('ul', { class: 'sr-only' }, ...figures.slice(3).map((f) => h('li', {}, f))))
              : h('p', {}, t('risk.noImpact')),
          ),
          h('p', { class: 'hint' }, t('risk.keysHint')),
          h('h3', {}, t('risk.impactTitle')),
          h('p', { class: 'hint' }, t('risk.impactIntro')),
          out.failureImpact.length > 0 ? paged(out.failureImpact, (rows, total) => impactTable(rows, total, select), 'risk-impact-more') : h('p', {}, t('risk.noImpact')),
          h('h3', {}, t('risk.singleTitle')),
          h('p', { class: 'hint' }, t('risk.singleIntro')),
          out.singleSource.length > 0 ? paged(out.singleSource, (rows, total) => singleSourceTable(rows, total, select), 'risk-single-more') : h('p', {}, t('risk.noSingle')),
        );
        ctx.status(figures[0] ?? '');
      })
      .catch((error: unknown) => {
        if (!alive) return;
        const message = error instanceof ApiError ? (error.status === 404 && error.code === 'not_found' ? t('risk.err.missing') : t('risk.err.api', { status: error.status, message: error.message })) : String(error);
        body.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'risk-error' }, message));
      });

    return {
      update() {},
      destroy() {
        alive = false;
      },
      exportable() {
        const tables: TableExport[] = [];
        if (data) {
          tables.push({
            title: t('risk.impactTitle'),
            columns: [
              col('rank', t('col.rank'), 'count'),
              col('firm', 'firm', 'text', { id: true }),
              col('firmName', t('col.firm')),
              col('tier', t('col.tier'), 'text', { words: tierWords() }),
              col('impactedOems', t('col.oems'), 'count'),
              col('oemNames', t('col.oemNames'), 'text', { long: true }),
              col('impactedBuyers', t('col.buyersLost'), 'count'),
              col('components', t('col.componentsLost'), 'count'),
              col('lostValueUsd', t('col.lostValue'), 'usd'),
            ],
            rows: data.failureImpact.map((f) => ({
              rank: f.rank,
              firm: f.firm.id,
              firmName: f.firm.name,
              tier: f.firm.tier,
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
              col('unitsPerYear', t('col.units'), 'count'),
              col('valueUsd', t('col.value'), 'usd'),
              col('importYear', t('col.importYear'), 'year'),
              col('importValueUsd', t('col.importValueSame'), 'usd'),
            ],
            rows: data.singleSource.map((s) => ({
              buyer: s.buyer.id,
              buyerName: s.buyer.name,
              component: s.component.id,
              componentName: s.component.name,
              supplier: s.supplier.id,
              supplierName: s.supplier.name,
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
        const tiers = data ? [...new Set(data.failureImpact.slice(0, CHART_FIRMS).map((f) => f.firm.tier))] : [];
        return {
          title: t('risk.exportTitle'),
          ...(svg ? { svg: () => svg.cloneNode(true) as SVGSVGElement } : {}),
          legend: svg ? tiers.map((tier) => ({ label: tierText(tier), colour: tierColour(tier), shape: 'square' as const })) : [],
          tables,
          summary: [...figures, ...exposure.figures()],
          options: [],
          method: [t('risk.intro'), t('risk.impactIntro'), t('risk.singleIntro'), t('exp.intro'), t('exp.method')],
        };
      },
    };
  },
};
