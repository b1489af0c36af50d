// The close-up (an inset map) of the recommended links that the opening frame cannot show. A
// national sentra's 50 best links run to buyers a few tens of kilometres away: framed with its
// supply flows and import arcs across Indonesia, every one of them was a few pixels long, under the
// sentra's disc, and the exported map showed none of the links its key figures count. The inset
// magnifies the box around them in a corner of the map while they are that small on screen, and
// goes away once the analyst has zoomed in far enough to see them in place. Pure: points in, boxes
// out (the drawing is inset-draw.ts).
import type { Arc, Point } from './places.ts';
import { extent } from './opening.ts';

/**
 * A link drawn shorter than this (px) is lost among the symbols around its ends: a sentra's disc is
 * up to 32 px across, and the plants around it stack up a few px apart.
 */
export const HIDDEN_PX = 40;
/** The inset shows while the box of its links takes less than this on screen (px, its longer side). */
export const SHOWN_BELOW_PX = 120;

export interface InsetSubject {
  /** The box magnified (world px, before zoom), around the hidden links' ends. */
  box: [Point, Point];
  /** The links drawn in it: the hidden recommended links, and the supply flows with both ends inside. */
  arcs: Arc[];
  /** How many recommended links it magnifies. */
  missing: number;
}

const length = (a: Arc): number => Math.hypot(a.to[0] - a.from[0], a.to[1] - a.from[1]);

/** The box's longer side on screen at zoom `k`. */
export const drawnSide = ([[x0, y0], [x1, y1]]: [Point, Point], k: number): number => Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) * k;

/**
 * What the inset magnifies at zoom `k`, or null: none when no recommended link is hidden, or when
 * the hidden ones spread so far that their box is already large on screen (a province's sentras,
 * each with its own short links: zooming to one of them is what helps, not one close-up of all).
 */
export function insetSubject(arcs: readonly Arc[], k: number): InsetSubject | null {
  const hidden = arcs.filter((a) => a.kind === 'missing' && length(a) * k < HIDDEN_PX);
  if (hidden.length === 0) return null;
  const box = extent(hidden.flatMap((a) => [a.from, a.to]));
  if (drawnSide(box, k) >= SHOWN_BELOW_PX) return null;
  const [[x0, y0], [x1, y1]] = box;
  const inside = ([x, y]: Point) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  const supply = arcs.filter((a) => a.kind === 'supply' && inside(a.from) && inside(a.to));
  return { box, arcs: [...supply, ...hidden], missing: hidden.length };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The corner of the frame the inset takes: the one over the fewest drawn points (screen px), never
 * the one over the magnified box itself; bottom left first, where the Indian Ocean lies on a map of
 * Indonesia.
 */
export function insetCorner(frame: { width: number; height: number }, size: { width: number; height: number }, points: readonly Point[], box: [Point, Point], margin = 10): Rect {
  const { width: w, height: h } = size;
  const corners: Rect[] = [
    { x: margin, y: frame.height - h - margin, width: w, height: h },
    { x: frame.width - w - margin, y: frame.height - h - margin, width: w, height: h },
    { x: margin, y: margin, width: w, height: h },
    { x: frame.width - w - margin, y: margin, width: w, height: h },
  ];
  const within = (r: Rect, [x, y]: Point) => x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
  const overlaps = (r: Rect) => !(box[1][0] < r.x || box[0][0] > r.x + r.width || box[1][1] < r.y || box[0][1] > r.y + r.height);
  const cost = (r: Rect) => (overlaps(r) ? Number.POSITIVE_INFINITY : points.filter((p) => within(r, p)).length);
  let best = corners[0]!;
  for (const r of corners.slice(1)) if (cost(r) < cost(best)) best = r;
  return best;
}

/**
 * The zoom and offset that put `box` (padded, and at least `minSide` world px a side so that links
 * between neighbours do not blow up to the whole inset) in the middle of `area`.
 */
export function insetTransform(box: [Point, Point], area: Rect, minSide: number, pad = 24): { k: number; x: number; y: number } {
  const [[x0, y0], [x1, y1]] = box;
  const bw = Math.max(minSide, x1 - x0);
  const bh = Math.max(minSide, y1 - y0);
  const k = Math.min((area.width - 2 * pad) / bw, (area.height - 2 * pad) / bh);
  return { k, x: area.x + area.width / 2 - ((x0 + x1) / 2) * k, y: area.y + area.height / 2 - ((y0 + y1) / 2) * k };
}
