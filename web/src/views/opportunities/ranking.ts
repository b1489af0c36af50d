// The substitution ranking as a keyboard-navigable table that fits the page: one row per component
// × cluster with what decides (rank, status, coverage, import value, score) and the gaps with their
// policy levers and the "close these gaps" button for the what-if form; the score's other inputs
// (density, capacity ratio, distance), the candidate firms (buttons that select the firm) and the
// explanation sit in a row below it that "Details" opens, so that at 1440 px every column is in
// view without scrolling sideways, also with the detail panel open. Also the flat form of the
// rows for CSV export (every field, as before).
// The import column shows the value the score weighed (`basisValueUsd`), its header naming the
// basis: on the national basis the national imports of the trade table's year, with the buyers'
// reported figure moved to the details; on the buyers' basis the two are the same number.
import type { Opportunity } from '../../../../server/analysis/substitution/shapes.ts';
import { h } from '../../app/dom.ts';
import { formatFixed, formatNumber, formatPercent, formatUsd, t } from '../../app/i18n.ts';
import type { ColumnSpec } from '../../app/view.ts';
import { col } from '../../export/index.ts';
import { keyboardRows } from '../../app/row-keys.ts';
import { gapWithLever, statusBadge, STATUSES, type Names } from './labels.ts';

export interface RankingActions {
  select(id: string): void;
  closeGaps(o: Opportunity): void;
}

/** The import basis a table's rows were ranked on, as the answer states it. */
export interface RankingBasis {
  importBasis: 'buyers' | 'national';
  basisYear: number | null;
}

/** The import column's header: "Import value" on the buyers' basis, "National imports, 2023" on the national one. */
export const importHeader = (b: RankingBasis): string =>
  b.importBasis === 'national' ? t('opp.col.importNational', { year: b.basisYear === null ? '—' : String(b.basisYear) }) : t('opp.col.import');

const HEADS: ReadonlyArray<[key: string, numeric: boolean]> = [
  ['#', true],
  ['opp.col.component', false],
  ['opp.col.cluster', false],
  ['opp.col.status', false],
  ['opp.col.coverage', true],
  ['opp.col.import', true],
  ['opp.col.score', true],
  ['opp.col.gaps', false],
  ['opp.col.details', false],
];

/** The row under an opportunity: the score's other inputs, the candidate firms, the explanation. */
function moreRow(o: Opportunity, id: string, actions: RankingActions, columns: number): HTMLTableRowElement {
  const candidates =
    o.candidates.length === 0
      ? h('span', {}, '—')
      : h(
          'ul',
          { class: 'opp-candidates' },
          ...o.candidates.map((c) => h('li', {}, h('button', { type: 'button', class: 'link', 'data-firm': c.id, onclick: () => actions.select(c.id), title: t('opp.candidateMeets', { n: c.meets }) }, c.name))),
        );
  const facts = h(
    'dl',
    { class: 'opp-facts' },
    h('dt', {}, t('opp.col.density')),
    h('dd', { 'data-value': String(o.density) }, formatNumber(o.density, 2)),
    h('dt', {}, t('opp.col.capacity')),
    h('dd', {}, o.capacityRatio === null ? '—' : formatNumber(o.capacityRatio, 2)),
    h('dt', {}, t('opp.col.distance')),
    h('dd', {}, o.distanceKm === null ? '—' : `${formatNumber(o.distanceKm)} km`),
    // With national statistics as the basis the import column holds the national value the score
    // weighed; the buyers' own figure stays within reach here (issue 15).
    ...(o.importBasis === 'national'
      ? [h('dt', {}, t('opp.fact.buyers')), h('dd', { class: 'opp-buyers', 'data-value': String(o.importValueUsd) }, formatUsd(o.importValueUsd))]
      : []),
  );
  return h(
    'tr',
    { class: 'opp-more-row kbd-skip', id, hidden: true, 'data-component': o.component.id, 'data-cluster': o.cluster.id },
    h(
      'td',
      { colspan: columns },
      h(
        'div',
        { class: 'opp-more' },
        h('div', { class: 'opp-more-facts' }, h('h4', {}, t('opp.detailsScore')), facts),
        h('div', { class: 'opp-more-candidates' }, h('h4', {}, t('opp.col.candidates')), candidates),
        h('div', { class: 'opp-more-explanation' }, h('h4', {}, t('opp.col.explanation')), h('p', { class: 'opp-explanation' }, o.explanation)),
      ),
    ),
  );
}

/**
 * `oneCluster`: every row is of the cluster filtered on, so the cluster column is left out (it said
 * that cluster's name on every row; the Risk view does the same).
 */
