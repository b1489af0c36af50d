// A view captured for a briefing: everything the HTML, PDF and slide writers need, as plain data
// taken at the moment of the export (or of "add to the basket"), in the UI language of that
// moment: title, scope, the picture (as SVG and as PNG, in the document and the slide layouts), the
// key figures, the method lines, the tables with human headers and their first rows formatted, and
// the sources. A basket keeps these, so each view keeps its own state whatever happens after.
import type { CatalogOut } from '../../../server/api/routes/catalog.ts';
import type { DatasetInfo } from '../../../server/store/shapes.ts';
import { lang, t, type Lang } from '../app/i18n.ts';
import type { AppState } from '../app/state.ts';
import type { TableExport, ViewExport } from '../app/view.ts';
import { docTable, type DocTable } from './cells.ts';
import { BAND_CAPTION, PICTURE_ROOM, pictureBands } from './bands.ts';
import { bandHeader, bandLegend, columnTitles, composeSvg, svgText, type ComposeText } from './compose.ts';
import './messages.ts';
import { dataUrl, svgToPng } from './png.ts';
import { rowsNote, shownRows } from './rows.ts';
import { loadTime, scopeLine, sourceText, storeName, type Scope } from './scope.ts';

/** Rows of each table shown in the PDF, the HTML briefing and on a slide. */
export const ROWS = { pdf: 50, html: 20, slide: 10 } as const;

/** A table with what each document says about the rows it leaves out. */
export interface BriefingTable extends DocTable {
  notes: Record<keyof typeof ROWS, string>;
  /** The label of the attached full CSV. */
  csvLabel: string;
}

export interface DocPicture {
  svg: string;
  /** PNG at twice the size, as a data: URL. */
  png: string;
  width: number;
  height: number;
  /** The strip (px) holding its column titles (the Tiers view's), which each printed slice after the first repeats at its top. */
  header?: { y: number; height: number };
}

export interface BriefingDoc {
  lang: Lang;
  view: string;
  title: string;
  scope: Scope;
  /** The address of this view with its state, to open it again. */
  url: string;
  date: string;
  /** The picture with its legend (HTML, PDF); null when the view has none. */
  figure: DocPicture | null;
  /** The picture shaped for a slide (title, picture, legend beside it). */
  slide: DocPicture | null;
  /** That picture cut into bands, a slide each, when it is too tall to fit one legibly (bands.ts); else absent or empty. */
  slideBands?: DocPicture[];
  figures: string[];
  method: string[];
  tables: BriefingTable[];
  /** The same tables whole, with their columns' kinds: the Excel workbook's rows (xlsx-tables.ts). */
  data: TableExport[];
  sources: string[];
  /** The words of the document's parts, in its language. */
  text: Record<'keyFigures' | 'tables' | 'method' | 'sources' | 'scope' | 'legend' | 'picture' | 'page' | 'empty' | 'everyRow' | 'pictureBand' | 'tablePart' | 'tableContinues', string>;
}

export interface CaptureContext {
  viewId: string;
  state: AppState;
  catalog: CatalogOut | null;
  dataset: { name: string; store: string; provenance: DatasetInfo | null };
  date: string;
  url: string;
}

/** The texts drawn on an exported image: scope on top, dataset and notice at the foot. */
export function composeText(scope: Scope): ComposeText {
  return { scope: [scope.filters, `${scope.dataset} · ${scope.exported}`], footer: [scope.notice], legendTitle: t('export.legend') };
}

export function scopeOf(exp: ViewExport, ctx: CaptureContext): Scope {
  return scopeLine({ view: t(`view.${ctx.viewId}`), state: ctx.state, options: exp.options, extra: exp.scope ?? [], catalog: ctx.catalog, dataset: ctx.dataset, date: ctx.date });
}

