// The bound on the text a checked `=~` pattern is matched against (server/console/regex-guard.ts),
// and how the query run carries it: each pattern becomes a parameter (regex-operands.ts), column
// names and Neo4j's positions are put back in the analyst's text (positions.ts). Matching itself is
// Java's, so what the guarded patterns match is tested on a real Neo4j (regex-guard.neo4j.test.ts).
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { checkConsoleQuery } from '../../server/console/index.ts';
import { inWrittenTerms, writtenOffset } from '../../server/console/positions.ts';
import { guardedPattern, MAX_SUBJECT, STEP_BUDGET, subjectLimit } from '../../server/console/regex-guard.ts';
import { writtenColumn } from '../../server/console/regex-operands.ts';
import { analyseRegex, type RegexCost } from '../../server/console/regex-safety.ts';

const costOf = (pattern: string): RegexCost => {
  const a = analyseRegex(pattern);
  if (a.hazard !== null) throw new Error(`${pattern}: ${a.hazard}`);
  return a;
};

describe('subjectLimit: the longest text worth STEP_BUDGET steps', () => {
  it('is (budget / choices)^(1 / degree), at most MAX_SUBJECT', () => {
    expect(STEP_BUDGET).toBe(5e8);
    // Two free quantifiers, one way: floor(sqrt(5e8)) = floor(22,360.68) = 22,360.
    expect(subjectLimit(costOf('(?i).*ceper.*'))).toBe(22_360);
    // Three: floor(cbrt(5e8)) = floor(793.70) = 793.
    expect(subjectLimit(costOf('.*a.*b.*c'))).toBe(793);
    // One free quantifier and 2 × 2 × 2 = 8 ways: 5e8 / 8 = 62,500,000, capped at a million.
    expect(subjectLimit(costOf('^(PT|CV)\\.? ?.*'))).toBe(MAX_SUBJECT);
    // Two free quantifiers and 2^9 = 512 ways: floor(sqrt(5e8 / 512)) = floor(988.2) = 988.
    expect(subjectLimit(costOf('[ab]?'.repeat(9) + '.*x.*'))).toBe(988);
  });

  it('is none for a pattern without free quantifiers, whose work does not grow with the text', () => {
    expect(subjectLimit(costOf('^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$'))).toBeNull();
    expect(guardedPattern('PT Ceper', costOf('PT Ceper'))).toBe('PT Ceper');
  });
});

describe('guardedPattern', () => {
  it('puts the pattern in a group behind a lookahead on the length, so that a | stays inside', () => {
    expect(guardedPattern('a.*|b', costOf('a.*|b'))).toBe('(?=[\\s\\S]{0,1000000}+\\z)(?:a.*|b)');
  });

  it('ends an open \\Q quote before closing the group', () => {
    expect(guardedPattern('.*\\Q(x', costOf('.*\\Q(x'))).toBe('(?=[\\s\\S]{0,1000000}+\\z)(?:.*\\Q(x\\E)');
  });
});

describe('checkConsoleQuery: what may follow a =~ pattern', () => {
  const refusedCode = (query: string): string | null => {
    try {
      checkConsoleQuery(query);
      return null;
    } catch (error) {
      return (error as { code?: string }).code ?? 'thrown';
    }
  };

  it('refuses a pattern extended by ||, which Neo4j 5 reads as concatenation (the check saw only the empty string)', () => {
    // The pattern Neo4j would have compiled, '(.*a){20}b', backtracks without end; written alone it is refused.
    expect(refusedCode("RETURN 'aaaa' =~ '(.*a){20}b' AS m")).toBe('query_refused');
    for (const q of ["RETURN 'aaaa' =~ '' || '(.*a){20}b' AS m", "MATCH (f:Firm) RETURN f.id =~ '' || f.name", "RETURN 'a' =~ $p || 'x'", "RETURN 'a' =~ 'a' - 1", "RETURN 'a' =~ $p:Label"]) {
      expect(refusedCode(q), q).toBe('query_refused');
    }
  });

  it('still passes a pattern ended by a word, a bracket, a comma, a comparison or a comprehension\'s |', () => {
    for (const q of [
      "MATCH (f:Firm) WHERE f.name =~ '(?i).*ceper.*' AND f.tier = 'IKM' RETURN f.id",
      "RETURN ('a' =~ 'a'), ['b' =~ 'b'], {m: 'c' =~ 'c'}",
      "RETURN 'a' =~ 'a' = true AS t",
      "RETURN [x IN ['a', 'b'] WHERE x =~ 'a' | x] AS xs",
      "RETURN CASE WHEN 'a' =~ 'a' THEN 1 ELSE 0 END AS c",
    ]) {
      expect(refusedCode(q), q).toBeNull();
    }
  });
});

