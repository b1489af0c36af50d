// What a console answer costs (server/console/size.ts): each value at least 16 characters, so that
// short values cannot pile up past what the server's one thread can take back and write out. A
// helper's answer of 100,000 rows of 70 empty lists (round 50) counted 14 million characters at 2 a
// list, within the 16-million budget, and held every route for 8 s. Counts worked by hand.
import { describe, expect, it } from 'vitest';
import { VALUE_FLOOR_CHARS, valueChars } from '../../server/console/size.ts';
import { CONSOLE_LIMITS } from '../../server/console/shapes.ts';

describe('valueChars', () => {
  it('counts each value at least 16 characters, a text by its length and quotes, a key by its length and three', () => {
    expect(VALUE_FLOOR_CHARS).toBe(16);
    expect(valueChars([])).toBe(16);
    expect(valueChars([[], []])).toBe(48);
    expect(valueChars([1, true, null])).toBe(64);
    // A short text costs the floor; a long one its length and two quotes.
    expect(valueChars('ab')).toBe(16);
    expect(valueChars('a'.repeat(100))).toBe(102);
    // {a: 'x'}: the map 16, its key 1 + 3, its value 16.
    expect(valueChars({ a: 'x' })).toBe(36);
  });

  it('puts the helper’s 7 million empty lists far past the budget, at about a million values', () => {
    // One row: [[], …70] is 16 + 70 × 16 = 1,136; 100,000 rows are 113.6 million.
    const row = Array.from({ length: 70 }, () => []);
    expect(valueChars(row)).toBe(1136);
    expect(100_000 * valueChars(row)).toBeGreaterThan(7 * CONSOLE_LIMITS.maxAnswerChars);
    expect(Math.floor(CONSOLE_LIMITS.maxAnswerChars / VALUE_FLOOR_CHARS)).toBe(1_000_000);
    // Counting stops early once past the bound.
    expect(valueChars(Array.from({ length: 1000 }, () => []), 100)).toBeLessThan(200);
  });
});
