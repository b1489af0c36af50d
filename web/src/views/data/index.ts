// The data page (issues 7 and 14): the dataset being served with its provenance and counts as the
// store records them (GET /api/health), an upload of a new dataset (an Excel workbook, a zip of CSV
// files, several CSV files or a JSON bundle; whole, or merged into the current one) to
// POST /api/datasets with the write token and a progress bar, what changed (counts before and
// after), the validation report of a rejected dataset as a table (file or sheet!cell, line, column,
// message), the empty workbook template, downloads of the current graph (GET /api/export) and the
// API reference.
import type { DatasetUploadResult } from '../../../../server/api/routes/datasets.ts';
import type { HealthOut } from '../../../../server/api/routes/health.ts';
import { clearCache, getJson } from '../../app/api.ts';
import { h } from '../../app/dom.ts';
import { formatNumber, lang, t } from '../../app/i18n.ts';
import type { MountedView, TableExport, ViewDef } from '../../app/view.ts';
import { col, loadTime, sourceText } from '../../export/index.ts';
import './messages.ts';
import { keepUploadResult, savedToken, saveToken, takeUploadResult } from './session.ts';
import { fileChooser } from '../../app/file-chooser.ts';
import './style.css';
import { uploadDataset, type UploadOutcome, type UploadProblem } from './upload.ts';

const EXPORTS = ['xlsx', 'graphml', 'gexf', 'json', 'csv'] as const;
/** Problems listed on the page; a dataset with more says how many are left out. */
const SHOWN_PROBLEMS = 500;

/** A label or relationship type in the page's language ("Perusahaan anggota sentra"), the schema's name when the catalogue has none. */
function entityName(name: string): string {
  const key = `entity.${name}`;
  const text = t(key);
  return text === key ? name : text;
}

function countsTable(counts: HealthOut['counts'], caption: string, id: string): HTMLElement {
  const part = (title: string, entries: Record<string, number>, headKey: string): HTMLTableElement => {
    const table = h('table', { class: 'data' }, h('caption', {}, title));
    table.append(h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(headKey)), h('th', { scope: 'col', class: 'num' }, t('data.count')))));
    const body = h('tbody');
    for (const [name, n] of Object.entries(entries)) body.append(h('tr', {}, h('th', { scope: 'row', title: name }, entityName(name)), h('td', { class: 'num', 'data-count': name }, formatNumber(n))));
    table.append(body);
    return table;
  };
  return h(
    'div',
    { class: 'data-counts', id, role: 'group', 'aria-label': caption },
    part(t('data.nodes'), counts.nodes, 'data.label'),
    part(t('data.relationships'), counts.relationships, 'data.type'),
  );
}

function changesTable(changes: DatasetUploadResult['changes']): HTMLTableElement {
  const table = h('table', { class: 'data', id: 'data-changes' }, h('caption', {}, t('data.changesCaption')));
  table.append(h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('data.label')), h('th', { scope: 'col', class: 'num' }, t('data.before')), h('th', { scope: 'col', class: 'num' }, t('data.after')))));
  const body = h('tbody');
  for (const [name, c] of [...Object.entries(changes.nodes), ...Object.entries(changes.relationships)]) {
    body.append(
      h('tr', { class: c.before === c.after ? undefined : 'changed', 'data-change': name }, h('th', { scope: 'row', title: name }, entityName(name)), h('td', { class: 'num' }, formatNumber(c.before)), h('td', { class: 'num' }, formatNumber(c.after))),
    );
  }
  table.append(body);
  return table;
}

/** The problems a report stands for: a grouped entry ("and 61 more like this") counts for all of them. */
const problemTotal = (problems: readonly UploadProblem[]): number => problems.reduce((n, p) => n + (p.more ?? 1), 0);

function problemTable(problems: readonly UploadProblem[]): HTMLTableElement {
  const table = h('table', { class: 'data', id: 'data-problems' }, h('caption', {}, t('data.problemsCaption', { n: problemTotal(problems) })));
  table.append(
    h(
      'thead',
      {},
      h('tr', {}, ...['data.file', 'data.line', 'data.column', 'data.message'].map((k) => h('th', { scope: 'col', class: k === 'data.line' || k === 'data.column' ? 'num' : undefined }, t(k)))),
    ),
  );
  const body = h('tbody');
  for (const p of problems.slice(0, SHOWN_PROBLEMS)) {
    // A workbook problem names its cell as Excel does (firms!D14); a file problem its file.
    body.append(h('tr', {}, h('td', {}, p.cell ?? p.file), h('td', { class: 'num' }, String(p.line)), h('td', { class: 'num' }, String(p.column)), h('td', {}, p.message)));
  }
  table.append(body);
  return table;
}

