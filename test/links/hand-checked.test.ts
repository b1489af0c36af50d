// Missing links on the hand dataset (test/links/hand-dataset.ts), every expected value worked out
// by hand below. Undirected supply graph: A–T, T–OEM, C–U, U–OEM, C–Y, C–T, D–Y, OEM–E;
// neighbours N(A)={T} N(T)={A,OEM,C} N(OEM)={T,U,E} N(U)={C,OEM} N(C)={U,Y,T} N(Y)={C,D} N(D)={Y}
// N(E)={OEM} N(B)={}; degrees T 3, OEM 3, C 3, U 2, Y 2.
//
// Candidates (b needs/imports p, s does not supply p to b, s makes p or covers its requirements):
//   OEM drum:    A (makes), B (makes; gaps: machining 0.1 > 0.05 mm, no ISO 9001); T supplies it already;
//                C cannot cast, D cannot machine.
//   OEM bracket: C (makes), T (capable: machining steel 0.1 <= 0.1, works steel, no certification);
//                A and B do not work steel; U supplies it already.
//   OEM hub:     D (makes; gap: no IATF 16949) — imported, nobody holds IATF so nobody is capable.
//   Y drum:      A (makes, capable), B (makes, 2 gaps).   Y hub: only D makes it, and supplies it.
//   T drum:      B (A supplies it).   T bracket: C supplies it; T itself is not a candidate for itself.
//   U bracket:   T (capable).
// Nine candidates; none of the eight supply links is among them.
//
// Scores (weights.ts: 0.3 feasibility + 0.2 demand + 0.15 imports + 0.1 distance + 0.25 network;
// network = 0.3 already-supplies + 0.25 (1 − ½^shared) + 0.15 n/(n+2) + 0.1 peer Jaccard
// + 0.2 (1 − ½^other buyers of p)), recomputed independently in Python from these formulas:
//   A→Y drum   0.717791  feas 1, demand 1 (200 needed, none supplied), imports USD 3,500 (2023:
//              CHN 3000 + JPN 500; 2022 ignored), 22.2 km, network 0.15·⅓ (one path A–T–C–Y)
//              + 0.1·½ (peer C: buyers of A {T} vs of C {U,T} without Y: 1 shared / 2) + 0.2·½ (A supplies drum to T)
//   D→OEM hub  0.618636  feas 0.85 (one gap), demand 1 (only imported), USD 10,000, 222.4 km, network 0.2·½
//   B→Y drum   0.581696  feas 0.7 (two gaps), demand 1, USD 3,500, 11.1 km, no network
//   C→OEM brk  0.459839  feas 1, demand 0 (500 of 500 supplied), 111.2 km, shared T and U, supplies bracket to T, U, Y
//   A→OEM drum 0.425464  feas 1, demand 0, 111.2 km, shared T, supplies drum to T
//   T→OEM brk  0.349306  feas 0.6 (capable), 55.6 km, already supplies OEM (drum), one path T–C–U–OEM
//   T→U brk    0.322624  feas 0.6, 11.1 km, shared C and OEM
//   B→T drum   0.294890  feas 0.7, 44.5 km          B→OEM drum 0.281408  feas 0.7, 100.1 km
import { describe, expect, it } from 'vitest';
import { buildFirmGraphs, linkScores } from '../../server/analysis/network/index.ts';
import { missingLinks, type Recommendation } from '../../server/analysis/links/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { HAND_BUNDLE, handDataset } from './hand-dataset.ts';

const store = new EmbeddedStore(handDataset());
const find = (recs: Recommendation[], s: string, b: string, p: string) => recs.find((r) => r.supplier.id === s && r.buyer.id === b && r.component.id === p)!;

