// Substitution on the hand dataset (hand-dataset.ts), every expected number worked out below.
// Distances: the haversine formula on a sphere of radius 6371.0088 km, computed independently
// with Python's math module: d((-7, 110), (-6.2, 106.8)) = 364.4844893676576 km,
// d((-6, 107), (-6.2, 106.8)) = 31.361798360961437 km.
import { describe, expect, it } from 'vitest';
import { STRATEGIES, substitution, type Opportunity, type SubstitutionOut } from '../../server/analysis/substitution/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { handDataset } from './hand-dataset.ts';

const run = async (strategy: 'ready-now' | 'balanced' | 'strategic' = 'balanced'): Promise<SubstitutionOut> =>
  substitution(new EmbeddedStore(handDataset()), { strategy, limit: 100 });

const pair = (out: SubstitutionOut, component: string, cluster: string): Opportunity =>
  out.opportunities.find((o) => o.component.id === component && o.cluster.id === cluster)!;

describe('substitution worked by hand', () => {
  it('pairs each imported component with each cluster and counts the statuses', async () => {
    const out = await run();
    // Imported: c-drum and c-case (c-other and c-bush are made, not imported); 2 clusters → 4 pairs.
    expect(out.total).toBe(4);
    // (drum, a) near; (drum, b) stretch; (case, a) stretch; (case, b) near — worked out below.
    expect(out.counts).toEqual({ ready: 0, near: 2, stretch: 2 });
  });

  it('drum × A: 3 of 4 requirements, one tolerance gap, near', async () => {
    const o = pair(await run(), 'c-drum', 'cl-a');
    // Requirements: p-cast (0.05 mm), p-cnc (0.05 mm), m-fc250, ISO 9001.
    // p-cast: f-a1 CAN it with no tolerance → met. p-cnc: finest in A is f-a2's 0.08 > 0.05 → unmet,
    // and A has the process, so the gap is a tolerance gap. m-fc250: f-a1 and f-a2 work it. ISO 9001: f-a1.
    expect(o.requirements.map((r) => [r.kind, r.process ?? r.material ?? r.certification, r.met, r.metBy])).toEqual([
      ['process', 'p-cast', true, ['f-a1']],
      ['process', 'p-cnc', false, []],
      ['material', 'm-fc250', true, ['f-a1', 'f-a2']],
      ['certification', 'ISO 9001', true, ['f-a1']],
    ]);
    expect(o.coverage).toBe(0.75);
    expect(o.gaps).toEqual([{ kind: 'tolerance', lever: 'machinery-restructuring', process: 'p-cnc', toleranceMm: 0.05 }]);
    expect(o.status).toBe('near');
    // Capacity 100 + 50 = 150 t against 1,500 units × 10 kg = 15 t → ratio 10, no capacity gap.
    expect(o.capacityTonnes).toBe(150);
    expect(o.importTonnes).toBe(15);
    expect(o.capacityRatio).toBe(10);
    // φ(drum, other) = 1 firm / max(k_drum = 1, k_other = 3) = 1/3; φ(drum, bush) = 1 / max(1, 1) = 1.
    // A makes other and bush: density = (1/3 + 1) / (1/3 + 1) = 1.
    expect(o.density).toBe(1);
    expect(o.distanceKm).toBeCloseTo(364.4844893676576, 9);
    // Imports: latest year 2023 only: 20,000 (JPN) + 9,000 (CHN).
    expect(o.importValueUsd).toBe(29000);
    expect(o.origins.map((x) => x.country)).toEqual(['JPN', 'CHN']);
    expect(o.origins[0]!.share).toBeCloseTo(20 / 29, 15);
    // f-a1 meets p-cast, m-fc250, ISO (3); f-a2 only m-fc250 (1).
    expect(o.candidates.map((c) => [c.id, c.meets])).toEqual([
      ['f-a1', 3],
      ['f-a2', 1],
    ]);
    expect(o.explanation).toBe(
      'Cluster A is one gap away from replacing USD 29,000 a year of imported drum from Japan (69%) and China (31%): its members meet 3 of 4 requirements and it needs CNC machining to 0.05 mm, where its best is 0.08 mm; lever: machinery restructuring.',
    );
  });

  it('drum × B: process, material, certification and capacity gaps, stretch', async () => {
    const o = pair(await run(), 'c-drum', 'cl-b');
    // B (f-b1): no p-cast → process gap (carrying the part's 0.05 mm); p-cnc 0.01 ≤ 0.05 → met;
    // works only m-adc12 → material gap; holds IATF, not ISO 9001 → certification gap.
    // Capacity 10 t < 15 t → capacity gap of ⌈15 − 10⌉ = 5 t.
    expect(o.coverage).toBe(0.25);
    expect(o.gaps).toEqual([
      { kind: 'process', lever: 'machinery-restructuring', process: 'p-cast', toleranceMm: 0.05 },
      { kind: 'material', lever: 'material-centre', material: 'm-fc250' },
      { kind: 'certification', lever: 'quality-certification', certification: 'ISO 9001' },
      { kind: 'capacity', lever: 'investment-pooling', capacityTonnes: 5 },
    ]);
    expect(o.status).toBe('stretch');
    expect(o.capacityRatio).toBeCloseTo(10 / 15, 15);
    // B makes other (and case, φ(drum, case) = 0): density = (1/3) / (4/3) = 0.25.
    expect(o.density).toBe(0.25);
    expect(o.distanceKm).toBeCloseTo(31.361798360961437, 9);
    expect(o.explanation).toBe(
      'Cluster B is 4 gaps away from replacing USD 29,000 a year of imported drum from Japan (69%) and China (31%): its members meet 1 of 4 requirements and it needs casting to 0.05 mm, grey iron FC250, ISO 9001 certification and 5 t a year more capacity (10 t for 15 t imported); levers: machinery restructuring; a material centre; quality coaching and certification; investment or cooperative pooling.',
    );
  });

  it('case × A and case × B: a part with no tolerance', async () => {
    const out = await run();
    const a = pair(out, 'c-case', 'cl-a');
    // A casts (met), works no ADC12, holds no IATF: 1 of 3, two gaps.
    expect(a.coverage).toBeCloseTo(1 / 3, 15);
    expect(a.gaps.map((g) => g.kind)).toEqual(['material', 'certification']);
    expect(a.status).toBe('stretch');
    const b = pair(out, 'c-case', 'cl-b');
    // B works ADC12 and holds IATF but cannot cast: the process gap has no tolerance to carry.
    expect(b.gaps).toEqual([{ kind: 'process', lever: 'machinery-restructuring', process: 'p-cast' }]);
    expect(b.status).toBe('near');
    // 10 t of capacity for 1,000 × 2 kg = 2 t.
    expect(b.capacityRatio).toBe(5);
    // φ(case, other) = 1 / max(1, 3) = 1/3 is the only proximity; both clusters make other → 1.
    expect(a.density).toBe(1);
    expect(b.density).toBe(1);
  });

  it('scores with the weights of strategies.ts and ranks by score', async () => {
    for (const strategy of ['ready-now', 'balanced', 'strategic'] as const) {
      const out = await run(strategy);
      const w = STRATEGIES[strategy];
      const o = pair(out, 'c-drum', 'cl-a');
      // features: coverage 0.75, density 1, capacity min(1, 10) = 1, importValue = ln(1 + 29,000) /
      // ln(1 + 29,000) = 1 (drum is the largest import), distance 1 / (1 + 364.48… / 500).
      const expected = w.coverage * 0.75 + w.density * 1 + w.capacity * 1 + w.importValue * 1 + w.distance * (1 / (1 + 364.4844893676576 / 500));
      expect(o.score).toBeCloseTo(expected, 12);
      const scores = out.opportunities.map((x) => x.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
      expect(out.opportunities.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
    }
  });

  it('filters by cluster and component and limits', async () => {
    const store = new EmbeddedStore(handDataset());
    const byCluster = await substitution(store, { strategy: 'balanced', cluster: 'cl-b', limit: 100 });
    expect(byCluster.opportunities.map((o) => o.component.id).sort()).toEqual(['c-case', 'c-drum']);
    const byComponent = await substitution(store, { strategy: 'balanced', component: 'c-case', limit: 1 });
    expect(byComponent.total).toBe(2);
    expect(byComponent.opportunities).toHaveLength(1);
    // A known component nobody imports: no opportunity, not an error.
    const notImported = await substitution(store, { strategy: 'balanced', component: 'c-other', limit: 10 });
    expect(notImported.total).toBe(0);
  });
});