export const dataView: ViewDef = {
  id: 'data',
  titleKey: 'view.data',
  filters: false,
  mount(el, ctx): MountedView {
    let alive = true;
    let health: HealthOut | null = null;
    let problems: UploadProblem[] = [];
    let busy = false;

    const current = h('section', { class: 'data-section', 'aria-labelledby': 'data-current-title' }, h('h3', { id: 'data-current-title' }, t('data.current')), h('p', {}, t('data.loading')));
    const files = h('input', {
      id: 'data-files',
      type: 'file',
      multiple: true,
      accept: '.xlsx,.csv,.zip,.json,text/csv,application/zip,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'aria-describedby': 'data-files-hint',
    });
    const chooser = fileChooser(files, { choose: t('data.choose'), none: t('data.noneChosen'), chosen: (names) => t('data.chosen', { n: names.length, names: names.join(', ') }) });
    const nameInput = h('input', { id: 'data-name', type: 'text', autocomplete: 'off', maxlength: 200 });
    const merge = h('input', { id: 'data-merge', type: 'checkbox', 'aria-describedby': 'data-merge-hint' });
    const token = h('input', { id: 'data-token', type: 'password', autocomplete: 'off', 'aria-describedby': 'data-token-hint' });
    token.value = savedToken();
    token.addEventListener('input', () => saveToken(token.value));
    const forget = h('button', {
      type: 'button',
      id: 'data-forget',
      onclick: () => {
        token.value = '';
        saveToken('');
        ctx.status(t('data.tokenForgotten'));
      },
    }, t('data.forget'));
    const progress = h('progress', { id: 'data-progress', max: 100, value: 0, 'aria-labelledby': 'data-progress-label' });
    const progressText = h('span', { id: 'data-progress-label' }, '');
    const progressRow = h('div', { class: 'data-progress', hidden: true }, progress, progressText);
    const submit = h('button', { type: 'submit', id: 'data-upload', class: 'primary' }, t('data.upload'));
    const outcome = h('div', { id: 'data-outcome', 'aria-live': 'polite' });

    const form = h(
      'form',
      { class: 'data-form', id: 'data-form' },
      h('div', { class: 'data-field' }, h('label', { for: 'data-files' }, t('data.files')), chooser, h('p', { id: 'data-files-hint', class: 'hint' }, t('data.filesHint'))),
      h('div', { class: 'data-field' }, h('label', { for: 'data-name' }, t('data.datasetName')), nameInput),
      h('div', { class: 'data-field data-check' }, merge, h('label', { for: 'data-merge' }, t('data.merge')), h('p', { id: 'data-merge-hint', class: 'hint' }, t('data.mergeHint'))),
      h('div', { class: 'data-field' }, h('label', { for: 'data-token' }, t('data.token')), h('div', { class: 'data-inline' }, token, forget), h('p', { id: 'data-token-hint', class: 'hint' }, t('data.tokenHint'))),
      h('div', { class: 'data-inline' }, submit, progressRow),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void upload();
    });

    const downloads = h(
      'section',
      { class: 'data-section', 'aria-labelledby': 'data-download-title' },
      h('h3', { id: 'data-download-title' }, t('data.download')),
      h('ul', { class: 'data-links' }, ...EXPORTS.map((f) => h('li', {}, h('a', { href: `api/export?format=${f}`, download: '', id: `data-export-${f}` }, t(`data.export.${f}`)), ' — ', t(`data.export.${f}.what`)))),
      h('p', {}, h('a', { href: `api/docs?lang=${lang()}`, target: '_blank', rel: 'noopener', id: 'data-api-docs' }, t('data.apiDocs')), ' — ', t('data.apiDocsWhat')),
    );

    el.append(
      h(
        'div',
        { class: 'panel data-page' },
        h('h2', {}, t('view.data')),
        current,
        h(
          'section',
          { class: 'data-section', 'aria-labelledby': 'data-upload-title' },
          h('h3', { id: 'data-upload-title' }, t('data.uploadTitle')),
          h('p', { class: 'hint' }, t('data.uploadIntro')),
          h('p', {}, h('a', { href: 'api/datasets/template.xlsx', download: '', id: 'data-template' }, t('data.template')), ' — ', t('data.templateWhat')),
          form,
          outcome,
        ),
        downloads,
      ),
    );

    const previous = takeUploadResult();
    if (previous) showSuccess(previous);

    async function loadHealth(): Promise<void> {
      try {
        const fresh = await getJson<HealthOut>('health');
        if (!alive) return;
        health = fresh;
        current.replaceChildren(
          h('h3', { id: 'data-current-title' }, t('data.current')),
          h('p', { id: 'data-dataset' }, t('data.datasetLine', { name: fresh.dataset, store: t(`data.store.${fresh.store}`) })),
          h(
            'p',
            { id: 'data-provenance', class: 'hint' },
            // null while the store does not answer (health is then "degraded").
            t('data.provenance', {
              source: fresh.provenance?.source ? sourceText(fresh.provenance.source) : t('data.unknown'),
              loaded: fresh.provenance?.loadedAt ? loadTime(fresh.provenance.loadedAt) : t('data.unknown'),
              hash: fresh.provenance?.hash ? fresh.provenance.hash.replace(/^sha256:/, '').slice(0, 12) : t('data.unknown'),
            }),
          ),
          countsTable(fresh.counts, t('data.countsCaption'), 'data-counts'),
        );
      } catch (error) {
        if (!alive) return;
        current.replaceChildren(h('h3', { id: 'data-current-title' }, t('data.current')), h('p', { class: 'error', role: 'alert' }, t('status.error', { message: error instanceof Error ? error.message : String(error) })));
      }
    }
    void loadHealth();

    function showSuccess(result: DatasetUploadResult): void {
      const nodes = Object.values(result.counts.nodes).reduce((a, b) => a + b, 0);
      const rels = Object.values(result.counts.relationships).reduce((a, b) => a + b, 0);
      const mode = result.mode === 'merge' ? t('data.mode.merge', { files: result.files.join(', ') }) : t('data.mode.replace');
      outcome.replaceChildren(
        h('div', { class: 'data-success', role: 'status', id: 'data-success' }, h('strong', {}, t('data.success', { name: result.dataset })), ' ', mode, ' ', t('data.successCounts', { nodes, rels })),
        changesTable(result.changes),
      );
    }

    function showFailure(o: Extract<UploadOutcome, { ok: false }>): void {
      problems = o.problems;
      const message =
        o.code === 'network'
          ? t('data.err.network')
          : o.code === 'aborted'
            ? t('data.err.aborted')
            : o.status === 401 || o.status === 403
              ? t('data.err.auth', { message: o.message })
              : t('data.err.rejected', { status: o.status, message: o.message });
      const parts: Node[] = [h('p', { class: 'error', role: 'alert', id: 'data-error' }, message)];
      if (o.problems.length > 0) {
        parts.push(problemTable(o.problems));
        if (o.problems.length > SHOWN_PROBLEMS) parts.push(h('p', { class: 'hint' }, t('data.moreProblems', { n: o.problems.length - SHOWN_PROBLEMS })));
      }
      outcome.replaceChildren(...parts);
      ctx.status(message);
    }

    async function upload(): Promise<void> {
      if (busy) return;
      const chosen = [...(files.files ?? [])];
      if (chosen.length === 0) {
        outcome.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'data-error' }, t('data.noFiles')));
        files.focus();
        return;
      }
      busy = true;
      submit.disabled = true;
      problems = [];
      progress.value = 0;
      progressText.textContent = t('data.progress', { pct: 0 });
      progressRow.hidden = false;
      outcome.replaceChildren(h('p', { class: 'hint' }, t('data.uploading')));
      const result = await uploadDataset(chosen, {
        token: token.value.trim(),
        name: nameInput.value,
        merge: merge.checked,
        onProgress: (loaded, total) => {
          const pct = total > 0 ? Math.round((100 * loaded) / total) : 0;
          progress.value = pct;
          progressText.textContent = pct >= 100 ? t('data.validating') : t('data.progress', { pct });
        },
      });
      busy = false;
      if (!alive) return;
      submit.disabled = false;
      progressRow.hidden = true;
      if (result.ok) {
        showSuccess(result.result);
        ctx.status(t('data.success', { name: result.result.dataset }));
        // Every view caches what it fetched: start again from the new data.
        keepUploadResult(result.result);
        clearCache();
        window.location.reload();
        return;
      }
      showFailure(result);
      void loadHealth();
    }

    return {
      update() {},
      destroy() {
        alive = false;
      },
      exportable() {
        const tables: TableExport[] = [];
        if (health) {
          const rows = [
            ...Object.entries(health.counts.nodes).map(([name, count]) => ({ kind: 'node', name, count })),
            ...Object.entries(health.counts.relationships).map(([name, count]) => ({ kind: 'relationship', name, count })),
          ];
          const entities = Object.fromEntries(rows.map((r) => [r.name, entityName(r.name)]));
          tables.push({ title: t('data.countsCaption'), sheet: t('data.countsSheet'), columns: [col('kind', t('col.kind'), 'text', { words: { node: t('col.kind.node'), relationship: t('col.kind.relationship') } }), col('name', t('col.name'), 'text', { words: entities }), col('count', t('col.count'), 'count')], rows });
        }
        if (problems.length > 0) tables.push({ title: t('data.problemsTitle'), columns: [col('file', t('col.file')), col('line', t('col.line'), 'count'), col('column', t('col.column')), col('cell', t('col.cell')), col('message', t('col.message'), 'text', { long: true })], rows: problems.map((p) => ({ ...p })) });
        return {
          title: t('view.data'),
          legend: [],
          tables,
          summary: health ? [t('data.datasetLine', { name: health.dataset, store: t(`data.store.${health.store}`) })] : [],
          options: [],
          method: [t('method.data')],
        };
      },
    };
  },
};
