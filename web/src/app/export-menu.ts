// The export menu: the current view as decorated SVG or PNG, each of its tables as CSV, a
// self-contained HTML briefing, and a copy of the shareable link.
import { briefingHtml, composeSvg, download, fileName, svgText, svgToPng, toCsvTable } from '../export/index.ts';
import { h } from './dom.ts';
import { lang, t } from './i18n.ts';
import type { ViewExport } from './view.ts';

export interface ExportSource {
  current(): ViewExport | null;
  dataset(): { name: string; store: string };
  /** Reads the dataset's name afresh (GET /api/health) before an export, so a load by anyone since shows. */
  refreshDataset?(): Promise<void>;
  status(message: string): void;
}

const today = (): string => new Date().toISOString().slice(0, 10);

function meta(source: ExportSource) {
  const { name, store } = source.dataset();
  return {
    date: today(),
    dateLine: t('export.date', { date: today() }),
    sourcesLine: t('export.sources', { dataset: name, store }),
    legendTitle: t('export.legend'),
  };
}

/** The decorated SVG of the current view, or null when the view has no picture. */
export function currentSvg(source: ExportSource): SVGSVGElement | null {
  const exp = source.current();
  if (!exp?.svg) return null;
  return composeSvg({ ...exp, svg: exp.svg }, meta(source));
}

export function renderExportMenu(el: HTMLElement, source: ExportSource): void {
  const menu = h('details', { class: 'menu', id: 'export' });
  const list = h('div', { class: 'menu-items', role: 'menu' });
  const item = (id: string, label: string, action: () => Promise<void> | void) =>
    h('button', {
      type: 'button',
      role: 'menuitem',
      id,
      onclick: async () => {
        menu.open = false;
        try {
          await source.refreshDataset?.();
          await action();
        } catch (error) {
          source.status(t('status.error', { message: error instanceof Error ? error.message : String(error) }));
        }
      },
    }, label);
  const needSvg = (): SVGSVGElement => {
    const svg = currentSvg(source);
    if (!svg) throw new Error(t('export.nothing'));
    return svg;
  };
  const title = () => source.current()?.title ?? 'view';
  list.append(
    item('export-svg', t('export.svg'), () => download(new Blob([svgText(needSvg())], { type: 'image/svg+xml' }), fileName(title(), today(), 'svg'))),
    item('export-png', t('export.png'), async () => download(await svgToPng(needSvg()), fileName(title(), today(), 'png'))),
    item('export-html', t('export.html'), () => {
      const exp = source.current();
      if (!exp) return;
      const svg = currentSvg(source);
      const m = meta(source);
      const html = briefingHtml(exp, svg ? svgText(svg) : null, { lang: lang(), dateLine: m.dateLine, sourcesLine: m.sourcesLine, keyFigures: t('export.keyFigures'), tables: t('export.tables') });
      download(new Blob([html], { type: 'text/html' }), fileName(title(), today(), 'html'));
    }),
  );
  menu.addEventListener('toggle', () => {
    // Table entries depend on what the view shows now, so they are rebuilt each time it opens.
    for (const old of list.querySelectorAll('.csv-item')) old.remove();
    const tables = source.current()?.tables ?? [];
    tables.forEach((tb, i) => {
      const b = item(`export-csv-${i}`, `${t('export.csv')}: ${tb.title}`, () => download(new Blob([toCsvTable(tb.columns, tb.rows)], { type: 'text/csv' }), fileName(tb.title, today(), 'csv')));
      b.classList.add('csv-item');
      list.append(b);
    });
  });
  const copy = h('button', {
    type: 'button',
    id: 'copy-link',
    onclick: async () => {
      await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
      source.status(t('export.linkCopied'));
    },
  }, t('export.link'));
  menu.append(h('summary', {}, t('export.label')), list);
  el.replaceChildren(menu, copy);
}
