// The console's lexer (server/console/lexer.ts) on the rules of Neo4j's Cypher5Lexer.g4, one rule at a
// time, without Neo4j. The expected token views are read off the grammar (cited in the lexer's banner)
// and were confirmed with the Cypher5Lexer class of cypher-v5-antlr-parser-5.26.30.jar and with
// EXPLAIN on Neo4j 5.26 (test/console/lexer-vs-neo4j.neo4j.test.ts does that for generated queries).
import { describe, expect, it } from 'vitest';
import { asciiUpper, lineAndColumn, NEO4J_WHITESPACE, scan, tokenize } from '../../server/console/lexer.ts';
import { AppError } from '../../server/errors.ts';

const words = (query: string): string[] => tokenize(query).map((t) => t.text);
const cp = (n: number): string => String.fromCodePoint(n);

describe('lexer: whitespace and line ends (SPACE, SINGLE_LINE_COMMENT)', () => {
  // Cypher5Lexer.g4 SPACE: \t \n \u000B \u000C \r \u001C-\u001F space \u00A0 \u1680 \u2000-\u200A
  // \u2028 \u2029 \u202F \u205F \u3000 — 28 characters.
  it('has exactly the 28 whitespace characters of the grammar', () => {
    const fromGrammar = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0xa0, 0x1680, ...Array.from({ length: 11 }, (_, i) => 0x2000 + i), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
    expect([...NEO4J_WHITESPACE].sort((a, b) => a - b)).toEqual(fromGrammar);
  });

  it.each(NEO4J_WHITESPACE.map((c) => [c.toString(16).padStart(4, '0'), c]))('U+%s separates words', (_hex, c) => {
    expect(words(`LOAD${cp(c)}CSV`)).toEqual(['LOAD', 'CSV']);
  });

  it('ends a // comment at \\r (the reproducer of issue 18) and at \\n, \\r\\n', () => {
    expect(words('WITH 1 AS x // c\rLOAD CSV FROM "file:///etc/shadow" AS l RETURN l')).toEqual(['WITH', '1', 'AS', 'x', 'LOAD', 'CSV', 'FROM', '"file:///etc/shadow"', 'AS', 'l', 'RETURN', 'l']);
    expect(words('RETURN 1 // a\nLOAD')).toEqual(['RETURN', '1', 'LOAD']);
    expect(words('RETURN 1 // a\r\nLOAD')).toEqual(['RETURN', '1', 'LOAD']);
  });

  it.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['U+0085', '\u0085'],
    ['U+000B', '\u000b'],
    ['U+000C', '\u000c'],
    ['U+001C', '\u001c'],
  ])('does not end a // comment at %s (SINGLE_LINE_COMMENT stops at \\r and \\n only)', (_name, c) => {
    expect(words(`RETURN 1 // a${c}LOAD CSV`)).toEqual(['RETURN', '1']);
  });

  it('joins words around characters Neo4j counts as parts of a name (U+0085, U+200B, U+FEFF, U+0000, U+00AD)', () => {
    for (const c of [0x85, 0x200b, 0xfeff, 0x00, 0xad, 0x1b, 0x7f]) expect([c, words(`LOAD${cp(c)}CSV`)]).toEqual([c, [`LOAD${cp(c)}CSV`]]);
  });

  it('starts a name only with a letter, letter number or connector (not a digit, currency or mark)', () => {
    expect(tokenize('_x ⅷ x1 $y').map((t) => t.kind)).toEqual(['word', 'word', 'word', 'punct', 'word']);
    expect(tokenize('€x').map((t) => t.kind)).toEqual(['punct', 'word']);
    expect(tokenize('x€').map((t) => t.text)).toEqual(['x€']);
  });

  it('treats characters beyond the Basic Multilingual Plane as single punctuation (an error for Neo4j)', () => {
    expect(tokenize('LOAD😀CSV').map((t) => [t.kind, t.text])).toEqual([
      ['word', 'LOAD'],
      ['punct', '😀'],
      ['word', 'CSV'],
    ]);
  });
});

describe('lexer: block comments (MULTI_LINE_COMMENT)', () => {
  it('ends a /* comment at the first */ (comments do not nest)', () => {
    expect(words('RETURN 1 /* a /* b */ LOAD CSV */')).toEqual(['RETURN', '1', 'LOAD', 'CSV', '*', '/']);
  });

  it('keeps line ends inside a block comment inside it', () => {
    expect(words('RETURN 1 /* a\r\nLOAD CSV\u2028 */ AS x')).toEqual(['RETURN', '1', 'AS', 'x']);
  });

  it('refuses an unclosed /* (Neo4j would lex its text as code)', () => {
    expect(() => tokenize('RETURN 1 /* LOAD CSV')).toThrow(AppError);
    expect(() => tokenize('RETURN 1 /*/')).toThrow(/never closed/);
  });

  it('reports comments and whitespace as hidden spans', () => {
    expect(scan('a /*b*/ // c\nd').hidden.map((h) => h.kind)).toEqual(['space', 'block-comment', 'space', 'line-comment', 'space']);
  });
});

describe('lexer: strings and quoted names', () => {
  it('lets a backslash escape any one character, quotes included', () => {
    expect(words("RETURN 'it\\'s // not a comment' AS s")).toEqual(['RETURN', "'it\\'s // not a comment'", 'AS', 's']);
    expect(words('RETURN "a\\"b" AS s, \'\\\\\' AS t')).toEqual(['RETURN', '"a\\"b"', 'AS', 's', ',', "'\\\\'", 'AS', 't']);
    // A backslash before a character beyond the BMP escapes the whole character.
    expect(words("RETURN '\\😀' AS s")).toEqual(['RETURN', "'\\😀'", 'AS', 's']);
  });

  it('keeps comment markers, quotes and line ends inside strings and names', () => {
    expect(words("RETURN '/* x' AS `a // b\r`, \"'\" AS c")).toEqual(['RETURN', "'/* x'", 'AS', '`a // b\r`', ',', '"\'"', 'AS', 'c']);
  });

  it('reads a doubled backtick as a backtick inside a quoted name', () => {
    const [t] = tokenize('`a``b`');
    expect([t!.kind, t!.name]).toEqual(['quoted', 'a`b']);
  });

  it('refuses unclosed strings and names', () => {
    expect(() => tokenize("RETURN 'x")).toThrow(/string literal is never closed/);
    expect(() => tokenize('RETURN "x\\"')).toThrow(/string literal is never closed/);
    expect(() => tokenize('RETURN `x')).toThrow(/backtick-quoted name is never closed/);
  });
});

describe('lexer: numbers and keywords', () => {
  it('reads numbers as Neo4j does, ranges and properties apart', () => {
    expect(words('RETURN 1.5e-3, 0x1F, 1_000, .5, 1..3')).toEqual(['RETURN', '1.5e-3', ',', '0x1F', ',', '1_000', ',', '.5', ',', '1', '..', '3']);
  });

  it('folds only ASCII letters when comparing keywords (ſ and ı are not s and i for Neo4j)', () => {
    expect(asciiUpper('load csv')).toBe('LOAD CSV');
    expect(asciiUpper('ſet')).toBe('ſET');
    expect(asciiUpper('lımıt')).toBe('LıMıT');
  });

  it('gives line and column as Neo4j counts them (\\n, \\r\\n and a lone \\r end a line)', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\rcd', 3)).toEqual({ line: 2, column: 1 });
  });
});
