// The application shell: tabs for the views, the language switch, the filter bar, the export menu,
// the detail panel and the status line. It mounts one view at a time and passes state changes on.
import type { CatalogOut } from '../../../server/api/routes/catalog.ts';
import type { HealthOut } from '../../../server/api/routes/health.ts';
import { VIEWS } from '../views/index.ts';
import { getCached, getJson } from './api.ts';
import { DetailPanel } from './detail/index.ts';
import { h } from './dom.ts';
import { renderExportMenu } from './export-menu.ts';
import { renderFilters } from './filters.ts';
import { setLang, t, translateDom } from './i18n.ts';
import { PreparingNotice } from './notice/preparing.ts';
import { urlProblemBox } from './notice/url-problems.ts';
import { unappliedBox, unappliedFilters } from './notice/unapplied.ts';
import type { AppState, KnownValues, StateStore, UrlProblem } from './state.ts';
import { FILTER_KEYS, type MountedView, type ViewDef } from './view.ts';

export class Shell {
  private mounted: MountedView | null = null;
  private mountedDef: ViewDef | null = null;
  private readonly detail: DetailPanel;
  private health: HealthOut | null = null;
  private catalog: CatalogOut | null = null;
  /** Address problems shown above the view until dismissed. */
  private problems: UrlProblem[] = [];
  /** Says that the server is preparing the analyses while it does (after a start or a load). */
  private readonly preparing = new PreparingNotice(byId('server-notices'));

  constructor(private readonly state: StateStore) {
    this.detail = new DetailPanel(byId('detail'), state, (id) => state.reject({ param: 'sel', value: id }));
    state.subscribe((next, previous) => this.onChange(next, previous));
    state.onProblems((problems) => this.showProblems([...this.problems, ...problems.filter((p) => !this.problems.some((q) => q.param === p.param && q.value === p.value))]));
  }

  async start(): Promise<void> {
    const s = this.state.get();
    setLang(s.lang);
    this.renderChrome();
    this.status(t('status.loading'));
    try {
      const health = getCached<HealthOut>('health');
      // Said as soon as health answers: right after a Neo4j server starts, the catalogue waits for
      // the warm-up too, and the page stood blank ("Loading…") with the notice held back behind it.
      void health.then((h) => this.preparing.watch(h.preparing), () => undefined);
      [this.health, this.catalog] = await Promise.all([health, getCached<CatalogOut>('catalog')]);
      this.renderSynthetic();
      this.status('');
    } catch (error) {
      this.status(t('status.error', { message: error instanceof Error ? error.message : String(error) }));
    }
    // Bad values in the address are dropped (and shown) before any view asks the API with them.
    this.state.check(this.catalog ? knownValues(this.catalog) : undefined);
    this.renderFilters();
    this.mountView();
    void this.detail.show(this.state.get().sel);
  }

  status(message: string): void {
    byId('status').textContent = message;
  }

  private onChange(next: AppState, previous: AppState): void {
    if (next.lang !== previous.lang) {
      setLang(next.lang);
      this.renderChrome();
      this.renderFilters();
      this.showProblems(this.problems);
      this.preparing.render();
      this.mountView();
      void this.detail.show(next.sel, true);
      return;
    }
    if (next.view !== previous.view) {
      this.renderTabs();
      this.mountView();
    } else this.mounted?.update(next, previous);
    const filtersChanged = FILTER_KEYS.some((k) => next[k] !== previous[k]);
    if (filtersChanged) this.renderFilters();
    // A view change has said it already, when mounting.
    if (filtersChanged && next.view === previous.view) this.renderUnapplied();
    if (next.sel !== previous.sel) void this.detail.show(next.sel);
  }

  /** Beside the title: a synthetic dataset's figures are made up (server/model/synthetic.ts). */
  private renderSynthetic(): void {
    const badge = byId('synthetic');
    badge.hidden = this.health?.provenance?.synthetic !== true;
    badge.textContent = t('synthetic.badge');
    badge.title = t('synthetic.title');
  }

