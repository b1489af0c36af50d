// The detail panel: one entity with its properties, its relationships (each a link to select the
// other end) and its provenance (source, estimate), for whatever the state's selection names.
import type { EntityOut } from '../../../server/store/shapes.ts';
import { getCached, ApiError } from './api.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';
import type { StateStore } from './state.ts';

const HIDDEN = new Set(['name', 'source', 'estimate']);

export class DetailPanel {
  private shownId = '';
  private request = 0;

  constructor(
    private readonly el: HTMLElement,
    private readonly state: StateStore,
  ) {}

  /** Shows the selected entity (a selection with `|` is a missing link: the views show those). */
  async show(id: string, force = false): Promise<void> {
    if (id === this.shownId && !force) return;
    this.shownId = id;
    const ticket = ++this.request;
    if (id === '' || id.includes('|')) {
      this.el.hidden = true;
      this.el.replaceChildren();
      return;
    }
    this.el.hidden = false;
    this.el.replaceChildren(this.header(id), h('p', {}, t('detail.loading')));
    try {
      const entity = await getCached<EntityOut>(`entities/${encodeURIComponent(id)}`);
      if (ticket === this.request) this.el.replaceChildren(...this.render(entity));
    } catch (error) {
      if (ticket !== this.request) return;
      const message = error instanceof ApiError ? error.message : String(error);
      this.el.replaceChildren(this.header(id), h('p', { class: 'error', role: 'alert' }, message));
    }
  }

  private header(title: string): HTMLElement {
    return h(
      'div',
      { class: 'detail-head' },
      h('h2', { id: 'detail-title' }, title),
      h('button', { type: 'button', class: 'close', 'aria-label': t('detail.close'), onclick: () => this.state.set({ sel: '' }) }, '×'),
    );
  }

  private render(e: EntityOut): HTMLElement[] {
    const name = String(e.properties.name ?? e.id);
    const kind = e.label === 'Firm' && typeof e.properties.tier === 'string' ? t(`tier.${e.properties.tier}`) : e.label;
    const props = Object.entries(e.properties).filter(([k]) => !HIDDEN.has(k));
    const dl = h('dl', { class: 'props' });
    dl.append(h('dt', {}, 'id'), h('dd', {}, e.id));
    for (const [k, v] of props) dl.append(h('dt', {}, k), h('dd', {}, Array.isArray(v) ? v.join(', ') : String(v)));
    const rels = h('ul', { class: 'rels' });
    for (const r of e.relationships) {
      const extra = ['component', 'unitsPerYear', 'valueUsd', 'year', 'toleranceMm']
        .filter((k) => r.properties[k] !== undefined)
        .map((k) => `${k} ${String(r.properties[k])}`)
        .join(', ');
      rels.append(
        h(
          'li',
          {},
          `${r.type} ${r.direction === 'out' ? t('detail.out') : t('detail.in')} `,
          h('button', { type: 'button', class: 'link', onclick: () => this.state.set({ sel: r.other.id }) }, r.other.name),
          extra ? ` (${extra})` : '',
        ),
      );
    }
    if (e.relationships.length === 0) rels.append(h('li', {}, t('detail.none')));
    const estimate = e.properties.estimate === true;
    const source = typeof e.properties.source === 'string' ? e.properties.source : '';
    const head = this.header(name);
    return [
      head,
      h('p', { class: 'kind' }, kind),
      h('h3', {}, t('detail.provenance')),
      h('dl', { class: 'props' }, h('dt', {}, t('detail.source')), h('dd', {}, source || t('detail.none')), h('dt', {}, t('detail.estimate')), h('dd', {}, estimate ? t('detail.estimateYes') : t('detail.estimateNo'))),
      h('h3', {}, t('detail.properties')),
      dl,
      h('h3', {}, `${t('detail.relationships')} (${e.relationships.length})`),
      rels,
    ];
  }
}