describe('missing links on the hand dataset', () => {
  it('finds exactly the nine candidates, ranked as worked out by hand, and never an existing link', async () => {
    const out = await missingLinks(store);
    expect(out.total).toBe(9);
    expect(out.recommendations.map((r) => `${r.supplier.id}>${r.buyer.id}:${r.component.id}`)).toEqual([
      'f-a>f-y:c-drum',
      'f-d>f-oem:c-hub',
      'f-b>f-y:c-drum',
      'f-c>f-oem:c-bracket',
      'f-a>f-oem:c-drum',
      'f-t>f-oem:c-bracket',
      'f-t>f-u:c-bracket',
      'f-b>f-t:c-drum',
      'f-b>f-oem:c-drum',
    ]);
    const expected = [0.717791, 0.618636, 0.581696, 0.459839, 0.425464, 0.349306, 0.322624, 0.29489, 0.281408];
    out.recommendations.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!, 6));
    const existing = new Set(HAND_BUNDLE.supplies.map((s) => `${s.supplier}>${s.buyer}:${s.component}`));
    for (const r of out.recommendations) expect(existing.has(`${r.supplier.id}>${r.buyer.id}:${r.component.id}`)).toBe(false);
  });

  it('spells out the facts of A → Y drum', async () => {
    const r = find((await missingLinks(store)).recommendations, 'f-a', 'f-y', 'c-drum');
    expect(r.feasibility).toBe('makes');
    expect(r.gaps).toEqual([]);
    // 0.2° of longitude on the equator: 0.2 · 6371.0088 · π / 180 = 22.239 km.
    expect(r.distanceKm).toBe(22.2);
    expect(r.imports).toEqual({
      year: 2023,
      valueUsd: 3500,
      origins: [
        { country: 'CHN', name: 'China', valueUsd: 3000 },
        { country: 'JPN', name: 'Japan', valueUsd: 500 },
      ],
    });
    expect(r.demand).toEqual({ unitsPerYear: 200, domesticUnits: 0, unmetShare: 1 });
    expect(r.evidence.sharedPartners).toEqual([]);
    expect(r.evidence.paths3).toEqual({
      count: 1,
      example: {
        path: [
          { id: 'f-a', name: 'IKM A' },
          { id: 'f-t', name: 'PT T' },
          { id: 'f-c', name: 'IKM C' },
          { id: 'f-y', name: 'Buyer Y' },
        ],
        hops: ['supplies', 'buys', 'supplies'],
      },
    });
    expect(r.evidence.peer).toEqual({ id: 'f-c', name: 'IKM C', jaccard: 0.5, shared: 1, union: 2, suppliesComponent: false });
    expect(r.evidence.suppliesElsewhere).toEqual([{ id: 'f-t', name: 'PT T' }]);
    expect(r.sentence).toBe(
      'IKM A in Cluster K1 makes drum in iron and can hold 0.05 mm; Buyer Y needs 200 a year, none supplied domestically, ' +
        'and imports it from China and Japan (USD 3,500 in 2023); IKM A supplies PT T, which buys from IKM C, which supplies Buyer Y; ' +
        'IKM A already supplies drum to PT T.',
    );
  });

  it('names the gaps of a maker that misses requirements, and the levers that close them', async () => {
    const r = find((await missingLinks(store)).recommendations, 'f-b', 'f-y', 'c-drum');
    expect(r.gaps).toEqual([
      { kind: 'tolerance', lever: 'machinery restructuring', process: 'p-mach', toleranceMm: 0.05 },
      { kind: 'certification', lever: 'quality coaching and certification', certification: 'ISO 9001' },
    ]);
    expect(r.sentence).toContain('but holds only 0.1 mm on machining (0.05 mm needed) and lacks ISO 9001');
    const hub = find((await missingLinks(store)).recommendations, 'f-d', 'f-oem', 'c-hub');
    expect(hub.gaps).toEqual([{ kind: 'certification', lever: 'quality coaching and certification', certification: 'IATF 16949' }]);
    expect(hub.demand).toEqual({ unitsPerYear: null, domesticUnits: 0, unmetShare: 1 });
  });

  it('describes shared partners with the direction of each link, and their resource allocation equals NetworkX', async () => {
    const recs = (await missingLinks(store)).recommendations;
    const tu = find(recs, 'f-t', 'f-u', 'c-bracket');
    // C supplies T and U; T supplies OEM and U supplies OEM.
    expect(tu.evidence.sharedPartners).toEqual([
      { id: 'f-c', name: 'IKM C', degree: 3, withSupplier: 'buys', withBuyer: 'supplies' },
      { id: 'f-oem', name: 'PT OEM', degree: 3, withSupplier: 'supplies', withBuyer: 'buys' },
    ]);
    expect(tu.sentence).toContain('PT T already buys from IKM C, which supplies PT U (1 more shared partner)');
    // resource allocation = 1/deg(C) + 1/deg(OEM) = 1/3 + 1/3, the value of the network module's
    // linkScores (checked there against NetworkX's resource_allocation_index).
    const { undirected } = buildFirmGraphs({ firms: HAND_BUNDLE.firms.map((f) => f.id), supplies: HAND_BUNDLE.supplies });
    const [ra] = linkScores(undirected, 'resource-allocation', [['f-t', 'f-u']]);
    expect(tu.evidence.resourceAllocation).toBeCloseTo(2 / 3, 9);
    expect(tu.evidence.resourceAllocation).toBeCloseTo(ra!.score, 9);
    const to = find(recs, 'f-t', 'f-oem', 'c-bracket');
    expect(to.feasibility).toBe('capable');
    expect(to.evidence.alreadySupplies).toEqual([{ id: 'c-drum', name: 'Drum' }]);
    expect(to.evidence.paths3.count).toBe(1);
    expect(to.sentence).toBe(
      'PT T does not make bracket yet but covers what it needs (does machining; works steel) and can hold 0.1 mm; ' +
        'PT OEM needs 500 a year, 500 supplied domestically; PT T already supplies PT OEM with drum; ' +
        'PT T buys from IKM C, which supplies PT U, which supplies PT OEM.',
    );
  });

  it('filters by buyer, supplier cluster and component, and applies the limit after ranking', async () => {
    const byBuyer = await missingLinks(store, { buyer: 'f-oem' });
    expect(byBuyer.recommendations.map((r) => r.supplier.id + ':' + r.component.id)).toEqual(['f-d:c-hub', 'f-c:c-bracket', 'f-a:c-drum', 'f-t:c-bracket', 'f-b:c-drum']);
    const byCluster = await missingLinks(store, { cluster: 'k1' });
    expect(byCluster.recommendations.every((r) => r.supplier.cluster?.id === 'k1')).toBe(true);
    expect(byCluster.total).toBe(5);
    const byComponent = await missingLinks(store, { component: 'c-bracket', limit: 1 });
    expect(byComponent.total).toBe(3);
    expect(byComponent.recommendations).toHaveLength(1);
    expect(byComponent.recommendations[0]!.supplier.id).toBe('f-c');
  });

  it('lists the clusters with no directed supply chain to an OEM', async () => {
    // K1: A -> T -> OEM; K2: C -> U -> OEM; K3: D -> Y only; K4: E is supplied by the OEM, which is no path.
    expect((await missingLinks(store)).clustersWithoutOemPath).toEqual([
      { cluster: 'k3', name: 'Cluster K3', members: 1, suppliers: 1, buyers: [{ id: 'f-y', name: 'Buyer Y', tier: 'BUYER' }] },
      { cluster: 'k4', name: 'Cluster K4', members: 1, suppliers: 0, buyers: [] },
    ]);
  });
});
