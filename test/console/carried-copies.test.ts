// Values doubled clause after clause (server/console/carried-copies.ts). A helper's 423-byte query,
// `WITH 1 AS x` then 22 × `WITH [x, x] AS x`, held the server's one thread for 18 s (the driver
// decodes a row whole before the console can count it; every route timed out) and 24 clauses took
// 3.9 GB; `WITH s + s AS s` 30 times filled Neo4j's heap in 1.6 s. The copies below are counted by
// hand from the query text: a clause that uses x twice in one value doubles what x holds.
import { describe, expect, it } from 'vitest';
import { MAX_VALUE_COPIES } from '../../server/console/carried-copies.ts';
import { checkConsoleQuery } from '../../server/console/index.ts';
import { consoleRefusal } from '../helpers/console-refusal.ts';

const doubled = (start: string, clause: string, times: number, end = 'RETURN 1 AS n'): string => `WITH ${start} AS x ${`${clause} `.repeat(times)}${end}`;

describe('values doubled clause after clause', () => {
  it.each([
    // 1 → 2 → 4 → … → 2^7 = 128 at the seventh clause (64 is the most).
    ["the helper's [x, x] 22 times, at the seventh", doubled('1', 'WITH [x, x] AS x', 22, 'RETURN x'), 128],
    ['a map holding x twice', doubled('1', 'WITH {a: x, b: x} AS x', 22, 'RETURN x'), 128],
    ['a text joined to itself', doubled('"ab"', 'WITH x + x AS x', 30, 'RETURN size(x) AS n'), 128],
    ['a list comprehension whose body holds its value twice', doubled('[1, 2]', 'WITH [y IN x | [y, y]] AS x', 10), 128],
    // Three uses a clause: 3, 9, 27, 81.
    ['three uses a clause, at the fourth', doubled('"a"', 'WITH [x, x, x] AS x', 5), 81],
    // Through another name: y = 2x, x = 2y each round (two clauses), so 2, 4, … 128 at the seventh clause.
    ['through two names in turn', 'WITH "a" AS x ' + 'WITH x + x AS y WITH y + y AS x '.repeat(4) + 'RETURN 1 AS n', 128],
    // Not carried on: RETURN's own value, 2 × 64 = 128.
    ['a RETURN that doubles 64 copies', doubled('1', 'WITH [x, x] AS x', 6, 'RETURN [x, x] AS y'), 128],
  ])('refuses %s, with the copies counted', (_name, query, copies) => {
    const error = consoleRefusal(query);
    expect(error.code).toBe('query_refused');
    expect((error.details as { copies: number }).copies).toBe(copies);
    expect(error.message).toMatch(new RegExp(`would hold about ${copies} copies of the values it is made from.*the console takes at most ${MAX_VALUE_COPIES}`));
  });

  it('names the place and says it in Bahasa Indonesia', () => {
    const error = consoleRefusal(doubled('1', 'WITH [x, x] AS x', 7), {}, 'id');
    // "WITH 1 AS x " is 12 characters, each clause "WITH [x, x] AS x " 17: the seventh's x is at 12 + 6 × 17 + 16 = 130.
    expect(error.details).toMatchObject({ line: 1, column: 130 });
    expect(error.message).toMatch(/^x \(baris 1, kolom 130\) akan memuat sekitar 128 salinan nilai asalnya: .* konsol menerima paling banyak 64/);
  });

  // replace(text, search, replacement) puts the replacement in at every match; an empty search
  // matches before every character, so replace(a, '', a) squares a's length (a helper's two such
  // clauses made 214,358,880 characters of ten: 10 + 11 × 10 = 120, 120 + 121 × 120 = 14,640 … and
  // size() around it builds it all the same).
  it.each([
    ["the helper's squaring", "WITH 'abcdefghij' AS a WITH replace(a, '', a) AS b RETURN size(replace(b, '', b)) AS n", 'b', 50],
    ['a joined text squared inside size()', "MATCH (f:Firm) WITH collect(f.name) AS names WITH reduce(s = '', n IN names | s + n) AS big RETURN size(replace(big, '', big)) AS n", 'n', 131],
    ['through another name', "WITH 'aaaa' AS a WITH a, a AS b RETURN replace(a, $q, b) AS c", 'c', 61],
  ])('refuses replace() of a computed text with a computed replacement and no written search: %s', (_name, query, name, column) => {
    const error = consoleRefusal(query, { q: '' });
    expect(error.details).toMatchObject({ line: 1, column });
    expect(error.message).toMatch(new RegExp(`^${name} \\(line 1, column ${column}\\) is made by replace\\(\\) of a text computed in the query`));
    expect(consoleRefusal(query, { q: '' }, 'id').message).toMatch(new RegExp(`^${name} \\(baris 1, kolom ${column}\\) dibuat dengan replace\\(\\)`));
  });

  it('counts replace() with a written search: the copies of the text, and two of the replacement for each and one more', () => {
    // 'aaaaaaaaaa' squared by replace(a, 'a', a): 1 + 2 × 1 × 2 = 5 copies, then 5 + 6 × 5 × 2 = 65,
    // refused (a third would have made 10^8 characters).
    const query = "WITH 'aaaaaaaaaa' AS a WITH replace(a, 'a', a) AS a WITH replace(a, 'a', a) AS a WITH replace(a, 'a', a) AS a RETURN size(a) AS n";
    expect(consoleRefusal(query).details).toMatchObject({ copies: 65 });
  });

  it.each([
    ['six doublings (64 copies, the most)', doubled('1', 'WITH [x, x] AS x', 6, 'RETURN x')],
    ['a number used many times in a formula, clause after clause', 'WITH 2.0 AS a, 3.0 AS b ' + 'WITH a * a + 2 * a * b + b * b AS a, b '.repeat(12) + 'RETURN a'],
    ['a running total', doubled('0', 'WITH x + 1 AS x', 40, 'RETURN x')],
    ['comparisons and tests of a value', doubled('[1]', 'WITH x, x = x AS same, 1 IN x AS has, x IS NULL AS missing, size(x) + size(x) AS twice', 10, 'RETURN x')],
    ['an analyst’s shares and squares', 'MATCH (b:Firm)-[i:IMPORTS]->(c:Country) WITH b, c, sum(i.valueUsd) AS v WITH b, collect({c: c.name, v: v}) AS origins, sum(v) AS total WITH b, total, [o IN origins | {country: o.c, share: o.v / total}] AS shares RETURN b.name AS buyer, total, reduce(h = 0.0, s IN shares | h + s.share * s.share) AS hhi'],
    ['the same variable in several items of one clause', 'UNWIND [1, 2, 3] AS x WITH x, x AS y, [x, x] AS p WITH x, y, p, [p, p] AS q RETURN x, y, p, q'],
    ['a template filled with written fields', "MATCH (f:Firm)-[:MEMBER_OF]->(c:Cluster) RETURN replace(replace('Firm {a} in {b}', '{a}', f.name), '{b}', c.name) AS s LIMIT 2"],
    // 1, then 1 + 2 × 1 × 2 = 5 copies: within 64.
    ['a template filled from WITH variables', "MATCH (f:Firm)-[:MEMBER_OF]->(c:Cluster) WITH f.name AS a, c.name AS b RETURN replace(replace('Firm {a} in {b}', '{a}', a), '{b}', b) AS s LIMIT 2"],
    ['a string join over collected names', 'MATCH (c:Cluster) WITH collect(c.name) AS names RETURN reduce(s = "", n IN names | s + n + ", ") AS joined'],
  ])('lets through %s', (_name, query) => {
    expect(() => checkConsoleQuery(query)).not.toThrow();
  });
});
