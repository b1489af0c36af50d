// The console's estimate of what Neo4j's rewriting copies and how deep operators nest
// (server/console/expansion.ts), worked by hand on small queries, and the refusals at the limits
// in both languages. test/console/expansion.neo4j.test.ts shows on the real Neo4j that what is
// accepted at the limits plans at once and that Neo4j stays answering.
import { describe, expect, it } from 'vitest';
import { checkConsoleQuery } from '../../server/console/check.ts';
import { expansionOf, MAX_AND_OR, MAX_COPIES, MAX_OPERATOR_DEPTH } from '../../server/console/expansion.ts';
import { tokenize } from '../../server/console/lexer.ts';
import { consoleRefusal } from '../helpers/console-refusal.ts';

const of = (q: string) => expansionOf(tokenize(q));
const refusal = (q: string, lang: 'en' | 'id' = 'en') => consoleRefusal(q, {}, lang);
const chain = (n: number, op: string, operand = 'x') => Array(n + 1).fill(operand).join(` ${op} `);
const nest = (k: number, f: (e: string) => string, base: string) => Array.from({ length: k }).reduce<string>((e) => f(e), base);

describe('what Neo4j copies, counted by hand', () => {
  it('counts a plain query as its tokens, with no copies', () => {
    // MATCH ( a ) RETURN [ x IN range ( 1 , 3 ) WHERE x > 1 | x * 2 ] : 23 tokens.
    const q = 'MATCH (a) RETURN [x IN range(1, 3) WHERE x > 1 | x * 2]';
    expect(tokenize(q)).toHaveLength(23);
    expect(of(q)).toMatchObject({ size: 23, copies: 0 });
  });

  it('doubles an expression per XOR', () => {
    // RETURN + (a XOR b) × 2 = 1 + 6 = 7: 3 copies over 4 tokens; a XOR b XOR c: 1 + 5 × 4 = 21, 15 copies.
    expect(of('RETURN a XOR b')).toMatchObject({ size: 7, copies: 3 });
    expect(of('RETURN a XOR b XOR c')).toMatchObject({ size: 21, copies: 15 });
    // Grouped: (a XOR b) is 3 × 2 = 6 inside; the outer item ( ) XOR c is (4 + 6) × 2 = 20; + RETURN = 21 over 8 tokens.
    expect(of('RETURN (a XOR b) XOR c')).toMatchObject({ size: 21, copies: 13 });
  });

  it('copies a simple CASE’s subject once per WHEN, and a comparison chain’s groups once', () => {
    // CASE x WHEN 1 THEN 'a' WHEN 2 THEN 'b' END: 12 tokens; the subject x is copied for each of the 2 WHENs.
    expect(of("RETURN CASE x WHEN 1 THEN 'a' WHEN 2 THEN 'b' END")).toMatchObject({ size: 14, copies: 2 });
    // A generic CASE copies nothing.
    expect(of("RETURN CASE WHEN x = 1 THEN 'a' WHEN x = 2 THEN 'b' END")).toMatchObject({ copies: 0 });
    // 1 < (2 < 3 < 4) < 5: the group (5 tokens) is a middle operand, copied once.
    expect(of('RETURN 1 < (2 < 3 < 4) < 5')).toMatchObject({ size: 17, copies: 5 });
    // One comparison: nothing copied; nor across AND (comparisons bind tighter: a < b AND b < c is no chain).
    expect(of('RETURN 1 < (2 + 3)')).toMatchObject({ copies: 0 });
    expect(of('RETURN (1) = 1 AND (2) = 2')).toMatchObject({ copies: 0 });
    const nestedAnds = nest(20, (e) => `f.a = 1 AND (f.b = 2 AND ${e})`, 'true');
    expect(of(`MATCH (f) WHERE ${nestedAnds} RETURN f`)).toMatchObject({ copies: 0, depth: 1, flat: 40 });
  });

  it('multiplies the copies of nested forms', () => {
    // Nested simple CASEs with two WHENs: the subject of each level is the level below, copied twice:
    // s(0) = 1 (x); s(k) = 1 (CASE) + [s(k-1) + 4 separators + 4 values] + 2 × s(k-1) + 1 (END) = 3 s(k-1) + 10.
    const s = [1];
    for (let k = 1; k <= 6; k++) s.push(3 * s[k - 1]! + 10);
    const q = (k: number) => `RETURN ${nest(k, (e) => `CASE ${e} WHEN 1 THEN 1 WHEN 2 THEN 2 END`, 'x')}`;
    for (const k of [1, 3, 6]) expect(of(q(k)).size).toBe(1 + s[k]!);
    // s(6) = 3^6 × 1 + 10 × (3^6 − 1) / 2 = 729 + 3,640.
    expect(s[6]).toBe(4_369);
  });

  it('measures operators one inside another; AND and OR gather into one node', () => {
    expect(of('RETURN 1 + 2 + 3').depth).toBe(2);
    // The chain's 2 operators, and the 2 of the group inside it.
    expect(of('RETURN 1 + (2 * 3 - 4) + 5').depth).toBe(4);
    // Each operand of AND/OR nests on its own: 1 each.
    expect(of('RETURN a = 1 AND b = 2 OR c = 3')).toMatchObject({ depth: 1, flat: 2 });
    // Commas and clause words separate expressions.
    expect(of('RETURN 1 + 2, 3 + 4 + 5').depth).toBe(2);
  });
});

