// The detail panel: one firm, cluster, component, country, … for people, not as stored records:
// what it is in words (a tier, a kind of entry), its properties with units and rounding
// (properties.ts), its relationships grouped by type and direction with counts and duplicates
// merged (relations.ts), each partner a link that selects it, and the provenance line (source,
// estimate). An id in the address that names nothing is reported through `onUnknown`.
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';
import type { EntityOut } from '../../../../server/store/shapes.ts';
import { ApiError, getCached } from '../api.ts';
import { countryLabel } from '../countries.ts';
import { h } from '../dom.ts';
import { asSentence, lang, t } from '../i18n.ts';
import { stateToSearch, type StateStore } from '../state.ts';
import type { Pictured } from '../view.ts';
import './messages.ts';
import { outsideNote } from './outside.ts';
import { entityName, kindText, propertyRows } from './properties.ts';
import { relationGroups, type Names, type RelationGroup } from './relations.ts';
import { citedSources, sourceText, type CitedSource } from './sources.ts';
import './style.css';

/** Rows shown per group before "show all" (a cluster can have hundreds of members). */
const SHOWN_ROWS = 12;

export class DetailPanel {
  private shownId = '';
  private request = 0;
  /** The entity shown, once loaded; what the mounted graph view's picture holds. */
  private entity: EntityOut | null = null;
  private pictured: Pictured | null = null;

