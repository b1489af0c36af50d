// How the tier picture shares its width among its columns (web/src/views/tiers/columns.ts): each
// part gets what its longest name (plus 24 px) and the titles beside it (half of each, plus 6 px)
// need, the rest going to the gaps equally; short of room, the widest parts are cut to one common
// width. Every expected number is worked by hand in the comments.
import { describe, expect, it } from 'vitest';
import type { GraphOut } from '../../server/store/shapes.ts';
import { MIN_GAP, MIN_LEFT, MIN_RIGHT, shareWidth } from '../../web/src/views/tiers/columns.ts';
import { placeTiers, tiersWidthFor } from '../../web/src/views/tiers/layout.ts';

// Columns IKM, tier 2, tier 1, OEM, other buyers, countries. The gaps hold the names of tier 2,
// tier 1, OEMs and buyers (none after IKM, whose names are on the left); six titles of 40 px.
const needs = { left: 100, gaps: [0, 50, 100, 0, 80], right: 40, titles: [40, 40, 40, 40, 40, 40] };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the tier picture’s columns', () => {
  it('gives each part what its names need and the rest to the gaps equally', () => {
    // Wanted: left 100 + 24 = 124; gaps max(56, name + 24, 40/2 + 40/2 + 12 = 52) = 56, 74, 124, 56,
    // 104; right max(70, 40 + 24 = 64) = 70. Sum 608; 1,000 − 608 = 392 over five gaps: 78.4 each.
    const s = shareWidth(1000, needs);
    expect(s.left).toBe(124);
    expect(s.right).toBe(70);
    [134.4, 152.4, 202.4, 134.4, 182.4].forEach((g, i) => expect(s.gaps[i]).toBeCloseTo(g, 9));
    expect(s.left + sum(s.gaps) + s.right).toBeCloseTo(1000, 9);
  });

  it('cuts the widest parts to one common width when the names do not all fit', () => {
    // 600 px: the least (100 + 5 × 56 + 70 = 450) fits, the wanted 608 does not. At a common cap of
    // 120 px: left min(124, 120) = 120, gaps 56, 74, min(124, 120) = 120, 56, 104, right 70: 600.
    const s = shareWidth(600, needs);
    expect(s.left).toBeCloseTo(120, 6);
    [56, 74, 120, 56, 104].forEach((g, i) => expect(s.gaps[i]).toBeCloseTo(g, 6));
    expect(s.right).toBeCloseTo(70, 6);
    expect(s.left + sum(s.gaps) + s.right).toBeCloseTo(600, 9);
  });

  it('scales the least alike below it', () => {
    // 300 px of the least 450: two thirds of each.
    const s = shareWidth(300, needs);
    expect(s.left).toBeCloseTo((MIN_LEFT * 2) / 3, 9);
    s.gaps.forEach((g) => expect(g).toBeCloseTo((MIN_GAP * 2) / 3, 9));
    expect(s.right).toBeCloseTo((MIN_RIGHT * 2) / 3, 9);
  });

  it('keeps room for a long title on both sides of its column', () => {
    // A 300 px title over the buyers: the gaps either side want 40/2 + 300/2 + 12 = 182.
    const s = shareWidth(2000, { ...needs, titles: [40, 40, 40, 40, 300, 40] });
    const wanted = [56, 74, 124, 182, 182];
    const extra = (2000 - 124 - sum(wanted) - 70) / 5;
    wanted.forEach((w, i) => expect(s.gaps[i]).toBeCloseTo(w + extra, 9));
  });

  it('places the columns by those shares, in a picture as wide as its pane between 600 and 1,200 px', () => {
    expect([tiersWidthFor(500), tiersWidthFor(625), tiersWidthFor(776.4), tiersWidthFor(1600)]).toEqual([600, 625, 776, 1200]);
    const graph = {
      nodes: [
        { id: 'i', label: 'Firm', name: 'I', tier: 'IKM', role: 'focus' },
        { id: 'a', label: 'Firm', name: 'A', tier: 'TIER1', role: 'focus' },
        { id: 'c', label: 'Country', name: 'C', role: 'focus' },
      ],
      links: [],
    } as unknown as GraphOut;
    // Names 100 px (IKM), 100 px (tier 1), 40 px (country), titles 40 px: the wants of the first
    // test but an empty tier 2 and no buyers (gaps 56, 56, 124, 56, 56; sum 124 + 348 + 70 = 542);
    // at 1,000 px the 458 px to spare go 91.6 to each gap.
    const width = { i: 100, a: 100, c: 40 } as Record<string, number>;
    const L = placeTiers(graph, new Map(), 1000, { name: (n) => width[n.id]!, title: () => 40 });
    expect(L.width).toBe(1000);
    expect(L.left).toBe(124);
    expect(L.right).toBe(70);
    const xs = ['IKM', 'TIER2', 'TIER1', 'OEM', 'BUYER', 'Country'].map((c) => L.columnX[c as keyof typeof L.columnX]);
    [124, 271.6, 419.2, 634.8, 782.4, 930].forEach((x, i) => expect(xs[i]).toBeCloseTo(x, 9));
    expect(L.byId.get('c')!.x).toBeCloseTo(930, 9);
  });
});
