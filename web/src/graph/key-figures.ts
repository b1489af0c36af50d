// The key figures beside a graph view: the `figures` of the /api/graph answer (computed once, on
// the server, by server/store/figures.ts), each as a sentence carrying its definition (tooltip and
// the "what the figures count" list), split into inside / outside the focus when there is one.
// Each line carries its numbers in data attributes, so tests compare them with the API's.
import './messages.ts';
import type { GraphOut } from '../../../server/store/shapes.ts';
import { formatUsd, t } from '../app/i18n.ts';

export type FigureKey = 'firms' | 'supply' | 'imports' | 'recommended';

export interface FigureLine {
  key: string;
  text: string;
  definition: string;
  values: Record<string, number>;
}

export function figureLines(graph: GraphOut, keys: readonly FigureKey[]): FigureLine[] {
  const f = graph.figures;
  const out: FigureLine[] = [];
  for (const key of keys) {
    if (key === 'firms') {
      const values = { focus: f.firms.focus, context: f.firms.context, clusters: f.clusters.focus + f.clusters.context };
      out.push({
        key,
        text: graph.focused ? t('figures.firms.focus', values) : values.clusters > 0 ? t('figures.firms.all', { firms: values.focus, clusters: values.clusters }) : t('figures.firms.only', { firms: values.focus }),
        definition: t('figures.firms.def'),
        values,
      });
    } else if (key === 'supply') {
      const s = f.supplyLinks;
      const value = formatUsd(s.insideValueUsd + s.outsideValueUsd);
      out.push({
        key,
        text: graph.focused ? t('figures.supply.focus', { inside: s.inside, outside: s.outside, value }) : t('figures.supply.all', { count: s.inside + s.outside, value }),
        definition: t('figures.supply.def'),
        values: { inside: s.inside, outside: s.outside },
      });
    } else if (key === 'imports') {
      const i = f.importFlows;
      const vars = { flows: i.flows, countries: i.countries, value: formatUsd(i.valueUsd), focus: i.focus, context: i.context, records: i.records };
      out.push({
        key,
        // "0 import flows from 0 countries worth USD 0: 0 by …" tells a reader nothing: said in words.
        text: i.flows === 0 ? t(graph.focused ? 'figures.imports.noneFocus' : 'figures.imports.none') : graph.focused ? t('figures.imports.focus', vars) : t('figures.imports.all', vars),
        definition: t('figures.imports.def'),
        values: { flows: i.flows, focus: i.focus, context: i.context, countries: i.countries, records: i.records },
      });
    } else if (key === 'recommended' && graph.recommended) {
      const r = f.recommended;
      const pinned = graph.recommended.pinned !== null && graph.links.some((l) => l.id === graph.recommended!.pinned && l.role === 'context') && graph.focused;
      out.push({
        key,
        text: r.shown >= r.total ? t('figures.recommended.all', { shown: r.shown }) : t('figures.recommended.some', { shown: r.shown, total: r.total }),
        definition: `${t('figures.recommended.def', { limit: graph.recommended.limit })}${pinned ? ` ${t('figures.recommended.pinned')}` : ''}`,
        values: { shown: r.shown, total: r.total },
      });
    }
  }
  return out;
}

/** The key figures as HTML: a list (each line with its definition as tooltip) and the definitions. */
export function figuresElement(lines: readonly FigureLine[], extra: readonly FigureLine[] = []): HTMLElement {
  const box = document.createElement('div');
  box.className = 'figures-box';
  const h = document.createElement('h3');
  h.textContent = t('figures.title');
  const ul = document.createElement('ul');
  ul.className = 'key-figures';
  const all = [...lines, ...extra];
  for (const line of all) {
    const li = document.createElement('li');
    li.textContent = line.text;
    li.title = line.definition;
    li.dataset.figure = line.key;
    li.dataset.values = JSON.stringify(line.values);
    ul.append(li);
  }
  const details = document.createElement('details');
  details.className = 'figure-definitions';
  const summary = document.createElement('summary');
  summary.textContent = t('figures.definitions');
  const dl = document.createElement('ul');
  for (const line of all) {
    const li = document.createElement('li');
    li.textContent = line.definition;
    dl.append(li);
  }
  details.append(summary, dl);
  box.append(h, ul, details);
  return box;
}
