// The layout of large graphs (over SMALL nodes, layout-force.ts) on typed arrays: the forces of the
// d3 layout (links, many-body repulsion by Barnes-Hut, the pull to the group's anchor), integrated
// as d3 does (velocity decay, cooling alpha), but started from a placement that is nearly the
// answer already — each group's members on a sunflower spiral around its anchor, in a seeded order —
// and stopped once nodes barely move, instead of a fixed number of ticks from random points.
import { mulberry32 } from '../../../server/util/random.ts';
import { BarnesHut } from './layout-barnes-hut.ts';
import type { LayoutRequest, LayoutResult } from './layout-types.ts';

const LINK_DISTANCE = 30;
const LINK_STRENGTH = 0.3;
const CHARGE = -8;
const THETA = 0.9;
const DISTANCE_MAX = 400;
const ANCHOR_STRENGTH = 0.08;
const VELOCITY_DECAY = 0.4;
/** Spacing of the sunflower spiral: about where repulsion and the anchor's pull balance. */
const SPACING = 7;
/** Cooling: from ALPHA, times (1 - ALPHA_DECAY) per tick (d3's default decay). */
const ALPHA = 0.5;
const ALPHA_DECAY = 0.05;
/** Stable: the mean move of a tick below this (layout units; symbols are ~6 across). */
const STABLE_MOVE = 0.2;
export const MAX_TICKS = 100;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function layoutLarge(req: LayoutRequest, anchors: ReadonlyMap<string, [number, number]>): LayoutResult {
  const started = performance.now();
  const random = mulberry32(req.seed);
  const n = req.groups.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  const ax = new Float64Array(n);
  const ay = new Float64Array(n);

  // Members of each group in a seeded order, placed on a spiral around the anchor (the spiral's
  // start turned by a seeded angle per group, so neighbouring groups do not line up).
  const members = new Map<string, number[]>();
  req.groups.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  for (const g of [...members.keys()].sort()) {
    const list = members.get(g)!;
    for (let k = list.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [list[k], list[j]] = [list[j]!, list[k]!];
    }
    const [gx, gy] = anchors.get(g) ?? [0, 0];
    const turn = random() * 2 * Math.PI;
    list.forEach((i, k) => {
      const r = SPACING * Math.sqrt(k + 0.5);
      const a = turn + k * GOLDEN_ANGLE;
      ax[i] = gx;
      ay[i] = gy;
      x[i] = gx + r * Math.cos(a) + (random() - 0.5);
      y[i] = gy + r * Math.sin(a) + (random() - 0.5);
    });
  }

  // Links as arrays, with d3's bias (the lighter end moves more) and without self-loops.
  const m = req.links.length / 2;
  const degree = new Float64Array(n);
  for (let e = 0; e < 2 * m; e++) degree[req.links[e]!]! += 1;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const bias = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const s = req.links[2 * e]!;
    const t = req.links[2 * e + 1]!;
    source[e] = s;
    target[e] = t;
    bias[e] = degree[s]! / (degree[s]! + degree[t]!);
  }

  const bh = new BarnesHut(n);
  let alpha = ALPHA;
  let ticks = 0;
  while (ticks < MAX_TICKS) {
    ticks++;
    alpha += (0 - alpha) * ALPHA_DECAY;
    for (let e = 0; e < m; e++) {
      const s = source[e]!;
      const t = target[e]!;
      if (s === t) continue;
      let dx = x[t]! + vx[t]! - x[s]! - vx[s]!;
      let dy = y[t]! + vy[t]! - y[s]! - vy[s]!;
      const d = Math.sqrt(dx * dx + dy * dy) || 1e-6;
      const f = ((d - LINK_DISTANCE) / d) * alpha * LINK_STRENGTH;
      dx *= f;
      dy *= f;
      const b = bias[e]!;
      vx[t]! -= dx * b;
      vy[t]! -= dy * b;
      vx[s]! += dx * (1 - b);
      vy[s]! += dy * (1 - b);
    }
    bh.apply(x, y, vx, vy, CHARGE, alpha, THETA, DISTANCE_MAX);
    let moved = 0;
    for (let i = 0; i < n; i++) {
      vx[i]! += (ax[i]! - x[i]!) * ANCHOR_STRENGTH * alpha;
      vy[i]! += (ay[i]! - y[i]!) * ANCHOR_STRENGTH * alpha;
      vx[i]! *= 1 - VELOCITY_DECAY;
      vy[i]! *= 1 - VELOCITY_DECAY;
      x[i]! += vx[i]!;
      y[i]! += vy[i]!;
      moved += Math.sqrt(vx[i]! * vx[i]! + vy[i]! * vy[i]!);
    }
    if (moved / n < STABLE_MOVE) break;
  }

  const positions = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    positions[2 * i] = Math.round(x[i]! * 100) / 100;
    positions[2 * i + 1] = Math.round(y[i]! * 100) / 100;
  }
  return { positions, ms: performance.now() - started, ticks };
}