describe('checkConsoleQuery: each =~ pattern is sent as a parameter holding the guarded pattern', () => {
  it('replaces literals and parameters joined with +, keeping the analyst’s parameters', () => {
    const query = "MATCH (f:Firm) WHERE f.name =~ '(?i).*' + $q + '.*' RETURN f.id";
    const checked = checkConsoleQuery(query, { q: 'ceper' });
    expect(checked.text).toBe('MATCH (f:Firm) WHERE f.name =~ $rantaiPattern0 RETURN f.id');
    expect(checked.params).toEqual({ rantaiPattern0: '(?=[\\s\\S]{0,22360}+\\z)(?:(?i).*ceper.*)' });
    expect(checked.written).toBe(query);
    // The operand keeps the checked pattern, where its =~ stands and its bound (22,360: two free
    // quantifiers, sqrt(5·10^8)), for the answer's notes.
    expect(checked.patterns).toEqual([
      {
        reference: '$rantaiPattern0',
        at: 31,
        text: "'(?i).*' + $q + '.*'",
        from: 31,
        to: 51,
        operand: { from: 31, to: 51, guarded: '(?=[\\s\\S]{0,22360}+\\z)(?:(?i).*ceper.*)', pattern: '(?i).*ceper.*', line: 1, column: 29, bound: 22_360 },
      },
    ]);
  });

  it('sends the string that was checked, Cypher’s escapes undone, even where no bound is needed', () => {
    const checked = checkConsoleQuery(String.raw`RETURN 'x' =~ 'f-\\d\\d', 'y' =~ '\u0041'`);
    expect(checked.text).toBe('RETURN \'x\' =~ $rantaiPattern0, \'y\' =~ $rantaiPattern1');
    expect(checked.params).toEqual({ rantaiPattern0: 'f-\\d\\d', rantaiPattern1: 'A' });
  });

  it('picks a parameter name the query neither uses nor mentions', () => {
    expect(checkConsoleQuery("RETURN 'rantaiPattern' =~ 'x' AS m").text).toBe('RETURN \'rantaiPattern\' =~ $rantaiPattern_0 AS m');
    expect(checkConsoleQuery("RETURN $rantaiPattern0x =~ 'x' AS m", { rantaiPattern0x: 'y' }).text).toBe('RETURN $rantaiPattern0x =~ $rantaiPattern_0 AS m');
  });

  it('leaves a query without =~ as written', () => {
    const checked = checkConsoleQuery('MATCH (f:Firm) RETURN f.name;');
    expect([checked.text, checked.written, checked.params, checked.patterns]).toEqual(['MATCH (f:Firm) RETURN f.name', 'MATCH (f:Firm) RETURN f.name', {}, []]);
  });
});

describe('back in the analyst’s terms', () => {
  const written = "MATCH (f:Firm)\nWHERE f.name =~ '(?i).*' + $q + '.*' AND f.tier = 'X' RETRUN f";
  const checked = checkConsoleQuery(written.replace('RETRUN', 'RETURN'), { q: 'c' });
  const patterns = checked.patterns;
  const run = checked.text;

  it('names a column by what the analyst wrote, $…Pattern1 not read inside $…Pattern10', () => {
    const many = checkConsoleQuery(`RETURN ${Array.from({ length: 11 }, (_, k) => `'x' =~ 'x${k}'`).join(', ')}`);
    expect(writtenColumn("'x' =~ $rantaiPattern10", many.patterns)).toBe("'x' =~ 'x10'");
    expect(writtenColumn("'x' =~ $rantaiPattern1", many.patterns)).toBe("'x' =~ 'x1'");
    expect(writtenColumn('m', many.patterns)).toBe('m');
  });

  it('maps offsets after a pattern back by the difference in length, inside it to its start', () => {
    const at = patterns[0]!.at;
    expect(writtenOffset(at - 1, patterns)).toBe(at - 1);
    expect(writtenOffset(at + 3, patterns)).toBe(patterns[0]!.from);
    // "AND" after the pattern: in the run text after "$rantaiPattern0 ", in the written after "'.*' ".
    expect(writtenOffset(run.indexOf('AND'), patterns)).toBe(written.indexOf('AND'));
  });

  it('rewrites Neo4j’s position, quoted line and caret for an error after a pattern on line 2', () => {
    // Neo4j's message for the run text (EXPLAIN-prefixed) with RETRUN: line 2, offset of RETRUN + 8.
    const runText = `EXPLAIN ${run.replace('RETURN', 'RETRUN')}`;
    const offset = runText.indexOf('RETRUN');
    const lineStart = runText.lastIndexOf('\n', offset) + 1;
    const runLine = runText.slice(lineStart, runText.indexOf('\n', offset) < 0 ? undefined : runText.indexOf('\n', offset));
    const error = new Neo4jError(`Invalid input 'RETRUN': expected an expression (line 2, column ${offset - lineStart + 1} (offset: ${offset}))\n"${runLine}"\n${' '.repeat(offset - lineStart)}^`, 'Neo.ClientError.Statement.SyntaxError', '42001', 'x');
    const mapped = inWrittenTerms(error, { written, patterns }, 'EXPLAIN ') as Neo4jError;
    const at = written.indexOf('RETRUN');
    const column = at - written.indexOf('\n') ;
    expect(mapped.message).toBe(
      `Invalid input 'RETRUN': expected an expression (line 2, column ${column} (offset: ${at}))\n"WHERE f.name =~ '(?i).*' + $q + '.*' AND f.tier = 'X' RETRUN f"\n${' '.repeat(column - 1)}^`,
    );
  });
});
