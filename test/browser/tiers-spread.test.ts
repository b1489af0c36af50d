// The tier picture of a national overview (web/src/views/tiers/layout.ts): 416 clusters make the IKM
// column 6,656 px tall, so the other columns start at the top; a short column (the eight province
// nodes of tier 2) spreads over the first screen (900 px) with rows at most 64 px apart, instead of
// packing into 8 × 16 px. Columns that fill a screen keep the common step. Worked by hand below.
import { describe, expect, it } from 'vitest';
import type { GraphOut } from '../../server/store/shapes.ts';
import { placeTiers } from '../../web/src/views/tiers/layout.ts';

function overview(clusters: number): GraphOut {
  const nodes: Array<Record<string, unknown>> = [];
  for (let i = 0; i < clusters; i++) nodes.push({ id: `gcl-${i}`, label: 'Cluster', name: `Sentra ${i + 1}`, members: 200 - (i % 50), role: 'focus' });
  for (let p = 0; p < 8; p++) nodes.push({ id: `group:TIER2:P${p}`, label: 'Group', name: `P${p} · Tier 2`, tier: 'TIER2', province: `P${p}`, members: 400 - p, role: 'focus' });
  for (let o = 0; o < 100; o++) nodes.push({ id: `oem-${o}`, label: 'Firm', name: `OEM ${o + 1}`, tier: 'OEM', role: 'focus' });
  return { nodes, links: [] } as unknown as GraphOut;
}

describe('the tier picture of a tall overview', () => {
  it('spreads a short column over the first screen, and keeps long columns at the common step', () => {
    const layout = placeTiers(overview(416), new Map());
    const ys = (tier: string) => layout.nodes.filter((n) => n.tier === tier || (tier === 'IKM' && n.label === 'Cluster')).map((n) => n.y);
    // 416 rows: step max(16, min(24, 900 / 416)) = 16 px; rows at 40 + 16 i + 8.
    expect(ys('IKM').slice(0, 3)).toEqual([48, 64, 80]);
    // 8 province nodes: 8 × 16 = 128 < 900, so step min(64, 900 / 8 = 112.5) = 64; rows at 40 + 64 i + 32.
    expect(ys('TIER2')).toEqual([72, 136, 200, 264, 328, 392, 456, 520]);
    // 100 OEMs: 1,600 px ≥ 900, the common 16 px step.
    expect(ys('OEM').slice(0, 2)).toEqual([48, 64]);
  });

  it('centres short columns as before when the picture fits a screen', () => {
    const layout = placeTiers(overview(40), new Map());
    // 100 OEMs are the longest: step max(16, min(24, 9)) = 16, 1,600 px, so tall; with 40 clusters
    // the IKM column (640 px) spreads: step min(64, 900 / 40 = 22.5) = 22.5.
    const ikm = layout.nodes.filter((n) => n.label === 'Cluster').map((n) => n.y);
    expect(ikm[1]! - ikm[0]!).toBeCloseTo(22.5, 9);
    const small = placeTiers({ nodes: overview(0).nodes.filter((n) => n.label === 'Group'), links: [] } as unknown as GraphOut, new Map());
    // Eight rows only: step min(24, 900 / 8) = 24, not tall; centred, rows 24 px apart from 40 + 12.
    expect(small.nodes.map((n) => n.y)).toEqual([52, 76, 100, 124, 148, 172, 196, 220]);
  });
});
