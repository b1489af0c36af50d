// importBasis (issue 15, acceptance): on the seed, substitution with importBasis=national differs
// from importBasis=buyers only through the import-value term. For every strategy and every
// (component, cluster) pair, everything but the score is equal, and the score differs by exactly
//   w.importValue × (ln(1 + national) / ln(1 + max national) − ln(1 + buyers) / ln(1 + max buyers))
// computed here from the answers' own values; the national values are those of
// GET /api/analysis/imports?basis=national for the trade table's latest year. Every opportunity
// names its basis.
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_LIMIT, STRATEGY_IDS, substitution, whatIf, whatIfRequestShape, type SubstitutionOut } from '../../server/analysis/substitution/index.ts';
import { nationalImports } from '../../server/analysis/trade/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';

let store: EmbeddedStore;
beforeAll(async () => {
  store = new EmbeddedStore(await readDataset('seed/indonesia'));
});

const key = (o: SubstitutionOut['opportunities'][number]) => `${o.component.id}|${o.cluster.id}`;
const feature = (v: number, max: number) => (max > 0 ? Math.log1p(v) / Math.log1p(max) : 0);

describe('importBasis=national on the seed', () => {
  it.each(STRATEGY_IDS)('%s: only the import-value term differs', async (strategy) => {
    const buyers = await substitution(store, { strategy, limit: MAX_LIMIT, importBasis: 'buyers', lang: 'en' });
    const national = await substitution(store, { strategy, limit: MAX_LIMIT, importBasis: 'national', lang: 'en' });
    expect(national.total).toBe(buyers.total);
    expect(national.opportunities).toHaveLength(buyers.total);
    expect(national.counts).toEqual(buyers.counts);
    expect(national.weights).toEqual(buyers.weights);
    expect([buyers.importBasis, buyers.basisYear, national.importBasis, national.basisYear]).toEqual(['buyers', null, 'national', 2023]);

    // The national values are the exposure analysis's for 2023 (0 without a figure).
    const exposure = await nationalImports(store, { lang: 'en' });
    const nationalOf = new Map(exposure.components.map((c) => [c.component, c.nationalValueUsd]));
    const maxBuyers = Math.max(...buyers.opportunities.map((o) => o.importValueUsd));
    const maxNational = Math.max(...national.opportunities.map((o) => o.basisValueUsd));
    const byPair = new Map(buyers.opportunities.map((o) => [key(o), o]));
    let moved = 0;
    for (const n of national.opportunities) {
      const b = byPair.get(key(n))!;
      expect(n.importBasis).toBe('national');
      expect(b.importBasis).toBe('buyers');
      expect(b.basisValueUsd).toBe(b.importValueUsd);
      expect(n.basisValueUsd).toBe(nationalOf.get(n.component.id) ?? 0);
      // Everything but the score, the basis fields, the rank and the explanation's basis sentence.
      const strip = ({ score: _s, rank: _r, importBasis: _i, basisValueUsd: _v, basisYear: _y, explanation: _e, ...rest }: typeof n) => rest;
      expect(strip(n)).toEqual(strip(b));
      const expected = buyers.weights.importValue * (feature(n.basisValueUsd, maxNational) - feature(b.importValueUsd, maxBuyers));
      expect(Math.abs(n.score - b.score - expected)).toBeLessThanOrEqual(1e-12);
      if (n.rank !== b.rank) moved++;
      // The explanation says what national statistics put at stake.
      if (n.basisValueUsd > 0) expect(n.explanation).toContain('National statistics put the imports of');
      expect(b.explanation).not.toContain('National statistics');
    }
    // The seed's national table is not the buyers' figures scaled: the ranking does change.
    expect(moved).toBeGreaterThan(0);
  });

  it('without a trade table, says so in both languages (every national value is 0, not the buyers’)', async () => {
    const d = await readDataset('seed/indonesia');
    delete d.trade;
    const bare = new EmbeddedStore(d);
    const en = await substitution(bare, { strategy: 'balanced', limit: 5, importBasis: 'national', lang: 'en' });
    const id = await substitution(bare, { strategy: 'balanced', limit: 5, importBasis: 'national', lang: 'id' });
    expect(en.warnings.map((w) => w.code)).toEqual(['trade.no-table']);
    expect(id.warnings.map((w) => w.code)).toEqual(['trade.no-table']);
    expect(id.warnings[0]!.message).toContain('Belum ada tabel perdagangan nasional');
    expect(en.opportunities.every((o) => o.basisValueUsd === 0 && o.importBasis === 'national')).toBe(true);
    // The seed's own table covers every imported component in 2023: no warning there.
    expect((await substitution(store, { strategy: 'balanced', limit: 5, importBasis: 'national', lang: 'en' })).warnings).toEqual([]);
  });
});

describe('what-if with importBasis=national on the seed', () => {
  it('gives every value on both bases: the buyers’ figures, and the national imports the score weighed', async () => {
    // IATF 16949 for Purbalingga makes the car exhaust muffler ready there, where no cluster was
    // ready for it before (found by trying every opportunity's gaps on the seed).
    const req = (importBasis: 'buyers' | 'national') =>
      whatIf(store, { ...whatIfRequestShape.parse({ interventions: [{ target: 'cl-purbalingga', add: { certification: 'IATF 16949' } }], limit: 5, importBasis }), lang: 'en' });
    const national = await req('national');
    const buyers = await req('buyers');
    const exposure = await nationalImports(store, { lang: 'en' });
    const nationalOf = new Map(exposure.components.map((c) => [c.component, c.nationalValueUsd]));
    expect(national.importBasis).toBe('national');
    expect(national.changed.length).toBeGreaterThan(0);
    expect(national.becameReady.map((b) => b.component.id)).toContain('c-exhaust-muffler-car');
    for (const c of national.changed) expect(c.basisValueUsd).toBe(nationalOf.get(c.component.id) ?? 0);
    for (const b of national.becameReady) expect(b.basisValueUsd).toBe(nationalOf.get(b.component.id) ?? 0);
    // The buyers' figures are the same on both bases; on the buyers' basis the two values agree.
    expect(national.readyImportValueUsd).toEqual(buyers.readyImportValueUsd);
    expect(buyers.readyBasisValueUsd).toEqual(buyers.readyImportValueUsd);
    for (const c of buyers.changed) expect(c.basisValueUsd).toBe(c.importValueUsd);
    // gained is the sum over becameReady of the national figures (summed here from the exposure analysis).
    const gained = national.becameReady.reduce((s, b) => s + (nationalOf.get(b.component.id) ?? 0), 0);
    expect(national.readyBasisValueUsd.gained).toBeCloseTo(gained, 6);
    expect(national.readyBasisValueUsd.after - national.readyBasisValueUsd.before).toBeCloseTo(gained, 6);
    // The seed's national figures are not the buyers': the two sums differ.
    expect(national.readyBasisValueUsd.gained).not.toBe(national.readyImportValueUsd.gained);
  });
});
