// Builds the image that goes into a briefing: the view's picture with its title, scope line, legend,
// key figures and sources drawn on it, so the picture still says what it is (and what it is filtered
// to) once it has been pasted into a slide. Pure SVG (no external fonts or images), so it opens
// offline. Every line of text is measured and wrapped to the image's width (wrap.ts): nothing runs
// out of the picture, and legend entries get columns as wide as their labels.
//
// Three layouts: 'image' (the SVG/PNG download: everything on it), 'figure' (the picture and its
// legend, for the HTML and PDF documents whose text says the rest) and 'slide' (title, picture and
// the legend beside it, shaped for a 16:9 slide).
import type { LegendItem, ViewExport } from '../app/view.ts';
import { textWidth } from '../graph/labels.ts';
import { wrapText } from './wrap.ts';

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const MARGIN = 16;
/** A little slack on every measured width: another renderer's font may be a bit wider. */
const SLACK = 0.94;

export type ComposeLayout = 'image' | 'figure' | 'slide';

export interface ComposeText {
  /** The scope lines under the title (filters; dataset and date). */
  scope: string[];
  /** The sources lines at the foot (dataset, notice). */
  footer: string[];
  legendTitle: string;
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function swatch(item: LegendItem, x: number, y: number): SVGElement {
  const c = item.colour;
  switch (item.shape) {
    case 'line':
      return el('line', { x1: x, y1: y, x2: x + 18, y2: y, stroke: c, 'stroke-width': 2 });
    case 'dash':
      return el('line', { x1: x, y1: y, x2: x + 18, y2: y, stroke: c, 'stroke-width': 2, 'stroke-dasharray': '4 3' });
    case 'context':
      return el('circle', { cx: x + 9, cy: y, r: 6, fill: c, 'fill-opacity': 0.5, stroke: '#52606d', 'stroke-dasharray': '2 1.5', 'stroke-width': 0.8 });
    case 'square':
      return el('rect', { x: x + 3, y: y - 6, width: 12, height: 12, fill: c, stroke: '#333', 'stroke-width': 0.5 });
    case 'diamond':
      return el('path', { d: `M${x + 9},${y - 7}L${x + 16},${y}L${x + 9},${y + 7}L${x + 2},${y}Z`, fill: c, stroke: '#333', 'stroke-width': 0.5 });
    case 'triangle':
      return el('path', { d: `M${x + 9},${y - 7}L${x + 16},${y + 6}L${x + 2},${y + 6}Z`, fill: c, stroke: '#333', 'stroke-width': 0.5 });
    case 'cross':
      return el('path', { d: `M${x + 6},${y - 7}h6v4h4v6h-4v4h-6v-4h-4v-6h4Z`, fill: c, stroke: '#333', 'stroke-width': 0.5 });
    default:
      return el('circle', { cx: x + 9, cy: y, r: 6, fill: c, stroke: '#333', 'stroke-width': 0.5 });
  }
}

/** Size of an SVG from its width/height attributes or its viewBox. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const vb = svg.getAttribute('viewBox')?.split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute('width')) || vb?.[2] || 800;
  const height = Number(svg.getAttribute('height')) || vb?.[3] || 600;
  return { width, height };
}

/** A block of wrapped lines at (x, y): returns its height. */
function paragraph(out: SVGSVGElement, text: string, x: number, y: number, width: number, px: number, attrs: Record<string, string | number> = {}): number {
  const bold = attrs['font-weight'] !== undefined;
  const lines = wrapText(text, width * SLACK, px, bold);
  const lh = Math.round(px * 1.35);
  lines.forEach((line, i) => out.append(el('text', { x, y: y + px + i * lh, 'font-size': px, fill: '#1f2933', ...attrs }, line)));
  return lines.length * lh;
}

const LEGEND_PX = 12;
const SWATCH = 26;

/** Legend entries laid out in columns as wide as the widest label (wrapped when wider than `width`). */
function legendBlock(out: SVGSVGElement, items: readonly LegendItem[], title: string, x: number, y: number, width: number): number {
  if (items.length === 0) return 0;
  const g = el('g', { class: 'legend' });
  g.append(el('text', { x, y: y + 12, 'font-size': LEGEND_PX, 'font-weight': 600, fill: '#1f2933' }, title));
  const widest = Math.max(...items.map((i) => textWidth(i.label, false, LEGEND_PX))) / SLACK;
  const colW = Math.min(width, SWATCH + widest + 18);
  const cols = Math.max(1, Math.floor(width / colW));
  const lines = items.map((i) => wrapText(i.label, (colW - SWATCH - 12) * SLACK, LEGEND_PX));
  const lh = 15;
  let rowTop = y + 22;
  for (let start = 0; start < items.length; start += cols) {
    const row = items.slice(start, start + cols);
    const rowLines = Math.max(...row.map((_, j) => lines[start + j]!.length));
    row.forEach((item, j) => {
      const ix = x + j * colW;
      const first = rowTop + 12;
      g.append(swatch(item, ix, first - 4));
      lines[start + j]!.forEach((line, k) => g.append(el('text', { x: ix + SWATCH, y: first + k * lh, 'font-size': LEGEND_PX, fill: '#1f2933' }, line)));
    });
    rowTop += rowLines * lh + 7;
  }
  // Where the block lies, for a band of the slide picture that repeats it (bandLegend).
  for (const [k, v] of Object.entries({ x, top: y, width, height: rowTop - y })) g.setAttribute(`data-${k}`, String(v));
  out.append(g);
  return rowTop - y;
}

/** The decorated, standalone SVG of a view (needs `exp.svg`). */
export function composeSvg(exp: ViewExport & { svg: () => SVGSVGElement }, text: ComposeText, layout: ComposeLayout = 'image'): SVGSVGElement {
  const picture = exp.svg();
  const { width: pw, height: ph } = sizeOf(picture);
  const out = el('svg', { xmlns: NS, 'font-family': FONT });
  const background = el('rect', { x: 0, y: 0, fill: '#ffffff' });
  out.append(background);
  picture.setAttribute('width', String(pw));
  picture.setAttribute('height', String(ph));
  picture.classList.add('view-picture');

  let width: number;
  let height: number;
  if (layout === 'slide') {
    // Title on top, the picture on the left, the legend in a column on its right.
    const legendW = exp.legend.length > 0 ? 300 : 0;
    width = Math.round(pw + 2 * MARGIN + (legendW > 0 ? legendW + MARGIN : 0));
    const titleH = paragraph(out, exp.title, MARGIN, 8, width - 2 * MARGIN, 20, { 'font-weight': 600, class: 'title' });
    const top = 8 + titleH + 10;
    picture.setAttribute('x', String(MARGIN));
    picture.setAttribute('y', String(top));
    out.append(picture);
    const legendH = legendBlock(out, exp.legend, text.legendTitle, MARGIN + pw + MARGIN, top, legendW);
    height = Math.round(top + Math.max(ph, legendH) + MARGIN);
  } else {
    width = Math.round(Math.max(760, pw + 2 * MARGIN));
    const inner = width - 2 * MARGIN;
    let y = layout === 'image' ? 10 : MARGIN;
    if (layout === 'image') {
      y += paragraph(out, exp.title, MARGIN, y, inner, 20, { 'font-weight': 600, class: 'title' });
      for (const line of text.scope) y += paragraph(out, line, MARGIN, y + 2, inner, 12, { fill: '#52606d', class: 'scope' }) + 2;
      y += 10;
    }
    picture.setAttribute('x', String(Math.round((width - pw) / 2)));
    picture.setAttribute('y', String(y));
    out.append(picture);
    y += ph + 12;
    y += legendBlock(out, exp.legend, text.legendTitle, MARGIN, y, inner);
    if (layout === 'image') {
      y += 6;
      for (const line of exp.summary.slice(0, 8)) y += paragraph(out, line, MARGIN, y, inner, 12, { class: 'figure' }) + 3;
      y += 8;
      for (const line of text.footer) y += paragraph(out, line, MARGIN, y, inner, 11, { fill: '#52606d', class: 'sources' });
    }
    height = Math.round(y + MARGIN);
  }
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}` })) out.setAttribute(k, String(v));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  return out;
}

/** Height (px of the composition) of the strip that repeats a picture's column titles atop a band. */
export const BAND_HEADER = 32;

/** Where a composed picture's column titles (text.column-title: the Tiers view's) stand: the strip atop its picture, in the composition's px. */
interface TitleStrip {
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
  titles: SVGTextElement[];
}

function titleStrip(composed: SVGSVGElement): TitleStrip | null {
  const picture = composed.querySelector<SVGSVGElement>('svg.view-picture');
  const titles = picture ? [...picture.querySelectorAll<SVGTextElement>('text.column-title')] : [];
  if (!picture || titles.length === 0) return null;
  const width = Number(picture.getAttribute('width'));
  const box = picture.viewBox.baseVal;
  const scale = box && box.width > 0 ? width / box.width : 1;
  return { x: Number(picture.getAttribute('x') ?? 0), y: Number(picture.getAttribute('y') ?? 0), width, height: BAND_HEADER * scale, scale, titles };
}

/**
 * The strip of a composed picture that holds its column titles (y and height in its px), which a
 * printed slice of it repeats at its top (the PDF's and the HTML briefing's): null when it has none.
 */
export function columnTitles(composed: SVGSVGElement): { y: number; height: number } | null {
  const strip = titleStrip(composed);
  return strip ? { y: strip.y, height: strip.height } : null;
}

/**
 * The picture's column titles, repeated on a white strip at `top` of a composed slide picture, for
 * a band that begins below them (export/bands.ts): without it the second band's columns had no
 * names. Null when the picture has none, or `top` is within them.
 */
export function bandHeader(composed: SVGSVGElement, top: number): SVGGElement | null {
  const strip = titleStrip(composed);
  if (!strip || top < strip.y + BAND_HEADER) return null;
  const g = el('g', { class: 'band-header' });
  g.append(el('rect', { x: strip.x, y: top, width: strip.width, height: BAND_HEADER, fill: '#ffffff', 'fill-opacity': 0.92 }));
  const inner = el('g', { transform: `translate(${strip.x},${top}) scale(${strip.scale})` });
  for (const title of strip.titles) inner.append(title.cloneNode(true));
  g.append(inner);
  return g;
}

/** Room above a legend repeated at a band's top. */
const BAND_LEGEND_GAP = 8;

/**
 * The legend beside a slide picture (the 'slide' layout's column on its right), again at the top of
 * every band but the first, on a white ground that hides what the band shows of the legend itself:
 * without it only the first band said what the colours and shapes mean, and a band that began
 * within a long legend showed its last entries without its title. Null when the composition has no
 * legend, the band begins at or above the legend's top (it shows its title), or the band (`height`
 * px from `top`) is too short to hold it.
 */
export function bandLegend(composed: SVGSVGElement, top: number, height: number): SVGGElement | null {
  const legend = composed.querySelector<SVGGElement>(':scope > g.legend');
  if (!legend) return null;
  const [x, y, width, h] = ['x', 'top', 'width', 'height'].map((k) => Number(legend.getAttribute(`data-${k}`))) as [number, number, number, number];
  if (top <= y || h + BAND_LEGEND_GAP > height) return null;
  const g = el('g', { class: 'band-legend' });
  g.append(el('rect', { x, y: top, width, height: h + BAND_LEGEND_GAP, fill: '#ffffff' }));
  const again = legend.cloneNode(true) as SVGGElement;
  again.setAttribute('transform', `translate(0,${top + BAND_LEGEND_GAP - y})`);
  g.append(again);
  return g;
}

/** The SVG as a standalone document string. */
export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
