// The interactive picture of a scene: zoom, pan, drag, hover and click. Small graphs are SVG
// elements; past CANVAS_THRESHOLD nodes it draws on a canvas (devicePixelRatio aware) and finds
// the node under the pointer through a d3.quadtree, so 20,000 nodes stay fluid. Labels live in
// their own SVG layer above the picture, placed in screen pixels after every zoom (labels.ts), so
// zooming or focusing never scales a label and no link crosses one.
import * as d3 from 'd3';
import { bounds, NO_HIGHLIGHT, type Highlight, type Scene, type SceneNode } from './scene.ts';
import { drawSceneCanvas } from './scene-canvas.ts';
import { drawLabels, placeLabels } from './labels.ts';
import { drawSceneSvg, labelRequests } from './scene-svg.ts';

export const CANVAS_THRESHOLD = 2000;
/** A pause in panning/zooming this long (ms) triggers the full redraw. */
const IDLE_MS = 120;
/** The cached bitmap extends this fraction of the screen beyond each edge, so panning shows no gap. */
const CACHE_MARGIN = 0.25;
/** fit() zooms in at most this far, so a small focused graph keeps symbols of a readable size. */
const FIT_MAX_ZOOM = 2.5;

export interface GraphViewOptions {
  onSelect(id: string): void;
  onHover(node: SceneNode | null, clientX: number, clientY: number): void;
  /** Forces a mode (tests and benchmarks); by default chosen from the node count. */
  mode?: 'svg' | 'canvas';
}

export class GraphView {
  readonly mode: 'svg' | 'canvas';
  readonly element: HTMLElement;
  private transform = d3.zoomIdentity;
  private highlight: Highlight = NO_HIGHLIGHT;
  private tree: d3.Quadtree<SceneNode>;
  private readonly zoom: d3.ZoomBehavior<Element, unknown>;
  private svgRoot: SVGGElement | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private frame = 0;
  private cache: HTMLCanvasElement | null = null;
  private cacheTransform = d3.zoomIdentity;
  private cacheValid = false;
  private lastZoom = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly labelLayer: SVGGElement;
  private labelFrame = 0;
  /** The surface's size when last drawn; a change (a detail panel opened beside it) keeps the picture's centre. */
  private drawnSize: { width: number; height: number };
  private readonly resized: ResizeObserver;

  constructor(
    container: HTMLElement,
    private readonly scene: Scene,
    private readonly options: GraphViewOptions,
  ) {
    this.mode = options.mode ?? (scene.nodes.length > CANVAS_THRESHOLD ? 'canvas' : 'svg');
    this.element = document.createElement('div');
    this.element.className = 'graph-surface';
    this.element.dataset.mode = this.mode;
    container.append(this.element);
    this.tree = d3.quadtree<SceneNode>().x((d) => d.x).y((d) => d.y).addAll(scene.nodes);
    this.zoom = d3.zoom<Element, unknown>().scaleExtent([0.05, 40]).on('zoom', (e: d3.D3ZoomEvent<Element, unknown>) => {
      this.transform = e.transform;
      if (this.svgRoot) this.svgRoot.setAttribute('transform', e.transform.toString());
      else {
        this.lastZoom = performance.now();
        this.requestDraw();
      }
      this.requestLabels();
    });
    if (this.mode === 'svg') this.mountSvg();
    else this.mountCanvas();
    const overlay = d3.select(this.element).append('svg').attr('class', 'graph-labels').attr('aria-hidden', 'true');
    this.labelLayer = overlay.append('g').node()!;
    this.drawnSize = this.size();
    this.fit();
    this.drawLabelsNow();
    this.resized = new ResizeObserver(() => this.keepCentre());
    this.resized.observe(this.element);
  }

  /**
   * Keeps what was in the middle of the picture there when the surface changes size: opening the
   * detail panel on a 1,024 px screen narrows it from 784 to 640 px, and the picture, anchored at
   * its left edge, lost its right-hand 144 px (a canvas kept its old width and was cut).
   */
  private keepCentre(): void {
    const next = this.size();
    const dw = next.width - this.drawnSize.width;
    const dh = next.height - this.drawnSize.height;
    if (Math.abs(dw) < 1 && Math.abs(dh) < 1) return;
    this.drawnSize = next;
    if (this.canvas) this.sizeCanvas();
    const t = this.transform;
    this.surface().call(this.zoom.transform, d3.zoomIdentity.translate(t.x + dw / 2, t.y + dh / 2).scale(t.k));
  }

  private size(): { width: number; height: number } {
    const r = this.element.getBoundingClientRect();
    return { width: Math.max(300, r.width), height: Math.max(300, r.height) };
  }

