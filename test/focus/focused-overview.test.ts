// A focus too large to draw firm by firm is grouped as the overview groups
// (server/store/overview/focused.ts). A firm-level answer written by hand, grouped by hand:
//
//   focus (tier=IKM): i1, i2 members of sentra c1; i3 member of c2; i4 in no sentra (Jawa Barat)
//   context: t1, t2 tier 2 in Jawa Tengah; t3 tier 2 in Jawa Barat; o1 an OEM
//   SUPPLIES i1→t1 (A, 100), i2→t1 (A, 50), i2→t2 (B, 70), i3→t3 (A, 10), i4→t3 (C, 5),
//            t1→o1 (D, 1000; buildView gives no link between two context firms, the grouping
//            sums whatever it is given)
//   IMPORTS  i1 from CN (A) 2022: 30, 2023: 40; t1 from JP (B) 2023: 500
//   RECOMMENDED i4→o1 (C)
//
// Grouped with cluster + TIER2 (the list), by hand:
//   c1 = {i1, i2} focus, members 2; c2 = {i3} focus, 1; group:TIER2:Jawa Tengah = {t1, t2}
//   context, 2, at the mean of (−7.0, 110.0) and (−7.2, 110.4) = (−7.1, 110.2);
//   group:TIER2:Jawa Barat = {t3} context, 1; i4 and o1 drawn on their own.
//   SUPPLIES c1→Jawa Tengah: links 3, value 220, component A (150 > 70), components 2, focus;
//            c2→Jawa Barat 1 link 10; i4→Jawa Barat 1 link 5; Jawa Tengah→o1 1 link 1,000 (context).
//   IMPORTS  c1←CN: 1 flow (2023's 40), 2 records, focus; Jawa Tengah←JP: 1 flow 500, context.
//   RECOMMENDED i4→o1 unchanged (both drawn on their own).
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../server/model/index.ts';
import { groupFocusedView } from '../../server/store/overview/index.ts';
import type { GraphLinkOut, GraphNodeOut, GraphOut } from '../../server/store/shapes.ts';
import { drawnFlowCount, keyFigures } from '../../server/store/figures.ts';

const firm = (id: string, tier: string, role: 'focus' | 'context', extra: Record<string, unknown> = {}): GraphNodeOut => ({ id, label: 'Firm', name: id, tier, role, ...extra }) as GraphNodeOut;
const supply = (s: string, t: string, component: string, valueUsd: number, role: 'focus' | 'context'): GraphLinkOut => ({ id: `SUPPLIES:${s}>${t}:${component}`, source: s, target: t, type: 'SUPPLIES', component, valueUsd, unitsPerYear: 1, role });
const imports = (s: string, c: string, component: string, year: number, valueUsd: number, role: 'focus' | 'context'): GraphLinkOut => ({ id: `IMPORTS:${s}>${c}:${year}`, source: s, target: c, type: 'IMPORTS', component, year, valueUsd, role });

const nodes: GraphNodeOut[] = [
  firm('i1', 'IKM', 'focus', { cluster: 'c1', capacityTonnes: 10 }),
  firm('i2', 'IKM', 'focus', { cluster: 'c1', capacityTonnes: 5 }),
  firm('i3', 'IKM', 'focus', { cluster: 'c2' }),
  firm('i4', 'IKM', 'focus', { province: 'Jawa Barat' }),
  firm('t1', 'TIER2', 'context', { province: 'Jawa Tengah', lat: -7.0, lon: 110.0 }),
  firm('t2', 'TIER2', 'context', { province: 'Jawa Tengah', lat: -7.2, lon: 110.4 }),
  firm('t3', 'TIER2', 'context', { province: 'Jawa Barat' }),
  firm('o1', 'OEM', 'context'),
  { id: 'CN', label: 'Country', name: 'China', role: 'focus' },
  { id: 'JP', label: 'Country', name: 'Japan', role: 'context' },
];
const links: GraphLinkOut[] = [
  supply('i1', 't1', 'A', 100, 'context'),
  supply('i2', 't1', 'A', 50, 'context'),
  supply('i2', 't2', 'B', 70, 'context'),
  supply('i3', 't3', 'A', 10, 'context'),
  supply('i4', 't3', 'C', 5, 'context'),
  supply('t1', 'o1', 'D', 1000, 'context'),
  imports('i1', 'CN', 'A', 2022, 30, 'focus'),
  imports('i1', 'CN', 'A', 2023, 40, 'focus'),
  imports('t1', 'JP', 'B', 2023, 500, 'context'),
  { id: 'i4|o1|C', source: 'i4', target: 'o1', type: 'RECOMMENDED', component: 'C', rank: 1, score: 0.5, sentence: 's', role: 'context' },
];
const answer: GraphOut = { view: 'tiers', focused: true, nodes, links, figures: keyFigures({ nodes, links }) };
const clusters: GraphNode[] = [
  { id: 'c1', label: 'Cluster', props: { name: 'Sentra Satu' } },
  { id: 'c2', label: 'Cluster', props: { name: 'Sentra Dua' } },
  { id: 'c3', label: 'Cluster', props: { name: 'Sentra Tiga' } },
];

