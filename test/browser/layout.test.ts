// The seeded network layout (web/src/graph/layout-force.ts) above SMALL nodes, where the typed-array
// engine (layout-large.ts, layout-barnes-hut.ts) runs: its repulsion equals d3-force's formula summed
// over every pair (computed here directly, theta 0), the same seed gives the same picture, the
// layout stops because the picture is stable (not at its tick limit), and groups stay together.
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../server/util/random.ts';
import { BarnesHut } from '../../web/src/graph/layout-barnes-hut.ts';
import { groupAnchors, layout, SMALL } from '../../web/src/graph/layout-force.ts';
import { MAX_TICKS } from '../../web/src/graph/layout-large.ts';
import type { LayoutRequest } from '../../web/src/graph/layout-types.ts';

/** 3,000 nodes in 30 groups of 90 and 300 without a group; links mostly within a group. */
function request(seed: number): LayoutRequest {
  const random = mulberry32(99);
  const groups = Array.from({ length: 3000 }, (_, i) => (i < 2700 ? `g${String(i % 30).padStart(2, '0')}` : ''));
  const links: number[] = [];
  for (let e = 0; e < 3500; e++) {
    const a = Math.floor(random() * 3000);
    const inside = random() < 0.8 && a < 2700;
    const b = inside ? (a % 30) + 30 * Math.floor(random() * 90) : Math.floor(random() * 3000);
    if (a !== b) links.push(a, b);
  }
  return { groups, links, seed };
}

