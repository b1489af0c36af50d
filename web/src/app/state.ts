// The UI state lives in the URL's query string, so a copied link reproduces the view: which view,
// the filters, the search, the selection, the strategy and the language. Everything else is derived.
export const VIEW_IDS = ['network', 'tiers', 'map', 'opportunities', 'links', 'risk', 'complexity', 'console', 'data'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export interface AppState {
  view: ViewId;
  lang: 'en' | 'id';
  tier: string;
  cluster: string;
  province: string;
  component: string;
  search: string;
  /** Node size measure in the network view. */
  measure: 'none' | 'import' | 'betweenness' | 'capacity';
  /** Selected entity id, or a missing link as `supplier|buyer|component`. */
  sel: string;
  strategy: 'ready-now' | 'balanced' | 'strategic';
  /** Show recommended missing links in the network and map views. */
  missing: boolean;
}

export const DEFAULT_STATE: AppState = {
  view: 'network',
  lang: 'en',
  tier: '',
  cluster: '',
  province: '',
  component: '',
  search: '',
  measure: 'none',
  sel: '',
  strategy: 'balanced',
  missing: true,
};

const MEASURES = ['none', 'import', 'betweenness', 'capacity'] as const;
const STRATEGIES = ['ready-now', 'balanced', 'strategic'] as const;
const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : fallback;

/** Reads the state from a query string; unknown or malformed values fall back to the defaults. */
export function parseState(search: string): AppState {
  const q = new URLSearchParams(search);
  const text = (key: string): string => (q.get(key) ?? '').slice(0, 200);
  return {
    view: oneOf(VIEW_IDS, q.get('view'), DEFAULT_STATE.view),
    lang: q.get('lang') === 'id' ? 'id' : 'en',
    tier: text('tier'),
    cluster: text('cluster'),
    province: text('province'),
    component: text('component'),
    search: text('q'),
    measure: oneOf(MEASURES, q.get('measure'), DEFAULT_STATE.measure),
    sel: text('sel'),
    strategy: oneOf(STRATEGIES, q.get('strategy'), DEFAULT_STATE.strategy),
    missing: q.get('missing') !== '0',
  };
}

/** The query string of a state; values equal to the defaults are left out to keep links short. */
export function stateToSearch(state: AppState): string {
  const q = new URLSearchParams();
  const put = (key: string, value: string, fallback: string) => {
    if (value !== fallback) q.set(key, value);
  };
  put('view', state.view, DEFAULT_STATE.view);
  put('lang', state.lang, DEFAULT_STATE.lang);
  put('tier', state.tier, '');
  put('cluster', state.cluster, '');
  put('province', state.province, '');
  put('component', state.component, '');
  put('q', state.search, '');
  put('measure', state.measure, DEFAULT_STATE.measure);
  put('sel', state.sel, '');
  put('strategy', state.strategy, DEFAULT_STATE.strategy);
  if (!state.missing) q.set('missing', '0');
  const text = q.toString();
  return text === '' ? '' : `?${text}`;
}

type Listener = (state: AppState, previous: AppState) => void;

/** The one store of UI state, kept in step with the address bar (history entries for view changes). */
export class StateStore {
  private current: AppState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: AppState) {
    this.current = initial;
    window.addEventListener('popstate', () => this.replaceAll(parseState(window.location.search), false));
  }

  get(): AppState {
    return this.current;
  }

  /** Applies a change; a new view or selection adds a history entry, other changes replace it. */
  set(patch: Partial<AppState>): void {
    const next = { ...this.current, ...patch };
    const push = patch.view !== undefined && patch.view !== this.current.view;
    this.replaceAll(next, true, push);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private replaceAll(next: AppState, writeUrl: boolean, push = false): void {
    const previous = this.current;
    this.current = next;
    if (writeUrl) {
      const url = `${window.location.pathname}${stateToSearch(next)}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    for (const l of this.listeners) l(next, previous);
  }
}

/** The filter part of the state as `/api/graph` query parameters. */
export function graphFilters(state: AppState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['tier', 'cluster', 'province', 'component'] as const) if (state[key] !== '') out[key] = state[key];
  return out;
}

export const FILTER_KEYS = ['tier', 'cluster', 'province', 'component'] as const;

/** Whether any graph filter differs between two states (views refetch then). */
export const filtersChanged = (a: AppState, b: AppState): boolean => FILTER_KEYS.some((k) => a[k] !== b[k]);