async function picture(svg: SVGSVGElement): Promise<DocPicture> {
  const header = columnTitles(svg);
  return { svg: svgText(svg), png: await dataUrl(await svgToPng(svg)), width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')), ...(header ? { header } : {}) };
}

/** The slide picture's bands (bands.ts) as pictures of their own, each the same drawing seen through its part; none when one slide holds it. */
async function slideBands(svg: SVGSVGElement): Promise<DocPicture[]> {
  const width = Number(svg.getAttribute('width'));
  const bands = pictureBands(width, Number(svg.getAttribute('height')), PICTURE_ROOM.w, PICTURE_ROOM.h - BAND_CAPTION);
  if (bands.length < 2) return [];
  const out: DocPicture[] = [];
  for (const band of bands) {
    const part = svg.cloneNode(true) as SVGSVGElement;
    for (const [k, v] of Object.entries({ height: band.height, viewBox: `0 ${band.y} ${width} ${band.height}` })) part.setAttribute(k, String(v));
    // The columns' titles again atop every band but the first (what they hide, the band before
    // showed: BAND_OVERLAP), and the legend at the top of its column.
    for (const repeat of [bandHeader(part, band.y), bandLegend(part, band.y, band.height)]) if (repeat) part.append(repeat);
    out.push(await picture(part));
  }
  return out;
}

/** The dataset, its load, counts and hash, the notice, the link back and the product: the sources part of every document. */
export function sourceLines(ctx: CaptureContext): string[] {
  const p = ctx.dataset.provenance;
  const nodes = p?.counts.nodes ?? {};
  const rels = p?.counts.relationships ?? {};
  // numbers, not formatted text: t() formats them and picks "1 cluster" or "2 clusters" by them
  const n = (v: number | undefined) => v ?? 0;
  return [
    t('src.dataset', { name: p?.name || ctx.dataset.name || '—' }),
    ...(p?.source ? [t('src.source', { source: sourceText(p.source) })] : []),
    t('src.loaded', { loaded: loadTime(p?.loadedAt), store: storeName(ctx.dataset.store) }),
    ...(p ? [t('src.counts', { firms: n(nodes.Firm), clusters: n(nodes.Cluster), components: n(nodes.Component), supplies: n(rels.SUPPLIES), imports: n(rels.IMPORTS) })] : []),
    ...(p?.hash ? [t('src.hash', { hash: p.hash })] : []),
    t('scope.notice'),
    t('src.link', { url: ctx.url }),
    t('src.product'),
  ];
}

function briefingTable(table: DocTable): BriefingTable {
  // An empty table (a focus with no such rows) says so, rather than "All 0 rows." (rowsNote).
  const note = (room: number, elsewhere: boolean) => rowsNote(table, shownRows(table, room), elsewhere);
  return {
    ...table,
    notes: { pdf: note(ROWS.pdf, true), html: note(ROWS.html, false), slide: note(ROWS.slide, true) },
    csvLabel: t('doc.csv', { total: table.total }),
  };
}

async function slidePictures(svg: SVGSVGElement | null): Promise<Pick<BriefingDoc, 'slide' | 'slideBands'>> {
  return svg ? { slide: await picture(svg), slideBands: await slideBands(svg) } : { slide: null, slideBands: [] };
}

/**
 * The document of a view. `slides: false` (an HTML or PDF briefing, which draw `figure`) leaves out
 * the slide picture and its bands: a tall picture's bands are rendered one by one (six for the
 * Tiers view of a national sentra), for nothing outside a deck.
 */
export async function captureDoc(exp: ViewExport, ctx: CaptureContext, { slides = true }: { slides?: boolean } = {}): Promise<BriefingDoc> {
  const scope = scopeOf(exp, ctx);
  const text = composeText(scope);
  const withSvg = exp.svg ? { ...exp, svg: exp.svg } : null;
  return {
    lang: lang(),
    view: ctx.viewId,
    title: exp.title,
    scope,
    url: ctx.url,
    date: ctx.date,
    figure: withSvg ? await picture(composeSvg(withSvg, text, 'figure')) : null,
    ...(await slidePictures(withSvg && slides ? composeSvg(withSvg, text, 'slide') : null)),
    figures: exp.summary,
    method: exp.method ?? [],
    tables: exp.tables.map((tb) => briefingTable(docTable(tb, ROWS.pdf))),
    data: exp.tables,
    sources: sourceLines(ctx),
    text: { keyFigures: t('export.keyFigures'), tables: t('export.tables'), method: t('doc.method'), sources: t('doc.sources'), scope: t('doc.scope'), legend: t('export.legend'), picture: t('doc.picture'), page: t('doc.page', { n: '{n}', m: '{m}' }), empty: t('doc.empty'), everyRow: t('doc.everyRow', { column: '{column}', value: '{value}' }), pictureBand: t('doc.pictureBand', { title: '{title}', n: '{n}', m: '{m}' }), tablePart: t('doc.tablePart', { title: '{title}', n: '{n}', m: '{m}' }), tableContinues: t('doc.tableContinues') },
  };
}