describe('the large-graph layout', () => {
  it('repels as d3-force does: with theta 0, every pair by strength · alpha · Δ / d² (summed here directly)', () => {
    const random = mulberry32(5);
    const n = 400;
    const x = Float64Array.from({ length: n }, () => random() * 200);
    const y = Float64Array.from({ length: n }, () => random() * 200);
    // Two coincident-ish points and a far one exercise the short-distance rule and the tree's depth.
    x[1] = x[0]! + 1e-7;
    y[1] = y[0]!;
    const vx = new Float64Array(n);
    const vy = new Float64Array(n);
    new BarnesHut(n).apply(x, y, vx, vy, -8, 0.5, 1e-9, 1e9);
    for (let i = 0; i < n; i++) {
      let fx = 0;
      let fy = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const dx = x[j]! - x[i]!;
        const dy = y[j]! - y[i]!;
        let l = dx * dx + dy * dy;
        if (l < 1) l = Math.sqrt(l);
        fx += (dx * -8 * 0.5) / l;
        fy += (dy * -8 * 0.5) / l;
      }
      expect(vx[i]).toBeCloseTo(fx, 9);
      expect(vy[i]).toBeCloseTo(fy, 9);
    }
  });

  // The reference is d3-force's own forceManyBody at the same theta (the force the small-graph layout
  // uses), both measured against the exact sum: with distanceMax, a far cell counts whole when its
  // centre of mass is within reach, so both approximations err by ~20 % on uniform points, where the
  // exact net forces nearly cancel (measured: ours 0.227, d3 0.225); without the cut-off both err < 2 %.
  it('with theta 0.9 errs no more than d3-force’s own Barnes-Hut does, against the exact repulsion', () => {
    for (const distanceMax of [400, Infinity]) {
      const random = mulberry32(6);
      const n = 3000;
      const x = Float64Array.from({ length: n }, () => random() * 1000);
      const y = Float64Array.from({ length: n }, () => random() * 1000);
      const exact = [new Float64Array(n), new Float64Array(n)] as const;
      const approx = [new Float64Array(n), new Float64Array(n)] as const;
      new BarnesHut(n).apply(x, y, exact[0], exact[1], -8, 1, 1e-9, distanceMax);
      new BarnesHut(n).apply(x, y, approx[0], approx[1], -8, 1, 0.9, distanceMax);
      const nodes: d3.SimulationNodeDatum[] = Array.from({ length: n }, (_, i) => ({ x: x[i]!, y: y[i]!, vx: 0, vy: 0 }));
      const d3Force = d3.forceManyBody().strength(-8).theta(0.9).distanceMax(distanceMax);
      d3Force.initialize(nodes, mulberry32(1));
      d3Force(1);
      let ours = 0;
      let theirs = 0;
      let size = 0;
      for (let i = 0; i < n; i++) {
        ours += Math.hypot(approx[0][i]! - exact[0][i]!, approx[1][i]! - exact[1][i]!);
        theirs += Math.hypot(nodes[i]!.vx! - exact[0][i]!, nodes[i]!.vy! - exact[1][i]!);
        size += Math.hypot(exact[0][i]!, exact[1][i]!);
      }
      expect(ours / size).toBeLessThan(Math.max(1.1 * (theirs / size), 0.02));
      if (distanceMax === Infinity) expect(ours / size).toBeLessThan(0.02);
    }
  });

  it('gives the same picture for the same seed, another for another seed, and stops once stable', () => {
    const req = request(7);
    expect(req.groups.length).toBeGreaterThan(SMALL);
    const a = layout(req);
    const b = layout(request(7));
    const c = layout(request(8));
    expect(Array.from(b.positions)).toEqual(Array.from(a.positions));
    expect(Array.from(c.positions)).not.toEqual(Array.from(a.positions));
    expect(a.ticks).toBeLessThan(MAX_TICKS);
    expect(a.positions.every(Number.isFinite)).toBe(true);
  });

  it('keeps each group around its anchor, nearer to it than to any other group’s anchor', () => {
    const req = request(7);
    const { positions } = layout(req);
    const anchors = groupAnchors(req.groups);
    const sums = new Map<string, [number, number, number]>();
    req.groups.forEach((g, i) => {
      if (g === '') return;
      const s = sums.get(g) ?? [0, 0, 0];
      s[0] += positions[2 * i]!;
      s[1] += positions[2 * i + 1]!;
      s[2] += 1;
      sums.set(g, s);
    });
    for (const [g, [sx, sy, k]] of sums) {
      const [cx, cy] = [sx / k, sy / k];
      const nearest = [...anchors].reduce((best, [h, [ax, ay]]) => (Math.hypot(ax - cx, ay - cy) < best[1] ? ([h, Math.hypot(ax - cx, ay - cy)] as [string, number]) : best), ['', Infinity] as [string, number]);
      expect(nearest[0]).toBe(g);
    }
  });
  // A quality measure that fails for a picture the forces have not shaped: the start places each
  // group's members on a spiral in a random order, so there a linked pair of a group is as far apart
  // as any pair of it (ratio ~1); the links must have pulled their ends together (measured: 0.50).
  it('puts linked firms of a group nearer each other than unlinked ones (median distances)', () => {
    const req = request(7);
    const p = layout(req).positions;
    const dist = (a: number, b: number): number => Math.hypot(p[2 * a]! - p[2 * b]!, p[2 * a + 1]! - p[2 * b + 1]!);
    const linked = new Set<string>();
    const near: number[] = [];
    for (let e = 0; e < req.links.length; e += 2) {
      const [a, b] = [req.links[e]!, req.links[e + 1]!];
      linked.add(`${a},${b}`).add(`${b},${a}`);
      if (req.groups[a] !== '' && req.groups[a] === req.groups[b]) near.push(dist(a, b));
    }
    const random = mulberry32(3);
    const far: number[] = [];
    while (far.length < 20_000) {
      const a = Math.floor(random() * 2700);
      const b = (a % 30) + 30 * Math.floor(random() * 90);
      if (a !== b && !linked.has(`${a},${b}`)) far.push(dist(a, b));
    }
    const median = (v: number[]): number => v.sort((s, t) => s - t)[v.length >> 1]!;
    expect(near.length).toBeGreaterThan(2000);
    expect(median(near) / median(far)).toBeLessThan(0.75);
  });
});
