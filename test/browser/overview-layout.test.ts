// The national Network overview's layout (issue: "one ball of 416 sentra"): clusters grouped by
// province around the OEMs and large buyers in the middle, each province's tier 1 and tier 2 nodes
// just outside its clusters, symbols of their own size apart. A synthetic overview shaped like the
// national one (rantai generate --clusters 416: 8 provinces of 41–64 clusters, 16 province nodes,
// 100 OEMs and 200 buyers) with links from every cluster to buyers in the middle, which is what
// pulled every province into one ball when links were as strong as in a focus.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../server/util/random.ts';
import { COLLIDE_GAP, groupAnchors, layout, sizedAnchors } from '../../web/src/graph/layout-force.ts';
import { RIM, type LayoutRequest } from '../../web/src/graph/layout-types.ts';
import { layoutGroups } from '../../web/src/views/network/data.ts';

const PROVINCES = ['Banten', 'DI Yogyakarta', 'DKI Jakarta', 'Jawa Barat', 'Jawa Tengah', 'Jawa Timur', 'Sulawesi Selatan', 'Sumatera Utara'];

interface N {
  id: string;
  label: string;
  tier?: string;
  province?: string;
}

function overview(seed: number): { nodes: N[]; req: LayoutRequest } {
  const random = mulberry32(3);
  const nodes: N[] = [];
  for (let c = 0; c < 416; c++) nodes.push({ id: `gcl-${c}`, label: 'Cluster', province: PROVINCES[Math.floor(random() * PROVINCES.length)]! });
  for (const p of PROVINCES) for (const tier of ['TIER1', 'TIER2']) nodes.push({ id: `group:${tier}:${p}`, label: 'Group', tier, province: p });
  for (let f = 0; f < 300; f++) nodes.push({ id: `f${f}`, label: 'Firm', tier: f < 100 ? 'OEM' : 'BUYER' });
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const links: number[] = [];
  for (let c = 0; c < 416; c++) for (let k = 0; k < 6; k++) links.push(c, 416 + 16 + Math.floor(random() * 300));
  for (const p of PROVINCES) links.push(index.get(`group:TIER1:${p}`)!, 416 + 16 + Math.floor(random() * 100), index.get(`group:TIER2:${p}`)!, index.get(`group:TIER1:${p}`)!);
  // Drawn radii as buildScene gives them: clusters 4–12 by members, province nodes 12, firms 5.
  const radii = nodes.map((n) => (n.label === 'Cluster' ? 4 + 8 * random() : n.label === 'Group' ? 12 : 5));
  return { nodes, req: { groups: layoutGroups(nodes, true), links, seed, radii, anchored: true } };
}

describe('the overview layout', () => {
  it('groups an overview by province (province nodes on the rim) and leaves a focus grouped by cluster', () => {
    const nodes = [
      { id: 'gcl-1', label: 'Cluster', province: 'Banten' },
      { id: 'group:TIER1:Banten', label: 'Group', tier: 'TIER1', province: 'Banten' },
      { id: 'f1', label: 'Firm', tier: 'OEM' },
      { id: 'f2', label: 'Firm', tier: 'IKM', cluster: 'gcl-1' },
      { id: 'f3', label: 'Firm', tier: 'IKM', cluster: 'gcl-1', role: 'context' },
    ];
    expect(layoutGroups(nodes, true)).toEqual(['province:Banten', `province:Banten${RIM}`, '', 'gcl-1', '~context']);
    expect(layoutGroups(nodes, false)).toEqual(['gcl-1', '~TIER1', '', 'gcl-1', '~context']);
  });

  it('places sized groups on a ring, their discs apart, each rim group just outside its group', () => {
    const { req } = overview(1);
    const anchors = sizedAnchors(req.groups, req.radii!);
    const ring = PROVINCES.map((p) => anchors.get(`province:${p}`)!);
    const radius = Math.hypot(...ring[0]!);
    for (const [x, y] of ring) expect(Math.hypot(x, y)).toBeCloseTo(radius, 6);
    // Each disc's radius: sqrt(summed area / packing / π), as sizedAnchors computes it (packing 0.6).
    const disc = (g: string) => Math.sqrt(req.groups.reduce((s, h, i) => (h === g ? s + Math.PI * (req.radii![i]! + COLLIDE_GAP) ** 2 : s), 0) / 0.6 / Math.PI);
    for (let i = 0; i < PROVINCES.length; i++) {
      const [a, b] = [`province:${PROVINCES[i]}`, `province:${PROVINCES[(i + 1) % PROVINCES.length]}`];
      const [pa, pb] = [anchors.get(a)!, anchors.get(b)!];
      expect(Math.hypot(pa[0] - pb[0], pa[1] - pb[1]), `${a} and ${b} apart`).toBeGreaterThan(disc(a) + disc(b));
      const rim = anchors.get(`${a}${RIM}`)!;
      expect(Math.hypot(...rim)).toBeGreaterThan(radius + disc(a));
      // Same ray: the cross product of the two positions is zero.
      expect(Math.abs(pa[0] * rim[1] - pa[1] * rim[0]) / (Math.hypot(...pa) * Math.hypot(...rim))).toBeLessThan(1e-9);
    }
    // Without radii the anchors are as before (one ring sized by the node count).
    expect(groupAnchors(req.groups).get('province:Banten')).toEqual([60 + Math.sqrt(req.groups.length) * 9, 0]);
  });

  it('draws the national overview as provinces around the middle: no symbol over another, each province around its anchor, the same picture for the same seed', () => {
    const { nodes, req } = overview(7);
    const { positions } = layout(req);
    expect(Array.from(layout(overview(7).req).positions)).toEqual(Array.from(positions));
    const at = (i: number): [number, number] => [positions[2 * i]!, positions[2 * i + 1]!];
    // Overlap: two symbols closer than their radii. The collision force is soft (strength 0.8), so
    // allow a tenth of the pair's radii; before the radii were passed, clusters of 12 had 9 units.
    let overlaps = 0;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [at(i), at(j)];
        if (Math.hypot(a[0] - b[0], a[1] - b[1]) < 0.9 * (req.radii![i]! + req.radii![j]!)) overlaps++;
      }
    expect(overlaps).toBe(0);
    const anchors = sizedAnchors(req.groups, req.radii!);
    for (const p of PROVINCES) {
      const members = req.groups.flatMap((g, i) => (g === `province:${p}` ? [at(i)] : []));
      const c: [number, number] = [members.reduce((s, m) => s + m[0], 0) / members.length, members.reduce((s, m) => s + m[1], 0) / members.length];
      const nearest = [...anchors].filter(([g]) => !g.endsWith(RIM)).sort((x, y) => Math.hypot(x[1][0] - c[0], x[1][1] - c[1]) - Math.hypot(y[1][0] - c[0], y[1][1] - c[1]))[0]![0];
      expect(nearest, `${p}'s clusters gather around its anchor`).toBe(`province:${p}`);
      // Its province nodes lie farther out than its clusters' centre.
      for (const tier of ['TIER1', 'TIER2']) expect(Math.hypot(...at(nodes.findIndex((n) => n.id === `group:${tier}:${p}`)))).toBeGreaterThan(Math.hypot(...c));
    }
    // The OEMs and buyers stay in the middle: inside the ring of provinces.
    const ring = Math.hypot(...anchors.get(`province:${PROVINCES[0]}`)!);
    const firms = nodes.flatMap((n, i) => (n.label === 'Firm' ? [Math.hypot(...at(i))] : []));
    expect(Math.max(...firms)).toBeLessThan(ring);
  });
});
