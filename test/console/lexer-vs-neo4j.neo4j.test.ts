// The console's lexer against Neo4j itself (issue 18, item 1): queries generated from fragments —
// comments of each kind ended by each line end (real ones and characters that only look like one),
// every whitespace character of Neo4j's grammar and characters that only look like whitespace,
// strings with escapes, backtick names, keywords hidden in comments — are planned by the test Neo4j
// with EXPLAIN (which runs nothing) twice: as generated, and rebuilt from the lexer's tokens alone
// (every comment and every run of whitespace replaced by one space, adjacent tokens kept adjacent).
// If the lexer takes anything for a comment or whitespace that Neo4j reads as code (or the other
// way round), the two differ: one fails and the other plans, or the plans differ. And the security
// claim on its own: whenever Neo4j plans a LoadCSV, the lexer saw the words LOAD CSV.
// fast-check, fixed seed, a short run for CI; plus every whitespace and look-alike character and
// every line end, one by one.
import fc from 'fast-check';
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asciiUpper, NEO4J_WHITESPACE, scan, type Token } from '../../server/console/lexer.ts';
import type { PlanNode } from '../../server/console/index.ts';
import { testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const PARAMS = { url: 'file:///nonexistent/none.csv' };

type Planned = { ok: true; type: string; plan: string } | { ok: false; code: string };

/**
 * A column without an alias is named by its text as written, comments and all; in the comparison
 * such a name counts without its comments and whitespace (a comment that swallows `AS c` is fine as
 * long as Neo4j and the lexer agree on what it swallowed).
 */
const columnName = (details: string): string =>
  details.replace(/`((?:[^`]|``)*)`/g, (_m, name: string) => `\`${name.replace(/\/\*[\s\S]*?\*\/|\/\/[^\r\n]*|\s/g, '')}\``);

/** An operator tree as text: operator, details and children, so equal plans give equal text. */
const signature = (p: PlanNode): string => `${p.operatorType}(${columnName(String(p.arguments?.Details ?? ''))})[${(p.children ?? []).map(signature).join(',')}]`;

/** The query rebuilt from the lexer's tokens: hidden text becomes one space, adjacent tokens stay adjacent. */
const rebuilt = (tokens: readonly Token[]): string => tokens.map((t, i) => (i > 0 && tokens[i - 1]!.end !== t.at ? ' ' : '') + t.text).join('');

const saysLoadCsv = (tokens: readonly Token[]): boolean =>
  tokens.some((t, i) => t.kind === 'word' && asciiUpper(t.text) === 'LOAD' && tokens[i + 1]?.kind === 'word' && asciiUpper(tokens[i + 1]!.text) === 'CSV');

// Characters Neo4j 5.26 does not take for whitespace although other tools do (or they are invisible).
const LOOK_ALIKES = ['\u0085', '\u200b', '\ufeff', '\u00ad', '\u180e', '\u2060', '\u0008', '\u007f', '\u0000'];
const REAL_LINE_ENDS = ['\n', '\r', '\r\n'];
const FAKE_LINE_ENDS = ['\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\u001c', '\u001f'];
const COMMENT_TEXT = ['', ' c', ' LOAD CSV FROM $url AS l2', " 'x", ' "y', ' `z', ' /* inner', ' // again', ' *', ' RETURN 3 AS q', ' \u2028 MATCH (m) '];

const whitespace = fc.constantFrom(...NEO4J_WHITESPACE.map((c) => String.fromCharCode(c)));
const lineComment = fc.tuple(fc.constantFrom(...COMMENT_TEXT), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...REAL_LINE_ENDS) }, { weight: 2, arbitrary: fc.constantFrom(...FAKE_LINE_ENDS) })).map(([text, end]) => `//${text}${end}`);
const blockComment = fc
  .array(fc.constantFrom(...COMMENT_TEXT, ...REAL_LINE_ENDS, ...FAKE_LINE_ENDS, ' /* nested? ', ' */ LOAD CSV FROM $url AS l3 /* '), { maxLength: 3 })
  .map((parts) => `/*${parts.join('')}*/`);
const gap = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(' ') },
      { weight: 4, arbitrary: whitespace },
      { weight: 3, arbitrary: lineComment },
      { weight: 3, arbitrary: blockComment },
      { weight: 1, arbitrary: fc.constantFrom(...LOOK_ALIKES) },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => parts.join(''));

/** String literal contents with escapes, quotes, comment markers and line ends. */
const stringLiteral = fc
  .tuple(fc.constantFrom("'", '"'), fc.array(fc.constantFrom('a', ' ', '\\\\', "\\'", '\\"', '\\n', '\\u0041', '//', '/*', '*/', '`', "'", '"', '\r', '\u2028', '\u001c', 'LOAD CSV'), { maxLength: 6 }))
  .map(([q, parts]) => q + parts.map((p) => (p === q ? `\\${q}` : p)).join('') + q);
/** Backtick-quoted names with doubled backticks, quotes and comment markers. */
const quotedName = fc.array(fc.constantFrom('a', ' ', '``', "'", '"', '//', '/*', '\r', 'LOAD'), { minLength: 1, maxLength: 5 }).map((parts) => `\`${parts.join('')}\``);

