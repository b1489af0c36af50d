// The export menu: the current view as a decorated SVG or PNG (only where the view has a picture),
// as a briefing document (HTML, PDF, PowerPoint), its tables as one Excel workbook and each as
// CSV, the briefing basket (add this view; export the basket as one deck, one PDF or one workbook
// of its tables), and a copy of the shareable link.
// Every export states its scope (export/scope.ts), with the dataset read afresh from the server.
import type { CatalogOut } from '../../../server/api/routes/catalog.ts';
import type { DatasetInfo } from '../../../server/store/shapes.ts';
import {
  basket,
  briefingHtml,
  packHtml,
  captureDoc,
  composeSvg,
  composeText,
  docsToPdf,
  docsToPptx,
  download,
  fileName,
  scopeOf,
  sourceLines,
  stateScope,
  tablesXlsx,
  svgText,
  svgToPng,
  tableCsv,
  type CaptureContext,
} from '../export/index.ts';
import { h } from './dom.ts';
import { lang, t } from './i18n.ts';
import type { AppState } from './state.ts';
import { FILTER_KEYS, type FilterKey, type ViewExport } from './view.ts';

export interface ExportSource {
  current(): ViewExport | null;
  /** The mounted view's id ("opportunities"). */
  viewId(): string;
  state(): AppState;
  /** Names of the ids the state refers to (clusters, components). */
  catalog(): CatalogOut | null;
  dataset(): { name: string; store: string; provenance: DatasetInfo | null };
  /** Reads the dataset afresh (GET /api/health) before an export, so a load by anyone since shows. */
  refreshDataset?(): Promise<void>;
  status(message: string): void;
}

const xlsxBlob = (bytes: Uint8Array): Blob => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

const today = (): string => new Date().toISOString().slice(0, 10);

function context(source: ExportSource): CaptureContext {
  return { viewId: source.viewId(), state: source.state(), catalog: source.catalog(), dataset: source.dataset(), date: today(), url: window.location.href };
}

/** The decorated SVG of the current view (title, scope, legend, figures, sources), or null without a picture. */
export function currentSvg(source: ExportSource): SVGSVGElement | null {
  const exp = source.current();
  if (!exp?.svg) return null;
  return composeSvg({ ...exp, svg: exp.svg }, composeText(scopeOf(exp, context(source))), 'image');
}

/** Whether a view has anything a document could show. */
const hasContent = (exp: ViewExport | null): exp is ViewExport => exp !== null && (exp.svg !== undefined || exp.summary.length > 0 || exp.tables.length > 0);

