// The substitution ranking as a keyboard-navigable table: one row per component × cluster with its
// status, coverage, density, capacity ratio, distance, import value, score, gaps with their policy
// levers, candidate firms (buttons that select the firm) and the explanation; each row has a
// "close these gaps" button for the what-if form. Also the flat form of the rows for CSV export.
import type { Opportunity } from '../../../../server/analysis/substitution/shapes.ts';
import { h } from '../../app/dom.ts';
import { formatNumber, formatUsd, t } from '../../app/i18n.ts';
import { keyboardRows } from '../risk/index.ts';
import { gapWithLever, statusBadge, type Names } from './labels.ts';

export interface RankingActions {
  select(id: string): void;
  closeGaps(o: Opportunity): void;
}

const pct = (v: number): string => `${formatNumber(v * 100)} %`;

export function rankingTable(rows: readonly Opportunity[], names: Names, actions: RankingActions, options: { id: string; caption: string }): HTMLTableElement {
  const table = h('table', { class: 'data opp-table', id: options.id }, h('caption', {}, options.caption));
  const heads = ['#', 'opp.col.component', 'opp.col.cluster', 'opp.col.status', 'opp.col.coverage', 'opp.col.density', 'opp.col.capacity', 'opp.col.distance', 'opp.col.import', 'opp.col.score', 'opp.col.gaps', 'opp.col.action', 'opp.col.candidates', 'opp.col.explanation'];
  const numeric = new Set(['#', 'opp.col.coverage', 'opp.col.density', 'opp.col.capacity', 'opp.col.distance', 'opp.col.import', 'opp.col.score']);
  table.append(h('thead', {}, h('tr', {}, ...heads.map((k) => h('th', { scope: 'col', class: numeric.has(k) ? 'num' : undefined }, k === '#' ? '#' : t(k))))));
  const body = h('tbody');
  for (const o of rows) {
    const gaps = o.gaps.length === 0 ? h('span', {}, t('opp.noGaps')) : h('ul', { class: 'opp-gaps' }, ...o.gaps.map((g) => h('li', { 'data-kind': g.kind }, gapWithLever(g, names))));
    const candidates = h(
      'ul',
      { class: 'opp-candidates' },
      ...o.candidates.map((c) => h('li', {}, h('button', { type: 'button', class: 'link', 'data-firm': c.id, onclick: () => actions.select(c.id), title: t('opp.candidateMeets', { n: c.meets }) }, c.name))),
    );
    const close =
      o.gaps.length > 0
        ? h('button', { type: 'button', class: 'opp-close', 'aria-label': t('opp.closeGapsFor', { component: o.component.name, cluster: o.cluster.name }), onclick: () => actions.closeGaps(o) }, t('opp.closeGaps'))
        : h('span', { class: 'hint' }, '—');
    body.append(
      h(
        'tr',
        { 'data-component': o.component.id, 'data-cluster': o.cluster.id, 'data-status': o.status, 'aria-label': `${o.component.name}, ${o.cluster.name}: ${t(`opp.status.${o.status}`)}` },
        h('td', { class: 'num' }, String(o.rank)),
        h('th', { scope: 'row', class: 'opp-component' }, o.component.name),
        h('td', {}, o.cluster.name),
        h('td', {}, statusBadge(o.status)),
        h('td', { class: 'num', 'data-value': String(o.coverage) }, pct(o.coverage)),
        h('td', { class: 'num', 'data-value': String(o.density) }, formatNumber(o.density, 2)),
        h('td', { class: 'num' }, o.capacityRatio === null ? '—' : formatNumber(o.capacityRatio, 2)),
        h('td', { class: 'num' }, o.distanceKm === null ? '—' : `${formatNumber(o.distanceKm)} km`),
        h('td', { class: 'num', 'data-value': String(o.importValueUsd) }, formatUsd(o.importValueUsd)),
        h('td', { class: 'num opp-score', 'data-value': String(o.score) }, formatNumber(o.score, 3)),
        h('td', { class: 'opp-gaps-cell' }, gaps),
        h('td', {}, close),
        h('td', { class: 'opp-candidates-cell' }, o.candidates.length > 0 ? candidates : '—'),
        h('td', { class: 'opp-explanation' }, o.explanation),
      ),
    );
  }
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
    score: o.score,
    gaps: o.gaps.map((g) => gapWithLever(g, names)).join('; '),
    candidates: o.candidates.map((c) => c.name).join('; '),
    explanation: o.explanation,
  }));
}

export const RANKING_COLUMNS = ['rank', 'component', 'componentName', 'cluster', 'clusterName', 'status', 'coverage', 'density', 'capacityRatio', 'distanceKm', 'importValueUsd', 'score', 'gaps', 'candidates', 'explanation'];
