// Draws a scene as SVG elements: the on-screen renderer for small graphs and the export for all.
// Every node is an element with data-id (tests and screen readers can find it) and a <title>.
import { linkDash, FADED, type Highlight, type Scene } from './scene.ts';
import { symbolPath } from './symbols.ts';

const NS = 'http://www.w3.org/2000/svg';

function node<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Fills `root` (a <g>) with the scene's links and nodes. Styles are attributes, so it stands alone. */
export function drawSceneSvg(root: SVGGElement, scene: Scene, hl: Highlight, labels = scene.nodes.length <= 400): void {
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
    });
    const dash = linkDash(l.kind);
    if (dash) line.setAttribute('stroke-dasharray', dash);
    links.append(line);
  }
  const nodes = node('g', { class: 'nodes' });
  for (const n of scene.nodes) {
    const on = hl.nodes === null || hl.nodes.has(n.id);
    const match = hl.matches.has(n.id) || n.id === hl.selected;
    const p = node('path', {
      d: symbolPath(n.shape, n.r),
      transform: `translate(${n.x},${n.y})`,
      fill: n.colour,
      'fill-opacity': on ? 1 : FADED,
      stroke: match ? '#000' : '#fff',
      'stroke-width': match ? 3 : 0.8,
      'data-id': n.id,
      class: `node${match ? ' match' : ''}`,
    });
    const title = node('title', {});
    title.textContent = n.name;
    p.append(title);
    nodes.append(p);
  }
  root.append(links, nodes);
  if (labels) {
    const text = node('g', { class: 'labels', 'font-size': 9, fill: '#1f2933', 'pointer-events': 'none' });
    for (const n of scene.nodes) {
      if (n.label !== 'Cluster' && n.tier !== 'OEM' && !hl.matches.has(n.id) && n.id !== hl.selected) continue;
      const tx = node('text', { x: n.x + n.r + 2, y: n.y + 3, 'fill-opacity': hl.nodes === null || hl.nodes.has(n.id) ? 1 : 0.3 });
      tx.textContent = n.name.length > 32 ? `${n.name.slice(0, 30)}…` : n.name;
      text.append(tx);
    }
    root.append(text);
  }
}

/** A standalone SVG of the scene fitted to width × height (for exports). */
export function sceneToSvg(scene: Scene, hl: Highlight, view: { x0: number; y0: number; x1: number; y1: number }, width = 1000, height = 700): SVGSVGElement {
  const svg = node('svg', { xmlns: NS, width, height, viewBox: `${view.x0} ${view.y0} ${view.x1 - view.x0} ${view.y1 - view.y0}`, 'font-family': 'sans-serif' });
  svg.append(node('rect', { x: view.x0, y: view.y0, width: view.x1 - view.x0, height: view.y1 - view.y0, fill: '#ffffff' }));
  const g = node('g', {});
  drawSceneSvg(g, scene, hl, true);
  svg.append(g);
  return svg;
}
