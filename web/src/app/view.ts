// What every view and panel provides to the shell. The shell owns the URL state, the filter bar,
// the detail panel, the language switch and the export menu; a view draws its part and says what
// can be exported (its picture as SVG, its legend, its key tables).
import type { AppState, StateStore, ViewId } from './state.ts';

export interface LegendItem {
  label: string;
  colour: string;
  /** 'context': a faded symbol with a dashed outline (a node around the focus). */
  shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' | 'line' | 'dash' | 'context';
}

/** How a cell reads in a document (HTML, PDF, slides); CSV keeps the raw value. */
export type CellFormat = 'text' | 'count' | 'usd' | 'km' | 'tonnes' | 'ratio' | 'percent' | 'decimal' | 'year' | 'yesno';

/** A table column: its key in the rows (the CSV header) and how a reader sees it. */
export interface ColumnSpec {
  key: string;
  /** The header a reader sees, in the UI language. */
  header: string;
  format?: CellFormat;
  /** Decimal places of a 'decimal' or 'ratio' column (the display precision). */
  digits?: number;
  /** A machine id (researchers' CSV only): documents show the name column instead. */
  id?: boolean;
  /** Kept in the CSV, left out of documents, whose title or scope already says it (a table's basis). */
  csvOnly?: boolean;
  /** Words for coded values ('ready' → 'Ready'). */
  words?: Readonly<Record<string, string>>;
  /** Long sentences (explanations, evidence): left out of slide tables, kept in HTML and PDF. */
  long?: boolean;
  /**
   * Whether slide tables show the column (default: every column but the long ones). A slide has room
   * for the few columns a briefing talks about: a view keeps a long one its reader needs (the gaps and
   * their policy levers) and leaves out details the HTML, PDF and workbook still hold.
   */
  slide?: boolean;
  /**
   * A zero means "none" (a link's buyer imports none of the component): documents show the dash the
   * panel shows, not "USD 0", which reads as a measured value. CSV and workbook keep the 0.
   */
  zeroDash?: boolean;
}

export interface TableExport {
  title: string;
  /**
   * The workbook tab's name, where the title is longer than the 31 characters Excel allows in
   * either language: a few whole words ("Clusters by ECI"), not a title cut short ("Components by
   * product", "Komponen menurut (2)"). The scope sheet gives each tab its whole title.
   */
  sheet?: string;
  columns: ColumnSpec[];
  rows: Array<Record<string, unknown>>;
  /**
   * Indices of the rows in focus, where the table keeps rows around them (a cluster's place in the
   * whole ranking): documents show these even when they lie past the first rows (export/rows.ts).
   */
  focusRows?: readonly number[];
}

/** The parts of the address state a view applies; the scope line names them in words. */
/** The filter bar's filters. */
export type FilterKey = 'tier' | 'cluster' | 'province' | 'component' | 'search';
export const FILTER_KEYS: readonly FilterKey[] = ['tier', 'cluster', 'province', 'component', 'search'];
export type ScopeKey = FilterKey | 'measure' | 'missing' | 'strategy' | 'basis';

/** A filter or option the view keeps itself (not in the address), already in words. */
export interface ScopeItem {
  label: string;
  value: string;
}

export interface ViewExport {
  /** Title drawn on exported images and used for file names. */
  title: string;
  /** A standalone SVG of the current picture (views drawn on canvas render one on demand). */
  svg?: () => SVGSVGElement;
  legend: LegendItem[];
  tables: TableExport[];
  /** Key figures as sentences (also shown as text beside charts for screen readers). */
  summary: string[];
  /** Which state the view applies: the scope line of every export names these when set. */
  options: readonly ScopeKey[];
  /** Filters the view keeps outside the address (the Link-and-match buyer), in words. */
  scope?: ScopeItem[];
  /** How the figures and tables are computed (definitions), for the method slide and page. */
  method?: string[];
}

export interface MountedView {
  /** The state changed (filters, selection, …); language changes remount the view instead. */
  update(state: AppState, previous: AppState): void;
  destroy(): void;
  /** What an export of the view holds; null when it has nothing to show (a focus the server refused as too large). */
  exportable(): ViewExport | null;
}

/**
 * What a graph view's answer holds, for the detail panel to say when the selection is not in the
 * picture (a firm selected under one focus, kept in the address after the filter moved on).
 */
export interface Pictured {
  /** The kinds of entity the picture draws one by one (the Network: Firm and Cluster). */
  labels: readonly string[];
  /** Whether the entity is in the picture (in focus or around it). */
  has(id: string): boolean;
  /**
   * On an overview: the node a firm is drawn within (its cluster, or its tier's province node), named
   * as the picture names it, with the filter that draws its firms; null when the picture has none.
   */
  within?(firm: { id: string; tier: unknown; province: unknown; cluster: string | undefined }): { id: string; name: string; focus: Partial<AppState> } | null;
}

export interface ViewContext {
  state: StateStore;
  /** Says something short in the status line (and to screen readers). */
  status(message: string): void;
  /** A graph view says what its picture holds after each answer; null while it has none. */
  pictured(p: Pictured | null): void;
}

export interface ViewDef {
  id: ViewId;
  /** i18n key of the tab label. */
  titleKey: string;
  /** Whether the shell shows the filter bar (tier, cluster, province, component, search). */
  filters: boolean;
  /**
   * Without the filter bar: the filters of the address the view follows. The shell says which of
   * the others are set and not applied here (notice/unapplied.ts). Absent: the view is not about the
   * graph's figures (the console, the data page) and says nothing.
   */
  follows?: readonly FilterKey[];
  mount(el: HTMLElement, ctx: ViewContext): MountedView;
}