  private renderChrome(): void {
    translateDom();
    this.renderSynthetic();
    document.title = `${t('app.title')} — ${t('app.subtitle')}`;
    const langSelect = byId('lang') as HTMLSelectElement;
    langSelect.value = this.state.get().lang;
    langSelect.onchange = () => this.state.set({ lang: langSelect.value === 'id' ? 'id' : 'en' });
    this.renderTabs();
    renderExportMenu(byId('export-tools'), {
      current: () => this.mounted?.exportable() ?? null,
      viewId: () => this.mountedDef?.id ?? this.state.get().view,
      state: () => this.state.get(),
      catalog: () => this.catalog,
      dataset: () => ({ name: this.health?.dataset ?? '', store: this.health?.store ?? '', provenance: this.health?.provenance ?? null }),
      // The export footer names the dataset the store holds now, not the one of the page's start.
      refreshDataset: async () => {
        this.health = await getJson<HealthOut>('health').catch(() => this.health);
        this.renderSynthetic();
      },
      status: (m) => this.status(m),
    });
  }

  private showProblems(problems: UrlProblem[]): void {
    this.problems = problems;
    const el = byId('notices');
    el.replaceChildren(...(problems.length > 0 ? [urlProblemBox(problems, () => this.showProblems([]))] : []));
  }

  private renderTabs(): void {
    const nav = byId('tabs');
    const current = this.state.get().view;
    const tabs = VIEWS.map((v) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${v.id}`,
          'aria-selected': v.id === current ? 'true' : 'false',
          'aria-controls': 'view',
          tabindex: v.id === current ? 0 : -1,
          onclick: () => this.state.set({ view: v.id }),
        },
        t(v.titleKey),
      ),
    );
    // Arrow keys move between tabs (WAI-ARIA tabs pattern); Enter/Space activate via click.
    nav.onkeydown = (e: KeyboardEvent) => {
      const i = tabs.findIndex((b) => b === document.activeElement);
      if (i < 0) return;
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      e.preventDefault();
      const next = tabs[(i + step + tabs.length) % tabs.length]!;
      next.focus();
      next.click();
    };
    nav.replaceChildren(...tabs);
  }

  private renderFilters(): void {
    const el = byId('filters');
    const def = VIEWS.find((v) => v.id === this.state.get().view);
    el.hidden = !def?.filters;
    if (this.catalog) renderFilters(el, this.catalog, this.state);
  }

  /** The filters set in another view that the mounted one does not apply, said above it. */
  private renderUnapplied(): void {
    const el = byId('unapplied-notice');
    const def = this.mountedDef;
    const state = this.state.get();
    const keys = def ? unappliedFilters(def, state) : [];
    el.replaceChildren(...(def && keys.length > 0 ? [unappliedBox(def, state, keys, this.catalog, () => this.state.set(Object.fromEntries(keys.map((k) => [k, '']))))] : []));
  }

  private mountView(): void {
    this.mounted?.destroy();
    const def = VIEWS.find((v) => v.id === this.state.get().view) ?? VIEWS[0]!;
    const el = byId('view');
    el.replaceChildren();
    el.dataset.view = def.id;
    el.setAttribute('aria-labelledby', `tab-${def.id}`);
    byId('filters').hidden = !def.filters;
    this.mountedDef = def;
    this.renderUnapplied();
    this.detail.setPictured(null);
    this.mounted = def.mount(el, { state: this.state, status: (m) => this.status(m), pictured: (p) => this.detail.setPictured(p) });
  }

  /** The mounted view's definition (for tests and the export menu). */
  get view(): ViewDef | null {
    return this.mountedDef;
  }
}

function knownValues(catalog: CatalogOut): KnownValues {
  return {
    tiers: catalog.tiers,
    clusters: new Set(catalog.clusters.map((c) => c.id)),
    provinces: new Set(catalog.provinces),
    components: new Set(catalog.components.map((c) => c.id)),
  };
}

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page lacks #${id}`);
  return el;
}
