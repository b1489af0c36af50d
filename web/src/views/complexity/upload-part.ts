// Part (b) of the complexity panel: any location × product CSV (trade data, a census of firms, …)
// with the analyst's choice of location, product, value and year columns, sent to POST
// /api/complexity; the answer as a table (Growth Lab ecomplexity columns) with a CSV download.
// Mistakes are shown as the API states them (line and column of the file).
import { UNDEFINED_ECI_CODES } from '../../../../server/analysis/complexity/codes.ts';
import { ApiError, postJson } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { fileChooser } from '../../app/file-chooser.ts';
import { formatNumber, lang, t } from '../../app/i18n.ts';
import { noticeBox } from '../../app/notice/index.ts';
import type { TableExport } from '../../app/view.ts';
import { col, download, fileName, toCsvTable } from '../../export/index.ts';
import { csvHeader, guessColumns } from './csv-header.ts';
import type { ComplexityOut } from './results.ts';
import { codeText } from '../../app/code-text.ts';

/** Rows shown on the page; the download has them all. */
const SHOWN_ROWS = 200;
/** The API takes JSON bodies up to 2 MB; the CSV travels inside one. */
const MAX_CSV_CHARS = 1_900_000;

export interface UploadPart {
  element: HTMLElement;
  tables(): TableExport[];
}

const today = (): string => new Date().toISOString().slice(0, 10);

function columnSelect(id: string, label: string, names: readonly string[], value: string, none?: string): { field: HTMLLabelElement; select: HTMLSelectElement } {
  const sel = h('select', { id });
  if (none !== undefined) sel.append(h('option', { value: '' }, none));
  for (const n of names) sel.append(h('option', { value: n }, n));
  sel.value = value;
  return { field: h('label', { class: 'field' }, h('span', {}, label), sel), select: sel };
}

/** The API's error as text: a located CSV problem reads "line 4, column 3: …". */
export function complexityErrorText(error: unknown): string {
  if (!(error instanceof ApiError)) return t('cx.err.network', { message: error instanceof Error ? error.message : String(error) });
  const d = error.details as { line?: unknown; column?: unknown } | undefined;
  if (d && typeof d.line === 'number' && d.column !== undefined) {
    const reason = error.message.replace(/^\d+:[^:]+:\s*/, '');
    return t('cx.err.located', { line: String(d.line), column: String(d.column), message: reason });
  }
  return t('cx.err.api', { status: error.status, message: error.message });
}

/** The server's warnings (already in the UI language) as one caution. */
function warningsNotice(r: ComplexityOut): HTMLElement {
  const undefinedEci = r.warnings.some((w) => UNDEFINED_ECI_CODES.has(w.code));
  return noticeBox({
    kind: 'caution',
    id: 'cx-upload-warnings',
    title: t(undefinedEci ? 'cx.uploadUndefined' : 'cx.uploadWarnings'),
    lines: r.warnings.map((w) => h('p', { 'data-code': w.code }, ...codeText(w.message))),
  });
}

