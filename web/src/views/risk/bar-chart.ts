// A horizontal bar chart as a standalone SVG (styles as attributes, so it exports as it is): one
// labelled bar per row, the value written at the end of each bar, negative values to the left of a
// zero line. Used by the risk panel (top firms by impact), the opportunities panel (import value by
// status) and the complexity panel (ECI per cluster). Every bar carries its label and value as text,
// so colour is never the only cue.
import * as d3 from 'd3';
import { fitText, wrapText } from '../../export/wrap.ts';
import { LABEL_FONT_FAMILY, textWidth } from '../../graph/labels.ts';

const NS = 'http://www.w3.org/2000/svg';

export interface Bar {
  label: string;
  value: number;
  colour: string;
  /** Text written after the bar (defaults to the formatted value). */
  text?: string;
}

export interface BarChartOptions {
  title: string;
  /** Axis caption, e.g. "impacted OEMs". */
  axisLabel: string;
  format: (value: number) => string;
  width?: number;
  barHeight?: number;
  id?: string;
  /** Values are counts (OEMs cut off): ticks at whole numbers only, no "1,5 OEM". */
  whole?: boolean;
}

const el = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] => {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Bar labels are cut (with an ellipsis) at this width; the full label is in each bar's tooltip. */
const LABEL_MAX = 260;

export function barChart(bars: readonly Bar[], options: BarChartOptions): SVGSVGElement {
  const width = options.width ?? 640;
  const barHeight = options.barHeight ?? 22;
  // Every width is measured in the font the chart is drawn in, so nothing runs out of the picture.
  const labelWidth = Math.min(LABEL_MAX, Math.max(80, ...bars.map((b) => textWidth(b.label, false, 11) + 14)));
  const valueText = (b: Bar) => b.text ?? options.format(b.value);
  const valueRoom = Math.min(width / 2, Math.max(60, ...bars.map((b) => textWidth(valueText(b), false, 11) + 12)));
  const titleLines = wrapText(options.title, width - 8, 12, true);
  const top = 12 + titleLines.length * 16;
  const axisRoom = 38;
  const height = top + bars.length * barHeight + axisRoom;
  const lo = Math.min(0, ...bars.map((b) => b.value));
  const hi = Math.max(0, ...bars.map((b) => b.value));
  const x = d3
    .scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([labelWidth, width - valueRoom])
    .nice();

  const svg = el('svg', { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'font-family': LABEL_FONT_FAMILY, ...(options.id ? { id: options.id } : {}) });
  svg.append(el('title', {}, options.title), el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  titleLines.forEach((line, i) => svg.append(el('text', { x: 4, y: 16 + i * 16, 'font-size': 12, 'font-weight': 600, fill: '#1f2933' }, line)));

  // As many ticks as their labels have room for: none may touch its neighbour or leave the picture.
  const grid = el('g', { class: 'grid' });
  const ticksOf = (count: number) => x.ticks(count).filter((tick) => !options.whole || Number.isInteger(tick));
  let ticks = ticksOf(5);
  for (let count = 5; count >= 1; count--) {
    ticks = ticksOf(count);
    const spans = ticks.map((tick) => ({ at: x(tick), half: textWidth(options.format(tick), false, 10) / 2 }));
    const apart = spans.every((s, i) => i === 0 || s.at - s.half >= spans[i - 1]!.at + spans[i - 1]!.half + 8);
    const inside = spans.every((s) => s.at - s.half >= 2 && s.at + s.half <= width - 2);
    if (apart && inside) break;
    if (count === 1) ticks = ticks.filter((tick) => x(tick) - textWidth(options.format(tick), false, 10) / 2 >= 2 && x(tick) + textWidth(options.format(tick), false, 10) / 2 <= width - 2).slice(0, 1);
  }
  for (const tick of ticks) {
    const px = x(tick);
    grid.append(el('line', { x1: px, x2: px, y1: top - 4, y2: top + bars.length * barHeight, stroke: '#e5e7eb' }));
    grid.append(el('text', { x: px, y: top + bars.length * barHeight + 14, 'font-size': 10, fill: '#52606d', 'text-anchor': 'middle' }, options.format(tick)));
  }
  svg.append(grid);
  const axisAt = (labelWidth + width - valueRoom) / 2;
  svg.append(el('text', { x: axisAt, y: height - 6, 'font-size': 11, fill: '#52606d', 'text-anchor': 'middle' }, fitText(options.axisLabel, 2 * Math.min(axisAt, width - axisAt) - 8, 11)));

  const zero = x(0);
  bars.forEach((b, i) => {
    const y = top + i * barHeight;
    const g = el('g', { class: 'bar' });
    const x0 = Math.min(zero, x(b.value));
    const w = Math.max(1, Math.abs(x(b.value) - zero));
    g.append(el('text', { x: labelWidth - 6, y: y + barHeight / 2 + 4, 'font-size': 11, fill: '#1f2933', 'text-anchor': 'end' }, fitText(b.label, labelWidth - 10, 11)));
    const rect = el('rect', { x: x0, y: y + 3, width: w, height: barHeight - 6, fill: b.colour, stroke: '#333333', 'stroke-width': 0.5 });
    rect.append(el('title', {}, `${b.label}: ${b.text ?? options.format(b.value)}`));
    g.append(rect);
    // A negative bar's value goes right of the zero line, clear of the labels on the left.
    const after = b.value < 0 ? zero + 4 : x0 + w + 4;
    // Cut (with an ellipsis) where the picture ends; the whole text is in the bar's tooltip.
    g.append(el('text', { x: after, y: y + barHeight / 2 + 4, 'font-size': 11, fill: '#1f2933' }, fitText(valueText(b), width - after - 4, 11)));
    svg.append(g);
  });
  svg.append(el('line', { x1: zero, x2: zero, y1: top - 4, y2: top + bars.length * barHeight, stroke: '#52606d' }));
  return svg;
}