  constructor(
    private readonly el: HTMLElement,
    private readonly state: StateStore,
    private readonly onUnknown: (id: string) => void = () => {},
  ) {
    // Escape closes the panel as its × does: on a screen under 80rem it lies over a table view
    // (style.css), and a keyboard had no other way back to what it covers. Escape in a control that
    // answers it itself (a picker's list, a select, a text box or editor, an open menu) is left to it.
    document.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || e.defaultPrevented || this.el.hidden) return;
      if (e.target instanceof Element && e.target.closest('input, textarea, select, [contenteditable], details[open]')) return;
      this.state.set({ sel: '' });
    });
  }

  /** Shows the selected entity (a selection with `|` is a missing link: the views show those). */
  async show(id: string, force = false): Promise<void> {
    if (id === this.shownId && !force) return;
    this.shownId = id;
    this.entity = null;
    const ticket = ++this.request;
    if (id === '' || id.includes('|')) {
      // Focus in the panel would fall to the page's start with it; it goes back to the view.
      if (this.el.contains(document.activeElement)) document.getElementById('view')?.focus();
      this.el.hidden = true;
      this.el.replaceChildren();
      return;
    }
    this.el.hidden = false;
    // Titled by its name as soon as the catalogue knows it (clusters, components, countries, …),
    // never by its stored id: a firm, which the catalogue does not list, is "Loading…" until it is.
    this.el.replaceChildren(this.header(t('detail.loading')), h('p', { 'aria-busy': 'true' }, t('detail.loading')));
    const naming = namesFromCatalog();
    void naming.then((names) => {
      const title = this.el.querySelector('#detail-title');
      const known = names.entity(id);
      if (ticket === this.request && title && known !== undefined && !this.el.querySelector('#detail-props')) title.textContent = known;
    });
    try {
      const [entity, names] = await Promise.all([getCached<EntityOut>(`entities/${encodeURIComponent(id)}`), naming]);
      if (ticket !== this.request) return;
      this.entity = entity;
      this.el.replaceChildren(...this.render(entity, names));
      this.renderOutside();
    } catch (error) {
      if (ticket !== this.request) return;
      if (error instanceof ApiError && error.status === 404) {
        this.onUnknown(id);
        return;
      }
      const message = asSentence(error instanceof ApiError ? error.message : String(error));
      const names = await naming;
      this.el.replaceChildren(this.header(names.entity(id) ?? id), h('p', { class: 'error', role: 'alert' }, message));
    }
  }

  /** The mounted view's picture changed (a new answer, another view): says again whether it holds the entity. */
  setPictured(p: Pictured | null): void {
    this.pictured = p;
    this.renderOutside();
  }

  /** Under the title: "Not in this picture", when the graph view on screen leaves the entity out. */
  private renderOutside(): void {
    this.el.querySelector('#detail-outside')?.remove();
    const note = this.entity && this.pictured ? outsideNote(this.entity, this.pictured, this.state) : null;
    if (note) this.el.querySelector('.detail-head')?.after(note);
  }

  private header(title: string): HTMLElement {
    return h(
      'div',
      { class: 'detail-head' },
      h('h2', { id: 'detail-title' }, title),
      h('button', { type: 'button', class: 'close', 'aria-label': t('detail.close'), title: t('detail.closeHint'), onclick: () => this.state.set({ sel: '' }) }, '×'),
    );
  }

  private render(e: EntityOut, names: Names): HTMLElement[] {
    const name = e.label === 'Country' ? countryLabel(e.id, typeof e.properties.name === 'string' ? e.properties.name : null) : entityName(e);
    const estimate = e.properties.estimate === true;
    // An Indonesian page names the source as the dataset gives it in Indonesian (source_id), where it does.
    const source = sourceText(e.properties, lang() === 'id');
    const props = h('dl', { class: 'props', id: 'detail-props' });
    for (const row of propertyRows(e, names)) props.append(h('dt', {}, row.label), h('dd', row.exact ? { title: row.exact } : {}, row.text));
    const groups = relationGroups(e.relationships, names);
    const total = groups.reduce((s, g) => s + g.total, 0);
    return [
      this.header(name),
      h('p', { class: 'kind', id: 'detail-kind' }, kindText(e)),
      h('p', { class: 'provenance', id: 'detail-provenance' }, h('span', { class: 'prov-label' }, `${t('detail.source')}: `), source || t('detail.noSource'), ' · ', h('span', { class: 'prov-label' }, `${t('detail.estimate')}: `), estimate ? t('detail.estimateYes') : t('detail.estimateNo')),
      h('h3', {}, t('detail.properties')),
      props,
      h('h3', {}, t('detail.relationshipsCount', { n: total })),
      ...(groups.length === 0 ? [h('p', {}, t('detail.none'))] : groups.map((g) => this.group(g))),
      ...this.sources(citedSources(e.relationships, e.sourceIds, lang() === 'id')),
    ];
  }

  /** A partner as a link: a real address (opens in a new tab, copies), selected in place on click. */
  private link(other: { id: string; name: string; label?: string }): HTMLAnchorElement {
    // A country is named in the page's language, as the panel's title names it.
    const name = other.label === 'Country' ? countryLabel(other.id, other.name) : other.name;
    const a = h('a', { href: stateToSearch({ ...this.state.get(), sel: other.id }) || '?', class: 'rel-link' }, name);
    a.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      this.state.set({ sel: other.id });
    });
    return a;
  }

  /** The relationships' sources, folded: long sentences a reader opens when asking where a link comes from. */
  private sources(cited: readonly CitedSource[]): HTMLElement[] {
    if (cited.length === 0) return [];
    return [
      h(
        'details',
        { class: 'rel-sources', id: 'detail-rel-sources' },
        h('summary', {}, t('detail.relSources', { n: cited.length })),
        // A source cited by a few relationships names their other ends: which supply a news report is for.
        h('ul', {}, ...cited.map((c) => h('li', { 'data-count': String(c.count) }, c.text, h('span', { class: 'rel-count' }, ` · ${c.others.length <= 3 ? t('detail.relSourceOf', { n: c.count, names: c.others.join('; ') }) : t('detail.relSourceCount', { n: c.count })}`)))),
      ),
    ];
  }

  private group(g: RelationGroup): HTMLElement {
    const list = h('ul', { class: 'rels' });
    const rowItem = (r: RelationGroup['rows'][number]) =>
      h(
        'li',
        { 'data-other': r.other.id, 'data-count': String(r.count) },
        this.link(r.other),
        r.count > 1 ? h('span', { class: 'rel-count', title: t('detail.mergedTitle', { n: r.count }) }, ` ×${r.count}`) : null,
        r.details.length > 0 ? h('span', { class: 'rel-details' }, r.details.join(' · ')) : null,
      );
    for (const r of g.rows.slice(0, SHOWN_ROWS)) list.append(rowItem(r));
    const section = h('section', { class: 'rel-group', 'data-group': g.key }, h('h4', {}, t('detail.groupTitle', { title: g.title, n: g.rows.length })), list);
    if (g.rows.length > SHOWN_ROWS) {
      const more = h('button', { type: 'button', class: 'link rel-more' }, t('detail.showAll', { n: g.rows.length }));
      more.addEventListener('click', () => {
        for (const r of g.rows.slice(SHOWN_ROWS)) list.append(rowItem(r));
        more.remove();
      });
      section.append(more);
    }
    return section;
  }
}

/** What the panel names things by: the catalogue's names, ids where the catalogue is unavailable. */
interface PanelNames extends Names {
  /** The name of a cluster, component, process, material or country, in the page's language; undefined for others (firms). */
  entity(id: string): string | undefined;
}

async function namesFromCatalog(): Promise<PanelNames> {
  let catalog: CatalogOut | null = null;
  try {
    catalog = await getCached<CatalogOut>('catalog');
  } catch {
    catalog = null;
  }
  const components = new Map((catalog?.components ?? []).map((c) => [c.id, c.name]));
  const materials = new Map((catalog?.materials ?? []).map((m) => [m.id, m.name]));
  const categories = catalog?.labels.categories ?? {};
  const countries = new Map((catalog?.countries ?? []).map((c) => [c.id, countryLabel(c.id, c.name)]));
  const others = new Map([...(catalog?.clusters ?? []), ...(catalog?.processes ?? [])].map((e) => [e.id, e.name]));
  return {
    component: (id) => components.get(id) ?? id,
    material: (id) => materials.get(id) ?? id,
    category: (raw) => categories[raw] ?? raw,
    entity: (id) => components.get(id) ?? materials.get(id) ?? countries.get(id) ?? others.get(id),
  };
}
