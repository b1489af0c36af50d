// Numbers in sentences (server/i18n/format.ts): English exactly as the sentences have always
// written them, Indonesian by Indonesian convention (point for thousands, comma for decimals,
// "juta", "miliar", "75%"). The expected strings are written by hand.
import { describe, expect, it } from 'vitest';
import { count, decimal, fixed, list, percent, usd, usdShort, whole } from '../../server/i18n/index.ts';

describe('numbers in English sentences (unchanged)', () => {
  it('groups thousands with commas and keeps decimals with a point', () => {
    expect(count('en', 1234567)).toBe('1,234,567');
    expect(count('en', 999.6)).toBe('1,000');
    expect(decimal('en', 0.05)).toBe('0.05');
    expect(fixed('en', 2.46, 1)).toBe('2.5');
    expect(whole('en', 1234)).toBe('1234');
    expect(percent('en', 0.754)).toBe('75%');
  });

  it('writes money as before', () => {
    expect(usd('en', 1_640_000)).toBe('USD 1.6 million');
    expect(usd('en', 2_300_000_000)).toBe('USD 2.3 billion');
    expect(usd('en', 944_700)).toBe('USD 945,000');
    expect(usd('en', 3_500)).toBe('USD 3,500');
    expect(usdShort('en', 4_230_000)).toBe('USD 4.2 m');
    expect(usdShort('en', 360_000)).toBe('USD 360,000');
  });

  it('lists as "a, b and c"', () => {
    expect(list('en', ['a'])).toBe('a');
    expect(list('en', ['a', 'b'])).toBe('a and b');
    expect(list('en', ['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('numbers in Indonesian sentences', () => {
  it('group thousands with a point and mark decimals with a comma', () => {
    expect(count('id', 1234567)).toBe('1.234.567');
    expect(decimal('id', 1234.5)).toBe('1.234,5');
    expect(decimal('id', 0.005)).toBe('0,005');
    expect(fixed('id', 2.46, 1)).toBe('2,5');
    expect(whole('id', 1234)).toBe('1.234');
    expect(percent('id', 0.754)).toBe('75%');
  });

  it('write money with juta and miliar', () => {
    expect(usd('id', 1_640_000)).toBe('USD 1,6 juta');
    expect(usd('id', 2_300_000_000)).toBe('USD 2,3 miliar');
    expect(usd('id', 1_234_500_000_000)).toBe('USD 1.234,5 miliar');
    expect(usd('id', 944_700)).toBe('USD 945.000');
    expect(usdShort('id', 4_230_000)).toBe('USD 4,2 juta');
    expect(usdShort('id', 360_000)).toBe('USD 360.000');
  });

  it('list as "a, b, dan c" (PUEBI puts a comma before the last item of a series)', () => {
    expect(list('id', ['a', 'b'])).toBe('a dan b');
    expect(list('id', ['a', 'b', 'c'])).toBe('a, b, dan c');
  });
});
