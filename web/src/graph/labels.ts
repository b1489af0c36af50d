// Labels that stay readable whatever the zoom: placed in screen pixels (never scaled with the
// picture), by a greedy pass that takes labels in order of importance and gives each the first of
// eight positions around its symbol whose box stays inside the drawing and clear of every label
// already placed and of the other labelled symbols (the standard greedy map-labelling heuristic,
// e.g. Christensen, Marks & Shieber 1995, "An empirical study of algorithms for point-feature label
// placement"); a label that fits nowhere is left out, unless it is one the reader asked about (the
// cluster in focus, the selection: `keep`), which may then lie over other symbols, never over a
// label. Drawn in their own layer above the links,
// with a white halo on a faint white plate, so no link crosses a letter or the space between words.

export const LABEL_FONT_PX = 11;
/**
 * Behind each label, its placed box in the background's white at this opacity: the glyphs' halo
 * alone left the gaps between words open, and a label sits beside its mark, where the mark's own
 * links start, so a link running along it showed through the space as a comma ("TIER2,1116" on
 * the Map). Not opaque, so what lies under a label stays guessable.
 */
export const LABEL_PLATE_OPACITY = 0.8;
export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
/** Box height of one line of label text, in pixels. */
const LINE = Math.ceil(LABEL_FONT_PX * 1.3);
/** Gap between a symbol and its label, and the clear margin kept around every label. */
const GAP = 3;
const PAD = 1.5;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  /** The symbol's centre and radius, in screen pixels. */
  x: number;
  y: number;
  r: number;
  /** Higher goes first. */
  priority: number;
  /** Context labels are drawn in a lighter colour. */
  muted?: boolean;
  bold?: boolean;
  /**
   * What the reader asked about (the cluster filtered on, the selection): when no position is clear of
   * the other symbols, it takes the first position clear of labels. A cluster in focus sits among
   * its members' dots, and without this its name was the one label missing from the picture.
   */
  keep?: boolean;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  muted: boolean;
  bold: boolean;
}

