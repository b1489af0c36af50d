// Builds the image that goes into a briefing: the view's picture with its title, the date, the
// legend and the data sources drawn on it, so the picture still says what it is once it has been
// pasted into a slide. Pure SVG (no external fonts or images), so it also opens offline.
import type { LegendItem, ViewExport } from '../app/view.ts';

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

export interface ExportMeta {
  date: string;
  /** Already-translated lines: "Exported 2026-11-23", the sources sentence. */
  dateLine: string;
  sourcesLine: string;
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

/** The decorated, standalone SVG of a view (needs `exp.svg`). */
export function composeSvg(exp: ViewExport & { svg: () => SVGSVGElement }, meta: ExportMeta): SVGSVGElement {
  const picture = exp.svg();
  const { width: pw, height: ph } = sizeOf(picture);
  const width = Math.max(720, Math.round(pw));
  const top = 64;
  const legendCols = Math.max(1, Math.floor((width - 32) / 220));
  const legendRows = Math.ceil(exp.legend.length / legendCols);
  const legendTop = top + ph + 16;
  const legendHeight = exp.legend.length > 0 ? 24 + legendRows * 22 : 0;
  const figures = exp.summary.slice(0, 6);
  const figuresTop = legendTop + legendHeight + 8;
  const footTop = figuresTop + figures.length * 18 + 12;
  const height = footTop + 28;

  const out = el('svg', { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT });
  out.append(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  out.append(el('text', { x: 16, y: 30, 'font-size': 20, 'font-weight': 600, fill: '#1f2933' }, exp.title));
  out.append(el('text', { x: 16, y: 52, 'font-size': 12, fill: '#52606d' }, meta.dateLine));

  picture.setAttribute('x', String(Math.round((width - pw) / 2)));
  picture.setAttribute('y', String(top));
  picture.setAttribute('width', String(pw));
  picture.setAttribute('height', String(ph));
  picture.classList.add('view-picture');
  out.append(picture);

  if (exp.legend.length > 0) {
    const legend = el('g', { class: 'legend' });
    legend.append(el('text', { x: 16, y: legendTop + 12, 'font-size': 12, 'font-weight': 600, fill: '#1f2933' }, meta.legendTitle));
    exp.legend.forEach((item, i) => {
      const x = 16 + (i % legendCols) * 220;
      const y = legendTop + 32 + Math.floor(i / legendCols) * 22;
      legend.append(swatch(item, x, y - 4), el('text', { x: x + 26, y, 'font-size': 12, fill: '#1f2933' }, item.label));
    });
    out.append(legend);
  }
  figures.forEach((line, i) => out.append(el('text', { x: 16, y: figuresTop + 14 + i * 18, 'font-size': 12, fill: '#1f2933' }, line)));
  out.append(el('text', { x: 16, y: footTop + 14, 'font-size': 11, fill: '#52606d', class: 'sources' }, meta.sourcesLine));
  return out;
}

/** The SVG as a standalone document string. */
export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
