// The `=~` guard on the real Neo4j (server/console/regex-guard.ts): Java matches a pattern the
// console passed only against text up to its bound, so a query that builds a long text cannot keep
// a core busy past its time limit; what analysts match still matches; and what the analyst sees
// (column names, Neo4j's positions) is in the text they wrote, not the one run with parameters.
// The exponential pattern of the console review of 2026-12-05 is refused before Neo4j sees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherResultShape } from '../../server/console/index.ts';
import { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const options = { uri: uri ?? '', user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE ?? 'neo4j' };

/** A text of 2^k a's, built by doubling in the query itself (what no text check can bound). */
const doubled = (k: number) => `reduce(s = 'a', i IN range(1, ${k}) | s + s)`;

describe.skipIf(uri === null)('the =~ guard on Neo4j', () => {
  let store: Neo4jStore;
  let server: TestServer;

  beforeAll(async () => {
    store = await Neo4jStore.connect(options);
    server = await serveWith(store);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
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
});
