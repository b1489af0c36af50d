// Draws a scene on a canvas for large graphs: links batched by style into one path each, nodes
// batched by colour and shape, everything outside the viewport skipped. Hit-testing uses a
// quadtree of node positions (see graph-view.ts).
import type * as d3 from 'd3';
import { CONTEXT_OPACITY, linkDash, FADED, type Highlight, type Scene, type SceneNode } from './scene.ts';
import { symbolPath } from './symbols.ts';

const paths = new Map<string, Path2D>();
/** Path2D objects are reused across frames: one per shape and size. */
function symbol2d(shape: SceneNode['shape'], r: number): Path2D {
  const key = `${shape}:${r.toFixed(1)}`;
  let p = paths.get(key);
  if (!p) paths.set(key, (p = new Path2D(symbolPath(shape, r))));
  return p;
}

export function drawSceneCanvas(ctx: CanvasRenderingContext2D, scene: Scene, hl: Highlight, transform: d3.ZoomTransform, width: number, height: number, dpr: number): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.translate(transform.x, transform.y);
  ctx.scale(transform.k, transform.k);
  const x0 = -transform.x / transform.k;
  const y0 = -transform.y / transform.k;
  const x1 = x0 + width / transform.k;
  const y1 = y0 + height / transform.k;
  const visible = (n: SceneNode): boolean => n.x + n.r >= x0 && n.x - n.r <= x1 && n.y + n.r >= y0 && n.y - n.r <= y1;

  // Links: one path per (colour, width, dash, faded) batch.
  const batches = new Map<string, Array<[SceneNode, SceneNode]>>();
  for (const l of scene.links) {
    if ((l.s.x < x0 && l.t.x < x0) || (l.s.x > x1 && l.t.x > x1) || (l.s.y < y0 && l.t.y < y0) || (l.s.y > y1 && l.t.y > y1)) continue;
    const on = hl.links === null || hl.links.has(l.id);
    const w = l.id === hl.selected ? l.width * 2.5 : l.width;
    const key = `${l.colour}|${w}|${l.kind}|${on ? 1 : 0}`;
    let list = batches.get(key);
    if (!list) batches.set(key, (list = []));
    list.push([l.s, l.t]);
  }
  for (const [key, list] of batches) {
    const [colour, w, kind, on] = key.split('|');
    ctx.beginPath();
    for (const [s, t] of list) {
      ctx.moveTo(s.x, s.y);
      ctx.lineTo(t.x, t.y);
    }
    ctx.strokeStyle = colour!;
    ctx.globalAlpha = on === '1' ? 0.6 : FADED;
    ctx.lineWidth = Number(w) / Math.sqrt(transform.k);
    const dash = linkDash(kind as 'supply');
    ctx.setLineDash(dash ? dash.split(' ').map(Number) : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);

  // Nodes: circles in one path per colour; other shapes through cached Path2D symbols.
  const groups = new Map<string, SceneNode[]>();
  for (const n of scene.nodes) {
    if (!visible(n)) continue;
    const on = hl.nodes === null || hl.nodes.has(n.id);
    const key = `${n.colour}|${n.shape}|${on ? (n.role === 'context' ? 2 : 1) : 0}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(n);
  }
  ctx.lineWidth = 0.6;
  ctx.strokeStyle = '#ffffff';
  for (const [key, list] of groups) {
    const [colour, shape, on] = key.split('|');
    ctx.fillStyle = colour!;
    ctx.globalAlpha = on === '1' ? 1 : on === '2' ? CONTEXT_OPACITY : FADED;
    ctx.beginPath();
    for (const n of list) {
      if (shape === 'circle') {
        ctx.moveTo(n.x + n.r, n.y);
        ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
      } else {
        const p = symbol2d(n.shape, n.r);
        ctx.save();
        ctx.translate(n.x, n.y);
        ctx.fill(p);
        ctx.restore();
      }
    }
    if (shape === 'circle') ctx.fill();
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = '#000000';
  ctx.lineWidth = 3 / transform.k;
  for (const n of scene.nodes) {
    if ((!hl.matches.has(n.id) && n.id !== hl.selected) || !visible(n)) continue;
    ctx.beginPath();
    ctx.arc(n.x, n.y, n.r + 2 / transform.k, 0, 2 * Math.PI);
    ctx.stroke();
  }
}