  private mountSvg(): void {
    const svg = d3.select(this.element).append('svg').attr('class', 'graph').attr('role', 'img');
    this.svgRoot = svg.append('g').node()!;
    drawSceneSvg(this.svgRoot, this.scene, this.highlight);
    (svg as unknown as d3.Selection<Element, unknown, null, undefined>).call(this.zoom).on('dblclick.zoom', null);
    const byId = new Map(this.scene.nodes.map((n) => [n.id, n]));
    const target = (e: Event): SceneNode | undefined => byId.get((e.target as Element).getAttribute?.('data-id') ?? '');
    svg.on('click', (e: MouseEvent) => {
      const n = target(e);
      if (n) this.options.onSelect(n.id);
    });
    svg.on('mousemove', (e: MouseEvent) => this.options.onHover(target(e) ?? null, e.clientX, e.clientY));
    svg.on('mouseleave', () => this.options.onHover(null, 0, 0));
    this.installDrag(svg.node()!);
  }

  private mountCanvas(): void {
    const canvas = document.createElement('canvas');
    canvas.className = 'graph';
    canvas.setAttribute('role', 'img');
    this.element.append(canvas);
    this.canvas = canvas;
    this.sizeCanvas();
    const sel = d3.select<Element, unknown>(canvas);
    sel.call(this.zoom).on('dblclick.zoom', null);
    sel.on('click', (e: MouseEvent) => {
      const n = this.nodeAtEvent(e);
      if (n) this.options.onSelect(n.id);
    });
    sel.on('mousemove', (e: MouseEvent) => this.options.onHover(this.nodeAtEvent(e) ?? null, e.clientX, e.clientY));
    sel.on('mouseleave', () => this.options.onHover(null, 0, 0));
    this.installDrag(canvas);
  }

  /** Dragging a node moves it (and redraws); dragging the background pans (d3.zoom). */
  private installDrag(surface: Element): void {
    const drag = d3
      .drag<Element, unknown, SceneNode | undefined>()
      .subject((e: d3.D3DragEvent<Element, unknown, unknown>) => this.nodeAtPoint(e.x, e.y))
      .filter((e: MouseEvent) => !e.button && this.nodeAtEvent(e) !== undefined)
      .on('drag', (e: d3.D3DragEvent<Element, unknown, SceneNode>) => {
        const [x, y] = this.transform.invert([e.x, e.y]);
        e.subject.x = x;
        e.subject.y = y;
        this.redraw();
      })
      .on('end', () => {
        this.tree = d3.quadtree<SceneNode>().x((d) => d.x).y((d) => d.y).addAll(this.scene.nodes);
      });
    d3.select(surface).call(drag);
  }

  /** Sizes the canvas to its surface, in device pixels. */
  private sizeCanvas(): void {
    const canvas = this.canvas!;
    const { width, height } = this.size();
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    this.requestDraw(true);
  }

  private nodeAtEvent(e: MouseEvent): SceneNode | undefined {
    const r = this.element.getBoundingClientRect();
    return this.nodeAtPoint(e.clientX - r.left, e.clientY - r.top);
  }

  /** The node under a point in element coordinates, through the quadtree. */
  nodeAtPoint(px: number, py: number): SceneNode | undefined {
    const [x, y] = this.transform.invert([px, py]);
    const found = this.tree.find(x, y, 30 / this.transform.k + 12);
    if (!found) return undefined;
    const d = Math.hypot(found.x - x, found.y - y);
    return d <= found.r + 4 / this.transform.k ? found : undefined;
  }

  /** Where a node is on screen (client coordinates), for tests. */
  positionOf(id: string): { x: number; y: number } | null {
    const n = this.scene.nodes.find((x) => x.id === id);
    if (!n) return null;
    const r = this.element.getBoundingClientRect();
    const [x, y] = this.transform.apply([n.x, n.y]);
    return { x: r.left + x, y: r.top + y };
  }

  setHighlight(h: Highlight): void {
    this.highlight = h;
    this.redraw();
  }

  redraw(): void {
    if (this.svgRoot) drawSceneSvg(this.svgRoot, this.scene, this.highlight);
    else this.requestDraw(true);
    this.requestLabels();
  }

