// readState (web/src/app/state.ts) without a browser: which values of an address are refused, what
// the state falls back to, and that good values survive next to bad ones.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, readState, stateToSearch, type KnownValues } from '../../web/src/app/state.ts';

const known: KnownValues = { tiers: ['OEM', 'TIER1', 'TIER2', 'IKM', 'BUYER'], clusters: new Set(['cl-ceper']), provinces: new Set(['Jawa Tengah']), components: new Set(['c-brake-drum']) };

describe('readState', () => {
  it('drops only the bad values and reports them in address order', () => {
    const { state, problems } = readState('?cluster=zzz&view=tiers&tier=KING&province=Jawa+Tengah&q=Batur', known);
    expect(problems).toEqual([
      { param: 'cluster', value: 'zzz' },
      { param: 'tier', value: 'KING' },
    ]);
    expect(state).toEqual({ ...DEFAULT_STATE, view: 'tiers', province: 'Jawa Tengah', search: 'Batur' });
    expect(stateToSearch(state)).toBe('?view=tiers&province=Jawa+Tengah&q=Batur');
  });

  it('checks the fixed lists without the catalog, and the filters only with it', () => {
    const { state, problems } = readState('?view=nope&lang=fr&measure=x&strategy=y&basis=world&missing=2&cluster=zzz');
    expect(problems.map((p) => p.param)).toEqual(['view', 'lang', 'measure', 'strategy', 'basis', 'missing']);
    expect(state.basis).toBe('buyers');
    expect(state.cluster).toBe('zzz');
    expect(readState('?cluster=zzz', known).state.cluster).toBe('');
  });

  it('accepts every good value', () => {
    // In the order stateToSearch writes them, so the round trip is exact.
    const search = '?view=map&lang=id&tier=OEM&cluster=cl-ceper&province=Jawa+Tengah&component=c-brake-drum&measure=import&sel=f-kbj&strategy=strategic&basis=national&missing=0&buyer=f-tmmin&target=cl-ceper';
    const { state, problems } = readState(search, known);
    expect(problems).toEqual([]);
    // The buyer and what-if target are firm ids, checked by their views once the firm list is in.
    expect([state.buyer, state.target]).toEqual(['f-tmmin', 'cl-ceper']);
    expect(stateToSearch(state)).toBe(search);
  });
});
