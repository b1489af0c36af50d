// The import-exposure part of the risk panel (issue 15, "National exposure ... shown beside the
// buyer-level figures"): per component the buyers' reported imports and their origin HHI beside
// the national imports of the trade table's year, the main origin countries with their shares,
// the origins' HHI and the trend over the table's years; the source and year of the national
// figures above the table, and a note when the dataset has no national table. Sortable by any
// column (a click or Enter on its heading; again to reverse).
import type { ImportsOut } from '../../../../server/analysis/imports/shapes.ts';
import type { NationalImportsOut } from '../../../../server/analysis/trade/shapes.ts';
import { getCached } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { asSentence, formatFixed, formatUsd, t } from '../../app/i18n.ts';
import type { TableExport } from '../../app/view.ts';
import { exposureRows, exposureTable, hsText, originParts, pct, signedGrowth, SHOWN_ORIGINS, type ExposureRow } from './exposure-rows.ts';
import { sparkline } from './sparkline.ts';
import { componentExposureFigures } from './exposure-focus.ts';
import { codeText, plainText } from '../../app/code-text.ts';

export interface ExposurePart {
  element: HTMLElement;
  /** The export table, once the answers are in. */
  table(): TableExport | null;
  /** The national answer's key figures and warnings, in the UI language (with a component in focus, its row's). */
  figures(): string[];
  /**
   * With a focus of firms, keeps the components of the panel's tables about it (`ids`), with a
   * button for every component; null: every component, no note.
   */
  focusComponents(focus: { ids: ReadonlySet<string>; name: string } | null): void;
  /** The sentence above the table that says which components it shows (null: every component, no focus). */
  scopeText(): string | null;
  /** Shows the row of one component (the panel's focus), or every row (null). */
  component(focus: { id: string; name: string } | null): void;
}

type SortKey = 'name' | 'buyersValueUsd' | 'buyersHhi' | 'nationalValueUsd' | 'cover' | 'hhi' | 'annualGrowth';
interface Column {
  key: SortKey | null;
  header: string;
  num: boolean;
}

/** Growth a year, or why there is none: imports only in the last year, or no earlier year at all. */
function growthText(r: ExposureRow): string {
  const g = r.annualGrowth;
  if (g !== null) return t('exp.perYear', { growth: signedGrowth(g) });
  const last = r.years[r.years.length - 1];
  const earlier = r.years.slice(0, -1);
  if (last && last.valueUsd > 0 && earlier.length > 0 && earlier.every((y) => y.valueUsd === 0)) return t('exp.newIn', { year: String(last.year) });
  return '—';
}

function sortRows(rows: ExposureRow[], key: SortKey, descending: boolean): ExposureRow[] {
  const sign = descending ? -1 : 1;
  // Rows without a value go last whichever way the column is sorted.
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * a.name.localeCompare(b.name);
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    return sign * (x - y) || a.name.localeCompare(b.name);
  });
}

function cells(r: ExposureRow): HTMLElement[] {
  const years = r.years.map((y) => `${y.year}: ${formatUsd(y.valueUsd)}`).join(', ');
  const num = (value: number | null, text: string) => h('td', { class: 'num', 'data-value': value === null ? '' : String(value) }, text);
  return [
    // The HS codes under the name: components sharing a heading show the same national figures.
    h('th', { scope: 'row' }, r.name, ...(r.hs.length > 0 ? [h('span', { class: 'hint exp-hs' }, hsText(r))] : [])),
    num(r.buyersValueUsd, formatUsd(r.buyersValueUsd)),
    num(r.buyersHhi, r.buyersHhi === null ? '—' : formatFixed(r.buyersHhi, 2)),
    num(r.nationalValueUsd, r.nationalValueUsd === null ? '—' : formatUsd(r.nationalValueUsd)),
    num(r.cover, pct(r.cover)),
    h('td', { class: 'exp-origins', 'data-origins': r.origins.map((o) => o.country).join(' ') }, ...(r.origins.length === 0 ? ['—'] : originParts(r, SHOWN_ORIGINS).flatMap((part, i) => [...(i > 0 ? ['; '] : []), h('span', { class: 'exp-origin' }, part)]))),
    num(r.hhi, r.hhi === null ? '—' : formatFixed(r.hhi, 2)),
    h('td', { class: 'exp-trend', 'data-value': r.annualGrowth === null ? '' : String(r.annualGrowth) }, r.years.length > 1 ? sparkline(r.years, t('exp.trendTip', { values: years })) : null, ' ', h('span', { class: 'exp-growth' }, growthText(r))),
  ];
}