/** Valid queries as token lists (gaps go between the tokens); each with an alias so column names do not echo the text. */
const skeleton = fc.oneof(
  fc.constant(['WITH', '1', 'AS', 'x', 'LOAD', 'CSV', 'FROM', '$', 'url', 'AS', 'l', 'RETURN', 'l', 'AS', 'row']),
  fc.constant(['MATCH', '(', 'n', ':', 'Firm', ')', 'WHERE', 'n', '.', 'tier', '=', "'IKM'", 'RETURN', 'n', '.', 'id', 'AS', 'id']),
  fc.constant(['UNWIND', '[', '1', ',', '2', ']', 'AS', 'x', 'RETURN', 'x', '*', '2', 'AS', 'y']),
  fc.constant(['CALL', 'db', '.', 'labels', '(', ')', 'YIELD', 'label', 'RETURN', 'label', 'AS', 'l']),
  fc.constant(['MATCH', '(', 'a', ')', '-', '[', 'r', ':', 'SUPPLIES', ']', '->', '(', 'b', ')', 'RETURN', 'count', '(', 'r', ')', 'AS', 'c']),
  stringLiteral.map((s) => ['RETURN', s, 'AS', 's']),
  quotedName.map((n) => ['WITH', '1', 'AS', n, 'RETURN', n, 'AS', 'v']),
);

const query = fc
  .tuple(skeleton, fc.array(gap, { minLength: 32, maxLength: 32 }), fc.array(fc.integer({ min: 0, max: 9 }).map((n) => n < 7), { minLength: 32, maxLength: 32 }))
  .map(([tokens, gaps, plain]) =>
    tokens
      // Seven gaps in ten are a plain space, so that many queries stay valid and their plans are
      // compared; so are the gaps before the final `AS alias`, which names the column.
      .map((t, i) => (i === 0 ? '' : plain[i]! || i >= tokens.length - 2 ? ' ' : gaps[i]!) + t)
      .join('') + (plain[0]! ? '' : gaps[0]!),
  );

describe.skipIf(uri === null)("the console's lexer agrees with Neo4j's EXPLAIN", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = neo4j.driver(uri!, process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined);
  });
  afterAll(async () => {
    await driver?.close();
  });

  async function explain(text: string): Promise<Planned> {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const { summary } = await session.run(`EXPLAIN ${text}`, PARAMS);
      return { ok: true, type: summary.queryType, plan: summary.plan ? signature(summary.plan) : '' };
    } catch (error) {
      if (error instanceof Neo4jError) return { ok: false, code: error.code };
      throw error;
    } finally {
      await session.close();
    }
  }

  /** Checks the claims for one query; returns what Neo4j made of it and the disagreement, if any. */
  async function compare(text: string): Promise<{ original: Planned; problem: string | null }> {
    const original = await explain(text);
    let tokens: Token[];
    try {
      tokens = scan(text).tokens;
    } catch {
      // The lexer refuses unclosed strings, names and comments: Neo4j must not plan such a query either.
      return { original, problem: original.ok ? `the lexer refused a query Neo4j plans: ${JSON.stringify(text)}` : null };
    }
    if (original.ok && original.plan.includes('LoadCSV') && !saysLoadCsv(tokens)) return { original, problem: `Neo4j plans LoadCSV but the lexer saw no LOAD CSV: ${JSON.stringify(text)}` };
    const again = await explain(rebuilt(tokens));
    if (original.ok !== again.ok || (original.ok && again.ok && (original.plan !== again.plan || original.type !== again.type))) {
      return { original, problem: `Neo4j reads ${JSON.stringify(text)} as ${JSON.stringify(original)} but the lexer's tokens ${JSON.stringify(rebuilt(tokens))} as ${JSON.stringify(again)}` };
    }
    return { original, problem: null };
  }
  const disagreement = async (text: string): Promise<string | null> => (await compare(text)).problem;

  it('plans the lexer-rebuilt query exactly like the generated one (fast-check, seed 18)', async () => {
    let planned = 0;
    await fc.assert(
      fc.asyncProperty(query, async (text) => {
        const { original, problem } = await compare(text);
        if (problem) throw new Error(problem);
        if (original.ok) planned++;
      }),
      { seed: 18, numRuns: 300 },
    );
    // Enough of the generated queries are valid for their plans to be compared, not just their errors.
    expect(planned).toBeGreaterThan(100);
  }, 180_000);

  it.each([...NEO4J_WHITESPACE.map((c) => String.fromCharCode(c)), ...LOOK_ALIKES].map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    'agrees on %s between the words of LOAD CSV',
    async (_name, c) => {
      const text = `WITH 1 AS x${c}LOAD${c}CSV FROM $url AS l RETURN l AS row`;
      expect(await disagreement(text)).toBeNull();
      // Whitespace for Neo4j ⇔ LoadCSV planned ⇔ the lexer saw LOAD CSV.
      const planned = await explain(text);
      expect([planned.ok && planned.plan.includes('LoadCSV'), saysLoadCsv(scan(text).tokens)]).toEqual([NEO4J_WHITESPACE.includes(c.charCodeAt(0)), NEO4J_WHITESPACE.includes(c.charCodeAt(0))]);
    },
  );

  it.each([...REAL_LINE_ENDS, ...FAKE_LINE_ENDS].map((c) => [JSON.stringify(c), c]))('agrees on whether %s ends a // comment', async (_name, end) => {
    const text = `WITH 1 AS x // c${end}LOAD CSV FROM $url AS l RETURN l AS row`;
    expect(await disagreement(text)).toBeNull();
    const planned = await explain(text);
    expect([planned.ok && planned.plan.includes('LoadCSV'), saysLoadCsv(scan(text).tokens)]).toEqual([REAL_LINE_ENDS.includes(end), REAL_LINE_ENDS.includes(end)]);
  });

  it('agrees that block comments do not nest', async () => {
    expect(await disagreement('WITH 1 AS x /* a /* b */ LOAD CSV FROM $url AS l RETURN l AS row')).toBeNull();
    expect(saysLoadCsv(scan('WITH 1 AS x /* a /* b */ LOAD CSV FROM $url AS l RETURN l AS row').tokens)).toBe(true);
  });
});
