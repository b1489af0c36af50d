// One shape per kind of node, so tiers differ by shape as well as colour (readable in greyscale and
// with colour-vision deficiencies): OEM square, tier 1 diamond, tier 2 triangle, IKM circle, other
// buyers cross; clusters are large grey circles and countries grey squares.
import * as d3 from 'd3';
import { CLUSTER_COLOUR, COUNTRY_COLOUR, tierColour } from '../app/palette.ts';
import type { LegendItem } from '../app/view.ts';
import { t } from '../app/i18n.ts';
import './messages.ts';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross';

const SHAPE_OF_TIER: Record<string, Shape> = { OEM: 'square', TIER1: 'diamond', TIER2: 'triangle', IKM: 'circle', BUYER: 'cross' };

export interface Styled {
  label: string;
  tier?: string | undefined;
}

export function shapeOf(n: Styled): Shape {
  if (n.label === 'Cluster') return 'circle';
  if (n.label === 'Country') return 'square';
  return SHAPE_OF_TIER[n.tier ?? ''] ?? 'circle';
}

export function colourOf(n: Styled): string {
  if (n.label === 'Cluster') return CLUSTER_COLOUR;
  if (n.label === 'Country') return COUNTRY_COLOUR;
  return tierColour(n.tier);
}

const D3_SYMBOL: Record<Shape, d3.SymbolType> = {
  circle: d3.symbolCircle,
  square: d3.symbolSquare,
  diamond: d3.symbolDiamond,
  triangle: d3.symbolTriangle,
  cross: d3.symbolCross,
};

const pathCache = new Map<string, string>();
/** SVG path data of a shape with "radius" r, centred on 0,0 (area matched to a circle of radius r). */
export function symbolPath(shape: Shape, r: number): string {
  const key = `${shape}:${r.toFixed(1)}`;
  let d = pathCache.get(key);
  if (!d) {
    d = d3.symbol(D3_SYMBOL[shape], Math.PI * r * r)() ?? '';
    pathCache.set(key, d);
  }
  return d;
}

/** Draws a shape on a canvas (path already begun by the caller is not assumed). */
export function drawSymbol(ctx: CanvasRenderingContext2D, shape: Shape, x: number, y: number, r: number): void {
  ctx.moveTo(x + r, y);
  if (shape === 'circle') {
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  const p = new Path2D(symbolPath(shape, r));
  const m = new DOMMatrix().translate(x, y);
  const moved = new Path2D();
  moved.addPath(p, m);
  // Path2D can't be merged into the current path, so filled shapes other than circles are drawn here.
  ctx.fill(moved);
  ctx.stroke(moved);
}

/**
 * Legend entries for the tiers and the other node kinds present. An overview's province node (label
 * Group) is drawn in its tier's shape and colour; it gets its own entry ("Tier 1, one node per
 * province"), after the tier's own when firms of that tier are drawn too.
 */
export function nodeLegend(present: Iterable<Styled>): LegendItem[] {
  const keys = new Set<string>();
  for (const n of present) keys.add(n.label === 'Firm' ? `tier:${n.tier ?? ''}` : n.label === 'Group' ? `group:${n.tier ?? ''}` : n.label);
  const items: LegendItem[] = [];
  for (const tier of ['OEM', 'TIER1', 'TIER2', 'IKM', 'BUYER']) {
    const style = { colour: tierColour(tier), shape: SHAPE_OF_TIER[tier]! };
    if (keys.has(`tier:${tier}`)) items.push({ label: t(`tier.${tier}`), ...style });
    if (keys.has(`group:${tier}`)) items.push({ label: t('overview.legend', { tier: t(`tier.${tier}`) }), ...style });
  }
  if (keys.has('Cluster')) items.push({ label: t('label.Cluster'), colour: CLUSTER_COLOUR, shape: 'circle' });
  if (keys.has('Country')) items.push({ label: t('label.Country'), colour: COUNTRY_COLOUR, shape: 'square' });
  return items;
}

/** The legend as HTML (beside the picture), built from the same items the export draws. */
export function legendElement(items: LegendItem[], title: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'legend-box';
  const h = document.createElement('h3');
  h.textContent = title;
  box.append(h);
  const ul = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    const svg = d3.create('svg').attr('width', 20).attr('height', 14).attr('aria-hidden', 'true');
    if (item.shape === 'line' || item.shape === 'dash') {
      svg.append('line').attr('x1', 1).attr('y1', 7).attr('x2', 19).attr('y2', 7).attr('stroke', item.colour).attr('stroke-width', 2).attr('stroke-dasharray', item.shape === 'dash' ? '4 3' : null);
    } else if (item.shape === 'context') {
      svg.append('path').attr('d', symbolPath('circle', 6)).attr('transform', 'translate(10,7)').attr('fill', item.colour).attr('fill-opacity', 0.5).attr('stroke', '#52606d').attr('stroke-width', 0.8).attr('stroke-dasharray', '2 1.5');
    } else {
      svg.append('path').attr('d', symbolPath(item.shape, 6)).attr('transform', 'translate(10,7)').attr('fill', item.colour).attr('stroke', '#333').attr('stroke-width', 0.5);
    }
    li.append(svg.node()!, document.createTextNode(item.label));
    ul.append(li);
  }
  box.append(ul);
  return box;
}
