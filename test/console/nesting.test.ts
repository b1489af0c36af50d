// The console's refusals of what Neo4j cannot stop or cannot parse (server/console/nesting.ts,
// regex-operands.ts, budget.ts, check.ts), without Neo4j. The depths at which Neo4j 5.26's parser
// overflows its stack (and then answers nothing for 120 s) were measured on the test Neo4j and are
// in nesting.ts; test/console/parser-depth.neo4j.test.ts shows the limits below them are accepted
// by Neo4j. Each refusal says where and why, in the request's language.
import { describe, expect, it } from 'vitest';
import { checkConsoleQuery } from '../../server/console/index.ts';
import { MAX_CHAIN, MAX_NESTING, MAX_NOTS, MAX_TOKENS } from '../../server/console/nesting.ts';
import { cypherStringValue } from '../../server/console/regex-operands.ts';
import { consoleRefusal } from '../helpers/console-refusal.ts';

const passes = (query: string, params: Record<string, unknown> = {}): boolean => checkConsoleQuery(query, params).text.length > 0;

const lists = (n: number) => `RETURN ${'['.repeat(n)}1${']'.repeat(n)} AS x`;
const maps = (n: number) => `RETURN ${'{a: '.repeat(n)}1${'}'.repeat(n)} AS x`;
const cases = (n: number) => `RETURN ${'CASE WHEN true THEN '.repeat(n)}1${' END'.repeat(n)} AS x`;
const props = (n: number) => `WITH {} AS m RETURN m${'.a'.repeat(n)} AS x`;
const indexes = (n: number) => `WITH [] AS m RETURN m${'[0]'.repeat(n)} AS x`;
const nots = (n: number) => `RETURN ${'NOT '.repeat(n)}true AS x`;

describe('nesting Neo4j’s parser cannot take', () => {
  it('accepts each kind at its limit and refuses one more, saying where', () => {
    for (const [make, max] of [[lists, MAX_NESTING], [maps, MAX_NESTING], [cases, MAX_NESTING], [props, MAX_CHAIN], [indexes, MAX_CHAIN], [nots, MAX_NOTS]] as const) {
      expect(passes(make(max)), make(max).slice(0, 40)).toBe(true);
      const error = consoleRefusal(make(max + 1));
      expect(error.code).toBe('query_refused');
      expect(error.message).toMatch(/go 51 deep at line 1, column \d+; the console takes at most 50/);
      expect(error.details).toMatchObject({ depth: max + 1, max, line: 1 });
    }
  });

  it('refuses the 2 kB query that hung Neo4j for 120 s, in Indonesian too', () => {
    const hostile = lists(1000);
    expect(hostile.length).toBeLessThan(2100);
    expect(consoleRefusal(hostile).message).toMatch(/^brackets, lists, maps and CASE expressions inside one another go 51 deep at line 1, column 58;/);
    expect(consoleRefusal(hostile, {}, 'id').message).toMatch(/^kurung, daftar, map, dan ekspresi CASE bersarang sedalam 51 pada baris 1, kolom 58;/);
  });

  it('counts an index chain through properties, and starts again after a call or a new value', () => {
    expect(consoleRefusal(`WITH [] AS m RETURN m${'[0].a'.repeat(26)} AS x`).details).toMatchObject({ depth: 51 });
    // 40 in each of two chains: a function's brackets and an operator end a chain.
    expect(passes(`WITH [] AS m RETURN head(m${'[0]'.repeat(40)})${'.a'.repeat(40)} + m${'.b'.repeat(40)} AS x`)).toBe(true);
    // Nested list literals are brackets, not an index chain; map keys named case and end are no CASE.
    expect(passes(`RETURN [[1], [2]][0][0] AS x, {case: 1, end: 2}.end AS y, CASE WHEN true THEN 1 END AS z`)).toBe(true);
  });

  it('refuses a query of more than 8,000 words and symbols, pointing to parameters', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `'f-${i}'`).join(', ');
    const error = consoleRefusal(`MATCH (f:Firm) WHERE f.id IN [${ids}] RETURN f.id`);
    // 4,000 strings, 3,999 commas and the 17 other tokens: MATCH ( f : Firm ) WHERE f . id IN [ ] RETURN f . id
    expect(error.message).toBe(`the query has 8,016 words, numbers and symbols; the console takes at most ${MAX_TOKENS.toLocaleString('en')} (send a long list of values as a parameter, e.g. WHERE f.id IN $ids)`);
    expect(passes('MATCH (f:Firm) WHERE f.id IN $ids RETURN f.id', { ids: Array.from({ length: 4000 }, (_, i) => `f-${i}`) })).toBe(true);
  });
});

