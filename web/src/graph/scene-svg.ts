// Draws a scene as SVG elements: the on-screen renderer for small graphs and the export for all.
// Every node is an element with data-id (tests and screen readers can find it) and a <title>.
import { drawLabels, placeLabels, type LabelRequest } from './labels.ts';
import { CONTEXT_OPACITY, linkDash, FADED, type Highlight, type Scene } from './scene.ts';
import { symbolPath } from './symbols.ts';

const NS = 'http://www.w3.org/2000/svg';

function node<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Fills `root` (a <g>) with the scene's links and nodes. Styles are attributes, so it stands alone. */
export function drawSceneSvg(root: SVGGElement, scene: Scene, hl: Highlight): void {
  root.replaceChildren();
  const links = node('g', { class: 'links', fill: 'none' });
  for (const l of scene.links) {
    const on = hl.links === null || hl.links.has(l.id);
    const line = node('line', {
      x1: l.s.x, y1: l.s.y, x2: l.t.x, y2: l.t.y,
      stroke: l.colour,
      'stroke-width': l.id === hl.selected ? l.width * 2.5 : l.width,
      'stroke-opacity': on ? 0.75 : FADED,
      'data-link': l.id,
      'data-kind': l.kind,
      'data-role': l.role ?? 'focus',
      // Line widths in screen pixels, whatever the zoom.
      'vector-effect': 'non-scaling-stroke',
    });
    const dash = linkDash(l.kind);
    if (dash) line.setAttribute('stroke-dasharray', dash);
    links.append(line);
  }
  const nodes = node('g', { class: 'nodes' });
  for (const n of scene.nodes) {
    const on = hl.nodes === null || hl.nodes.has(n.id);
    const match = hl.matches.has(n.id) || n.id === hl.selected;
    const context = n.role === 'context';
    const p = node('path', {
      d: symbolPath(n.shape, n.r),
      transform: `translate(${n.x},${n.y})`,
      fill: n.colour,
      'fill-opacity': on ? (context ? CONTEXT_OPACITY : 1) : FADED,
      stroke: match ? '#000' : context ? '#52606d' : '#fff',
      'stroke-width': match ? 3 : 0.8,
      'data-id': n.id,
      'data-role': n.role ?? 'focus',
      class: `node${match ? ' match' : ''}${context ? ' context' : ''}`,
    });
    if (context && !match) p.setAttribute('stroke-dasharray', '2 1.5');
    const title = node('title', {});
    title.textContent = n.name;
    p.append(title);
    nodes.append(p);
  }
  root.append(links, nodes);
}

/** A standalone SVG of the scene fitted to width × height (for exports), labels in picture pixels. */
export function sceneToSvg(scene: Scene, hl: Highlight, view: { x0: number; y0: number; x1: number; y1: number }, width = 1000, height = 700): SVGSVGElement {
  const vw = view.x1 - view.x0;
  const vh = view.y1 - view.y0;
  const svg = node('svg', { xmlns: NS, width, height, viewBox: `${view.x0} ${view.y0} ${vw} ${vh}`, 'font-family': 'sans-serif' });
  svg.append(node('rect', { x: view.x0, y: view.y0, width: vw, height: vh, fill: '#ffffff' }));
  const g = node('g', {});
  drawSceneSvg(g, scene, hl);
  svg.append(g);
  // The viewBox is fitted with preserveAspectRatio "xMidYMid meet": one scale, centred.
  const k = Math.min(width / vw, height / vh);
  const ox = (width - vw * k) / 2;
  const oy = (height - vh * k) / 2;
  const labels = node('g', {});
  drawLabels(labels, placeLabels(labelRequests(scene, hl, (x, y) => [(x - view.x0) * k + ox, (y - view.y0) * k + oy], k), { width, height }), k, (x, y) => [(x - ox) / k + view.x0, (y - oy) / k + view.y0]);
  svg.append(labels);
  return svg;
}

/** Label requests of the scene's labelled nodes, at their screen position (`at`) and zoom `k`. */
export function labelRequests(scene: Scene, hl: Highlight, at: (x: number, y: number) => [number, number], k: number, area?: { width: number; height: number }): LabelRequest[] {
  const out: LabelRequest[] = [];
  for (const n of scene.nodes) {
    const selected = n.id === hl.selected || hl.matches.has(n.id);
    if (!n.labelText || (!selected && !(n.labelPriority && n.labelPriority > 0))) continue;
    const [x, y] = at(n.x, n.y);
    if (area && (x < -50 || y < -50 || x > area.width + 50 || y > area.height + 50)) continue;
    const on = hl.nodes === null || hl.nodes.has(n.id);
    out.push({
      id: n.id,
      text: n.labelText,
      x,
      y,
      r: n.r * k,
      priority: (n.labelPriority ?? 0) + (selected ? 1000 : 0) + (hl.nodes !== null && on ? 500 : 0),
      muted: n.role === 'context' || !on,
      bold: n.label === 'Cluster',
      // The selection and the cluster filtered on; not every search match (a search can match hundreds).
      keep: n.id === hl.selected || n.labelKeep === true,
    });
  }
  return out;
}
