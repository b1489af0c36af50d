// A tiny element builder: h('button', {class: 'x', onclick}, 'text'). Text is always set as text,
// never as HTML, so names from a dataset can't inject markup.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A `<select>` with an "all" option first. */
export function select(id: string, label: string, options: Array<{ value: string; text: string }>, value: string, onChange: (v: string) => void, allText?: string): HTMLLabelElement {
  // The chosen option's whole text on hover: a select narrower than its longest option (the filter bar's) cuts it.
  const titled = () => (sel.title = sel.selectedOptions[0]?.textContent ?? '');
  const sel = h('select', {
    id,
    onchange: (e: Event) => {
      titled();
      onChange((e.target as HTMLSelectElement).value);
    },
  });
  if (allText !== undefined) sel.append(h('option', { value: '' }, allText));
  for (const o of options) sel.append(h('option', { value: o.value }, o.text));
  sel.value = value;
  titled();
  return h('label', { class: 'field' }, h('span', {}, label), sel);
}

/** A plain table; `cell` renders one value (text by default). */
export function table<T extends Record<string, unknown>>(columns: Array<{ key: keyof T & string; title: string; cell?: (row: T) => Child; numeric?: boolean }>, rows: T[], caption?: string): HTMLTableElement {
  const el = h('table', { class: 'data' });
  if (caption) el.append(h('caption', {}, caption));
  el.append(h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : undefined }, c.title)))));
  const body = h('tbody');
  for (const row of rows) {
    body.append(h('tr', {}, ...columns.map((c) => h('td', { class: c.numeric ? 'num' : undefined }, c.cell ? c.cell(row) : String(row[c.key] ?? '')))));
  }
  el.append(body);
  return el;
}

/** Shows an error message in place of a view's content. */
export function errorBox(message: string): HTMLElement {
  return h('div', { class: 'error', role: 'alert' }, message);
}