describe('the refusals at the limits', () => {
  it('takes 100 operators one inside another and refuses 101, saying where', () => {
    expect(() => checkConsoleQuery(`RETURN ${chain(MAX_OPERATOR_DEPTH, '+', '1')} AS x`)).not.toThrow();
    const e = refusal(`RETURN ${chain(MAX_OPERATOR_DEPTH + 1, '+', '1')} AS x`);
    expect(e.code).toBe('query_refused');
    // The k-th + is at column 7 + 4 (k − 1) + 3 ("RETURN " is 7 characters, each "1 + " 4): 410 for the 101st.
    expect(e.message).toBe(
      'operators go 101 deep, one inside another, at line 1, column 410 (a chain such as a + b + c counts one level for each operator, and those in the brackets it holds count too); the console takes at most 100, because Neo4j runs out of stack on much deeper expressions and then does not answer at all',
    );
    // A chain split over brackets counts as one: 59 + the + before the bracket + 41 inside = 101.
    expect(refusal(`RETURN ${chain(59, '+', '1')} + (${chain(41, '*', '2')}) AS x`).message).toMatch(/^operators go 101 deep/);
    expect(() => checkConsoleQuery(`RETURN ${chain(58, '+', '1')} + (${chain(41, '*', '2')}) AS x`)).not.toThrow();
    // The 240 terms that made Neo4j overflow and hang.
    expect(refusal(`RETURN ${chain(239, '+', '"a"')} AS x`, 'id').message).toMatch(/^operator bersarang sedalam 101 pada baris 1, kolom \d+ .*konsol menerima paling dalam 100, karena Neo4j kehabisan stack/);
  });

  it('takes 1,000 ANDs and ORs and refuses more', () => {
    expect(() => checkConsoleQuery(`MATCH (f:Firm) WHERE ${chain(MAX_AND_OR, 'OR', 'f.id = "a"')} RETURN f`)).not.toThrow();
    expect(refusal(`MATCH (f:Firm) WHERE ${chain(MAX_AND_OR + 1, 'OR', 'f.id = "a"')} RETURN f`).message).toBe(
      'the query has 1,001 ANDs and ORs; the console takes at most 1,000, because Neo4j takes longer than any time limit to plan many more (send a long list of values as a parameter, e.g. WHERE f.id IN $ids)',
    );
    expect(refusal(`RETURN ${chain(1_200, 'AND', 'true')} AS x`, 'id').message).toBe(
      'kueri berisi 1.200 AND dan OR; konsol menerima paling banyak 1.000, karena Neo4j memerlukan waktu melewati batas waktu apa pun untuk merencanakan jauh lebih banyak lagi (kirim daftar nilai yang panjang sebagai parameter, mis. WHERE f.id IN $ids)',
    );
  });

  it(`refuses what Neo4j would copy past ${MAX_COPIES.toLocaleString('en')} tokens, and takes what analysts write`, () => {
    // 25 XORs in a row kept Neo4j busy until it stopped answering; 8 pass (x XOR … 9 operands: 17 × 256 + 2).
    expect(() => checkConsoleQuery(`WITH true AS x RETURN ${chain(8, 'XOR')} AS y`)).not.toThrow();
    const xor = refusal(`WITH true AS x RETURN ${chain(25, 'XOR')} AS y`);
    expect(xor.message).toMatch(/^Neo4j would plan this query as about [\d,]+ words and symbols, [\d,]+ of them copies: it copies the parts of XOR, of a simple CASE \(CASE x WHEN …\) and of comparison chains \(a < b < c\)/);
    expect(xor.message).toContain('the console takes at most 5,000 copies');
    // Nested simple CASEs (8 deep took 8.7 s to plan) and nested comparison chains (16 deep ran past the limit).
    expect(refusal(`WITH 1 AS x RETURN ${nest(8, (e) => `CASE ${e} WHEN 1 THEN 1 WHEN 2 THEN 2 END`, 'x')} AS y`).message).toMatch(/^Neo4j would plan/);
    expect(refusal(`WITH 1 AS x RETURN ${nest(16, (e) => `x < (${e}) < x`, 'x')} AS y`, 'id').message).toMatch(/^Neo4j akan merencanakan kueri ini sebagai sekitar [\d.]+ kata dan simbol, [\d.]+ di antaranya salinan/);
    // A long simple CASE over codes, a comparison chain and a long pattern stay allowed.
    const codes = Array.from({ length: 200 }, (_, i) => `WHEN 'c${i}' THEN ${i}`).join(' ');
    expect(() => checkConsoleQuery(`MATCH (c:Component) RETURN CASE c.category ${codes} ELSE -1 END AS code`)).not.toThrow();
    expect(() => checkConsoleQuery('MATCH (f:Firm) WHERE 0 < f.capacity < 1000 RETURN f')).not.toThrow();
    expect(() => checkConsoleQuery(`MATCH ${Array.from({ length: 30 }, (_, i) => `(n${i})`).join('<-[:SUPPLIES]-')} RETURN n0`)).not.toThrow();
  });
});
