// The Cypher console (issue 7): an editor with highlighting, parameters as JSON (checked before
// sending, mistakes shown with line and column), POST /api/cypher, the rows as a table and — when
// nodes or relationships come back — as a small force-directed graph, a CSV download, and example
// research queries. On the embedded store a notice says up front that Cypher needs Neo4j; a run
// then shows the API's own 501 message (how to start Neo4j) in its place.
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import type { HealthOut } from '../../../../server/api/routes/health.ts';
import type { ConsoleNode, CypherResult } from '../../../../server/console/shapes.ts';
import { ApiError, getCached, postJson } from '../../app/api.ts';
import { codeText, plainText } from '../../app/code-text.ts';
import { h } from '../../app/dom.ts';
import { asSentence, formatNumber, lang, t } from '../../app/i18n.ts';
import type { MountedView, TableExport, ViewDef } from '../../app/view.ts';
import { col, download, fileName, toCsvTable } from '../../export/index.ts';
import { nodeName, textRows } from './cells.ts';
import { cypherEditor } from './editor.ts';
import { EXAMPLES, exampleParams, type ExampleQuery } from './examples.ts';
import { drawGraph, graphLegend, legendList, MAX_DRAWN_NODES } from './graph.ts';
import './messages.ts';
import { parseParams } from './params.ts';
import { resultTable, SHOWN_ROWS } from './results.ts';
import './style.css';

const today = (): string => new Date().toISOString().slice(0, 10);
const DEFAULT_QUERY = EXAMPLES[0]!;

/**
 * An example's text in the page's language: its opening comment (English, as cypher/README.md
 * documents it) becomes the example's title in Indonesian; the query itself is the same.
 */
function exampleText(ex: ExampleQuery): string {
  if (lang() === 'en') return ex.query;
  const [first, ...rest] = ex.query.split('\n');
  return first!.startsWith('//') ? [`// ${t(`console.ex.${ex.id}`)}`, ...rest].join('\n') : ex.query;
}

/** What went wrong with a query, as the message to show and whether it is the "needs Neo4j" case. */
export function describeError(error: unknown): { text: string; needsNeo4j: boolean } {
  if (error instanceof ApiError) {
    if (error.status === 501) return { text: asSentence(error.message), needsNeo4j: true };
    if (error.code === 'query_timeout' || error.status === 408) return { text: t('console.err.timeout', { message: error.message }), needsNeo4j: false };
    if (error.code === 'query_refused') return { text: t('console.err.refused', { message: error.message }), needsNeo4j: false };
    if (error.code === 'store_unavailable' || error.status === 503) return { text: t('console.err.unavailable', { message: error.message }), needsNeo4j: false };
    if (error.status >= 400 && error.status < 500) return { text: t('console.err.invalid', { message: error.message }), needsNeo4j: false };
    return { text: t('console.err.server', { message: error.message }), needsNeo4j: false };
  }
  return { text: t('console.err.network', { message: error instanceof Error ? error.message : String(error) }), needsNeo4j: false };
}

