// The peer of `npm run bench -- layout`: the large-graph layout as it was before issue 16, d3-force
// from random points around the anchors for a fixed number of ticks (150 up to 8,000 nodes, 80
// above), kept here only to be measured against in the same run.
import * as d3 from 'd3';
import { mulberry32 } from '../server/util/random.ts';
import { groupAnchors } from '../web/src/graph/layout-force.ts';
import type { LayoutRequest } from '../web/src/graph/layout-types.ts';

interface SimNode extends d3.SimulationNodeDatum {
  ax: number;
  ay: number;
}

export function layoutD3Peer(req: LayoutRequest): { ms: number; ticks: number } {
  const started = performance.now();
  const random = mulberry32(req.seed);
  const n = req.groups.length;
  const anchor = groupAnchors(req.groups);
  const nodes: SimNode[] = req.groups.map((g) => {
    const [ax, ay] = anchor.get(g) ?? [0, 0];
    return { ax, ay, x: ax + (random() - 0.5) * 40, y: ay + (random() - 0.5) * 40 };
  });
  const links = [];
  for (let i = 0; i < req.links.length; i += 2) links.push({ source: req.links[i]!, target: req.links[i + 1]! });
  const ticks = n <= 8000 ? 150 : 80;
  d3.forceSimulation(nodes)
    .randomSource(random)
    .force('link', d3.forceLink(links).distance(30).strength(0.3))
    .force('charge', d3.forceManyBody().strength(n > 5000 ? -8 : -30).theta(0.9).distanceMax(400))
    .force('x', d3.forceX<SimNode>((d) => d.ax).strength(0.08))
    .force('y', d3.forceY<SimNode>((d) => d.ay).strength(0.08))
    .stop()
    .tick(ticks);
  return { ms: performance.now() - started, ticks };
}
