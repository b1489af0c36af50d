// A small force-directed drawing of the nodes and relationships a console query returned
// (d3-force: many-body repulsion, link springs, collision; Bostock, d3-force v3). The layout is run
// to rest before drawing, from d3-force's deterministic initial placement and its built-in seeded
// random source, so the same answer always gives the same picture. Labels differ by colour and
// shape; each node is a focusable button that selects the entity when it has a dataset id.
import * as d3 from 'd3';
import type { ConsoleNode, ConsoleRelationship } from '../../../../server/console/shapes.ts';
import type { LegendItem } from '../../app/view.ts';
import { CLUSTER_COLOUR, COUNTRY_COLOUR, SUPPLY_COLOUR, tierColour } from '../../app/palette.ts';
import { nodeId, nodeName } from './cells.ts';

const NS = 'http://www.w3.org/2000/svg';
export const MAX_DRAWN_NODES = 300;

type Shape = LegendItem['shape'];
interface Style {
  colour: string;
  shape: Shape;
}

/** Firms differ by shape as well as colour (OEM and other buyers share the square, not the colour). */
const TIER_SHAPES: Record<string, Shape> = { OEM: 'square', TIER1: 'diamond', TIER2: 'triangle', IKM: 'circle', BUYER: 'square' };
const OTHER_COLOURS = ['#0072B2', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#D55E00'];

/** Colour and shape of a node by its first label (firms by tier, as in the other views). */
export function nodeStyle(n: ConsoleNode): Style {
  const label = n.labels[0] ?? '';
  if (label === 'Firm') {
    const tier = typeof n.properties.tier === 'string' ? n.properties.tier : '';
    return { colour: tierColour(tier), shape: TIER_SHAPES[tier] ?? 'circle' };
  }
  if (label === 'Cluster') return { colour: CLUSTER_COLOUR, shape: 'square' };
  if (label === 'Country') return { colour: COUNTRY_COLOUR, shape: 'triangle' };
  if (label === 'Component') return { colour: '#F0E442', shape: 'diamond' };
  let hash = 0;
  for (const ch of label) hash = (hash * 31 + ch.charCodeAt(0)) % 997;
  return { colour: OTHER_COLOURS[hash % OTHER_COLOURS.length]!, shape: 'diamond' };
}

/** The legend of a drawing: one entry per label (and tier) present. */
export function graphLegend(nodes: readonly ConsoleNode[], tierName: (tier: string) => string, relText: string): LegendItem[] {
  const seen = new Map<string, LegendItem>();
  for (const n of nodes) {
    const label = n.labels[0] ?? '';
    const tier = label === 'Firm' && typeof n.properties.tier === 'string' ? n.properties.tier : '';
    const key = `${label}|${tier}`;
    if (seen.has(key)) continue;
    const s = nodeStyle(n);
    seen.set(key, { label: tier ? `${label}: ${tierName(tier)}` : label, colour: s.colour, shape: s.shape });
  }
  const items = [...seen.values()].sort((a, b) => a.label.localeCompare(b.label));
  if (nodes.length > 0) items.push({ label: relText, colour: SUPPLY_COLOUR, shape: 'line' });
  return items;
}

interface SimNode extends d3.SimulationNodeDatum {
  node: ConsoleNode;
}
interface SimLink extends d3.SimulationLinkDatum<SimNode> {
  rel: ConsoleRelationship;
}

function shapePath(shape: Shape, r: number): string {
  switch (shape) {
    case 'square':
      return `M${-r},${-r}H${r}V${r}H${-r}Z`;
    case 'diamond':
      return `M0,${-r * 1.3}L${r * 1.3},0L0,${r * 1.3}L${-r * 1.3},0Z`;
    case 'triangle':
      return `M0,${-r * 1.3}L${r * 1.2},${r}L${-r * 1.2},${r}Z`;
    default:
      return `M${r},0A${r},${r} 0 1,1 ${-r},0A${r},${r} 0 1,1 ${r},0Z`;
  }
}

const svgEl = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] => {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

/** Draws the graph as a standalone SVG (styles as attributes, so it exports as it is). */
export function drawGraph(
  nodes: readonly ConsoleNode[],
  relationships: readonly ConsoleRelationship[],
  options: { width: number; height: number; title: string; onSelect: (id: string) => void; nodeLabel: (n: ConsoleNode) => string },
): SVGSVGElement {
  const { width, height } = options;
  const simNodes: SimNode[] = nodes.map((node) => ({ node }));
  const byId = new Map(simNodes.map((n) => [n.node.elementId, n]));
  const simLinks: SimLink[] = relationships.filter((r) => byId.has(r.start) && byId.has(r.end)).map((rel) => ({ rel, source: byId.get(rel.start)!, target: byId.get(rel.end)! }));
  d3.forceSimulation(simNodes)
    .force('link', d3.forceLink<SimNode, SimLink>(simLinks).distance(70))
    .force('charge', d3.forceManyBody().strength(-160))
    .force('collide', d3.forceCollide(16))
    .force('x', d3.forceX(width / 2).strength(0.06))
    .force('y', d3.forceY(height / 2).strength(0.08))
    .stop()
    .tick(300);
  // Fit the layout into the picture, keeping room for labels.
  const xs = simNodes.map((n) => n.x ?? 0);
  const ys = simNodes.map((n) => n.y ?? 0);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const pad = 40;
  const scale = Math.min(2.5, (width - 2 * pad) / Math.max(1, x1 - x0), (height - 2 * pad) / Math.max(1, y1 - y0));
  const px = (x: number) => pad + (x - x0) * scale + (width - 2 * pad - (x1 - x0) * scale) / 2;
  const py = (y: number) => pad + (y - y0) * scale + (height - 2 * pad - (y1 - y0) * scale) / 2;

  const svg = svgEl('svg', { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'font-family': 'system-ui, sans-serif' });
  svg.append(Object.assign(svgEl('title', {}), { textContent: options.title }));
  const defs = svgEl('defs', {});
  const marker = svgEl('marker', { id: 'cy-arrow', viewBox: '0 -4 8 8', refX: 16, refY: 0, markerWidth: 7, markerHeight: 7, orient: 'auto' });
  marker.append(svgEl('path', { d: 'M0,-4L8,0L0,4Z', fill: SUPPLY_COLOUR }));
  defs.append(marker);
  svg.append(defs, svgEl('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));

  const links = svgEl('g', { class: 'links' });
  for (const l of simLinks) {
    const s = l.source as SimNode;
    const t = l.target as SimNode;
    const line = svgEl('line', { x1: px(s.x ?? 0), y1: py(s.y ?? 0), x2: px(t.x ?? 0), y2: py(t.y ?? 0), stroke: SUPPLY_COLOUR, 'stroke-width': 1.2, 'marker-end': 'url(#cy-arrow)' });
    line.append(Object.assign(svgEl('title', {}), { textContent: l.rel.type }));
    links.append(line);
    if (simLinks.length <= 60) {
      const label = svgEl('text', { x: (px(s.x ?? 0) + px(t.x ?? 0)) / 2, y: (py(s.y ?? 0) + py(t.y ?? 0)) / 2 - 3, 'font-size': 9, fill: '#52606d', 'text-anchor': 'middle' });
      label.textContent = l.rel.type;
      links.append(label);
    }
  }
  svg.append(links);

  const group = svgEl('g', { class: 'nodes' });
  for (const n of simNodes) {
    const style = nodeStyle(n.node);
    const id = nodeId(n.node);
    const g = svgEl('g', { class: 'cy-node', transform: `translate(${px(n.x ?? 0)},${py(n.y ?? 0)})`, 'aria-label': options.nodeLabel(n.node), role: id ? 'button' : 'img' });
    if (id) {
      g.setAttribute('tabindex', '0');
      g.setAttribute('cursor', 'pointer');
      g.addEventListener('click', () => options.onSelect(id));
      g.addEventListener('keydown', (e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          options.onSelect(id);
        }
      });
    }
    g.append(svgEl('path', { d: shapePath(style.shape, 7), fill: style.colour, stroke: '#333333', 'stroke-width': 0.8 }));
    const text = svgEl('text', { x: 10, y: 4, 'font-size': 10, fill: '#1f2933' });
    const name = nodeName(n.node);
    text.textContent = name.length > 28 ? `${name.slice(0, 27)}…` : name;
    g.append(Object.assign(svgEl('title', {}), { textContent: options.nodeLabel(n.node) }), text);
    group.append(g);
  }
  svg.append(group);
  return svg;
}

/** The legend as HTML (a small SVG swatch and the text of each entry), shown under the drawing. */
export function legendList(items: readonly LegendItem[]): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'cy-legend';
  for (const item of items) {
    const li = document.createElement('li');
    const svg = svgEl('svg', { width: 16, height: 16, viewBox: '-8 -8 16 16', 'aria-hidden': 'true' });
    svg.append(item.shape === 'line' || item.shape === 'dash' ? svgEl('line', { x1: -7, y1: 0, x2: 7, y2: 0, stroke: item.colour, 'stroke-width': 2 }) : svgEl('path', { d: shapePath(item.shape, 5), fill: item.colour, stroke: '#333333', 'stroke-width': 0.8 }));
    li.append(svg, document.createTextNode(` ${item.label}`));
    ul.append(li);
  }
  return ul;
}
