// The UI state lives in the URL's query string, so a copied link reproduces the view: which view,
// the filters, the search, the selection, the strategy, the import basis and the language. Everything else is derived.
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
  /** Which import values the Opportunities score weighs: the buyers' reported imports or national trade statistics (issue 15). */
  basis: 'buyers' | 'national';
  /** Show recommended missing links in the network and map views. */
  missing: boolean;
  /** Link and match's buyer filter (a firm id; empty: all buyers). */
  buyer: string;
  /** The what-if form's target in Opportunities (a cluster or firm id; empty: none chosen yet). */
  target: string;
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
  basis: 'buyers',
  missing: true,
  buyer: '',
  target: '',
};

const MEASURES = ['none', 'import', 'betweenness', 'capacity'] as const;
const STRATEGIES = ['ready-now', 'balanced', 'strategic'] as const;
const BASES = ['buyers', 'national'] as const;
const LANGS = ['en', 'id'] as const;
const oneOf = <T extends string>(list: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : fallback;

/** A value in the address that is not one the app knows; it is dropped, the rest is kept. */
export interface UrlProblem {
  /** The query parameter, as in the address (`cluster`, `tier`, `sel`, …). */
  param: string;
  /** What the address said (cut to 200 characters). */
  value: string;
}

/** Ids and names the address may refer to (from GET /api/catalog); without them only the fixed lists are checked. */
export interface KnownValues {
  tiers: readonly string[];
  clusters: ReadonlySet<string>;
  provinces: ReadonlySet<string>;
  components: ReadonlySet<string>;
}

/**
 * Reads the state from a query string and checks every value: one that is not allowed falls back
 * to its default and is reported. Filters (tier, cluster, province, component) are checked only
 * when `known` is given; the selection is checked by the detail panel (its entity may not exist).
 */
export function readState(search: string, known?: KnownValues): { state: AppState; problems: UrlProblem[] } {
  const q = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const text = (key: string): string => (q.get(key) ?? '').slice(0, 200);
  const choice = <T extends string>(key: string, list: readonly T[], fallback: T): T => {
    const value = q.get(key);
    if (value !== null && !(list as readonly string[]).includes(value)) problems.push({ param: key, value: value.slice(0, 200) });
    return oneOf(list, value, fallback);
  };
  const filter = (key: 'tier' | 'cluster' | 'province' | 'component', allowed: ((v: string) => boolean) | undefined): string => {
    const value = text(key);
    if (value === '' || !allowed || allowed(value)) return value;
    problems.push({ param: key, value });
    return '';
  };
  const missing = q.get('missing');
  if (missing !== null && missing !== '0' && missing !== '1') problems.push({ param: 'missing', value: missing.slice(0, 200) });
  const state: AppState = {
    view: choice('view', VIEW_IDS, DEFAULT_STATE.view),
    lang: choice('lang', LANGS, DEFAULT_STATE.lang),
    tier: filter('tier', known && ((v) => known.tiers.includes(v))),
    cluster: filter('cluster', known && ((v) => known.clusters.has(v))),
    province: filter('province', known && ((v) => known.provinces.has(v))),
    component: filter('component', known && ((v) => known.components.has(v))),
    search: text('q'),
    measure: choice('measure', MEASURES, DEFAULT_STATE.measure),
    sel: text('sel'),
    strategy: choice('strategy', STRATEGIES, DEFAULT_STATE.strategy),
    basis: choice('basis', BASES, DEFAULT_STATE.basis),
    missing: missing !== '0',
    // Firm ids are checked by the view that uses them, once it has the firm list (like `sel`).
    buyer: text('buyer'),
    target: text('target'),
  };
  // In the order the address has them, so the notice reads like the address.
  const order = [...q.keys()];
  problems.sort((a, b) => order.indexOf(a.param) - order.indexOf(b.param));
  return { state, problems };
}

/** Reads the state from a query string; unknown or malformed values fall back to the defaults. */
export function parseState(search: string): AppState {
  return readState(search).state;
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
  put('basis', state.basis, DEFAULT_STATE.basis);
  if (!state.missing) q.set('missing', '0');
  put('buyer', state.buyer, '');
  put('target', state.target, '');
  const text = q.toString();
  return text === '' ? '' : `?${text}`;
}

/** Parameters whose ids only a view or the detail panel can check (they name firms, not catalogue entries). */
const LATE_CHECKED = ['sel', 'buyer', 'target'] as const;

type Listener = (state: AppState, previous: AppState) => void;
type ProblemListener = (problems: UrlProblem[]) => void;

/** The one store of UI state, kept in step with the address bar (history entries for view changes). */
export class StateStore {
  private current: AppState;
  private readonly listeners = new Set<Listener>();
  private readonly problemListeners = new Set<ProblemListener>();
  private known: KnownValues | undefined;

  constructor(initial: AppState) {
    this.current = initial;
    window.addEventListener('popstate', () => {
      const { state, problems } = readState(window.location.search, this.known);
      this.replaceAll(state, problems.length > 0);
      this.report(problems);
    });
  }

  /**
   * Checks the address against the known ids (once the catalog is in): bad values are dropped
   * from the state and the address (the rest stays), and reported to the problem listeners.
   */
  check(known: KnownValues | undefined): UrlProblem[] {
    this.known = known;
    const { state, problems } = readState(window.location.search, known);
    if (problems.length > 0) this.replaceAll(state, true);
    this.report(problems);
    return problems;
  }

  /** Reports a problem found later (an unknown selection, buyer or what-if target) and drops that parameter. */
  reject(problem: UrlProblem): void {
    const key = LATE_CHECKED.find((k) => k === problem.param);
    if (key && this.current[key] === problem.value) this.replaceAll({ ...this.current, [key]: '' }, true);
    this.report([problem]);
  }

  onProblems(listener: ProblemListener): () => void {
    this.problemListeners.add(listener);
    return () => this.problemListeners.delete(listener);
  }

  private report(problems: UrlProblem[]): void {
    if (problems.length === 0) return;
    for (const l of this.problemListeners) l(problems);
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