export const consoleView: ViewDef = {
  id: 'console',
  titleKey: 'view.console',
  filters: false,
  mount(el, ctx): MountedView {
    let result: CypherResult | null = null;
    let graphSvg: SVGSVGElement | null = null;
    let ticket = 0;
    let alive = true;

    const neo4jNotice = h('div', { id: 'console-neo4j', class: 'cy-notice', role: 'alert', tabindex: -1, hidden: true });
    const outcome = h('div', { id: 'console-outcome', 'aria-live': 'polite' });
    const resultsEl = h('div', { id: 'console-output' });

    const runButton = h('button', { type: 'button', id: 'console-run', class: 'primary', onclick: () => void run() }, t('console.run'));
    const editor = cypherEditor({ id: 'console-query', label: t('console.query'), hint: t('console.queryHint'), value: exampleText(DEFAULT_QUERY), onRun: () => void run() });
    const paramsInput = h('textarea', { id: 'console-params', class: 'cy-params', rows: 3, spellcheck: 'false', 'aria-describedby': 'console-params-hint console-params-error' });
    paramsInput.value = JSON.stringify(DEFAULT_QUERY.params);
    // The dataset's own ids in place of the seed's, once the catalogue is at hand (unless already edited).
    let catalog: CatalogOut | null = null;
    void getCached<CatalogOut>('catalog')
      .then((c) => {
        catalog = c;
        if (alive && paramsInput.value === JSON.stringify(DEFAULT_QUERY.params)) paramsInput.value = JSON.stringify(exampleParams(DEFAULT_QUERY, c));
      })
      .catch(() => undefined);
    paramsInput.addEventListener('keydown', (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void run();
      }
    });
    const paramsError = h('p', { id: 'console-params-error', class: 'field-error', role: 'alert', hidden: true });
    paramsInput.addEventListener('input', () => {
      paramsError.hidden = true;
      paramsInput.removeAttribute('aria-invalid');
    });
    const limitInput = h('input', { id: 'console-limit', type: 'number', min: 1, max: 100000, step: 1, value: 1000 });
    const timeoutInput = h('input', { id: 'console-timeout', type: 'number', min: 1, max: 60, step: 1, value: 10 });

    const examples = h(
      'ul',
      { class: 'cy-examples' },
      ...EXAMPLES.map((ex) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'data-example': ex.id,
              onclick: () => {
                editor.setValue(exampleText(ex));
                paramsInput.value = Object.keys(ex.params).length > 0 ? JSON.stringify(exampleParams(ex, catalog)) : '';
                paramsError.hidden = true;
                editor.focus();
                ctx.status(t('console.exampleLoaded', { title: t(`console.ex.${ex.id}`) }));
              },
            },
            t(`console.ex.${ex.id}`),
          ),
        ),
      ),
    );

    el.append(
      h(
        'div',
        { class: 'panel console' },
        h('h2', {}, t('view.console')),
        h('p', { class: 'lede' }, t('console.intro')),
        neo4jNotice,
        h(
          'div',
          { class: 'cy-layout' },
          h(
            'form',
            {
              class: 'cy-form',
              onsubmit: (e: Event) => {
                e.preventDefault();
                void run();
              },
            },
            editor.element,
            h('div', { class: 'cy-params-field' }, h('label', { for: 'console-params' }, t('console.params')), paramsInput, h('p', { id: 'console-params-hint', class: 'hint' }, t('console.paramsHint')), paramsError),
            h(
              'div',
              { class: 'cy-controls' },
              h('label', { class: 'field' }, h('span', {}, t('console.limit')), limitInput),
              h('label', { class: 'field' }, h('span', {}, t('console.timeout')), timeoutInput),
              runButton,
              h('span', { class: 'hint' }, t('console.runHint')),
            ),
          ),
          h('aside', { class: 'cy-aside', 'aria-labelledby': 'console-examples-title' }, h('h3', { id: 'console-examples-title' }, t('console.examples')), examples, h('p', { class: 'hint' }, t('console.examplesHint'))),
        ),
        outcome,
        resultsEl,
      ),
    );

    const showNeo4jNotice = (message: string) => {
      // The commands in it (`npm run neo4j`) as code, as every panel shows the server's (code-text.ts).
      neo4jNotice.replaceChildren(h('strong', {}, t('console.needsNeo4jTitle')), h('p', {}, ...codeText(message)));
      neo4jNotice.hidden = false;
    };

    // Say before anyone types that the embedded store has no Cypher; a run then shows the API's own
    // message (which says how to start Neo4j) in the same place.
    void getCached<HealthOut>('health')
      .then((health) => {
        if (alive && health.store === 'embedded' && neo4jNotice.hidden) showNeo4jNotice(t('console.needsNeo4jText'));
      })
      .catch(() => undefined);

    const paramsProblem = (line: number, column: number, message: string, offset: number) => {
      paramsError.textContent = t('console.paramsError', { line: String(line), column: String(column), message });
      paramsError.hidden = false;
      paramsInput.setAttribute('aria-invalid', 'true');
      paramsInput.focus();
      paramsInput.setSelectionRange(offset, Math.min(paramsInput.value.length, offset + 1));
    };

    async function run(): Promise<void> {
      const query = editor.value();
      if (query.trim() === '') {
        outcome.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('console.emptyQuery')));
        editor.focus();
        return;
      }
      const parsed = parseParams(paramsInput.value);
      if (!parsed.ok) {
        const lines = paramsInput.value.split('\n');
        const offset = lines.slice(0, parsed.line - 1).reduce((n, l) => n + l.length + 1, 0) + parsed.column - 1;
        paramsProblem(parsed.line, parsed.column, t(`console.json.${parsed.code}`, { found: parsed.found === '' ? t('console.json.end') : `"${parsed.found}"` }), offset);
        return;
      }
      const limit = Math.round(Number(limitInput.value));
      const seconds = Number(timeoutInput.value);
      const body: Record<string, unknown> = { query, params: parsed.params };
      if (Number.isFinite(limit) && limit >= 1) body.limit = Math.min(limit, 100_000);
      if (Number.isFinite(seconds) && seconds > 0) body.timeoutMs = Math.round(Math.min(60, Math.max(0.1, seconds)) * 1000);
      const mine = ++ticket;
      runButton.disabled = true;
      runButton.setAttribute('aria-busy', 'true');
      outcome.replaceChildren(h('p', { class: 'hint' }, t('console.running')));
      ctx.status(t('console.running'));
      try {
        const answer = await postJson<CypherResult>('cypher', body);
        if (mine !== ticket || !alive) return;
        result = answer;
        showResult(answer);
      } catch (error) {
        if (mine !== ticket || !alive) return;
        const d = describeError(error);
        if (d.needsNeo4j) {
          showNeo4jNotice(d.text);
          outcome.replaceChildren(h('p', { class: 'error', id: 'console-error' }, t('console.err.needsNeo4j')));
          neo4jNotice.focus();
        } else outcome.replaceChildren(h('p', { class: 'error', role: 'alert', id: 'console-error' }, d.text));
        // Backticks elsewhere may quote Cypher names (`my label`) and stay; the notice's mark commands.
        ctx.status(d.needsNeo4j ? plainText(d.text) : d.text);
      } finally {
        if (mine === ticket && alive) {
          runButton.disabled = false;
          runButton.removeAttribute('aria-busy');
        }
      }
    }

    function summaryLines(r: CypherResult): string[] {
      const lines = [t('console.summary', { rows: r.rows.length, ms: formatNumber(r.elapsedMs, 0) })];
      if (r.truncated) lines.push(t('console.truncated', { limit: r.limit }));
      if (r.rows.length > SHOWN_ROWS) lines.push(t('console.shownRows', { shown: SHOWN_ROWS }));
      if (r.nodes && r.nodes.length > 0) lines.push(t('console.graphSummary', { nodes: r.nodes.length, rels: r.relationships?.length ?? 0 }));
      return lines;
    }

    function showResult(r: CypherResult): void {
      const lines = summaryLines(r);
      const csvButton = h('button', { type: 'button', id: 'console-csv', onclick: () => downloadCsv() }, t('console.csv'));
      // The server's notes (in the request's language): a pattern matched only against texts up to a length.
      const notes = (r.notes ?? []).map((note) => h('p', { class: 'hint console-note' }, note));
      outcome.replaceChildren(h('p', { id: 'console-summary' }, lines.join(' ')), ...notes, csvButton);
      ctx.status(lines[0]!);
      const parts: Node[] = [];
      graphSvg = null;
      const nodes = r.nodes ?? [];
      if (nodes.length > 0) {
        if (nodes.length > MAX_DRAWN_NODES) parts.push(h('p', { class: 'hint' }, t('console.graphTooLarge', { max: MAX_DRAWN_NODES })));
        else {
          graphSvg = drawGraph(nodes, r.relationships ?? [], {
            width: Math.max(480, Math.min(960, el.clientWidth - 48)),
            height: 420,
            title: t('console.graphTitle'),
            onSelect: (id) => ctx.state.set({ sel: id }),
            nodeLabel: (n) => nodeLabel(n),
          });
          const legend = graphLegend(nodes, (tier) => t(`tier.${tier}`), t('console.relationship'));
          parts.push(
            h(
              'figure',
              { class: 'cy-graph', id: 'console-graph' },
              graphSvg,
              h('figcaption', {}, t('console.graphSummary', { nodes: nodes.length, rels: r.relationships?.length ?? 0 }), legendList(legend)),
            ),
          );
        }
      }
      parts.push(r.columns.length > 0 ? resultTable(r, (id) => ctx.state.set({ sel: id })) : h('p', {}, t('console.noColumns')));
      resultsEl.replaceChildren(...parts);
    }

    function nodeLabel(n: ConsoleNode): string {
      const tier = n.labels[0] === 'Firm' && typeof n.properties.tier === 'string' ? ` (${t(`tier.${n.properties.tier}`)})` : '';
      return `${n.labels.join(', ')}${tier}: ${nodeName(n)}`;
    }

    function exportTable(): TableExport | null {
      if (!result) return null;
      // The query's own column names are its headers (the researcher chose them).
      return { title: t('console.resultTitle'), columns: result.columns.map((c) => col(c, c)), rows: textRows(result.columns, result.rows) };
    }

    function downloadCsv(): void {
      const table = exportTable();
      if (!table) return;
      download(new Blob([toCsvTable(table.columns.map((c) => c.key), table.rows)], { type: 'text/csv' }), fileName(t('console.resultTitle'), today(), 'csv'));
    }

    return {
      update() {},
      destroy() {
        alive = false;
      },
      exportable() {
        const table = exportTable();
        const svg = graphSvg;
        return {
          title: t('view.console'),
          ...(svg ? { svg: () => svg.cloneNode(true) as SVGSVGElement } : {}),
          legend: result?.nodes && svg ? graphLegend(result.nodes, (tier) => t(`tier.${tier}`), t('console.relationship')) : [],
          tables: table ? [table] : [],
          summary: result ? [...summaryLines(result), ...(result.notes ?? [])] : [],
          options: [],
          method: [t('method.console')],
        };
      },
    };
  },
};
