// The console's result table: one column per RETURN column, nodes shown by label and name (a node
// with a dataset id is a button that opens the detail panel), numbers right-aligned.
import type { CypherResult } from '../../../../server/console/shapes.ts';
import { h } from '../../app/dom.ts';
import { t } from '../../app/i18n.ts';
import { cellText, isNodeValue, nodeId } from './cells.ts';

/** Rows shown on the page; the CSV download has them all. */
export const SHOWN_ROWS = 1000;

function cell(v: unknown, onSelect: (id: string) => void): Node {
  // Numbers as Neo4j returned them (no grouping: years and ids must read as they are).
  if (typeof v === 'number') return document.createTextNode(String(v));
  if (isNodeValue(v)) {
    const id = nodeId(v);
    if (id) return h('button', { type: 'button', class: 'link', onclick: () => onSelect(id) }, cellText(v));
  }
  return document.createTextNode(cellText(v));
}

export function resultTable(result: CypherResult, onSelect: (id: string) => void): HTMLTableElement {
  const table = h('table', { class: 'data cy-results', id: 'console-results' });
  const shown = result.rows.slice(0, SHOWN_ROWS);
  const caption = t('console.resultCaption', { rows: result.rows.length, columns: result.columns.length });
  table.append(h('caption', {}, caption));
  table.append(h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', { scope: 'col' }, c)))));
  const body = h('tbody');
  for (const row of shown) {
    body.append(
      h(
        'tr',
        {},
        ...result.columns.map((c) => {
          const v = row[c];
          return h('td', { class: typeof v === 'number' ? 'num' : undefined }, cell(v, onSelect));
        }),
      ),
    );
  }
  table.append(body);
  return table;
}