export function renderExportMenu(el: HTMLElement, source: ExportSource): void {
  const menu = h('details', { class: 'menu', id: 'export' });
  const list = h('div', { class: 'menu-items', role: 'menu' });
  const save = (blob: Blob, file: string) => {
    download(blob, file);
    source.status(t('export.saved', { file }));
  };
  const item = (id: string, label: string, action: () => Promise<void> | void) =>
    h('button', {
      type: 'button',
      role: 'menuitem',
      id,
      onclick: async () => {
        menu.open = false;
        el.dataset.busy = 'true';
        try {
          await source.refreshDataset?.();
          await action();
        } catch (error) {
          source.status(t('status.error', { message: error instanceof Error ? error.message : String(error) }));
        } finally {
          el.dataset.busy = 'false';
        }
      },
    }, label);
  const current = (): ViewExport => {
    const exp = source.current();
    if (!hasContent(exp)) throw new Error(t('export.none'));
    return exp;
  };
  const needSvg = (): SVGSVGElement => {
    const svg = currentSvg(source);
    if (!svg) throw new Error(t('export.nothing'));
    return svg;
  };
  const title = () => source.current()?.title ?? 'view';
  /** The filters the view applies, in words, for the files' names (export/download.ts). */
  const focus = (): string[] => {
    const exp = source.current();
    if (!exp) return [];
    const ctx = context(source);
    const filters = exp.options.filter((k): k is FilterKey => (FILTER_KEYS as readonly string[]).includes(k));
    return [...stateScope(ctx.state, filters, ctx.catalog), ...(exp.scope ?? [])].map((item) => item.value);
  };
  const named = (name: string, ext: string) => fileName(name, today(), ext, focus());
  const doc = async (parts: { slides?: boolean } = {}) => {
    const exp = current();
    source.status(t('export.working', { file: exp.title }));
    return captureDoc(exp, context(source), parts);
  };

  const build = () => {
    const exp = source.current();
    const items: HTMLElement[] = [];
    if (exp?.svg) {
      items.push(
        item('export-svg', t('export.svg'), () => save(new Blob([svgText(needSvg())], { type: 'image/svg+xml' }), named(title(), 'svg'))),
        item('export-png', t('export.png'), async () => save(await svgToPng(needSvg()), named(title(), 'png'))),
      );
    }
    if (hasContent(exp)) {
      items.push(
        item('export-html', t('export.html'), async () => save(new Blob([briefingHtml(await doc({ slides: false }))], { type: 'text/html' }), named(title(), 'html'))),
        item('export-pdf', t('export.pdf'), async () => save(await docsToPdf([await doc({ slides: false })]), named(title(), 'pdf'))),
        item('export-pptx', t('export.pptx'), async () => save(await docsToPptx([await doc()], null), named(title(), 'pptx'))),
      );
      if (exp.tables.length > 0)
        items.push(
          item('export-xlsx', t('export.xlsx'), async () => {
            const e = current();
            const ctx = context(source);
            const bytes = await tablesXlsx({ title: e.title, views: [{ title: e.title, scope: scopeOf(e, ctx), figures: e.summary, method: e.method ?? [], tables: e.tables }], sources: sourceLines(ctx), lang: lang(), created: new Date() });
            save(xlsxBlob(bytes), named(title(), 'xlsx'));
          }),
        );
      exp.tables.forEach((tb, i) =>
        items.push(item(`export-csv-${i}`, `${t('export.csv')}: ${tb.title}`, () => save(new Blob([tableCsv(tb)], { type: 'text/csv' }), named(tb.title, 'csv')))),
      );
      items.push(
        item('basket-add', t('basket.add'), async () => {
          const d = await doc();
          source.status(t('basket.added', { title: d.title, n: basket.add(d) }));
        }),
      );
    } else items.push(h('p', { class: 'menu-note' }, t('export.none')));
    const n = basket.size();
    if (n > 0) {
      const cover = () => ({ title: t('doc.deck'), subtitle: t('doc.deckViews', { n: basket.size() }), lang: lang() });
      items.push(
        h('p', { class: 'menu-heading' }, t('basket.heading')),
        item('basket-pptx', t('basket.pptx', { n }), async () => save(await docsToPptx(basket.list(), cover()), fileName(t('doc.deck'), today(), 'pptx'))),
        item('basket-pdf', t('basket.pdf', { n }), async () => save(await docsToPdf(basket.list(), { ...cover(), contents: t('doc.contents'), pageRef: t('doc.pageRef') }), fileName(t('doc.deck'), today(), 'pdf'))),
        item('basket-html', t('basket.html', { n }), () => save(new Blob([packHtml(basket.list(), { ...cover(), contents: t('doc.contents'), back: t('doc.backToContents') })], { type: 'text/html' }), fileName(t('doc.deck'), today(), 'html'))),
        item('basket-xlsx', t('basket.xlsx', { n }), async () => {
          const docs = basket.list();
          // Each view's address goes under its own scope; the sources they share are said once.
          const own = (d: (typeof docs)[number]) => (line: string) => line.endsWith(d.url);
          const views = docs.map((d) => ({ title: d.title, scope: d.scope, figures: d.figures, method: d.method, tables: d.data, link: d.sources.find(own(d)) }));
          const sources = docs.flatMap((d) => d.sources.filter((line) => !own(d)(line)));
          save(xlsxBlob(await tablesXlsx({ title: t('doc.deck'), views, sources, lang: lang(), created: new Date() })), fileName(t('doc.deck'), today(), 'xlsx'));
        }),
        item('basket-clear', t('basket.clear'), () => {
          basket.clear();
          source.status(t('basket.cleared'));
        }),
      );
    }
    list.replaceChildren(...items);
  };
  // Entries depend on what the view shows now, so they are rebuilt each time the menu opens (on the
  // summary's click, before it opens: keyboard and pointer both click it).
  const summary = h('summary', { onclick: () => !menu.open && build() }, t('export.label'));
  build();
  const copy = h('button', {
    type: 'button',
    id: 'copy-link',
    onclick: async () => {
      await navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
      source.status(t('export.linkCopied'));
    },
  }, t('export.link'));
  menu.append(summary, list);
  el.replaceChildren(menu, copy);
}
