// The scope line: what an exported picture, document or table shows, so a reader never takes a
// filtered view for the national figures. One function builds it for every export: the view, every
// filter and option it applies in words ("Cluster: Sentra IKM logam Ceper · Strategy: Balanced"),
// the dataset (name, load time, store), the export date, the language, and the sources notice.
import type { CatalogOut } from '../../../server/api/routes/catalog.ts';
import { sourceParts } from '../../../server/model/provenance-source.ts';
import type { DatasetInfo } from '../../../server/store/shapes.ts';
import { lang, t } from '../app/i18n.ts';
import type { AppState } from '../app/state.ts';
import { FILTER_KEYS, type ScopeItem, type ScopeKey } from '../app/view.ts';
import './messages.ts';

export interface ScopeInput {
  /** The view's tab name ("Opportunities"). */
  view: string;
  /** The state the view applies, with the keys it applies. */
  state: AppState;
  options: readonly ScopeKey[];
  /** Filters the view keeps itself, already in words. */
  extra?: readonly ScopeItem[];
  /** Names of ids (clusters, components); without it the ids are shown. */
  catalog: CatalogOut | null;
  dataset: { name: string; store: string; provenance: DatasetInfo | null };
  /** The export date, YYYY-MM-DD. */
  date: string;
}

export interface Scope {
  /** "View: Opportunities · Cluster: Sentra IKM logam Ceper · Strategy: Balanced". */
  filters: string;
  /** The filters and options alone, as label/value pairs (tests read them). */
  items: ScopeItem[];
  /** "Data: seed/indonesia, loaded 2026-11-30 23:33 UTC, embedded store (in-process graph)". */
  dataset: string;
  /** "Exported 2026-11-30, in English". */
  exported: string;
  /** The sources and estimates notice. */
  notice: string;
  /** All of it in one line, for footers. */
  line: string;
  /** All of it as lines, for title blocks. */
  lines: string[];
}

/** A day as a reader writes it: "2026-12-03" → "3 December 2026" / "3 Desember 2026" (UTC). */
export function longDate(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang() === 'id' ? 'id-ID' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** "2026-11-30T23:33:05.123Z" → "30 November 2026, 23:33 UTC" / "30 November 2026 pukul 23.33 UTC". */
export function loadTime(iso: string | null | undefined): string {
  if (!iso) return t('scope.notLoaded');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const [hours, minutes] = [d.toISOString().slice(11, 13), d.toISOString().slice(14, 16)];
  return t('scope.loadTime', { date: longDate(iso), hours, minutes });
}

/** The dataset's stored source phrase (server/model/provenance-source.ts) in the reader's language. */
export function sourceText(source: string): string {
  const parts = sourceParts(source);
  if (parts.kind === 'upload') return t('src.fromUpload', { files: parts.files });
  if (parts.kind === 'merge') return t('src.fromMerge', { files: parts.files, into: parts.into });
  if (parts.kind === 'folder') return t('src.fromFolder', { folder: parts.folder });
  return parts.text;
}

/** The store in words ("embedded store (in-process graph)", "Neo4j store"). */
export const storeName = (store: string): string => (store === 'embedded' || store === 'neo4j' ? t(`data.store.${store}`) : store);

const SCOPE_ORDER: readonly ScopeKey[] = ['tier', 'cluster', 'province', 'component', 'search', 'measure', 'missing', 'strategy', 'basis'];

/** The filters and options of the state that the view applies, in words. */
export function stateScope(state: AppState, options: readonly ScopeKey[], catalog: CatalogOut | null): ScopeItem[] {
  const nameOf = (list: ReadonlyArray<{ id: string; name: string }> | undefined, id: string): string => list?.find((x) => x.id === id)?.name ?? id;
  const out: ScopeItem[] = [];
  // Filters first, then options, whatever order the view lists them in.
  for (const key of SCOPE_ORDER.filter((k) => options.includes(k))) {
    switch (key) {
      case 'tier':
        if (state.tier) out.push({ label: t('filter.tier'), value: t(`tier.${state.tier}`) });
        break;
      case 'cluster':
        if (state.cluster) out.push({ label: t('filter.cluster'), value: nameOf(catalog?.clusters, state.cluster) });
        break;
      case 'province':
        if (state.province) out.push({ label: t('filter.province'), value: state.province });
        break;
      case 'component':
        if (state.component) out.push({ label: t('filter.component'), value: nameOf(catalog?.components, state.component) });
        break;
      case 'search':
        if (state.search) out.push({ label: t('filter.search'), value: `“${state.search}”` });
        break;
      case 'measure':
        if (state.measure !== 'none') out.push({ label: t('network.measure'), value: t(`network.measure.${state.measure}`) });
        break;
      case 'missing':
        out.push({ label: t('scope.missing'), value: t(state.missing ? 'scope.shown' : 'scope.hidden') });
        break;
      case 'strategy':
        out.push({ label: t('opp.strategy'), value: t(`opp.strategy.${state.strategy}`) });
        break;
      case 'basis':
        out.push({ label: t('opp.basis'), value: t(`opp.basis.${state.basis}`) });
        break;
    }
  }
  return out;
}

/** The scope of an export, in the current UI language. */
export function scopeLine(input: ScopeInput): Scope {
  const items = [...stateScope(input.state, input.options, input.catalog), ...(input.extra ?? [])];
  const filterKeys: readonly ScopeKey[] = FILTER_KEYS;
  const filtered = input.options.some((k) => filterKeys.includes(k) && input.state[k] !== '') || (input.extra ?? []).length > 0;
  const parts = [`${t('scope.view')}: ${input.view}`, ...(filtered ? [] : [t('scope.whole')]), ...items.map((i) => `${i.label}: ${i.value}`)];
  const filters = parts.join(' · ');
  const p = input.dataset.provenance;
  const dataset = t('scope.dataset', { name: p?.name || input.dataset.name || '—', loaded: loadTime(p?.loadedAt), store: storeName(input.dataset.store) });
  const exported = t('scope.exported', { date: longDate(input.date) });
  // A synthetic dataset says so first, beside every figure of the briefing (its totals read as real
  // ones: USD 1.9 trillion of output a year, more than Indonesia's GDP).
  const notice = p?.synthetic ? `${t('scope.synthetic')} ${t('scope.notice')}` : t('scope.notice');
  return { filters, items, dataset, exported, notice, line: `${filters} · ${dataset} · ${exported}. ${notice}`, lines: [filters, `${dataset} · ${exported}`, notice] };
}
