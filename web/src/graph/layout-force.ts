// The seeded force layout (run in a worker: layout.worker.ts). Same data and seed, same picture:
// every random choice comes from one mulberry32 generator. Firms are pulled towards their
// cluster's anchor (clusters on a ring, firms outside clusters in the middle), which groups them by
// cluster. Up to SMALL nodes (a focus, the seed) d3-force runs 300 ticks with collision; above it
// (issue 16: 20,200 nodes took 23.7 s) a typed-array engine starts each group already spread
// around its anchor (layout-large.ts) and stops once the picture is stable.
import * as d3 from 'd3';
import { mulberry32 } from '../../../server/util/random.ts';
import { layoutLarge } from './layout-large.ts';
import { RIM, type LayoutRequest, type LayoutResult } from './layout-types.ts';

/** Largest graph laid out by d3-force (with collision, 300 ticks: well under a second). */
export const SMALL = 2000;
/** Forces of an anchored layout (an overview): groups held near their anchors, links pulling little. */
const ANCHORED = { anchor: 0.3, link: 0.02 } as const;
/** Room between two symbols of known radius, in layout units. */
export const COLLIDE_GAP = 3;

/** Anchors of the groups: clusters on a ring (sorted ids, so the same order every time), '' in the middle. */
export function groupAnchors(groups: readonly string[], radii?: readonly number[]): Map<string, [number, number]> {
  if (radii) return sizedAnchors(groups, radii);
  const n = groups.length;
  const groupIds = [...new Set(groups.filter((g) => g !== ''))].sort();
  const ring = 60 + Math.sqrt(n) * 9;
  const anchor = new Map<string, [number, number]>();
  groupIds.forEach((g, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, groupIds.length);
    anchor.set(g, [ring * Math.cos(a), ring * Math.sin(a)]);
  });
  return anchor;
}

/** Circles packed loosely fill about this share of the disc around them. */
const PACKING = 0.6;
/** Space between two groups' discs on the ring, in layout units. */
const GROUP_MARGIN = 40;

/**
 * Anchors for symbols of known size: each group's members need a disc of about their summed area
 * (with the collision gap) over PACKING; the groups sit on a ring around the middle group's disc,
 * each taking an arc as wide as its disc, so neighbouring groups stay apart (an overview's provinces);
 * a group's RIM group just outside it on the same ray.
 */
export function sizedAnchors(groups: readonly string[], radii: readonly number[]): Map<string, [number, number]> {
  const area = new Map<string, number>();
  groups.forEach((g, i) => area.set(g, (area.get(g) ?? 0) + Math.PI * ((radii[i] ?? 0) + COLLIDE_GAP) ** 2));
  const disc = (g: string) => Math.sqrt((area.get(g) ?? 0) / PACKING / Math.PI);
  const onRim = (g: string) => g.endsWith(RIM) && area.has(g.slice(0, -RIM.length));
  const groupIds = [...area.keys()].filter((g) => g !== '' && !onRim(g)).sort();
  const widths = groupIds.map((g) => 2 * disc(g) + GROUP_MARGIN);
  const total = widths.reduce((a, b) => a + b, 0);
  const largest = Math.max(0, ...groupIds.map(disc));
  const ring = Math.max(disc('') + largest + GROUP_MARGIN, total / (2 * Math.PI));
  const anchor = new Map<string, [number, number]>();
  let along = 0;
  groupIds.forEach((g, i) => {
    const a = (2 * Math.PI * (along + widths[i]! / 2)) / Math.max(total, 1);
    along += widths[i]!;
    anchor.set(g, [ring * Math.cos(a), ring * Math.sin(a)]);
    // Its rim group just outside it on the same ray, where labels have room.
    const r = ring + disc(g) + disc(g + RIM) + GROUP_MARGIN / 2;
    if (area.has(g + RIM)) anchor.set(g + RIM, [r * Math.cos(a), r * Math.sin(a)]);
  });
  return anchor;
}

interface SimNode extends d3.SimulationNodeDatum {
  index: number;
  ax: number;
  ay: number;
}

export function layout(req: LayoutRequest): LayoutResult {
  if (req.groups.length > SMALL) return layoutLarge(req, groupAnchors(req.groups));
  const started = performance.now();
  const random = mulberry32(req.seed);
  const n = req.groups.length;
  const anchor = groupAnchors(req.groups, req.anchored ? req.radii : undefined);
  const nodes: SimNode[] = req.groups.map((g, index) => {
    const [ax, ay] = anchor.get(g) ?? [0, 0];
    return { index, ax, ay, x: ax + (random() - 0.5) * 40, y: ay + (random() - 0.5) * 40 };
  });
  const links = [];
  for (let i = 0; i < req.links.length; i += 2) links.push({ source: req.links[i]!, target: req.links[i + 1]! });
  const ticks = 300;
  const sim = d3
    .forceSimulation(nodes)
    .randomSource(random)
    .force('link', d3.forceLink(links).distance(30).strength(req.anchored ? ANCHORED.link : 0.3))
    .force('charge', d3.forceManyBody().strength(-30).theta(0.9).distanceMax(400))
    .force('x', d3.forceX<SimNode>((d) => d.ax).strength(req.anchored ? ANCHORED.anchor : 0.08))
    .force('y', d3.forceY<SimNode>((d) => d.ay).strength(req.anchored ? ANCHORED.anchor : 0.08))
    .stop();
  // Small graphs (a focus, the seed) get room between symbols, so labels have somewhere to go.
  // Symbols of their own size (an overview's clusters, up to 12 units) get their radius and a gap:
  // with the same 9 units for all, the national overview's 416 clusters were drawn over each other.
  const room = n <= 300 ? 15 : 9;
  const radii = req.radii;
  sim.force('collide', d3.forceCollide<SimNode>(radii ? (d) => Math.max(room / 2, (radii[d.index] ?? 0) + COLLIDE_GAP) : room).strength(0.8));
  sim.tick(ticks);
  const positions = new Float64Array(n * 2);
  nodes.forEach((d, i) => {
    positions[2 * i] = Math.round((d.x ?? 0) * 100) / 100;
    positions[2 * i + 1] = Math.round((d.y ?? 0) * 100) / 100;
  });
  return { positions, ms: performance.now() - started, ticks };
}
