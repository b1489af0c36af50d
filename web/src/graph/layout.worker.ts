// Force-directed layout off the main thread. Seeded: d3-force's randomSource gets a mulberry32
// generator and the initial positions come from the same generator, so the same data and seed give
// the same picture. Firms are pulled towards their cluster's anchor (clusters on a ring, firms
// outside clusters in the middle), which groups them by cluster.
import * as d3 from 'd3';
import { mulberry32 } from '../../../server/util/random.ts';
import type { LayoutRequest, LayoutResult } from './layout-types.ts';

interface SimNode extends d3.SimulationNodeDatum {
  index: number;
  ax: number;
  ay: number;
}

export function layout(req: LayoutRequest): LayoutResult {
  const started = performance.now();
  const random = mulberry32(req.seed);
  const n = req.groups.length;
  const groupIds = [...new Set(req.groups.filter((g) => g !== ''))].sort();
  const ring = 60 + Math.sqrt(n) * 9;
  const anchor = new Map<string, [number, number]>();
  groupIds.forEach((g, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, groupIds.length);
    anchor.set(g, [ring * Math.cos(a), ring * Math.sin(a)]);
  });
  const nodes: SimNode[] = req.groups.map((g, index) => {
    const [ax, ay] = anchor.get(g) ?? [0, 0];
    return { index, ax, ay, x: ax + (random() - 0.5) * 40, y: ay + (random() - 0.5) * 40 };
  });
  const links = [];
  for (let i = 0; i < req.links.length; i += 2) links.push({ source: req.links[i]!, target: req.links[i + 1]! });
  const ticks = n <= 2000 ? 300 : n <= 8000 ? 150 : 80;
  const sim = d3
    .forceSimulation(nodes)
    .randomSource(random)
    .force('link', d3.forceLink(links).distance(30).strength(0.3))
    .force('charge', d3.forceManyBody().strength(n > 5000 ? -8 : -30).theta(0.9).distanceMax(400))
    .force('x', d3.forceX<SimNode>((d) => d.ax).strength(0.08))
    .force('y', d3.forceY<SimNode>((d) => d.ay).strength(0.08))
    .stop();
  // Small graphs (a focus, the seed) get room between symbols, so labels have somewhere to go.
  if (n <= 2000) sim.force('collide', d3.forceCollide(n <= 300 ? 15 : 9).strength(0.8));
  sim.tick(ticks);
  const positions = new Float64Array(n * 2);
  nodes.forEach((d, i) => {
    positions[2 * i] = Math.round((d.x ?? 0) * 100) / 100;
    positions[2 * i + 1] = Math.round((d.y ?? 0) * 100) / 100;
  });
  return { positions, ms: performance.now() - started, ticks };
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const result = layout(e.data);
  (self as unknown as Worker).postMessage(result, [result.positions.buffer]);
};
