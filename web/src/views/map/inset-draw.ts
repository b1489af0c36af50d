// Draws the close-up (inset.ts) into the map's SVG: a framed corner with Indonesia's land, the
// magnified links and the places among them (the same marks as the map's, so a click selects and
// the selection rings them), a two-line title saying what it shows and how large the box is, and a
// box on the map marking where it is. It goes with the map into every export.
import * as d3 from 'd3';
import { t } from '../../app/i18n.ts';
import { drawLabels, placeLabels, shortName, type LabelRequest } from '../../graph/labels.ts';
import { insetCorner, insetTransform, drawnSide, SHOWN_BELOW_PX, type InsetSubject, type Rect } from './inset.ts';
import { arcPath, type Place, type Point } from './places.ts';
import { MISSING_COLOUR } from '../../app/palette.ts';

type Svg = d3.Selection<SVGSVGElement, undefined, null, undefined>;
type G = d3.Selection<SVGGElement, undefined, null, undefined>;

export interface InsetArgs {
  subject: InsetSubject;
  frame: { width: number; height: number };
  /** Everything drawn, and where on screen it opens (to choose the emptiest corner). */
  places: readonly Place[];
  opening: (p: Point) => Point;
  /** Indonesia's outline as path data in world px. */
  land: string;
  /** The box's longer side, in kilometres, for the title. */
  km: number;
  /** Appends a place's mark (the map's own) to `parent`, at 0,0. */
  mark: (parent: G, p: Place) => d3.Selection<SVGPathElement, undefined, null, undefined>;
  radius: (p: Place) => number;
  priority: (p: Place) => number;
  supplyStroke: string;
}

export interface Inset {
  /** Where it is drawn (screen px): the map's own labels keep out of it. */
  area: Rect;
  /** Shows the inset while its box is small on screen at this zoom, hides it after; moves its box on the map. */
  update(transform: d3.ZoomTransform): boolean;
}

const TITLE_PX = 32;

export function drawInset(s: Svg, a: InsetArgs): Inset {
  const { subject, frame } = a;
  const size = { width: Math.min(340, Math.round(frame.width * 0.32)), height: Math.min(260, Math.round(frame.height * 0.42)) };
  const area: Rect = insetCorner(frame, size, a.places.map((p) => a.opening(p.at)), [a.opening(subject.box[0]), a.opening(subject.box[1])]);
  const picture: Rect = { x: area.x, y: area.y + TITLE_PX, width: area.width, height: area.height - TITLE_PX };
  // At least about 4 km a side (one world px is some 4.5 km on a map of all Indonesia).
  const z = insetTransform(subject.box, picture, 1);
  const toInset = ([x, y]: Point): Point => [x * z.k + z.x, y * z.k + z.y];
  const [[bx0, by0], [bx1, by1]] = [[(picture.x - z.x) / z.k, (picture.y - z.y) / z.k], [(picture.x + picture.width - z.x) / z.k, (picture.y + picture.height - z.y) / z.k]];

  const g = s.append('g').attr('class', 'map-inset').attr('id', 'map-inset').attr('data-links', subject.missing);
  const clipId = 'map-inset-clip';
  g.append('clipPath').attr('id', clipId).append('rect').attr('x', picture.x).attr('y', picture.y).attr('width', picture.width).attr('height', picture.height);
  g.append('rect').attr('x', area.x).attr('y', area.y).attr('width', area.width).attr('height', area.height).attr('fill', '#eaf2f8').attr('stroke', '#323f4b').attr('stroke-width', 1.2);
  const inner = g.append('g').attr('clip-path', `url(#${clipId})`);
  const zoomed = inner.append('g').attr('transform', `translate(${z.x},${z.y}) scale(${z.k})`);
  zoomed.append('path').attr('d', a.land).attr('fill', '#f4f1e8').attr('stroke', '#9aa5b1').attr('stroke-width', 0.5).attr('vector-effect', 'non-scaling-stroke');
  for (const arc of subject.arcs) {
    // Not the map's data-kind and data-flow: what reads the map's arcs reads them once. A link keeps
    // its data-link, so that a click selects it and the selection thickens it here too.
    const p = zoomed.append('path').attr('d', arcPath(arc.from, arc.to, arc.bend)).attr('fill', 'none').attr('vector-effect', 'non-scaling-stroke').attr('data-inset', arc.kind);
    if (arc.kind === 'supply') p.attr('stroke', a.supplyStroke).attr('stroke-opacity', 0.7).attr('stroke-width', 1.3);
    else p.attr('stroke', MISSING_COLOUR).attr('stroke-dasharray', '6 4').attr('stroke-opacity', 0.8).attr('stroke-width', 1.6).attr('data-link', arc.id).append('title').text(String(arc.link.sentence ?? ''));
  }
  const shown = a.places.filter(({ at: [x, y] }) => x >= bx0 && x <= bx1 && y >= by0 && y <= by1);
  const marks = inner.append('g').attr('class', 'marks');
  // The map's own layering: the context under the focus, clusters on top.
  const layer = (p: Place): number => (p.label === 'Cluster' ? 2 : p.role === 'context' ? 0 : 1);
  const requests: LabelRequest[] = [];
  for (const p of [...shown].sort((x, y) => layer(x) - layer(y))) {
    const [x, y] = toInset(p.at);
    // The map's mark, but not of class "firm": what counts the map's plants counts each once.
    a.mark(marks, p).attr('transform', `translate(${x},${y})`).attr('class', p.label === 'Cluster' ? 'node cluster inset-mark' : 'node inset-mark');
    const priority = a.priority(p);
    if (priority > 0) requests.push({ id: `inset:${p.id}`, text: shortName(p.name, 22), x: x - picture.x, y: y - picture.y, r: a.radius(p), priority, muted: p.role === 'context', bold: p.label === 'Cluster', keep: p.label === 'Cluster' });
  }
  const labels = g.append('g').attr('transform', `translate(${picture.x},${picture.y})`).node()!;
  drawLabels(labels, placeLabels(requests, picture));

  // Two lines, each its own text (one text of two lines was hit-tested between them, as if hidden).
  const km = a.km < 10 ? Math.max(1, Math.round(a.km)) : Math.round(a.km / 5) * 5;
  g.append('text').attr('class', 'inset-title').attr('x', area.x + 8).attr('y', area.y + 14).attr('font-size', 11).attr('font-weight', 'bold').attr('fill', '#1f2933').text(t('map.inset.title', { km }));
  g.append('text').attr('class', 'inset-title').attr('x', area.x + 8).attr('y', area.y + 28).attr('font-size', 11).attr('fill', '#1f2933').text(t('map.inset.links', { links: subject.missing }));

  // Where it is on the map: the magnified box, over the marks (under them it was hidden by the
  // sentra's disc), at least a little larger than that disc.
  const locator = s.insert('rect', '.map-inset').attr('class', 'inset-locator').attr('fill', 'none').attr('stroke', '#323f4b').attr('stroke-width', 1.2);
  return {
    area,
    update(transform) {
      const show = drawnSide(subject.box, transform.k) < SHOWN_BELOW_PX;
      g.attr('display', show ? null : 'none');
      const [[x0, y0], [x1, y1]] = [transform.apply(subject.box[0]), transform.apply(subject.box[1])];
      const [cx, cy, w, h] = [(x0 + x1) / 2, (y0 + y1) / 2, Math.max(40, x1 - x0 + 12), Math.max(40, y1 - y0 + 12)];
      locator.attr('display', show ? null : 'none').attr('x', cx - w / 2).attr('y', cy - h / 2).attr('width', w).attr('height', h);
      return show;
    },
  };
}
