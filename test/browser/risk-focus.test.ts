// The risk panel's focus (web/src/views/risk/focus.ts) on a hand-made answer: a single source is
// kept when a firm of the focus supplies it or buys it (the seed's clusters only ever supply one),
// failure impacts keep the answer's order and ranks, and the key figures read right for one firm
// and for several, with and without an OEM cut off, in both languages; the focus is named right for
// each combination of cluster, tier and province. The expected rows and sentences are written out
// by hand below.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FailureImpact, RiskOut, SingleSource } from '../../server/analysis/risk/shapes.ts';
import { setLang } from '../../web/src/app/i18n.ts';
import '../../web/src/app/messages.ts';
import '../../web/src/views/risk/messages.ts';
import { focusFigures, focusRows, focusWords, type Focus, type FocusKeys } from '../../web/src/views/risk/focus.ts';

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
const clusterK: FocusKeys = { cluster: 'cl-k', tier: '', province: '', component: '' };
const focus = (ids: string[], keys: FocusKeys = clusterK): Focus => ({ ...focusWords(keys, 'Sentra K'), keys, members: new Set(ids), component: null });
const rowsOf = (f: Focus) => focusRows(out, f).rows;

describe('a focus on the risk panel', () => {
  it('keeps the members’ failure impacts in the answer’s order with their ranks, and the single sources a member supplies or buys', () => {
    const { rows, ranked } = focusRows(out, focus(['m1', 'm2', 'm3', 'm4']));
    expect(ranked).toBe(5);
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
    expect(focusFigures(many, rowsOf(many), 5)).toEqual([
      'Sentra K: 3 of its 4 firms would cut a buyer’s supply of a component if they stopped; 1 of them cuts off at least one OEM.',
      'Largest impact among the members of Sentra K: Firm m1, number 2 of 5 in the ranking of all firms — 2 OEMs and 2 buyers lose supply worth USD 5 m a year.',
      // t1 ← m1 (USD 1 m) and m3 ← m1 (USD 0.5 m) come from members; m2 and m3 buy from a single supplier (USD 2.5 m + 0.5 m).
      '2 single-source supplies come from the members of Sentra K (the buyer has no other capable firm), worth USD 1.5 m a year. In 2 supplies worth USD 3 m a year, the members of Sentra K themselves depend on a single supplier.',
    ]);
    const one = focus(['m2', 'z']);
    expect(focusFigures(one, rowsOf(one), 5)).toEqual([
      'Sentra K: 1 of its 2 firms would cut a buyer’s supply of a component if it stopped; it cuts off no OEM.',
      'Largest impact among the members of Sentra K: Firm m2, number 4 of 5 in the ranking of all firms — 2 buyers lose supply worth USD 2 m a year.',
      'No buyer gets a component only from the members of Sentra K. In 1 supply worth USD 2.5 m a year, the members of Sentra K themselves depend on a single supplier.',
    ]);
    const none = focus(['z']);
    expect(focusFigures(none, rowsOf(none), 5)).toEqual([
      'Sentra K (1 firm): no firm of the focus is the only path of a component to a buyer; if it stopped, every buyer would still be supplied through other firms.',
      'No buyer gets a component only from the members of Sentra K. None of the members of Sentra K buys a component from a single supplier.',
    ]);
    expect(focusFigures(focus([]), rowsOf(focus([])), 5)).toEqual(['Sentra K: no firm of this dataset is in this focus.']);
  });

  it('says them in Bahasa Indonesia', () => {
    setLang('id');
    const one = focus(['m1']);
    expect(focusFigures(one, rowsOf(one), 5)).toEqual([
      'Sentra K: 1 dari 1 perusahaannya akan memutus pasokan komponen ke suatu pembeli bila berhenti berproduksi; perusahaan itu memutus pasokan ke setidaknya satu OEM.',
      'Dampak terbesar di antara anggota Sentra K: Firm m1, urutan ke-2 dari 5 dalam peringkat seluruh perusahaan — 2 OEM dan 2 pembeli kehilangan pasokan senilai USD 5 juta per tahun.',
      '2 pasokan dari pemasok tunggal berasal dari anggota Sentra K (pembeli tidak memiliki perusahaan lain yang mampu), senilai USD 1,5 juta per tahun. Tidak satu pun dari anggota Sentra K membeli komponen dari pemasok tunggal.',
    ]);
  });

  it('names each combination of cluster, tier and province, in both languages', () => {
    const words = (cluster: string, tier: string, province: string) => {
      const { name, firmsName, firms } = focusWords({ cluster, tier, province, component: '' }, cluster ? 'Sentra K' : '');
      // Without a component the label of the firm filters is the whole label.
      expect(firmsName).toBe(name);
      return { name, firms };
    };
    expect(words('cl-k', '', '')).toEqual({ name: 'Sentra K', firms: 'the members of Sentra K' });
    expect(words('', 'TIER1', '')).toEqual({ name: 'Tier 1', firms: 'the tier-1 suppliers' });
    expect(words('', '', 'Jawa Tengah')).toEqual({ name: 'Jawa Tengah', firms: 'the firms in Jawa Tengah' });
    expect(words('', 'BUYER', 'Jawa Barat')).toEqual({ name: 'Other large buyer · Jawa Barat', firms: 'the other large buyers in Jawa Barat' });
    expect(words('cl-k', 'IKM', '')).toEqual({ name: 'Sentra K · IKM', firms: 'the IKM firms of Sentra K' });
    expect(words('cl-k', '', 'Jawa Tengah')).toEqual({ name: 'Sentra K · Jawa Tengah', firms: 'the members of Sentra K in Jawa Tengah' });
    expect(words('cl-k', 'IKM', 'Jawa Tengah')).toEqual({ name: 'Sentra K · IKM · Jawa Tengah', firms: 'the IKM firms of Sentra K in Jawa Tengah' });
    setLang('id');
    expect(words('', 'TIER2', 'Jawa Timur')).toEqual({ name: 'Tier 2 · Jawa Timur', firms: 'pemasok tier 2 di Jawa Timur' });
    expect(words('', '', 'Jawa Tengah')).toEqual({ name: 'Jawa Tengah', firms: 'perusahaan di Jawa Tengah' });
    expect(words('cl-k', 'IKM', 'Jawa Tengah')).toEqual({ name: 'Sentra K · IKM · Jawa Tengah', firms: 'IKM anggota Sentra K di Jawa Tengah' });
  });

  it('says the figures of a province and a tier the same way, in Bahasa Indonesia', () => {
    setLang('id');
    const keys: FocusKeys = { cluster: '', tier: 'IKM', province: 'Jawa Tengah', component: '' };
    const pt = focus(['m2', 'm3'], keys);
    expect(focusFigures(pt, rowsOf(pt), 5)).toEqual([
      'IKM · Jawa Tengah: 2 dari 2 perusahaannya akan memutus pasokan komponen ke suatu pembeli bila berhenti berproduksi; tidak satu pun di antaranya memutus pasokan ke OEM.',
      'Dampak terbesar di antara IKM di Jawa Tengah: Firm m2, urutan ke-4 dari 5 dalam peringkat seluruh perusahaan — 2 pembeli kehilangan pasokan senilai USD 2 juta per tahun.',
      // m2 ← x (USD 2.5 m) and m3 ← m1 (USD 0.5 m): both buy from a single supplier; neither supplies one.
      'Tidak ada pembeli yang memperoleh komponen hanya dari IKM di Jawa Tengah. Dalam 2 pasokan senilai USD 3 juta per tahun, IKM di Jawa Tengah sendiri bergantung pada pemasok tunggal.',
    ]);
  });
});
