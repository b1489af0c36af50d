// The answer cache's bounds: entries, bytes (an answer over a quarter of the budget is not kept),
// least recently used first out.
import { describe, expect, it } from 'vitest';
import { LruCache } from '../../server/work/index.ts';

describe('LruCache', () => {
  it('keeps at most maxEntries, evicting the least recently used', () => {
    const cache = new LruCache<string>(2, 1000);
    cache.set('a', 'A', 1);
    cache.set('b', 'B', 1);
    expect(cache.get('a')).toBe('A'); // a is now the most recent
    cache.set('c', 'C', 1);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
    expect(cache.count).toBe(2);
  });

  it('keeps at most maxBytes, and never an entry over a quarter of them', () => {
    const cache = new LruCache<string>(100, 100);
    expect(cache.set('huge', 'x', 26)).toBe(false);
    expect(cache.get('huge')).toBeUndefined();
    for (const k of ['a', 'b', 'c', 'd']) cache.set(k, k, 25);
    expect(cache.bytes).toBe(100);
    cache.set('e', 'e', 10);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.bytes).toBe(85);
    cache.set('b', 'b2', 5);
    expect(cache.bytes).toBe(65);
    expect(cache.get('b')).toBe('b2');
  });

  it('keeps nothing with 0 entries allowed', () => {
    const cache = new LruCache<string>(0, 100);
    expect(cache.set('a', 'A', 1)).toBe(false);
    expect(cache.count).toBe(0);
  });
});