export function uploadPart(): UploadPart {
  let text = '';
  let fileLabel = '';
  let result: ComplexityOut | null = null;

  const file = h('input', { id: 'cx-file', type: 'file', accept: '.csv,text/csv', 'aria-describedby': 'cx-file-hint' });
  const columns = h('div', { class: 'cx-columns', id: 'cx-columns' });
  const threshold = h('input', { id: 'cx-rca', type: 'number', min: 0, step: 'any', placeholder: '1' });
  const run = h('button', { type: 'submit', id: 'cx-run', class: 'primary', disabled: true }, t('cx.run'));
  const outcome = h('div', { id: 'cx-upload-outcome', 'aria-live': 'polite' });
  let selects: { location: HTMLSelectElement; product: HTMLSelectElement; value: HTMLSelectElement; year: HTMLSelectElement } | null = null;

  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    outcome.replaceChildren();
    result = null;
    if (!f) return;
    text = await f.text();
    fileLabel = f.name;
    const header = csvHeader(text);
    if (header.length < 3) {
      columns.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('cx.err.header', { n: header.length })));
      run.disabled = true;
      selects = null;
      return;
    }
    const guess = guessColumns(header);
    const loc = columnSelect('cx-col-location', t('cx.colLocation'), header, guess.location);
    const prod = columnSelect('cx-col-product', t('cx.colProduct'), header, guess.product);
    const val = columnSelect('cx-col-value', t('cx.colValue'), header, guess.value);
    const yr = columnSelect('cx-col-year', t('cx.colYear'), header, guess.year, t('cx.noYear'));
    selects = { location: loc.select, product: prod.select, value: val.select, year: yr.select };
    columns.replaceChildren(h('p', { class: 'hint' }, t('cx.fileRead', { name: f.name, columns: header.length })), loc.field, prod.field, val.field, yr.field);
    run.disabled = false;
  });

  const form = h(
    'form',
    { class: 'cx-form', id: 'cx-upload-form' },
    h('div', {}, h('label', { for: 'cx-file', class: 'cx-label' }, t('cx.file')), fileChooser(file, { choose: t('cx.choose'), none: t('cx.noneChosen'), chosen: (names) => names.join(', ') }), h('p', { id: 'cx-file-hint', class: 'hint' }, t('cx.fileHint'))),
    columns,
    h('label', { class: 'field' }, h('span', {}, t('cx.rca')), threshold),
    h('div', {}, run),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void compute();
  });

  async function compute(): Promise<void> {
    if (!selects || text === '') return;
    const cols = { location: selects.location.value, product: selects.product.value, value: selects.value.value, year: selects.year.value };
    const chosen = [cols.location, cols.product, cols.value, cols.year].filter((c) => c !== '');
    if (new Set(chosen).size !== chosen.length) {
      outcome.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'cx-upload-error' }, t('cx.err.sameColumn')));
      return;
    }
    if (text.length > MAX_CSV_CHARS) {
      outcome.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'cx-upload-error' }, t('cx.err.tooLarge')));
      return;
    }
    const body: Record<string, unknown> = { csv: text, location: cols.location, product: cols.product, value: cols.value };
    if (cols.year !== '') body.year = cols.year;
    const rca = threshold.value.trim();
    if (rca !== '') body.rcaThreshold = Number(rca);
    run.disabled = true;
    outcome.replaceChildren(h('p', { class: 'hint' }, t('cx.computing')));
    try {
      result = await postJson<ComplexityOut>(`complexity?lang=${lang()}`, body);
      show(result);
    } catch (error) {
      result = null;
      outcome.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'cx-upload-error' }, ...codeText(complexityErrorText(error))));
    } finally {
      run.disabled = false;
    }
  }

  function show(r: ComplexityOut): void {
    const tb = h('table', { class: 'data', id: 'cx-upload-table' }, h('caption', {}, t('cx.resultCaption', { rows: r.rows.length, shown: Math.min(SHOWN_ROWS, r.rows.length) })));
    tb.append(h('thead', {}, h('tr', {}, ...r.columns.map((c) => h('th', { scope: 'col' }, c)))));
    const tbody = h('tbody');
    for (const row of r.rows.slice(0, SHOWN_ROWS)) {
      tbody.append(h('tr', {}, ...r.columns.map((c) => {
        const v = row[c];
        return typeof v === 'number' ? h('td', { class: 'num', 'data-value': String(v) }, formatNumber(v, 4)) : h('td', {}, v === null || v === undefined ? '' : String(v));
      })));
    }
    tb.append(tbody);
    const csvButton = h('button', { type: 'button', id: 'cx-download', onclick: () => download(new Blob([toCsvTable(r.columns, r.rows)], { type: 'text/csv' }), fileName(`complexity ${fileLabel.replace(/\.csv$/i, '')}`, today(), 'csv')) }, t('cx.download'));
    outcome.replaceChildren(
      h('p', { id: 'cx-upload-summary' }, t('cx.resultSummary', { rows: r.rows.length }), ' ', csvButton),
      ...(r.warnings.length > 0 ? [warningsNotice(r)] : []),
      h('div', { class: 'cx-scroll' }, tb),
    );
  }

  const element = h(
    'section',
    { class: 'cx-section', 'aria-labelledby': 'cx-upload-title' },
    h('h3', { id: 'cx-upload-title' }, t('cx.uploadTitle')),
    h('p', { class: 'hint cx-intro' }, t('cx.uploadIntro')),
    form,
    outcome,
  );
  return {
    element,
    // The uploaded table's own column names are its headers (the user chose them).
    tables: () => (result ? [{ title: t('cx.uploadResultTitle'), sheet: t('cx.uploadResultSheet'), columns: result.columns.map((c) => col(c, c)), rows: result.rows }] : []),
  };
}