export function exposurePart(): ExposurePart {
  const body = h('div', { id: 'exp-body' }, h('p', {}, t('exp.loading')));
  const note = h('p', { class: 'notice', id: 'exp-scope', hidden: true });
  const element = h('section', { class: 'exposure', id: 'exposure' }, h('h3', {}, t('exp.title')), note, h('p', { class: 'hint' }, t('exp.intro')), body);
  let national: NationalImportsOut | null = null;
  /** Every component's row, and those shown (the focus's component, or all). */
  let allRows: ExposureRow[] = [];
  let rows: ExposureRow[] = [];
  let only: { id: string; name: string } | null = null;
  /** The focus's components, and whether the analyst asked for every component instead. */
  let firmsFocus: { ids: ReadonlySet<string>; name: string } | null = null;
  let everyComponent = false;
  const narrowed = () => firmsFocus !== null && !everyComponent && only === null;
  const pick = (): ExposureRow[] => {
    const id = only?.id;
    if (id !== undefined) return allRows.filter((r) => r.id === id);
    const ids = firmsFocus?.ids;
    return ids && narrowed() ? allRows.filter((r) => ids.has(r.id)) : allRows;
  };
  // A cluster's briefing printed all 2,000 components of the country (three of its six pages), with
  // one line saying they were not the cluster's: now the components of its own tables, and a button.
  const scopeText = (): string | null => {
    if (!firmsFocus || only !== null) return firmsFocus ? t('risk.focus.exposureNote', { focus: firmsFocus.name }) : null;
    return everyComponent ? t('exp.focus.all', { focus: firmsFocus.name, n: allRows.length }) : t('exp.focus.some', { focus: firmsFocus.name, n: rows.length, total: allRows.length });
  };
  const toggle = h('button', { type: 'button', id: 'exp-scope-toggle', class: 'exp-scope-toggle', onclick: () => {
    everyComponent = !everyComponent;
    rows = pick();
    showScope();
    if (national) render();
  } });
  const showScope = () => {
    const text = scopeText();
    const words = h('span', {}, text ?? '');
    toggle.textContent = everyComponent ? t('exp.focus.only', { focus: firmsFocus?.name ?? '' }) : t('exp.focus.every', { n: allRows.length });
    note.replaceChildren(words, ...(firmsFocus && only === null && national ? [' ', toggle] : []));
    note.hidden = text === null;
  };

  function render(): void {
    const n = national!;
    const first = n.years[0];
    const last = n.years[n.years.length - 1];
    const columns: Column[] = [
      { key: 'name', header: t('exp.col.component'), num: false },
      { key: 'buyersValueUsd', header: t('exp.col.buyers'), num: true },
      { key: 'buyersHhi', header: t('exp.col.buyersHhi'), num: true },
      { key: 'nationalValueUsd', header: n.year === null ? t('exp.col.nationalNone') : t('exp.col.national', { year: String(n.year) }), num: true },
      { key: 'cover', header: t('exp.col.cover'), num: true },
      { key: null, header: t('exp.col.origins'), num: false },
      { key: 'hhi', header: t('exp.col.hhi'), num: true },
      { key: 'annualGrowth', header: first !== undefined && last !== undefined && first !== last ? t('exp.col.trend', { first: String(first), last: String(last) }) : t('exp.col.trendNone'), num: true },
    ];
    let sortKey: SortKey = 'nationalValueUsd';
    let descending = true;
    const tbody = h('tbody');
    const heads = columns.map((c) => {
      if (c.key === null) return h('th', { scope: 'col' }, c.header);
      const key = c.key;
      const button = h('button', { type: 'button', class: 'sort', title: t('exp.sortBy', { column: c.header }), 'data-sort': key, onclick: () => sortBy(key) }, c.header);
      return h('th', { scope: 'col', class: c.num ? 'num' : undefined, 'data-sort': key }, button);
    });
    function sortBy(key: SortKey): void {
      descending = key === sortKey ? !descending : key !== 'name';
      sortKey = key;
      draw();
    }
    function draw(): void {
      for (const th of heads) {
        const key = th.dataset.sort;
        if (key === undefined) continue;
        th.setAttribute('aria-sort', key === sortKey ? (descending ? 'descending' : 'ascending') : 'none');
      }
      tbody.replaceChildren(...sortRows(rows, sortKey, descending).map((r) => h('tr', { 'data-component': r.id }, ...cells(r))));
    }
    draw();
    const table = h('table', { class: 'data risk-table exp-table', id: 'exp-table' }, h('caption', {}, t('exp.caption', { n: rows.length })), h('thead', {}, h('tr', {}, ...heads)), tbody);
    const source = n.year === null ? null : h('p', { class: 'exp-source', id: 'exp-source' }, t('exp.source', { year: String(n.year), source: n.sources.length > 0 ? n.sources.join('; ') : t('exp.noSource') }));
    const none = n.year === null || n.components.length === 0 ? h('p', { class: 'notice', id: 'exp-none', role: 'note' }, t('exp.noNational'), ...n.warnings.map((w) => h('span', { class: 'hint' }, ' ', ...codeText(w.message)))) : null;
    // A component of the focus that neither table names: said, rather than an empty table.
    const absent =
      only !== null && rows.length === 0
        ? h('p', { id: 'exp-component-none' }, t('exp.componentNone', { component: only.name }))
        : narrowed() && rows.length === 0
          ? h('p', { id: 'exp-focus-none' }, t('exp.focus.none', { focus: firmsFocus!.name }))
          : null;
    body.replaceChildren(...(none ? [none] : []), ...(source ? [source] : []), absent ?? h('div', { class: 'risk-scroll' }, table));
  }

  void Promise.all([getCached<ImportsOut>('analysis/imports'), getCached<NationalImportsOut>('analysis/imports', { basis: 'national' })])
    .then(([b, n]) => {
      national = n;
      allRows = exposureRows(b, n);
      rows = pick();
      showScope();
      render();
    })
    .catch((error: unknown) => {
      body.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'exp-error' }, asSentence(error instanceof Error ? error.message : String(error))));
    });

  return {
    element,
    table: () => (national ? exposureTable(rows, national) : null),
    // With a component in focus, its own row said (the national summary is about every component).
    // With the focus's components, their own total (the national summary is about every component).
    figures: () => {
      if (!national) return [];
      if (only) return componentExposureFigures(only, rows[0], national);
      const warnings = national.warnings.map((w) => plainText(w.message));
      if (!narrowed() || national.year === null) return [...national.summary, ...warnings];
      const value = rows.reduce((sum, r) => sum + (r.nationalValueUsd ?? 0), 0);
      return [t('exp.fig.focusTotal', { n: rows.length, focus: firmsFocus!.name, value: formatUsd(value), year: String(national.year) }), ...warnings];
    },
    component(focus) {
      if ((focus?.id ?? null) === (only?.id ?? null)) return;
      only = focus;
      rows = pick();
      showScope();
      if (national) render();
    },
    focusComponents(focus) {
      firmsFocus = focus;
      everyComponent = false;
      rows = pick();
      showScope();
      if (national) render();
    },
    scopeText,
  };
}
