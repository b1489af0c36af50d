// Risk on the hand dataset (test/links/hand-dataset.ts), worked out by hand.
//
// Single sources (buyer's component with one supplier and no other firm that makes it or covers it):
//   T drum (A): B also makes drums -> no.        OEM drum (T): A and B make drums -> no.
//   U bracket (C): T covers the bracket (machining steel 0.1 <= 0.1) -> no.
//   T bracket (C): T itself covers it (the buyer counts as an alternative) -> no.
//   OEM bracket (U), E bracket (OEM): C makes brackets -> no.   Y bracket (C): T covers it -> no.
//   Y hub (D): only D makes hubs; nobody holds IATF 16949 -> the one single source, USD 5,000.
//
// Failure impact, each component on its own (drum chain A -> T -> OEM; bracket C -> U -> OEM -> E,
// C -> Y, C -> T; hub D -> Y; origins, i.e. suppliers that buy none: drum A, bracket C, hub D):
//   A fails:   T loses drum (depth 1), OEM loses drum through T (depth 2); lost 50,000 + 60,000.
//   T fails:   OEM loses drum (depth 1); 60,000.
//   C fails:   U, Y, T lose brackets (1), OEM through U (2), E through OEM (3);
//              10,000 + 2,000 + 6,000 + 12,000 + 300 = 30,300.
//   U fails:   OEM loses brackets (1), E (2): C still reaches T and Y; 12,000 + 300 = 12,300.
//   D fails:   Y loses hubs; 5,000.        OEM fails: E loses brackets; 300.
// Ranked by impacted OEMs (A, T, C, U: 1; D, OEM: 0), then lost value.
import { describe, expect, it } from 'vitest';
import { risk } from '../../server/analysis/risk/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { handDataset } from '../links/hand-dataset.ts';

describe('risk on the hand dataset', () => {
  it('finds the one single-source component', async () => {
    const { singleSource } = await risk(new EmbeddedStore(handDataset()));
    expect(singleSource).toEqual([
      {
        buyer: { id: 'f-y', name: 'Buyer Y', tier: 'BUYER' },
        component: { id: 'c-hub', name: 'Hub' },
        // Its cluster named beside it (hand-dataset.ts: IKM D is in Cluster K3).
        supplier: { id: 'f-d', name: 'IKM D', tier: 'IKM', cluster: { id: 'k3', name: 'Cluster K3' } },
        unitsPerYear: 50,
        valueUsd: 5000,
        imports: { year: null, valueUsd: 0 },
      },
    ]);
  });

  it('follows each component upward and ranks firms by impacted OEMs, then lost value', async () => {
    const { failureImpact } = await risk(new EmbeddedStore(handDataset()));
    expect(failureImpact.map((f) => [f.rank, f.firm.id, f.impactedOems.map((o) => o.id), f.lostValueUsd])).toEqual([
      [1, 'f-a', ['f-oem'], 110000],
      [2, 'f-t', ['f-oem'], 60000],
      [3, 'f-c', ['f-oem'], 30300],
      [4, 'f-u', ['f-oem'], 12300],
      [5, 'f-d', [], 5000],
      [6, 'f-oem', [], 300],
    ]);
    const c = failureImpact.find((f) => f.firm.id === 'f-c')!;
    expect(c.impactedBuyers.map((b) => b.id)).toEqual(['f-e', 'f-oem', 'f-t', 'f-u', 'f-y']);
    expect(c.lost.map((l) => [l.buyer.id, l.component.id, l.depth, l.suppliers, l.valueUsd])).toEqual([
      ['f-e', 'c-bracket', 3, ['f-oem'], 300],
      ['f-oem', 'c-bracket', 2, ['f-u'], 12000],
      ['f-t', 'c-bracket', 1, ['f-c'], 6000],
      ['f-u', 'c-bracket', 1, ['f-c'], 10000],
      ['f-y', 'c-bracket', 1, ['f-c'], 2000],
    ]);
    const a = failureImpact.find((f) => f.firm.id === 'f-a')!;
    expect(a.lost.map((l) => [l.buyer.id, l.depth, l.unitsPerYear])).toEqual([
      ['f-oem', 2, 1000],
      ['f-t', 1, 1000],
    ]);
  });

  it('keeps a buyer supplied while another chain from an origin avoids the failed firm', async () => {
    // A second drum maker B starts supplying T: A's failure no longer cuts T or, through T, the OEM.
    const d = handDataset();
    d.supplies.push({ supplier: 'f-b', buyer: 'f-t', component: 'c-drum', units_per_year: 10, value_usd: 500, estimate: false });
    const { failureImpact } = await risk(new EmbeddedStore(d));
    expect(failureImpact.find((f) => f.firm.id === 'f-a')).toBeUndefined();
    // T's own failure still cuts the OEM's drums.
    expect(failureImpact.find((f) => f.firm.id === 'f-t')!.lostValueUsd).toBe(60000);
  });
});
