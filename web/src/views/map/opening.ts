// Where the Map opens: on the places drawn, or on the places in focus when, framed with their
// context, they would crowd into a blob. At national scale a province's buyers and suppliers lie
// from Sumatra to Sulawesi, and framed with them Central Java's 53 sentras and 550 other plants
// overlapped into one blob with three labels; framed on their own they are legible, and "Show all
// Indonesia" brings the context back. A focus that is legible with its context opens with it, which
// says where its partners are: a cluster (one place), the seed's Jawa Tengah (five places, its
// recommended buyers in Jakarta), a component's makers spread over the country.
import * as d3 from 'd3';
import type { Place, Point } from './places.ts';

/** The area one place takes on screen (px², a symbol and a little room around it). */
export const PLACE_AREA_PX = 14 * 14;
/** Places covering more than this share of the box they are drawn in overlap into a blob. */
export const CROWDED_SHARE = 0.5;

/** The box around (at least one) points, [[x0, y0], [x1, y1]]: d3.extent, not a Math.min spread over thousands. */
export function extent(points: readonly Point[]): [Point, Point] {
  const [x0, x1] = d3.extent(points, (p) => p[0]) as [number, number];
  const [y0, y1] = d3.extent(points, (p) => p[1]) as [number, number];
  return [[x0, y0], [x1, y1]];
}

/** The map's drawing area and how a box is framed in it (the view's `frame`). */
export interface Frame {
  width: number;
  height: number;
  pad: number;
  maxK: number;
}

/** The zoom at which `box` fills the frame (as the view's `frame` computes it). */
export function frameScale([[x0, y0], [x1, y1]]: [Point, Point], f: Frame): number {
  const k = Math.min(f.maxK, Math.min((f.width - 2 * f.pad) / Math.max(1, Math.abs(x1 - x0)), (f.height - 2 * f.pad) / Math.max(1, Math.abs(y1 - y0))));
  return Math.max(1, k);
}

/** The zoom that frames `box` (as the view's `frame` applies it). */
export function frameTransform(box: [Point, Point], f: Frame): d3.ZoomTransform {
  const [[x0, y0], [x1, y1]] = box;
  return d3.zoomIdentity.translate(f.width / 2, f.height / 2).scale(frameScale(box, f)).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
}

/** The box the Map opens on (at least one place). */
export function openingBox(places: readonly Place[], focused: boolean, f: Frame): [Point, Point] {
  const all = extent(places.map((p) => p.at));
  const focus = places.filter((p) => p.role !== 'context');
  if (!focused || focus.length < 2) return all;
  const own = extent(focus.map((p) => p.at));
  // The box the focus takes on screen when the map is framed on everything, a place's size added.
  const k = frameScale(all, f);
  const side = Math.sqrt(PLACE_AREA_PX);
  const drawn = (Math.abs(own[1][0] - own[0][0]) * k + side) * (Math.abs(own[1][1] - own[0][1]) * k + side);
  return focus.length * PLACE_AREA_PX > CROWDED_SHARE * drawn ? own : all;
}