describe('regular expressions Neo4j cannot stop', () => {
  it('refuses the backtracking pattern that ran 19 s past a 3 s limit, with its reason', () => {
    const error = consoleRefusal("RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(.*a){20}b' AS m");
    expect(error.message).toMatch(/^the pattern "\(\.\*a\)\{20\}b" of =~ at line 1, column 42 repeats a group that itself repeats/);
    expect(error.details).toMatchObject({ hazard: 'nested-quantifier', line: 1, column: 42 });
    expect(consoleRefusal("RETURN 'x' =~ '(a|ab)*c' AS m", {}, 'id').message).toMatch(/mengulang grup berisi pilihan/);
  });

  it('reads the pattern as Neo4j does: escapes of the string undone, literals and parameters joined with +', () => {
    expect(cypherStringValue(String.raw`'\\d+\.\u0041'`)).toBe(String.raw`\d+\.A`);
    // An unknown escape stays as written (Neo4j 5.26: '\d' is the two characters \ and d).
    expect(cypherStringValue(String.raw`'\d'`)).toBe(String.raw`\d`);
    expect(passes("MATCH (f:Firm) WHERE f.name =~ '(?i).*' + $q + '.*' RETURN f.id", { q: 'ceper' })).toBe(true);
    expect(passes(String.raw`MATCH (f:Firm) WHERE f.id =~ '^f-[a-z]+-\\d\\d$' RETURN f.id`)).toBe(true);
    // The hazard hidden in a parameter, or split over literals, is found.
    expect(consoleRefusal("MATCH (f:Firm) WHERE f.name =~ $p RETURN f", { p: '(a+)+$' }).details).toMatchObject({ hazard: 'nested-quantifier' });
    expect(consoleRefusal("MATCH (f:Firm) WHERE f.name =~ '(a+' + ')+' RETURN f").details).toMatchObject({ hazard: 'nested-quantifier' });
  });

  it('refuses a pattern it cannot read: a property, a function, a missing parameter', () => {
    for (const q of ['MATCH (f:Firm) WHERE f.name =~ f.id RETURN f', "MATCH (f:Firm) WHERE f.name =~ toLower('A') RETURN f", "MATCH (f:Firm) WHERE f.name =~ 'a' + f.id RETURN f", 'MATCH (f:Firm) WHERE f.name =~ $missing RETURN f']) {
      expect(consoleRefusal(q).message, q).toMatch(/^the pattern of =~ at line 1, column 29 must be written in the query or given as a parameter/);
    }
  });
});

describe('other holes the console review found', () => {
  it('checks a namespaced function in a map value', () => {
    expect(consoleRefusal("RETURN {x: apoc.text.join(['a', 'b'], ',')} AS m").message).toMatch(/apoc\.text\.join/);
    expect(consoleRefusal('MATCH (f:Firm) RETURN f{.id, x: gds.util.asNode(1)} AS m LIMIT 1').message).toMatch(/gds\.util\.asNode/);
    // Labels and map values without calls are as before.
    expect(passes("MATCH (f:Firm) RETURN {id: f.id, tier: f.tier} AS m, f:Firm AS isFirm")).toBe(true);
  });

  it('takes size() as a range bound only of data at hand, not of a computed value', () => {
    const doubled = "RETURN reduce(t = 0, i IN range(0, size(reduce(s = 'x', j IN [1, 1, 1] | s + s))) | t + 1) AS n";
    expect(consoleRefusal(doubled).message).toMatch(/range\(\) must have whole numbers or parameters as bounds/);
    expect(passes('WITH [1, 2, 3] AS xs RETURN [i IN range(0, size(xs) - 1) | xs[i]] AS ys')).toBe(true);
    expect(passes('MATCH (f:Firm) RETURN [i IN range(1, size(f.certifications)) | i] AS n')).toBe(true);
    expect(passes('RETURN [i IN range(0, size($ids)) | i] AS n', { ids: [1, 2] })).toBe(true);
  });
});

