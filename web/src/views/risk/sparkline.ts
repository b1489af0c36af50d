// A small line of values over the years for a table cell, with the values in its title (for a
// tooltip and screen readers); the last year is marked with a dot, the one the other figures use.
const NS = 'http://www.w3.org/2000/svg';

export function sparkline(points: ReadonlyArray<{ year: number; valueUsd: number }>, title: string, size = { width: 72, height: 20 }): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', String(size.width));
  svg.setAttribute('height', String(size.height));
  svg.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  svg.setAttribute('class', 'sparkline');
  const tip = document.createElementNS(NS, 'title');
  tip.textContent = title;
  svg.append(tip);
  if (points.length === 0) return svg;
  const max = Math.max(...points.map((p) => p.valueUsd), 0);
  const pad = 3;
  const x = (i: number) => (points.length === 1 ? size.width / 2 : pad + (i * (size.width - 2 * pad)) / (points.length - 1));
  // A flat zero line sits at the bottom; otherwise the largest value touches the top.
  const y = (v: number) => size.height - pad - (max > 0 ? (v / max) * (size.height - 2 * pad) : 0);
  const line = document.createElementNS(NS, 'polyline');
  line.setAttribute('points', points.map((p, i) => `${x(i).toFixed(1)},${y(p.valueUsd).toFixed(1)}`).join(' '));
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', '#1f5f99');
  line.setAttribute('stroke-width', '1.5');
  const last = document.createElementNS(NS, 'circle');
  last.setAttribute('cx', x(points.length - 1).toFixed(1));
  last.setAttribute('cy', y(points[points.length - 1]!.valueUsd).toFixed(1));
  last.setAttribute('r', '2.2');
  last.setAttribute('fill', '#1f5f99');
  svg.append(line, last);
  return svg;
}
