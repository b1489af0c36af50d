// The search picker's matching (web/src/app/picker/filter.ts) without a browser: words typed are
// found in names and ids regardless of case and accents, every word must be found, the options'
// order is kept, and the page is cut at `max` with the true total. Expected lists are worked out by
// hand from the six options below.
import { describe, expect, it } from 'vitest';
import { fold, matchOptions, searchKeys } from '../../web/src/app/picker/filter.ts';

const options = [
  { value: 'cl-ceper', label: 'Sentra IKM logam Céper' },
  { value: 'cl-tegal', label: 'Sentra IKM logam Tegal' },
  { value: 'f-kbj', label: 'Koperasi Batur Jaya (KBJ)' },
  { value: 'gf-0012', label: 'IKM 12' },
  { value: 'gf-0120', label: 'IKM 120' },
  { value: 'gf-0212', label: 'PT TIER1 212' },
];
const keys = searchKeys(options);
const values = (query: string, max = 10, allUpTo?: number) => {
  const m = matchOptions(options, keys, query, max, allUpTo);
  return { values: m.shown.map((o) => o.value), total: m.total };
};

describe('picker matching', () => {
  it('folds case and accents', () => {
    expect(fold('Céper ÂBÇ')).toBe('ceper abc');
  });

  it('finds a name without its accents or case, and an accented query in a plain name', () => {
    expect(values('CEPER')).toEqual({ values: ['cl-ceper'], total: 1 });
    expect(values('tégal')).toEqual({ values: ['cl-tegal'], total: 1 });
  });

  it('finds ids as well as names', () => {
    // "kbj" is in f-kbj's name and id; "gf-01" only in the id gf-0120 (gf-0012 has "gf-00").
    expect(values('kbj')).toEqual({ values: ['f-kbj'], total: 1 });
    expect(values('gf-01')).toEqual({ values: ['gf-0120'], total: 1 });
  });

  it('needs every word, in any order, and keeps the options’ order', () => {
    // "12" is in IKM 12 (name and id gf-0012), IKM 120, PT TIER1 212 and gf-0120/gf-0212; with "ikm": the two IKM firms.
    expect(values('12 ikm')).toEqual({ values: ['gf-0012', 'gf-0120'], total: 2 });
    expect(values('logam sentra')).toEqual({ values: ['cl-ceper', 'cl-tegal'], total: 2 });
    expect(values('zzz')).toEqual({ values: [], total: 0 });
  });

  it('matches everything on an empty query, cut at max unless all fit within allUpTo', () => {
    expect(values('   ', 4)).toEqual({ values: ['cl-ceper', 'cl-tegal', 'f-kbj', 'gf-0012'], total: 6 });
    expect(values('', 4, 6)).toEqual({ values: options.map((o) => o.value), total: 6 });
    expect(values('', 2, 5)).toEqual({ values: ['cl-ceper', 'cl-tegal'], total: 6 });
  });
});
