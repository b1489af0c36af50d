// The search picker's matching (web/src/app/picker/filter.ts) without a browser: words typed are
// found in names and ids regardless of case and accents, every word must be found, names that
// start with the query come first, then names holding its words, then options found only through
// their id, each group (clusters, firms) kept before the next; the page is cut at `max` with the
// true total. Expected lists are worked out by hand from the options below.
import { describe, expect, it } from 'vitest';
import { byName, fold, matchOptions, searchKeys } from '../../web/src/app/picker/filter.ts';

const options = [
  { value: 'cl-ceper', label: 'Sentra IKM logam Céper', group: 0 },
  { value: 'cl-tegal', label: 'Sentra IKM logam Tegal', group: 0 },
  { value: 'f-kbj', label: 'Koperasi Batur Jaya (KBJ)', group: 1 },
  { value: 'gf-0777', label: 'IKM 10777', group: 1 },
  { value: 'gf-0012', label: 'IKM 12', group: 1 },
  { value: 'gf-0120', label: 'IKM 120', group: 1 },
  { value: 'gf-0212', label: 'PT TIER1 212', group: 1 },
  { value: 'gf-0778', label: 'IKM 777', group: 1 },
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

  it('puts names starting with the query first, then names holding its words, then id-only matches', () => {
    // "ikm 777": IKM 777 starts with it; IKM 10777 holds both words; gf-0777/gf-0778 add nothing else.
    expect(values('ikm 777')).toEqual({ values: ['gf-0778', 'gf-0777'], total: 2 });
    // "777": IKM 777 holds it (not at the start), IKM 10777 too, both in the options' order; no id-only match.
    expect(values('777')).toEqual({ values: ['gf-0777', 'gf-0778'], total: 2 });
    // "12 ikm": IKM 12 and IKM 120 by name (no name starts with "12 ikm"); Sentra IKM … have no 12; PT TIER1 212 has no ikm.
    expect(values('12 ikm')).toEqual({ values: ['gf-0012', 'gf-0120'], total: 2 });
    // "0777": no name has it; only the id gf-0777.
    expect(values('0777')).toEqual({ values: ['gf-0777'], total: 1 });
    // "ikm": clusters (group 0) before firms, although firm names start with it and cluster names only hold it.
    expect(values('ikm').values).toEqual(['cl-ceper', 'cl-tegal', 'gf-0777', 'gf-0012', 'gf-0120', 'gf-0778']);
    expect(values('zzz')).toEqual({ values: [], total: 0 });
  });

  it('matches everything on an empty query, cut at max unless all fit within allUpTo', () => {
    expect(values('   ', 4)).toEqual({ values: ['cl-ceper', 'cl-tegal', 'f-kbj', 'gf-0777'], total: 8 });
    expect(values('', 4, 8)).toEqual({ values: options.map((o) => o.value), total: 8 });
    expect(values('', 2, 7)).toEqual({ values: ['cl-ceper', 'cl-tegal'], total: 8 });
  });

  it('sorts names naturally', () => {
    expect(['Sentra 10', 'sentra 2', 'Sentra 1'].sort(byName)).toEqual(['Sentra 1', 'sentra 2', 'Sentra 10']);
  });
});