describe('a focus grouped as an overview', () => {
  const out = groupFocusedView(answer, clusters, { clusters: true, tiers: ['TIER2'], auto: false }, 'id');
  const node = (id: string) => out.nodes.find((n) => n.id === id);
  const link = (id: string) => out.links.find((l) => l.id === id);

  it('draws each firm as its cluster, its province node or itself, with the roles of its members', () => {
    expect(out.nodes.map((n) => n.id)).toEqual(['CN', 'JP', 'c1', 'c2', 'group:TIER2:Jawa Barat', 'group:TIER2:Jawa Tengah', 'i4', 'o1']);
    expect(node('c1')).toMatchObject({ label: 'Cluster', name: 'Sentra Satu', role: 'focus', members: 2, memberCapacityTonnes: 15 });
    expect(node('c2')).toMatchObject({ role: 'focus', members: 1 });
    expect(node('group:TIER2:Jawa Tengah')).toMatchObject({ label: 'Group', name: 'Jawa Tengah · Tier 2', tier: 'TIER2', province: 'Jawa Tengah', role: 'context', members: 2, lat: -7.1, lon: 110.2 });
    expect(node('group:TIER2:Jawa Barat')).toMatchObject({ role: 'context', members: 1 });
    expect(node('group:TIER2:Jawa Barat')?.lat).toBeUndefined();
    expect(node('i4')?.role).toBe('focus');
    expect(node('c3')).toBeUndefined();
  });

  it('sums the links between drawn nodes', () => {
    expect(link('SUPPLIES:c1>group:TIER2:Jawa Tengah')).toMatchObject({ links: 3, valueUsd: 220, unitsPerYear: 3, component: 'A', components: 2, role: 'context' });
    expect(link('SUPPLIES:c2>group:TIER2:Jawa Barat')).toMatchObject({ links: 1, valueUsd: 10 });
    expect(link('SUPPLIES:i4>group:TIER2:Jawa Barat')).toMatchObject({ links: 1, valueUsd: 5 });
    expect(link('SUPPLIES:group:TIER2:Jawa Tengah>o1')).toMatchObject({ links: 1, valueUsd: 1000, role: 'context' });
    expect(link('IMPORTS:c1>CN')).toMatchObject({ flows: 1, records: 2, valueUsd: 40, year: 2023, role: 'focus' });
    expect(link('IMPORTS:group:TIER2:Jawa Tengah>JP')).toMatchObject({ flows: 1, records: 1, valueUsd: 500, role: 'context' });
    expect(link('i4|o1|C')).toMatchObject({ source: 'i4', target: 'o1', supplier: 'i4', buyer: 'o1' });
    expect(out.links).toHaveLength(7);
  });

  it('keeps the firm-level figures and says what it grouped', () => {
    expect(out.figures.firms).toEqual(answer.figures.firms);
    expect(out.figures.supplyLinks).toEqual(answer.figures.supplyLinks);
    expect(out.figures.importFlows).toEqual(answer.figures.importFlows);
    expect(out.figures.clusters).toEqual({ focus: 2, context: 0 });
    expect(out.grouping).toEqual({
      group: 'cluster,TIER2',
      auto: false,
      firms: 8,
      // The limit it was grouped past: the server's default when the query gives no groupPast.
      past: 20000,
      kept: 2,
      grouped: 6,
      clusters: 2,
      groups: 2,
      tiers: { OEM: { firms: 1, grouped: 0 }, TIER1: { firms: 0, grouped: 0 }, TIER2: { firms: 3, grouped: 3 }, IKM: { firms: 4, grouped: 3 }, BUYER: { firms: 0, grouped: 0 } },
    });
  });

  it('under auto groups only what is crowded: none of these tiers is, so nothing but the sentra', () => {
    // auto's rule on 8 firms: at most OVERVIEW_FIRMS firms means firm level (rule.ts), so the answer is returned as it is.
    expect(groupFocusedView(answer, clusters, 'auto')).toBe(answer);
  });
});

describe('the flows a focused answer would draw (groupFlowsPast)', () => {
  it('counts each supply and recommended link, and each import flow once at its latest year', () => {
    // By hand, from the answer above: SUPPLIES i1→t1, i2→t1, i2→t2, i3→t3, i4→t3, t1→o1 = 6;
    // RECOMMENDED i4→o1 = 1; IMPORTS i1 from CN (A) in 2022 and 2023 is one flow, t1 from JP (B)
    // another = 2. 6 + 1 + 2 = 9.
    expect(drawnFlowCount(answer.links)).toBe(9);
    expect(drawnFlowCount([])).toBe(0);
  });
});
