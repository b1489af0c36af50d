// Lists nested clause after clause through a variable: Neo4j 5.26 plans them in time growing about
// with the cube of the depth the variable carries (measured on the test Neo4j: 100 levels 0.5–1.8 s,
// 200 levels 4–10 s; a helper's 800 levels were still planning after 2.5 min). Depths below are
// counted by hand from the query text: each [ … ] written around x and each collect( … ) is a level.
import { describe, expect, it } from 'vitest';
import { checkConsoleQuery } from '../../server/console/index.ts';
import { MAX_CARRIED_DEPTH } from '../../server/console/carried-nesting.ts';
import { consoleRefusal } from '../helpers/console-refusal.ts';

/** `WITH 1 AS x` then `clauses` times x wrapped in `depth` lists. */
const carriedLists = (clauses: number, depth: number): string =>
  'WITH 1 AS x ' + Array.from({ length: clauses }, () => `WITH ${'['.repeat(depth)}x${']'.repeat(depth)} AS x `).join('') + 'RETURN size(x) AS n';
const carriedCollects = (clauses: number): string => 'WITH 1 AS x ' + 'WITH collect(x) AS x '.repeat(clauses) + 'RETURN size(x) AS n';

describe('lists nested clause after clause through a variable', () => {
  it.each([
    ['three clauses of 50 lists around x (150 levels)', carriedLists(3, 50), 150],
    ["the helper's 20 clauses of 40 (800 levels), at the third clause", carriedLists(20, 40), 120],
    ['101 collect() in a row', carriedCollects(101), 101],
    ['a list comprehension adding two levels, 51 times', 'WITH 1 AS x ' + 'WITH [y IN [x] | [y]] AS x '.repeat(51) + 'RETURN 1 AS n', 102],
    // y = 50; z = 48 + 50 = 98 (allowed); x = 3 + 50 = 53; w = 3 + 98 = 101.
    ['carried through other names and second items', 'WITH 1 AS x ' + `WITH 0 AS a, ${'['.repeat(50)}x${']'.repeat(50)} AS y WITH ${'['.repeat(48)}y${']'.repeat(48)} AS z, ${'['.repeat(3)}y${']'.repeat(3)} AS x WITH x, [[[z]]] AS w RETURN 1 AS n`, 101],
  ])('refuses %s, at the name given the depth', (_name, query, depth) => {
    const error = consoleRefusal(query);
    expect(error.code).toBe('query_refused');
    expect((error.details as { depth: number }).depth).toBe(depth);
    expect(error.message).toMatch(new RegExp(`would hold lists nested about ${depth} deep.*the console takes at most 100`));
  });

  it.each([
    ['two clauses of 50 lists around x (100 levels, the most)', carriedLists(2, 50)],
    ['100 collect() in a row', carriedCollects(100)],
    ['maps nested clause after clause (no list type grows)', 'WITH 1 AS x ' + `WITH ${'{a: '.repeat(40)}x${'}'.repeat(40)} AS x `.repeat(8) + 'RETURN 1 AS n'],
    ['new variables, each nested 40 deep', Array.from({ length: 8 }, (_, i) => `WITH ${'['.repeat(40)}${i}${']'.repeat(40)} AS x${i} `).join('') + 'RETURN 1 AS n'],
    ['an analyst’s collect and comprehension', 'MATCH (c:Cluster)<-[:MEMBER_OF]-(f:Firm) WITH c, collect(f) AS fs WITH c, [f IN fs | f.name] AS names, [[f IN fs | f.tier]] AS tiers RETURN c.name AS cluster, names, tiers'],
    ['relationship patterns and indexes (no list level)', 'WITH [[1]] AS x MATCH (a)-[r:SUPPLIES]->(b)<-[:MAKES]-(c) WITH x[0][0] AS x, r RETURN x, type(r) AS t'],
  ])('lets through %s', (_name, query) => {
    expect(() => checkConsoleQuery(query)).not.toThrow();
  });

  it('names the place and says so in Indonesian', () => {
    const error = consoleRefusal(carriedLists(3, 50), {}, 'id');
    const at = carriedLists(3, 50).lastIndexOf('AS x') + 3;
    expect(error.details).toEqual({ line: 1, column: at + 1, depth: 150, max: MAX_CARRIED_DEPTH });
    expect(error.message).toMatch(/^x \(baris 1, kolom \d+\) akan memuat daftar bersarang sekitar 150 tingkat/);
  });
});