  /** Re-places the labels on the next frame (zoom events come faster than frames). */
  private requestLabels(): void {
    if (this.labelFrame) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = 0;
      this.drawLabelsNow();
    });
  }

  private drawLabelsNow(): void {
    const area = this.size();
    const t = this.transform;
    // Canvas mode draws many nodes: only the important ones (clusters, OEMs, selection) get labels.
    const requests = labelRequests(this.scene, this.highlight, (x, y) => t.apply([x, y]), t.k, area).filter((r) => this.mode === 'svg' || r.priority >= 70);
    drawLabels(this.labelLayer, placeLabels(requests, area));
  }

  /**
   * Canvas drawing. A full draw renders the scene into a cached bitmap that covers the screen plus
   * a margin; while the user pans or zooms, frames only redraw that bitmap under the new transform
   * (constant time, whatever the node count), and the full draw runs once the interaction pauses.
   * On mutations (highlight, drag) the full draw runs at once.
   */
  private requestDraw(full = false): void {
    if (full) this.cacheValid = false;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const canvas = this.canvas;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return;
      const dpr = window.devicePixelRatio || 1;
      const width = canvas.width / dpr;
      const height = canvas.height / dpr;
      const interacting = performance.now() - this.lastZoom < IDLE_MS;
      if (this.cacheValid && this.cache && interacting) {
        this.blit(ctx, width, height, dpr);
        this.scheduleIdleDraw();
        return;
      }
      this.renderCache(width, height, dpr);
      this.blit(ctx, width, height, dpr);
    });
  }

  private renderCache(width: number, height: number, dpr: number): void {
    const mx = width * CACHE_MARGIN;
    const my = height * CACHE_MARGIN;
    const cw = Math.round((width + 2 * mx) * dpr);
    const ch = Math.round((height + 2 * my) * dpr);
    if (!this.cache || this.cache.width !== cw || this.cache.height !== ch) {
      this.cache = document.createElement('canvas');
      this.cache.width = cw;
      this.cache.height = ch;
    }
    const cctx = this.cache.getContext('2d')!;
    drawSceneCanvas(cctx, this.scene, this.highlight, this.transform.translate(mx / this.transform.k, my / this.transform.k), width + 2 * mx, height + 2 * my, dpr);
    this.cacheTransform = this.transform;
    this.cacheValid = true;
  }

  /** Draws the cached bitmap under the current transform, relative to the one it was drawn at. */
  private blit(ctx: CanvasRenderingContext2D, width: number, height: number, dpr: number): void {
    const c = this.cacheTransform;
    const t = this.transform;
    const scale = t.k / c.k;
    const mx = width * CACHE_MARGIN;
    const my = height * CACHE_MARGIN;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width * dpr, height * dpr);
    ctx.setTransform(dpr * scale, 0, 0, dpr * scale, dpr * (t.x - c.x * scale), dpr * (t.y - c.y * scale));
    ctx.drawImage(this.cache!, -mx, -my, width + 2 * mx, height + 2 * my);
  }

  private scheduleIdleDraw(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (performance.now() - this.lastZoom >= IDLE_MS) this.requestDraw(true);
      else this.scheduleIdleDraw();
    }, IDLE_MS);
  }

  private surface(): d3.Selection<Element, unknown, null, undefined> {
    return d3.select<Element, unknown>((this.canvas ?? this.element.querySelector('svg'))!);
  }

  /** Zooms to show the whole scene. */
  fit(): void {
    const { width, height } = this.size();
    const b = bounds(this.scene);
    const k = Math.min(FIT_MAX_ZOOM, 0.92 * Math.min(width / (b.x1 - b.x0 || 1), height / (b.y1 - b.y0 || 1)));
    const t = d3.zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-(b.x0 + b.x1) / 2, -(b.y0 + b.y1) / 2);
    this.surface().call(this.zoom.transform, t);
  }

  /** Centres a node, keeping the zoom level at least 1.5. */
  centreOn(id: string): void {
    const n = this.scene.nodes.find((x) => x.id === id);
    if (!n) return;
    const { width, height } = this.size();
    const k = Math.max(this.transform.k, 1.5);
    this.surface().transition().duration(400).call(this.zoom.transform, d3.zoomIdentity.translate(width / 2, height / 2).scale(k).translate(-n.x, -n.y));
  }

  /** Applies a zoom transform directly (benchmarks pan and zoom through this). */
  setTransform(x: number, y: number, k: number): void {
    this.surface().call(this.zoom.transform, d3.zoomIdentity.translate(x, y).scale(k));
  }

  currentTransform(): { x: number; y: number; k: number } {
    return { x: this.transform.x, y: this.transform.y, k: this.transform.k };
  }

  /** The part of the layout on screen, in layout coordinates (what the export shows). */
  visibleBounds(): { x0: number; y0: number; x1: number; y1: number } {
    const { width, height } = this.size();
    const [x0, y0] = this.transform.invert([0, 0]);
    const [x1, y1] = this.transform.invert([width, height]);
    return { x0, y0, x1, y1 };
  }

  destroy(): void {
    this.resized.disconnect();
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.labelFrame) cancelAnimationFrame(this.labelFrame);
    clearTimeout(this.idleTimer);
    this.element.remove();
  }
}