describe('reduce() that nests its accumulator', () => {
  it('is refused wherever the accumulator sits inside a list or map of the step, and fine when appended to or measured', () => {
    for (const step of ['[s]', '{a: s}', '[s, x]', '[s + []]', '[coalesce(s)]', '[s[1..]]', '[[y IN [1] | s]]']) {
      const error = consoleRefusal(`RETURN reduce(s = [], x IN range(1, 50) | ${step}) AS deep`);
      expect(error.message, step).toMatch(/^reduce\(\) puts its accumulator s into a list or map at every step \(line 1, column \d+\)/);
    }
    expect(consoleRefusal('RETURN reduce(s = [], x IN [1] | [s]) AS d', {}, 'id').message).toMatch(/^reduce\(\) memasukkan akumulator s ke dalam daftar atau map/);
    for (const q of [
      'RETURN reduce(acc = [], x IN [1, 2] | acc + [x]) AS a',
      'RETURN reduce(acc = [], x IN [1, 2] | acc + [[x, size(acc)]]) AS a',
      'RETURN reduce(acc = [], x IN [[1], [2]] | acc + [acc[0]]) AS a',
      "RETURN reduce(s = '', x IN ['a', 'b'] | s + CASE WHEN s = '' THEN x ELSE ', ' + x END) AS joined",
      'RETURN reduce(m = 0, x IN [3, 1] | CASE WHEN x > m THEN x ELSE m END) AS largest',
    ]) expect(passes(q), q).toBe(true);
  });
});

describe('answers nested too deep to turn into JSON', () => {
  it('finds a list 101 deep (walked without recursion, 100,000 deep too) and passes one 100 deep and a node', async () => {
    const { nestedDeeperThan, MAX_VALUE_DEPTH } = await import('../../server/console/size.ts');
    const nest = (n: number): unknown => {
      let v: unknown = 1;
      for (let i = 0; i < n; i++) v = [v];
      return v;
    };
    expect(MAX_VALUE_DEPTH).toBe(100);
    expect(nestedDeeperThan({ x: nest(100) })).toBe(true);
    expect(nestedDeeperThan(nest(100))).toBe(false);
    expect(nestedDeeperThan(nest(101))).toBe(true);
    expect(nestedDeeperThan(nest(100_000))).toBe(true);
    expect(nestedDeeperThan({ identity: { low: 1, high: 0 }, labels: ['Firm'], properties: { id: 'f-kbj', certifications: ['ISO 9001'] } })).toBe(false);
  });

  it('counts a label expression’s ! as a NOT: 300 of them overflowed Neo4j’s parser, and 7,900 the check’s own stack (round 50)', () => {
    const query = (n: number) => `MATCH (n:${'!'.repeat(n)}A) RETURN n LIMIT 1`;
    expect(() => checkConsoleQuery(query(50))).not.toThrow();
    for (const n of [51, 300, 7900]) {
      const e = consoleRefusal(query(n), {}, 'id');
      expect(e.code).toBe('query_refused');
      expect(e.message).toMatch(/^NOT \(atau negasi label !\) berturut-turut/);
    }
    expect(consoleRefusal(query(300)).message).toMatch(/^NOTs \(or label negations !\) in a row go 51 deep at line 1, column 60/);
  });

  it('takes at most 50 UNIONs: 1,500 ran 9 s past the time limit while Neo4j planned them (round 50)', () => {
    const unions = (n: number) => Array.from({ length: n + 1 }, (_, i) => `RETURN ${i} AS x`).join(' UNION ');
    expect(() => checkConsoleQuery(unions(50))).not.toThrow();
    // The 51st UNION follows 51 branches "RETURN i AS x", 50 " UNION " and a space: 10 × 13 + 41 × 14
    // + 50 × 7 + 1 = 1,055 characters before it, so column 1,056.
    const e = consoleRefusal(unions(1500), {}, 'en');
    expect(e.details).toEqual({ line: 1, column: 1056, unions: 51, max: 50 });
    expect(e.message).toMatch(/^UNION number 51 of the query \(line 1, column 1056\) is more than the console takes \(50\)/);
    expect(consoleRefusal(unions(1500), {}, 'id').message).toMatch(/^UNION ke-51 dalam kueri \(baris 1, kolom 1056\) melebihi yang diterima konsol \(50\)/);
    // A property or map key named union is no UNION.
    expect(() => checkConsoleQuery(`MATCH (n) RETURN n.union, {union: 1} AS m LIMIT 1`)).not.toThrow();
  });
});
