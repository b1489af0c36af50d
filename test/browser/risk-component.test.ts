// The risk panel's component focus (web/src/views/risk/focus.ts, componentRows): a firm's failure
// impact on one component is its `lost` rows for that component, ranked again by the analysis' rule.
// Checked two ways: on a hand-made answer whose new ranking is worked out below, and on the seed
// against the analysis itself run on that component's supplies alone (the analysis follows each
// component on its own, so narrowing the answer and narrowing the data must agree, for every
// component of the seed). Then the key figures and captions' words, in both languages.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { risk, type FailureImpact, type RiskOut } from '../../server/analysis/risk/index.ts';
import { readDataset, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { setLang } from '../../web/src/app/i18n.ts';
import '../../web/src/app/messages.ts';
import '../../web/src/views/risk/messages.ts';
import { componentRows, focusFigures, focusRows, focusWords, type Focus, type FocusKeys } from '../../web/src/views/risk/focus.ts';

beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en' } };
});
afterEach(() => setLang('en'));

type Tier = 'OEM' | 'TIER1' | 'TIER2' | 'IKM' | 'BUYER';
const firm = (id: string, tier: Tier = 'IKM') => ({ id, name: `Firm ${id}`, tier });
const lost = (buyer: string, tier: Tier, component: string, valueUsd: number) => ({
  buyer: firm(buyer, tier),
  component: { id: component, name: component === 'drum' ? 'Brake drum' : 'Flywheel' },
  depth: 1,
  suppliers: [],
  unitsPerYear: 10,
  valueUsd,
});
/** A failure impact as the server writes it: buyers sorted by id, OEMs among them, value summed. */
const impact = (rank: number, id: string, rows: ReturnType<typeof lost>[]): FailureImpact => {
  const buyers = [...new Map(rows.map((l) => [l.buyer.id, l.buyer])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    rank,
    firm: firm(id),
    impactedOems: buyers.filter((b) => b.tier === 'OEM').map(({ id: oid, name }) => ({ id: oid, name })),
    impactedBuyers: buyers,
    lostValueUsd: rows.reduce((s, l) => s + l.valueUsd, 0),
    lost: rows,
  };
};

// The whole answer, ranked by OEMs, then value: x (2 OEMs, 9 m), y (1 OEM, 12 m), z (1 OEM, 5 m), w (0, 20 m).
const out: Pick<RiskOut, 'failureImpact' | 'singleSource'> = {
  failureImpact: [
    impact(1, 'x', [lost('o1', 'OEM', 'fly', 6e6), lost('o2', 'OEM', 'drum', 1e6), lost('t1', 'TIER1', 'drum', 2e6)]),
    impact(2, 'y', [lost('o1', 'OEM', 'drum', 12e6)]),
    impact(3, 'z', [lost('o2', 'OEM', 'fly', 5e6)]),
    impact(4, 'w', [lost('t1', 'TIER1', 'drum', 15e6), lost('t2', 'TIER1', 'fly', 5e6)]),
  ],
  singleSource: [
    { buyer: firm('o1', 'OEM'), component: { id: 'drum', name: 'Brake drum' }, supplier: firm('y'), unitsPerYear: 5, valueUsd: 12e6, imports: { year: null, valueUsd: 0 } },
    { buyer: firm('o2', 'OEM'), component: { id: 'fly', name: 'Flywheel' }, supplier: firm('z'), unitsPerYear: 5, valueUsd: 5e6, imports: { year: null, valueUsd: 0 } },
  ],
};

describe('a component focus on the risk panel', () => {
  it('keeps each firm’s losses of the component and ranks the firms again (worked by hand)', () => {
    const drum = componentRows(out, 'drum');
    // On drums: y cuts o1 off (1 OEM, 12 m); x cuts o2 and t1 off (1 OEM, 1 m + 2 m = 3 m); w cuts t1 off (0 OEMs, 15 m); z loses no drum.
    // Ranked by OEMs, then value: y (1, 12 m), x (1, 3 m), w (0, 15 m): x falls from first to second.
    expect(drum.failureImpact.map((f) => [f.rank, f.firm.id, f.impactedOems.map((o) => o.id), f.impactedBuyers.map((b) => b.id), f.lostValueUsd])).toEqual([
      [1, 'y', ['o1'], ['o1'], 12e6],
      [2, 'x', ['o2'], ['o2', 't1'], 3e6],
      [3, 'w', [], ['t1'], 15e6],
    ]);
    expect(drum.failureImpact.every((f) => f.lost.every((l) => l.component.id === 'drum'))).toBe(true);
    expect(drum.singleSource.map((s) => s.component.id)).toEqual(['drum']);
    // With firm filters on top, each member keeps its rank among the 3 firms ranked on drums.
    const { rows, ranked } = focusRows(out, { members: new Set(['x', 'w', 'z']), component: { id: 'drum', name: 'Brake drum' } });
    expect(ranked).toBe(3);
    expect(rows.failureImpact.map((f) => [f.rank, f.firm.id])).toEqual([
      [2, 'x'],
      [3, 'w'],
    ]);
    expect(rows.singleSource).toEqual([]);
  });

  it('equals the analysis run on each seed component’s supplies alone', async () => {
    const seed = await readDataset('seed/indonesia');
    const whole = await risk(new EmbeddedStore(seed));
    const components = [...new Set(seed.supplies.map((s) => s.component))].sort();
    expect(components.length).toBeGreaterThan(30);
    let compared = 0;
    for (const c of components) {
      const alone: Dataset = { ...seed, supplies: seed.supplies.filter((s) => s.component === c) };
      const direct = await risk(new EmbeddedStore(alone));
      const narrowed = componentRows(whole, c);
      expect(narrowed.failureImpact, c).toEqual(direct.failureImpact);
      expect(narrowed.singleSource, c).toEqual(direct.singleSource.filter((s) => s.component.id === c));
      compared += direct.failureImpact.length;
    }
    // Not a comparison of empty lists: the seed's components have failure impacts to compare.
    expect(compared).toBeGreaterThan(20);
  });

  const drumKeys: FocusKeys = { cluster: '', tier: '', province: '', component: 'drum' };
  const drumOnly = (): Focus => ({ ...focusWords(drumKeys, '', 'Brake drum'), keys: drumKeys, members: null, component: { id: 'drum', name: 'Brake drum' } });
  const kKeys: FocusKeys = { cluster: 'cl-k', tier: '', province: '', component: 'drum' };
  const kDrum = (ids: string[]): Focus => ({ ...focusWords(kKeys, 'Sentra K', 'Brake drum'), keys: kKeys, members: new Set(ids), component: { id: 'drum', name: 'Brake drum' } });

  it('names the focus with its component, and the firms without it', () => {
    expect(focusWords(drumKeys, '', 'Brake drum')).toEqual({ name: 'Brake drum', firmsName: '', firms: 'the firms' });
    expect(focusWords(kKeys, 'Sentra K', 'Brake drum')).toEqual({ name: 'Sentra K · Brake drum', firmsName: 'Sentra K', firms: 'the members of Sentra K' });
  });

  it('says the component’s figures in English and in Bahasa Indonesia', () => {
    const f = drumOnly();
    const { rows, ranked } = focusRows(out, f);
    const en = [
      '1 single-source supply of Brake drum (a buyer with one supplier of it and no other capable firm), worth USD 12 m a year.',
      '3 firms whose failure cuts some buyer off Brake drum; 2 of them cut off at least one OEM.',
      'Largest impact on Brake drum: Firm y — 1 OEM and 1 buyer lose supply worth USD 12 m a year.',
    ];
    expect(focusFigures(f, rows, ranked)).toEqual(en);
    setLang('id');
    expect(focusFigures(f, rows, ranked)).toEqual([
      '1 pasokan Brake drum dari pemasok tunggal (pembeli dengan satu pemasok komponen itu dan tanpa perusahaan lain yang mampu), senilai USD 12 juta per tahun.',
      '3 perusahaan yang bila berhenti berproduksi memutus pasokan Brake drum ke suatu pembeli; 2 di antaranya memutus setidaknya satu OEM.',
      'Dampak terbesar pada Brake drum: Firm y — 1 OEM dan 1 pembeli kehilangan pasokan senilai USD 12 juta per tahun.',
    ]);
    setLang('en');
    const none = componentRows(out, 'nothing');
    expect(focusFigures(f, none, 0)).toEqual(['No buyer depends on a single supplier for Brake drum.', 'No firm’s failure cuts any buyer off Brake drum: every buyer of it would still be supplied through other firms.']);
  });

  it('says a cluster’s figures on the component, with the rank among the component’s firms', () => {
    const f = kDrum(['x', 'w', 'q']);
    const { rows, ranked } = focusRows(out, f);
    expect(focusFigures(f, rows, ranked)).toEqual([
      'Sentra K: 2 of its 3 firms would cut a buyer’s supply of Brake drum if they stopped; 1 of them cuts off at least one OEM.',
      'Largest impact among the members of Sentra K: Firm x, number 2 of 3 in the ranking of the firms whose failure cuts a buyer off Brake drum — 1 OEM and 2 buyers lose supply worth USD 3 m a year.',
      'No buyer gets Brake drum only from the members of Sentra K. None of the members of Sentra K buys Brake drum from a single supplier.',
    ]);
    setLang('id');
    const y = kDrum(['y']);
    const yRows = focusRows(out, y);
    expect(focusFigures(y, yRows.rows, yRows.ranked)).toEqual([
      'Sentra K: 1 dari 1 perusahaannya akan memutus pasokan Brake drum ke suatu pembeli bila berhenti berproduksi; perusahaan itu memutus pasokan ke setidaknya satu OEM.',
      'Dampak terbesar di antara anggota Sentra K: Firm y, urutan ke-1 dari 3 dalam peringkat perusahaan yang bila berhenti berproduksi memutus pasokan Brake drum — 1 OEM dan 1 pembeli kehilangan pasokan senilai USD 12 juta per tahun.',
      '1 pasokan Brake drum dari pemasok tunggal berasal dari anggota Sentra K (pembeli tidak memiliki perusahaan lain yang mampu), senilai USD 12 juta per tahun. Tidak satu pun dari anggota Sentra K membeli Brake drum dari pemasok tunggal.',
    ]);
  });
});
