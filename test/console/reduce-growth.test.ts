// A reduce() whose step uses its accumulator more than once grows a text or list by a factor at each
// value: Neo4j evaluates it as one expression, past its time limit and the console's memory watch.
// A helper's `reduce(s = 'x', i IN l | s + s)` over a collected list of 64 values filled Neo4j's heap
// (OutOfMemoryError) and held both cores past the 408. Sizes below are worked by hand:
// 'aaaaaaaaaaaaaaaa' is 18 characters with its quotes; doubled 8 times 18 × 2^8 = 4,608 characters;
// 'a' (3 characters) doubled 22 times is 12.6 M ≤ 16 M, 23 times 25.2 M > 16 M.
import { describe, expect, it } from 'vitest';
import { checkConsoleQuery } from '../../server/console/index.ts';
import { consoleRefusal } from '../helpers/console-refusal.ts';

describe('reduce() that grows its accumulator by a factor at every step', () => {
  it.each([
    ['doubling over a collected list', "MATCH (f:Firm) WITH collect(f) AS l RETURN size(reduce(s = 'x', i IN l | s + s)) AS n", 1, 78],
    ['doubling over a list parameter too long to bound', "RETURN size(reduce(s = 'x', i IN $l | s + s)) AS n", 1, 43],
    ['doubling 23 times from a one-letter text (25 M characters)', "RETURN size(reduce(s = 'a', i IN range(1, 23) | s + s)) AS n", 1, 53],
    ['tripling with the accumulator in a function', "RETURN size(reduce(s = 'a', i IN range(1, 100) | s + toUpper(s) + s)) AS n", 1, 62],
    ['doubling in one branch of a CASE', "RETURN size(reduce(s = 'a', i IN range(1, 64) | CASE WHEN i > 0 THEN s + s ELSE s END)) AS n", 1, 74],
    ['doubling a list', 'RETURN size(reduce(a = [1], i IN range(1, 64) | a + a)) AS n', 1, 53],
    ['an initial value the console cannot measure', "MATCH (f:Firm) RETURN size(reduce(s = f.name, i IN [1, 2, 3] | s + s)) AS n LIMIT 1", 1, 68],
    ['a backtick-quoted accumulator', 'RETURN size(reduce(`s` = [1], i IN range(1, 64) | `s` + s)) AS n', 1, 57],
    ['a slice of the accumulator added to it', 'RETURN size(reduce(a = [1, 2], i IN range(1, 64) | a + a[1..])) AS n', 1, 56],
  ])('refuses %s, at the second use', (_name, query, line, column) => {
    const params = { l: Array.from({ length: 40 }, (_, i) => i) };
    const error = consoleRefusal(query, params);
    expect(error.code).toBe('query_refused');
    expect(error.details).toEqual({ line, column, maxChars: 16_000_000 });
    expect(error.message).toMatch(/^reduce\(\) uses its accumulator .+ times in one step \(line \d+, column \d+\)/);
  });

  it.each([
    ['doubling 8 times (4,608 characters; a test of the answer budget uses it)', "UNWIND range(1, 20) AS i RETURN i, reduce(s = 'aaaaaaaaaaaaaaaa', x IN [1, 1, 1, 1, 1, 1, 1, 1] | s + s) AS s", {}],
    ['doubling 22 times from one letter (12.6 M characters)', "RETURN size(reduce(s = 'a', i IN range(1, 22) | s + s)) AS n", {}],
    ['doubling over a short list parameter', "RETURN size(reduce(s = 'a', i IN $l | s + s)) AS n", { l: [1, 2, 3] }],
    ['appending, the usual way', 'MATCH (f:Firm) WITH collect(f.name) AS names RETURN reduce(s = \'\', n IN names | s + n + \', \') AS all', {}],
    ['a separator chosen by looking at the accumulator', "MATCH (f:Firm) WITH collect(f.name) AS l RETURN reduce(s = '', n IN l | s + CASE WHEN s = '' THEN '' ELSE ', ' END + n) AS t", {}],
    ['a list without repeats (the accumulator in a test and in two branches)', 'MATCH (f:Firm) WITH collect(f.tier) AS l RETURN reduce(acc = [], t IN l | CASE WHEN t IN acc THEN acc ELSE acc + [t] END) AS tiers', {}],
    ['a membership test beside the accumulator', 'MATCH (f:Firm) WITH collect(f.tier) AS l RETURN reduce(acc = [], t IN l | acc + CASE WHEN t IN acc THEN [] ELSE [t] END) AS tiers', {}],
    ['its size and an element beside it', 'MATCH (f:Firm) WITH collect(f.id) AS l RETURN reduce(acc = [], x IN l | acc + [x + toString(size(acc))] + [acc[0]]) AS ids', {}],
    ['a number, which cannot grow in memory', 'MATCH (f:Firm) WITH collect(f.employees) AS l RETURN reduce(v = 100.0, r IN l | v + v * r) AS v', {}],
    ['the largest of a property', 'MATCH (f:Firm) WITH collect(f) AS l RETURN reduce(best = null, f IN l | CASE WHEN best IS NULL OR f.employees > best.employees THEN f ELSE best END) AS best', {}],
  ])('lets through %s', (_name, query, params) => {
    expect(() => checkConsoleQuery(query, params)).not.toThrow();
  });

  // replace() with an empty search puts its replacement before every character: replace(s, '', 'ab')
  // makes n characters 3n + 2 (a helper's reduce over 19 collected ids used s once a step and filled
  // Neo4j's heap). A literal replacement of r characters is counted r + 1-fold (here 3).
  it.each([
    ["a helper's replace over collected ids", "MATCH (c:Cluster) WITH collect(c.id) AS l RETURN size(reduce(s = 'ab', i IN l | replace(s, '', 'ab'))) AS n", 1, 81],
    // The accumulator as its own replacement squares it at every step: over 40 written values it had
    // been counted as two uses (2^40 × 2), while each step squares the length.
    ['squaring through replace()', "RETURN size(reduce(s = 'ab', i IN range(1, 40) | replace(s, 'a', s))) AS n", 1, 50],
    // 'ab' × 3^40 is far past 16 million characters (3^14 × 2 = 9.6 million is the most).
    ['over a written range too long for it', "RETURN reduce(s = 'ab', i IN range(1, 40) | replace(s, '', 'ab')) AS n", 1, 45],
    ['with a replacement computed in the query', "MATCH (f:Firm) WITH collect(f.name) AS l RETURN reduce(s = 'x', n IN l | replace(s, 'x', n + 'x')) AS n", 1, 74],
  ])('refuses a step that replaces within the accumulator, longer: %s', (_name, query, line, column) => {
    const error = consoleRefusal(query);
    expect(error.details).toMatchObject({ line, column });
    expect(error.message).toMatch(/^reduce\(\) runs replace\(\) on its accumulator s in every step \(line \d+, column \d+\) with a replacement that may be longer/);
    expect(consoleRefusal(query, {}, 'id').message).toMatch(/^reduce\(\) menjalankan replace\(\) pada akumulator s di setiap langkah/);
  });

  it.each([
    // Three values: 'ab' → 8 → 26 → 80 characters, counted as 2 × 3^3 = 54.
    ['over three written values', "RETURN reduce(s = 'ab', i IN [1, 2, 3] | replace(s, '', 'ab')) AS n"],
    // A replacement no longer than a non-empty search cannot lengthen the text.
    ['taking prefixes off a name', "MATCH (f:Firm) RETURN reduce(s = f.name, w IN ['PT ', 'CV '] | replace(s, w, '')) AS n LIMIT 3"],
    ['shortening a written word', "RETURN reduce(s = 'Persero Persero', i IN range(1, 100) | replace(s, 'Persero', 'P')) AS n"],
    // A property over two written values with a one-character replacement: at most 2^2 = 4-fold.
    ['masking letters of a name', "MATCH (f:Firm) RETURN reduce(s = f.name, w IN ['PT', 'CV'] | replace(s, w, 'X')) AS n LIMIT 3"],
  ])('lets through a replace() step %s', (_name, query) => {
    expect(() => checkConsoleQuery(query)).not.toThrow();
  });

  it('says so in Indonesian', () => {
    const error = consoleRefusal("MATCH (f:Firm) WITH collect(f) AS l RETURN reduce(s = 'x', i IN l | s + s) AS s", {}, 'id');
    expect(error.message).toMatch(/^reduce\(\) memakai akumulator s 2 kali dalam satu langkah \(baris 1, kolom 73\), sehingga teks atau daftar membesar 2 kali lipat/);
    expect(error.message).toMatch(/16\.000\.000 karakter$/);
  });
});
