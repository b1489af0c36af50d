// A list comprehension that repeats a value from outside it once per element of a list the query
// does not write (server/console/comprehension-repeats.ts). A helper's queries (round 50): over the
// national dataset's 416 clusters, `RETURN [a IN l | [b IN l | l]]` (7.2 × 10^7 values, 95
// characters) ran 44 s past a 1 s limit, and `WITH [i IN $l | x] AS x` three times with a 1,000-entry
// parameter 145 s past a 30 s one: Neo4j expands such values while it sends them and does not stop
// at the limit. A loop inside a loop over a parameter (20,000 entries) ran 34 s past a 1 s limit.
// Every refusal names the value, its line and column, in both languages.
import { describe, expect, it } from 'vitest';
import { checkConsoleQuery } from '../../server/console/index.ts';
import { consoleRefusal } from '../helpers/console-refusal.ts';

describe('comprehensions that repeat a value from outside', () => {
  it.each([
    ['the helper’s repeat of x over a parameter', 'WITH 1 AS x WITH [i IN $l | x] AS x WITH [i IN $l | x] AS x RETURN x', 'x', 1, 29],
    ['the helper’s list of lists of the collected list', 'MATCH (c:Cluster) WITH collect(c.id) AS l RETURN [a IN l | [b IN l | l]] AS x', 'l', 1, 70],
    ['a parameter repeated', 'RETURN [i IN $l | $l] AS x', '$l', 1, 19],
    ['a slice is the list again', 'WITH [1, 2] AS x RETURN [i IN $l | x[0..]] AS v', 'x', 1, 36],
    ['a list written in the query, three copies a clause', "WITH 'x' AS s RETURN [i IN [1, 2, 3] | s] AS v", 's', 1, 40],
    ['the helper’s reduce() adding an outside text each step', "WITH 'ab' AS s WITH reduce(a = '', i IN $l | a + s) AS s RETURN size(s) AS n", 's', 1, 50],
    ['a reduce() over a list written in the query', "WITH 'ab' AS s WITH reduce(a = '', i IN [1, 2, 3] | a + s) AS s RETURN size(s) AS n", 's', 1, 57],
    ['inside a map', 'MATCH (c:Cluster) WITH collect(c) AS cs, "label" AS s RETURN [c IN cs | {id: c.id, s: s}] AS v', 's', 1, 87],
  ])('refuses %s', (_name, query, name, line, column) => {
    for (const lang of ['en', 'id'] as const) {
      const e = consoleRefusal(query, { l: [1, 2, 3] }, lang);
      expect(e.code).toBe('query_refused');
      expect(e.message.startsWith(`${name} (${lang === 'en' ? 'line' : 'baris'} ${line}, ${lang === 'en' ? 'column' : 'kolom'} ${column})`)).toBe(true);
    }
  });

  it('refuses a loop inside a loop over a list from outside, in both languages', () => {
    const query = 'RETURN size([a IN $l | size([b IN $l WHERE b = a])]) AS n';
    expect(consoleRefusal(query, { l: [1, 2] }, 'en').message).toMatch(/^the loop over b \(line 1, column 29\) runs inside another loop/);
    expect(consoleRefusal(query, { l: [1, 2] }, 'id').message).toMatch(/^perulangan atas b \(baris 1, kolom 29\) berjalan di dalam perulangan lain/);
    // The same loop inside a reduce(): "[" of the inner comprehension after 40 characters, column 41.
    expect(consoleRefusal('RETURN reduce(a = 0, x IN $l | a + size([y IN $l WHERE y = x])) AS n', { l: [1, 2] }).message).toMatch(/^the loop over y \(line 1, column 41\)/);
  });

  it.each([
    ['the element itself and its properties', 'MATCH (c:Cluster) WITH collect(c) AS cs RETURN [c IN cs | c.name] AS names'],
    ['a path’s nodes', 'MATCH p = (:Firm)-[:SUPPLIES*1..3]->(:Firm) RETURN [n IN nodes(p) | n.name] AS names LIMIT 5'],
    ['an outside number in a formula', 'MATCH (c:Cluster) WITH collect(c) AS cs, 3 AS k RETURN [c IN cs | c.members * k] AS v'],
    ['an outside value in a comparison', 'MATCH (c:Cluster) WITH collect(c) AS cs, 10 AS k RETURN [c IN cs | c.members > k] AS v'],
    ['a number made of an outside list', 'WITH [1, 2] AS x MATCH (c:Cluster) WITH collect(c) AS cs, x RETURN [c IN cs | size(x)] AS v'],
    ['one element of an outside list', 'WITH [1, 2] AS x RETURN [i IN $l | x[0]] AS v'],
    ['a loop over each element’s own list', 'MATCH p = ()-->() WITH collect(p) AS ps RETURN [p IN ps | [n IN nodes(p) | n.id]] AS v'],
    ['reduce() over its own element, with an outside number', 'MATCH (f:Firm) WITH collect(f) AS fs, 2 AS k RETURN reduce(t = 0, f IN fs | t + f.employees * k) AS n'],
    ['reduce() joining the list’s own texts', "MATCH (f:Firm) WITH collect(f.name) AS ns RETURN reduce(s = '', n IN ns | s + n + ', ') AS t"],
    ['reduce() inside, with its own variables', 'MATCH (f:Firm) WITH collect(f) AS fs RETURN [f IN fs | reduce(t = 0, x IN [1, 2] | t + x)] AS v'],
    ['a filter without a body', "MATCH (f:Firm) WITH collect(f.name) AS names RETURN [n IN names WHERE n STARTS WITH 'PT'] AS v"],
    ['an index taken from a range', 'MATCH p = (:Firm)-[:SUPPLIES*1..3]->(:Firm) RETURN [i IN range(0, size(nodes(p)) - 1) | nodes(p)[i].id] AS ids'],
  ])('lets through %s', (_name, query) => {
    expect(() => checkConsoleQuery(query, { l: [1, 2, 3] })).not.toThrow();
  });
});