export function rankingTable(rows: readonly Opportunity[], names: Names, actions: RankingActions, options: { id: string; caption: string; basis: RankingBasis; oneCluster?: boolean }): HTMLTableElement {
  const table = h('table', { class: 'data opp-table', id: options.id, 'data-basis': options.basis.importBasis }, h('caption', {}, options.caption));
  const head = (k: string) => (k === '#' ? '#' : k === 'opp.col.import' ? importHeader(options.basis) : t(k));
  const heads = options.oneCluster ? HEADS.filter(([k]) => k !== 'opp.col.cluster') : HEADS;
  table.append(h('thead', {}, h('tr', {}, ...heads.map(([k, numeric]) => h('th', { scope: 'col', class: numeric ? `num${k === 'opp.col.import' ? ' opp-import-head' : ''}` : undefined }, head(k))))));
  const body = h('tbody');
  rows.forEach((o, i) => {
    const gaps = o.gaps.length === 0 ? h('span', {}, t('opp.noGaps')) : h('ul', { class: 'opp-gaps' }, ...o.gaps.map((g) => h('li', { 'data-kind': g.kind }, gapWithLever(g, names))));
    const close =
      o.gaps.length > 0
        ? h('button', { type: 'button', class: 'opp-close', 'aria-label': t('opp.closeGapsFor', { component: o.component.name, cluster: o.cluster.name }), onclick: () => actions.closeGaps(o) }, t('opp.closeGaps'))
        : null;
    const moreId = `${options.id}-more-${i}`;
    const more = moreRow(o, moreId, actions, heads.length);
    const toggle = h('button', { type: 'button', class: 'opp-expand', 'aria-expanded': 'false', 'aria-controls': moreId, 'aria-label': t('opp.detailsFor', { component: o.component.name, cluster: o.cluster.name }) }, t('opp.details.show'));
    toggle.addEventListener('click', () => {
      const open = more.hidden;
      more.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = t(open ? 'opp.details.hide' : 'opp.details.show');
    });
    body.append(
      h(
        'tr',
        { class: 'opp-row', 'data-component': o.component.id, 'data-cluster': o.cluster.id, 'data-status': o.status, 'aria-label': `${o.component.name}, ${o.cluster.name}: ${t(`opp.status.${o.status}`)}` },
        h('td', { class: 'num' }, String(o.rank)),
        h('th', { scope: 'row', class: 'opp-component' }, o.component.name),
        options.oneCluster ? null : h('td', { class: 'opp-cluster' }, o.cluster.name),
        h('td', {}, statusBadge(o.status)),
        h('td', { class: 'num', 'data-value': String(o.coverage) }, formatPercent(o.coverage)),
        h('td', { class: 'num opp-import', 'data-value': String(o.basisValueUsd) }, formatUsd(o.basisValueUsd)),
        h('td', { class: 'num opp-score', 'data-value': String(o.score) }, formatFixed(o.score, 3)),
        h('td', { class: 'opp-gaps-cell' }, gaps, close),
        h('td', { class: 'opp-more-cell' }, toggle),
      ),
      more,
    );
  });
  table.append(body);
  keyboardRows(body, (_row, i) => actions.select(rows[i]!.cluster.id));
  return table;
}

/** The ranking as flat rows for CSV (gaps and candidates joined into one cell each). */
export function rankingRows(rows: readonly Opportunity[], names: Names): Array<Record<string, unknown>> {
  return rows.map((o) => ({
    rank: o.rank,
    component: o.component.id,
    componentName: o.component.name,
    cluster: o.cluster.id,
    clusterName: o.cluster.name,
    status: o.status,
    coverage: o.coverage,
    density: o.density,
    capacityRatio: o.capacityRatio,
    distanceKm: o.distanceKm,
    importValueUsd: o.importValueUsd,
    importBasis: o.importBasis,
    basisValueUsd: o.basisValueUsd,
    basisYear: o.basisYear,
    score: o.score,
    gaps: o.gaps.map((g) => gapWithLever(g, names)).join('; '),
    candidates: o.candidates.map((c) => c.name).join('; '),
    explanation: o.explanation,
  }));
}

/**
 * The ranking's columns: keys as in the CSV, headers and units as a reader sees them. On the
 * national basis the documents (HTML, PDF, slides) show the national value under a header naming
 * it and its year; the buyers' figure and the year stay in the CSV.
 */
export const rankingColumns = (b: RankingBasis = { importBasis: 'buyers', basisYear: null }): ColumnSpec[] => {
  const national = b.importBasis === 'national';
  return [
  col('rank', t('col.rank'), 'count'),
  col('component', 'component', 'text', { id: true }),
  col('componentName', t('col.component')),
  col('cluster', 'cluster', 'text', { id: true }),
  col('clusterName', t('col.cluster')),
  col('status', t('col.status'), 'text', { words: statusWords() }),
  col('coverage', t('col.coverage'), 'percent'),
  col('density', t('col.density'), 'decimal', { digits: 3, slide: false }),
  col('capacityRatio', t('col.capacityRatio'), 'ratio', { digits: 1, slide: false }),
  col('distanceKm', t('col.distance'), 'km'),
  // On the buyers' basis the import value is the value the score weighed; on the national basis
  // it is the buyers' figure beside it, named as such.
  col('importValueUsd', national ? t('col.importValueBuyers') : t('col.importValue'), 'usd', { csvOnly: national }),
  // The basis is in the table's title.
  col('importBasis', t('col.importBasis'), 'text', { words: { buyers: t('opp.basis.buyers'), national: t('opp.basis.national') }, csvOnly: true }),
  col('basisValueUsd', national ? t('col.importValueNational', { year: b.basisYear === null ? '—' : String(b.basisYear) }) : t('col.basisValue'), 'usd', { csvOnly: !national }),
  col('basisYear', t('col.basisYear'), 'year', { csvOnly: true }),
  col('score', t('col.score'), 'decimal', { digits: 3 }),
  // The gaps and the policy lever for each are what a briefing on substitution is about: kept on slides.
  col('gaps', t('col.gaps'), 'text', { long: true, slide: true }),
  col('candidates', t('col.candidates'), 'text', { long: true }),
  col('explanation', t('col.explanation'), 'text', { long: true }),
  ];
};

/** Status codes as words ("near" → "Near (one gap)"). */
export const statusWords = (): Record<string, string> => Object.fromEntries(STATUSES.map((s) => [s, t(`opp.status.${s}`)]));