let measureCtx: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Width in pixels of a label as the SVG layer will draw it (canvas text metrics, same font). */
export function textWidth(text: string, bold = false, px = LABEL_FONT_PX): number {
  const key = `${bold ? 'b' : 'n'}${px}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (measureCtx === undefined) measureCtx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (measureCtx) {
      measureCtx.font = `${bold ? '600 ' : ''}${px}px ${LABEL_FONT_FAMILY}`;
      w = measureCtx.measureText(text).width;
    } else w = text.length * px * 0.6;
    widths.set(key, w);
  }
  return w;
}

/**
 * A short label for a name: a firm's abbreviation in brackets ("… (TMMIN)" → "TMMIN"), without the
 * legal form ("PT ", "CV "); a cluster without the generic "Sentra IKM logam" ("Sentra IKM logam
 * Ceper" → "Ceper"); at most `max` characters. The full name stays in the tooltip.
 */
export function shortName(name: string, max = 26): string {
  let s = name.trim();
  const abbr = /\(([A-Z][A-Z0-9&-]{1,9})\)\s*$/.exec(s);
  if (abbr) s = abbr[1]!;
  else {
    s = s.replace(/^(PT|CV|UD|Koperasi)\.?\s+(?=\S)/i, (m) => (/^koperasi/i.test(m) ? m : ''));
    const sentra = /^Sentra\s+IKM(?:\s+(?:logam|knalpot|pengecoran|metal))?\s+(.+)$/i.exec(s);
    if (sentra) s = sentra[1]!;
  }
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

const intersects = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A uniform grid of boxes, so each test looks at a few neighbours instead of every label. */
class BoxGrid {
  private readonly cells = new Map<string, Array<{ box: Box; owner: string }>>();
  constructor(private readonly size = 64) {}
  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x0 / this.size); i <= Math.floor(b.x1 / this.size); i++) for (let j = Math.floor(b.y0 / this.size); j <= Math.floor(b.y1 / this.size); j++) out.push(`${i},${j}`);
    return out;
  }
  add(box: Box, owner: string): void {
    for (const k of this.keys(box)) {
      let list = this.cells.get(k);
      if (!list) this.cells.set(k, (list = []));
      list.push({ box, owner });
    }
  }
  hits(box: Box, owner: string): boolean {
    for (const k of this.keys(box)) for (const e of this.cells.get(k) ?? []) if (e.owner !== owner && intersects(e.box, box)) return true;
    return false;
  }
}

/** The eight candidate positions, best first: right, left, above, below, then the diagonals. */
function candidates(req: LabelRequest, w: number): Array<{ x: number; y: number; anchor: PlacedLabel['anchor']; box: Box }> {
  const { x, y, r } = req;
  const h = LINE;
  const d = r + GAP;
  const at = (bx: number, by: number, anchor: PlacedLabel['anchor']) => {
    const x0 = anchor === 'start' ? bx : anchor === 'end' ? bx - w : bx - w / 2;
    return { x: bx, y: by, anchor, box: { x0: x0 - PAD, y0: by - h / 2 - PAD, x1: x0 + w + PAD, y1: by + h / 2 + PAD } };
  };
  const diag = d * 0.75;
  return [
    at(x + d, y, 'start'),
    at(x - d, y, 'end'),
    at(x, y - d - h / 2, 'middle'),
    at(x, y + d + h / 2, 'middle'),
    at(x + diag, y - diag - h / 2 + 2, 'start'),
    at(x + diag, y + diag + h / 2 - 2, 'start'),
    at(x - diag, y - diag - h / 2 + 2, 'end'),
    at(x - diag, y + diag + h / 2 - 2, 'end'),
  ];
}

/**
 * Places the labels that fit: inside `area` (its width and height, from 0,0), no two boxes
 * intersecting, none over another labelled symbol or an extra obstacle. Deterministic: the same
 * requests give the same labels (ties in priority keep the input order).
 */
export function placeLabels(requests: readonly LabelRequest[], area: { width: number; height: number }, obstacles: ReadonlyArray<{ box: Box; owner: string }> = []): PlacedLabel[] {
  const order = requests.map((r, i) => ({ r, i })).sort((a, b) => b.r.priority - a.r.priority || a.i - b.i);
  const grid = new BoxGrid();
  for (const o of obstacles) grid.add(o.box, o.owner);
  for (const { r } of order) {
    const s = Math.max(r.r, 2);
    grid.add({ x0: r.x - s, y0: r.y - s, x1: r.x + s, y1: r.y + s }, r.id);
  }
  // The labels alone, for a kept label that finds no position clear of symbols.
  const labelGrid = new BoxGrid();
  const placed: PlacedLabel[] = [];
  for (const { r } of order) {
    if (r.text === '') continue;
    const w = textWidth(r.text, r.bold);
    const inside = candidates(r, w).filter((c) => c.box.x0 >= 0 && c.box.y0 >= 0 && c.box.x1 <= area.width && c.box.y1 <= area.height);
    const c = inside.find((k) => !grid.hits(k.box, r.id)) ?? (r.keep ? inside.find((k) => !labelGrid.hits(k.box, r.id)) : undefined);
    if (!c) continue;
    grid.add(c.box, `label:${r.id}`);
    labelGrid.add(c.box, `label:${r.id}`);
    placed.push({ id: r.id, text: r.text, x: c.x, y: c.y, anchor: c.anchor, box: c.box, muted: r.muted ?? false, bold: r.bold ?? false });
  }
  return placed;
}

const NS = 'http://www.w3.org/2000/svg';

/**
 * Draws placed labels into `layer` (an SVG <g> above the links): text with a white halo
 * (paint-order stroke) on a faint white plate of its box, in pixels of the layer's coordinate system divided by `scale` (1 on
 * screen; the zoom factor when the layer lives inside a scaled export).
 */
export function drawLabels(layer: SVGGElement, labels: readonly PlacedLabel[], scale = 1, toLayer: (x: number, y: number) => [number, number] = (x, y) => [x, y]): void {
  layer.replaceChildren();
  layer.setAttribute('class', 'labels');
  layer.setAttribute('pointer-events', 'none');
  layer.setAttribute('font-family', LABEL_FONT_FAMILY);
  layer.setAttribute('font-size', String(LABEL_FONT_PX / scale));
  for (const l of labels) {
    const [x, y] = toLayer(l.x, l.y);
    // A pixel wider each side than the box: drawn text can exceed the canvas measure by a pixel.
    const [px0, py0] = toLayer(l.box.x0 - 1, l.box.y0);
    const [px1, py1] = toLayer(l.box.x1 + 1, l.box.y1);
    const plate = document.createElementNS(NS, 'rect');
    plate.setAttribute('x', String(Math.round(px0 * 100) / 100));
    plate.setAttribute('y', String(Math.round(py0 * 100) / 100));
    plate.setAttribute('width', String(Math.round((px1 - px0) * 100) / 100));
    plate.setAttribute('height', String(Math.round((py1 - py0) * 100) / 100));
    plate.setAttribute('rx', String(2 / scale));
    plate.setAttribute('fill', '#ffffff');
    plate.setAttribute('fill-opacity', String(LABEL_PLATE_OPACITY));
    plate.setAttribute('class', 'label-plate');
    layer.append(plate);
    const text = document.createElementNS(NS, 'text');
    text.setAttribute('x', String(Math.round(x * 100) / 100));
    text.setAttribute('y', String(Math.round(y * 100) / 100));
    text.setAttribute('text-anchor', l.anchor);
    text.setAttribute('dominant-baseline', 'central');
    text.setAttribute('fill', l.muted ? '#52606d' : '#1f2933');
    text.setAttribute('stroke', '#ffffff');
    text.setAttribute('stroke-width', String(3 / scale));
    text.setAttribute('stroke-linejoin', 'round');
    text.setAttribute('paint-order', 'stroke');
    if (l.bold) text.setAttribute('font-weight', '600');
    text.setAttribute('class', 'label');
    text.setAttribute('data-id', l.id);
    text.textContent = l.text;
    layer.append(text);
  }
}
