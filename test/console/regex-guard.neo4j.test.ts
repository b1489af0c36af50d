// The `=~` guard on the real Neo4j (server/console/regex-guard.ts): Java matches a pattern the
// console passed only against text up to its bound, so a query that builds a long text cannot keep
// a core busy past its time limit; what analysts match still matches; and what the analyst sees
// (column names, Neo4j's positions) is in the text they wrote, not the one run with parameters.
// The exponential pattern of the console review of 2026-12-05 is refused before Neo4j sees it.
// Nor can a pattern overflow Java's stack while matching (regex-safety.ts, the top comment): Neo4j
// then sent no answer for 120 s while the request held a console slot, for `.*` on a text of
// characters outside the BMP among others (the guard's own lookahead recursed).
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherResultShape } from '../../server/console/index.ts';
import { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const options = { uri: uri ?? '', user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database };

/** A text of 2^k a's, built by doubling in the query itself (what no text check can bound). */
const doubled = (k: number) => `reduce(s = 'a', i IN range(1, ${k}) | s + s)`;

describe.skipIf(uri === null)('the =~ guard on Neo4j', () => {
  let store: Neo4jStore;
  let server: TestServer;
  let driver: Driver;

  beforeAll(async () => {
    store = await Neo4jStore.connect(options);
    server = await serveWith(store);
    driver = neo4j.driver(uri!, options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await driver?.close();
  });

  const post = async (body: unknown, query = '') => {
    const res = await fetch(`${server.url}/api/cypher${query}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, text, body: (res.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(text) as unknown) : text };
  };
  const rows = async (query: string, params: Record<string, unknown> = {}) => {
    const r = await post({ query, params, timeoutMs: 5000 });
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    return cypherResultShape.parse(r.body);
  };

  it('answers within the time limit for a text far past the bound, where the match alone would run for minutes', async () => {
    // 2^18 = 262,144 a's and a line break against (?i).*a.*ab: Java's backtracking tries about
    // n^2 / 2 = 3.4·10^10 steps (31,000 a's took 2.7 s, so this would take several minutes, past
    // any time limit, which Java does not look at). The bound for this pattern is 22,360
    // characters, and the lookahead rejects the text in O(bound) steps: the match is false.
    const r = await rows(`WITH ${doubled(18)} + '\\n' AS t RETURN size(t) AS n, t =~ '(?i).*a.*ab' AS m`);
    expect(r.rows).toEqual([{ n: 262_145, m: false }]);
    expect(store.consoleQueries.inUse()).toBe(0);
  });

  it('says in the answer, in the request’s language, when a pattern is matched only against short texts', async () => {
    // Three free quantifiers: (5·10^8)^(1/3) = 793 characters (regex-guard.ts). 793 a's with b, c
    // and d after them match; 794 do not, though the pattern would match them, and the note says so.
    const query = `WITH ${doubled(10)} AS s RETURN substring(s, 0, 790) + 'bcd' =~ '.*b.*c.*d' AS within, substring(s, 0, 791) + 'bcd' =~ '.*b.*c.*d' AS past`;
    const en = cypherResultShape.parse((await post({ query, timeoutMs: 5000 })).body);
    expect(en.rows).toEqual([{ within: true, past: false }]);
    const note = (lang: string) => (lang === 'en' ? `The pattern ".*b.*c.*d" of =~ at line 1, column ` : `Pola ".*b.*c.*d" pada =~ di baris 1, kolom `);
    expect(en.notes).toHaveLength(2);
    expect(en.notes![0]).toMatch(new RegExp(`^${note('en').replace(/[.*]/g, '\\$&')}\\d+ is matched only against texts of at most 793 characters: a longer text does not match it\\.`));
    const id = cypherResultShape.parse((await post({ query, timeoutMs: 5000 }, '?lang=id')).body);
    expect(id.notes![1]).toMatch(new RegExp(`^${note('id').replace(/[.*]/g, '\\$&')}\\d+ hanya dicocokkan dengan teks sepanjang paling banyak 793 karakter: teks yang lebih panjang tidak cocok\\.`));
    // The commonest pattern (two .*, bound 22,360) gets no note.
    expect((await rows("RETURN 'Sentra Ceper' =~ '(?i).*ceper.*' AS m")).notes).toBeUndefined();
  });

  it('matches what analysts match: text within the bound, alternatives, flags, quotes', async () => {
    // 2^14 = 16,384 characters is within the bound of 22,360; 2^15 = 32,768 is past it and does not match.
    expect((await rows(`RETURN ${doubled(14)} =~ '(?i).*A.*' AS within, ${doubled(15)} =~ '(?i).*A.*' AS past`)).rows).toEqual([{ within: true, past: false }]);
    const r = await rows(
      "RETURN 'Sentra IKM logam Ceper' =~ '(?i).*' + $q + '.*' AS q, 'CV' =~ 'PT.*|CV' AS alt, 'x(y' =~ '.*\\\\Q(y' AS quoted, '10.0.12.255' =~ '^(\\\\d{1,3}\\\\.){3}\\\\d{1,3}$' AS ip, 'ab' =~ 'b' AS whole",
      { q: 'CEPER' },
    );
    expect(r.rows).toEqual([{ q: true, alt: true, quoted: true, ip: true, whole: false }]);
  });

  it('names an unnamed column as the analyst wrote it, in JSON and CSV', async () => {
    const query = "RETURN 'Ceper' =~ '(?i)' + $q + '.*'";
    const r = await rows(query, { q: 'CEP' });
    expect(r.columns).toEqual(["'Ceper' =~ '(?i)' + $q + '.*'"]);
    expect(r.rows).toEqual([{ "'Ceper' =~ '(?i)' + $q + '.*'": true }]);
    const csv = await post({ query, params: { q: 'CEP' } }, '?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.text.split(/\r?\n/)[0]).toBe("'Ceper' =~ '(?i)' + $q + '.*'");
  });

  it('puts Neo4j’s position of a mistake after a pattern back in the analyst’s text', async () => {
    const query = "MATCH (f:Firm)\nWHERE f.name =~ '(?i).*' + $q + '.*' RETRUN f";
    const r = await post({ query, params: { q: 'x' } });
    expect(r.status).toBe(400);
    const message = errorOf(r.body).message;
    // RETRUN is at offset 52 of what was written: line 2, column 52 - 15 + 1 = 38.
    expect(query.indexOf('RETRUN')).toBe(52);
    expect(message).toContain('(line 2, column 38 (offset: 52))');
    expect(message).toContain(`"WHERE f.name =~ '(?i).*' + $q + '.*' RETRUN f"\n${' '.repeat(37)}^`);
    expect(message).not.toContain('rantaiPattern');
  });

  it('refuses an exponential pattern before Neo4j sees it, in both languages', async () => {
    // a? written 40 times then 40 a's, on 40 a's and a b: 2^40 ways (2^30 took 11 s in Java 17).
    const query = `RETURN '${'a'.repeat(40)}b' =~ '${'a?'.repeat(40)}${'a'.repeat(40)}' AS m`;
    const en = await post({ query, timeoutMs: 1000 });
    expect(en.status).toBe(400);
    expect(errorOf(en.body).code).toBe('query_refused');
    expect(errorOf(en.body).message).toMatch(/combines more than 1,000 ways to match/);
    const id = await post({ query, timeoutMs: 1000 }, '?lang=id');
    expect(errorOf(id.body).message).toMatch(/menggabungkan lebih dari 1\.000 cara pencocokan/);
    expect(store.consoleQueries.inUse()).toBe(0);
  });

  it('answers patterns whose greedy match would overflow Java’s stack, on a text of characters outside the BMP', async () => {
    // 2^16 times "a😀" (131,072 code points, 196,608 UTF-16 units), within the bound of one free
    // quantifier (1,000,000). Each of these hung for 120 s before: `.*` in the guard's greedy
    // lookahead, the others in Pattern.GroupCurly and Pattern.Curly as each repetition's length
    // changed. By hand: every code point is matched by '.', the text alternates a and 😀, and it has no b.
    const started = Date.now();
    const r = await rows(
      "WITH reduce(s = 'a😀', i IN range(1, 16) | s + s) AS t RETURN size(t) AS n, t =~ '.*' AS any, t =~ '(?:.)+' AS dots, t =~ '(?>.)+' AS atomic, t =~ '(a.)+' AS pairs, t =~ '(a.)+b' AS b",
    );
    expect(r.rows).toEqual([{ n: 131_072, any: true, dots: true, atomic: true, pairs: true, b: false }]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(store.consoleQueries.inUse()).toBe(0);
  });

  it('gives the answer Java gives the pattern as written, though it sends its group repetitions lazy', async () => {
    // The oracle is Neo4j itself matching each pattern as written (through the driver, short texts
    // that cannot overflow anything); the console sends (ab)*? for (ab)* and so on.
    const patterns = ['(ab)*', '(a.)+b?', '(?:ab){2,}c', '^(?:[a-c]x)+$', '(?>.)+', '(\\d\\d)+-(?:ab)*', '(?:a|b)?(ab)+b', '(?i)(ab)+'];
    const texts = ['', 'ab', 'abab', 'ababc', 'a😀ab', 'axbxcx', '12-abab', '1234-ab', 'ababab', 'bababb', 'ABab'];
    const session = driver.session({ database });
    try {
      for (const pattern of patterns) {
        const direct = await session.run('UNWIND $texts AS t RETURN collect(t =~ $pattern) AS m', { texts, pattern });
        const expected = direct.records[0]!.get('m') as boolean[];
        const viaConsole = await rows('UNWIND $texts AS t RETURN t =~ $pattern AS m', { texts, pattern });
        expect(viaConsole.rows.map((row) => row.m), pattern).toEqual(expected);
      }
    } finally {
      await session.close();
    }
  });

  it('refuses a pattern too deep for Java’s stack, in both languages, and answers the deepest it takes', async () => {
    const deep = `RETURN '${'a'.repeat(1001)}' =~ '${'.'.repeat(1001)}' AS m`;
    const en = await post({ query: deep, timeoutMs: 1000 });
    expect(en.status).toBe(400);
    expect(errorOf(en.body).code).toBe('query_refused');
    expect(errorOf(en.body).message).toMatch(/has more than 1,000 parts one after another .*Shorten it, or split it into several =~ joined with AND$/);
    const id = await post({ query: deep, timeoutMs: 1000 }, '?lang=id');
    expect(errorOf(id.body).message).toMatch(/memuat lebih dari 1\.000 bagian berurutan/);
    const atomic = await post({ query: "RETURN 'abab' =~ '(?>(?:ab)+)' AS m", timeoutMs: 1000 }, '?lang=id');
    expect(errorOf(atomic.body).message).toMatch(/di dalam grup atomik \(\?>…\)/);
    // 1,000 '.' in a row on 1,000 characters outside the BMP (2,000 UTF-16 units): answered.
    const r = await rows(`RETURN reduce(s = '', i IN range(1, 1000) | s + '😀') =~ '${'.'.repeat(1000)}' AS m`);
    expect(r.rows).toEqual([{ m: true }]);
    expect(store.consoleQueries.inUse()).toBe(0);
  });
});
