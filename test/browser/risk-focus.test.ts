// The risk panel's focus on a cluster (web/src/views/risk/focus.ts) on a hand-made answer: a
// single source is kept when a member supplies it or buys it (the seed's clusters only ever supply
// one), failure impacts keep the answer's order and ranks, and the key figures read right for one
// member and for several, with and without an OEM cut off, in both languages. The expected rows
// and sentences are written out by hand below.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FailureImpact, RiskOut, SingleSource } from '../../server/analysis/risk/shapes.ts';
import { setLang } from '../../web/src/app/i18n.ts';
import '../../web/src/views/risk/messages.ts';
import { focusFigures, focusRows, type Focus } from '../../web/src/views/risk/focus.ts';

beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en' } };
});
afterEach(() => setLang('en'));

const firm = (id: string, tier: 'OEM' | 'TIER1' | 'TIER2' | 'IKM' | 'BUYER' = 'IKM') => ({ id, name: `Firm ${id}`, tier });
const impact = (rank: number, id: string, oems: number, lostValueUsd: number): FailureImpact => ({
  rank,
  firm: firm(id),
  impactedOems: Array.from({ length: oems }, (_, i) => ({ id: `oem${i}`, name: `OEM ${i}` })),
  impactedBuyers: [firm('b1', 'TIER1'), firm('b2', 'TIER2')],
  lostValueUsd,
  lost: [],
});
const single = (buyer: string, supplier: string, valueUsd: number): SingleSource => ({
  buyer: firm(buyer),
  component: { id: `c-${buyer}-${supplier}`, name: 'Brake drum' },
  supplier: firm(supplier),
  unitsPerYear: 100,
  valueUsd,
  imports: { year: null, valueUsd: 0 },
});
const answer = (failureImpact: FailureImpact[], singleSource: SingleSource[]): RiskOut => ({ failureImpact, singleSource, summary: [], lang: 'en', labels: { tiers: {} } }) as unknown as RiskOut;

const out = answer(
  [impact(1, 'x', 3, 9e6), impact(2, 'm1', 2, 5e6), impact(3, 'y', 1, 4e6), impact(4, 'm2', 0, 2e6), impact(5, 'm3', 0, 1e6)],
  [single('t1', 'm1', 1e6), single('m2', 'x', 2.5e6), single('t2', 'y', 7e6), single('m3', 'm1', 5e5)],
);
const focus = (ids: string[]): Focus => ({ id: 'cl-k', name: 'Sentra K', members: new Set(ids) });

describe('a cluster in focus on the risk panel', () => {
  it('keeps the members’ failure impacts in the answer’s order with their ranks, and the single sources a member supplies or buys', () => {
    const rows = focusRows(out, new Set(['m1', 'm2', 'm3', 'm4']));
    expect(rows.failureImpact.map((f) => [f.rank, f.firm.id])).toEqual([
      [2, 'm1'],
      [4, 'm2'],
      [5, 'm3'],
    ]);
    // t1 ← m1 (a member supplies), m2 ← x (a member buys), m3 ← m1 (both); not t2 ← y.
    expect(rows.singleSource.map((s) => `${s.buyer.id}←${s.supplier.id}`)).toEqual(['t1←m1', 'm2←x', 'm3←m1']);
  });

  it('says the figures of several members, one member, and none, in English', () => {
    const many = focus(['m1', 'm2', 'm3', 'm4']);
    expect(focusFigures(many, focusRows(out, many.members), 5)).toEqual([
      'Sentra K: 3 of its 4 member firms would cut a buyer’s supply of a component if they stopped; 1 of them cuts off at least one OEM.',
      'Largest impact among its members: Firm m1, number 2 of 5 in the ranking of all firms — 2 OEMs and 2 buyers lose supply worth USD 5 m a year.',
      // t1 ← m1 (USD 1 m) and m3 ← m1 (USD 0.5 m) come from members; m2 and m3 buy from a single supplier (USD 2.5 m + 0.5 m).
      '2 single-source supplies come from members of Sentra K (the buyer has no other capable firm), worth USD 1.5 m a year. Members themselves depend on a single supplier in 2 supplies, worth USD 3 m a year.',
    ]);
    const one = focus(['m2', 'z']);
    expect(focusFigures(one, focusRows(out, one.members), 5)).toEqual([
      'Sentra K: 1 of its 2 member firms would cut a buyer’s supply of a component if it stopped; it cuts off no OEM.',
      'Largest impact among its members: Firm m2, number 4 of 5 in the ranking of all firms — 2 buyers lose supply worth USD 2 m a year.',
      'No buyer gets a component only from a member of Sentra K. Members themselves depend on a single supplier in 1 supply, worth USD 2.5 m a year.',
    ]);
    const none = focus(['z']);
    expect(focusFigures(none, focusRows(out, none.members), 5)).toEqual([
      'Sentra K (1 member firm): no member is the only path of a component to a buyer; if any one of them stopped, every buyer would still get its components through other firms.',
      'No buyer gets a component only from a member of Sentra K. No member buys a component from a single supplier.',
    ]);
    expect(focusFigures(focus([]), focusRows(out, new Set()), 5)).toEqual(['Sentra K has no member firms in this dataset.']);
  });

  it('says them in Bahasa Indonesia', () => {
    setLang('id');
    const one = focus(['m1']);
    expect(focusFigures(one, focusRows(out, one.members), 5)).toEqual([
      'Sentra K: 1 dari 1 perusahaan anggotanya akan memutus pasokan komponen ke suatu pembeli bila berhenti berproduksi; perusahaan itu memutus pasokan ke setidaknya satu OEM.',
      'Dampak terbesar di antara anggotanya: Firm m1, urutan ke-2 dari 5 dalam peringkat seluruh perusahaan — 2 OEM dan 2 pembeli kehilangan pasokan senilai USD 5 juta per tahun.',
      '2 pasokan dari pemasok tunggal berasal dari anggota Sentra K (pembeli tidak memiliki perusahaan lain yang mampu), senilai USD 1,5 juta per tahun. Tidak ada anggota yang membeli komponen dari pemasok tunggal.',
    ]);
  });
});
