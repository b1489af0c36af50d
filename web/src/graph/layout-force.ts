// The seeded force layout (run in a worker: layout.worker.ts). Same data and seed, same picture:
// every random choice comes from one mulberry32 generator. Firms are pulled towards their
// cluster's anchor (clusters on a ring, firms outside clusters in the middle), which groups them by
// cluster. Up to SMALL nodes (a focus, the seed) d3-force runs 300 ticks with collision; above it
// (issue 16: 20,200 nodes took 23.7 s) a typed-array engine starts each group already spread
// around its anchor (layout-large.ts) and stops once the picture is stable.
import * as d3 from 'd3';
import { mulberry32 } from '../../../server/util/random.ts';
import { layoutLarge } from './layout-large.ts';
import type { LayoutRequest, LayoutResult } from './layout-types.ts';

/** Largest graph laid out by d3-force (with collision, 300 ticks: well under a second). */
export const SMALL = 2000;

/** Anchors of the groups: clusters on a ring (sorted ids, so the same order every time), '' in the middle. */
export function groupAnchors(groups: readonly string[]): Map<string, [number, number]> {
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
  const anchor = groupAnchors(req.groups);
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
    .force('link', d3.forceLink(links).distance(30).strength(0.3))
    .force('charge', d3.forceManyBody().strength(-30).theta(0.9).distanceMax(400))
    .force('x', d3.forceX<SimNode>((d) => d.ax).strength(0.08))
    .force('y', d3.forceY<SimNode>((d) => d.ay).strength(0.08))
    .stop();
  // Small graphs (a focus, the seed) get room between symbols, so labels have somewhere to go.
  sim.force('collide', d3.forceCollide(n <= 300 ? 15 : 9).strength(0.8));
  sim.tick(ticks);
  const positions = new Float64Array(n * 2);
  nodes.forEach((d, i) => {
    positions[2 * i] = Math.round((d.x ?? 0) * 100) / 100;
    positions[2 * i + 1] = Math.round((d.y ?? 0) * 100) / 100;
  });
  return { positions, ms: performance.now() - started, ticks };
}
