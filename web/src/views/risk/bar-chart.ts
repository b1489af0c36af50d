// A horizontal bar chart as a standalone SVG (styles as attributes, so it exports as it is): one
// labelled bar per row, the value written at the end of each bar, negative values to the left of a
// zero line. Used by the risk panel (top firms by impact), the opportunities panel (import value by
// status) and the complexity panel (ECI per cluster). Every bar carries its label and value as text,
// so colour is never the only cue.
import * as d3 from 'd3';

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
}

const el = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] => {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
};

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function barChart(bars: readonly Bar[], options: BarChartOptions): SVGSVGElement {
  const width = options.width ?? 640;
  const barHeight = options.barHeight ?? 22;
  const labelWidth = Math.min(260, Math.max(80, Math.max(0, ...bars.map((b) => Math.min(38, b.label.length))) * 6.6 + 12));
  // Room right of the longest bar for its value text (about 6.3 px a character at 11 px).
  const valueRoom = Math.min(260, Math.max(60, ...bars.map((b) => (b.text ?? options.format(b.value)).length * 6.3 + 10)));
  const top = 28;
  const axisRoom = 38;
  const height = top + bars.length * barHeight + axisRoom;
  const lo = Math.min(0, ...bars.map((b) => b.value));
  const hi = Math.max(0, ...bars.map((b) => b.value));
  const x = d3
    .scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .range([labelWidth, width - valueRoom])
    .nice();

  const svg = el('svg', { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'font-family': 'system-ui, sans-serif', ...(options.id ? { id: options.id } : {}) });
  svg.append(el('title', {}, options.title), el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  svg.append(el('text', { x: 4, y: 16, 'font-size': 12, 'font-weight': 600, fill: '#1f2933' }, options.title));

  const grid = el('g', { class: 'grid' });
  for (const tick of x.ticks(5)) {
    const px = x(tick);
    grid.append(el('line', { x1: px, x2: px, y1: top - 4, y2: top + bars.length * barHeight, stroke: '#e5e7eb' }));
    grid.append(el('text', { x: px, y: top + bars.length * barHeight + 14, 'font-size': 10, fill: '#52606d', 'text-anchor': 'middle' }, options.format(tick)));
  }
  svg.append(grid);
  svg.append(el('text', { x: (labelWidth + width - valueRoom) / 2, y: height - 6, 'font-size': 11, fill: '#52606d', 'text-anchor': 'middle' }, options.axisLabel));

  const zero = x(0);
  bars.forEach((b, i) => {
    const y = top + i * barHeight;
    const g = el('g', { class: 'bar' });
    const x0 = Math.min(zero, x(b.value));
    const w = Math.max(1, Math.abs(x(b.value) - zero));
    g.append(el('text', { x: labelWidth - 6, y: y + barHeight / 2 + 4, 'font-size': 11, fill: '#1f2933', 'text-anchor': 'end' }, clip(b.label, 38)));
    const rect = el('rect', { x: x0, y: y + 3, width: w, height: barHeight - 6, fill: b.colour, stroke: '#333333', 'stroke-width': 0.5 });
    rect.append(el('title', {}, `${b.label}: ${b.text ?? options.format(b.value)}`));
    g.append(rect);
    // A negative bar's value goes right of the zero line, clear of the labels on the left.
    const after = b.value < 0 ? zero + 4 : x0 + w + 4;
    g.append(el('text', { x: after, y: y + barHeight / 2 + 4, 'font-size': 11, fill: '#1f2933' }, b.text ?? options.format(b.value)));
    svg.append(g);
  });
  svg.append(el('line', { x1: zero, x2: zero, y1: top - 4, y2: top + bars.length * barHeight, stroke: '#52606d' }));
  return svg;
}
