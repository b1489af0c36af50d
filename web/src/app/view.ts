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

export interface TableExport {
  title: string;
  columns: string[];
  rows: Array<Record<string, unknown>>;
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
}

export interface MountedView {
  /** The state changed (filters, selection, …); language changes remount the view instead. */
  update(state: AppState, previous: AppState): void;
  destroy(): void;
  exportable(): ViewExport;
}

export interface ViewContext {
  state: StateStore;
  /** Says something short in the status line (and to screen readers). */
  status(message: string): void;
}

export interface ViewDef {
  id: ViewId;
  /** i18n key of the tab label. */
  titleKey: string;
  /** Whether the shell shows the filter bar (tier, cluster, province, component, search). */
  filters: boolean;
  mount(el: HTMLElement, ctx: ViewContext): MountedView;
}
