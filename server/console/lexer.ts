// Splits a console query into tokens the way Neo4j 5.26 itself does, so that the text checks see
// exactly the words Neo4j will see. The rules follow Neo4j's own grammar,
// community/cypher/front-end/parser/v5/parser/src/main/antlr4/org/neo4j/cypher/internal/parser/v5/Cypher5Lexer.g4
// (the ANTLR lexer that Neo4j 5.26 uses by default: internal.cypher.parser.antlr_enabled = true), as
// compiled into cypher-v5-antlr-parser-5.26.30.jar:
//   SPACE                 \t \n \u000B \u000C \r \u001C-\u001F space \u00A0 \u1680 \u2000-\u200A
//                         \u2028 \u2029 \u202F \u205F \u3000 (hidden)
//   SINGLE_LINE_COMMENT   '//' ~[\r\n]*  — ends at \r or \n only: \u2028, \u2029 and \u0085 do
//                         NOT end it (hidden)
//   MULTI_LINE_COMMENT    '/*' .*? '*/'  — not nested: the first */ ends it (hidden); an unclosed
//                         one is no comment at all for Neo4j (its text is lexed as code), so we refuse it
//   STRING_LITERAL1/2     '…' and "…" with a backslash escaping any one character
//   ESCAPED_SYMBOLIC_NAME `…` with `` for a backtick
//   IDENTIFIER            LETTER PART_LETTER*, where LETTER is a BMP letter, letter number or
//                         connector punctuation (Unicode L, Nl, Pc) and PART_LETTER adds digits, marks,
//                         currency signs, format characters (Cf, e.g. U+200B, U+FEFF) and the control
//                         characters U+0000-U+0008, U+000E-U+001B, U+007F-U+009F — so U+0085 joins
//                         the words around it (LOAD\u0085CSV is one name); Java's
//                         isJavaIdentifierStart/Part without the currency signs at the start
//   keywords              ASCII letters only, in any case (fragments [aA] … [zZ])
// test/console/lexer-vs-neo4j.neo4j.test.ts checks this file against Neo4j's EXPLAIN.
import { AppError } from '../errors.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The text as written (a quoted name or string with its quotes). */
  text: string;
  /** For `word` and `quoted`: the name itself (backticks removed, doubled backticks undone). */
  name: string;
  /** Offset (UTF-16) of the token's first character in the query. */
  at: number;
  /** Offset just after the token. */
  end: number;
}

/** Text Neo4j skips: whitespace and comments. */
export interface Hidden {
  kind: 'space' | 'line-comment' | 'block-comment';
  at: number;
  end: number;
}

export interface Scan {
  tokens: Token[];
  hidden: Hidden[];
}

/** Neo4j's SPACE rule (Cypher5Lexer.g4), as code points. */
export const NEO4J_WHITESPACE: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];
const WHITESPACE = new Set(NEO4J_WHITESPACE);

const LETTER = /^[\p{L}\p{Nl}\p{Pc}]$/u;
const PART_EXTRA = /^[\p{Nd}\p{Mn}\p{Mc}\p{Sc}\p{Cf}]$/u;
/** Control characters that Java (and so Neo4j) counts as ignorable parts of a name. */
const isIgnorableControl = (cp: number): boolean => cp <= 0x08 || (cp >= 0x0e && cp <= 0x1b) || (cp >= 0x7f && cp <= 0x9f);

// Neo4j's character sets are within the Basic Multilingual Plane: anything beyond is an error
// character for Neo4j, never part of a name.
const isLetter = (cp: number): boolean => cp <= 0xffff && LETTER.test(String.fromCharCode(cp));
const isPartLetter = (cp: number): boolean =>
  cp <= 0xffff && (isIgnorableControl(cp) || LETTER.test(String.fromCharCode(cp)) || PART_EXTRA.test(String.fromCharCode(cp)));
const isDigit = (cp: number | undefined): boolean => cp !== undefined && cp >= 0x30 && cp <= 0x39;

/** Whether a code point is whitespace for Neo4j 5.26. */
export const isNeo4jWhitespace = (cp: number): boolean => WHITESPACE.has(cp);

/** Upper case of ASCII letters only: Neo4j's keywords match ASCII letters in any case, nothing else. */
export const asciiUpper = (text: string): string => text.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 32));

/** The code point at `i` and its length in UTF-16 units. */
function codePoint(query: string, i: number): { cp: number; size: number } {
  const cp = query.codePointAt(i)!;
  return { cp, size: cp > 0xffff ? 2 : 1 };
}

/** Offset after a run of PART_LETTER characters starting at `i`. */
function endOfPartLetters(query: string, i: number): number {
  let end = i;
  while (end < query.length) {
    const { cp, size } = codePoint(query, end);
    if (!isPartLetter(cp)) break;
    end += size;
  }
  return end;
}

/** Reads a quoted string or name starting at `start`; returns the offset after its closing quote. */
function endOfQuoted(query: string, start: number, quote: string, lang: ConsoleLang): number {
  let i = start + 1;
  while (i < query.length) {
    const c = query[i]!;
    if (quote !== '`' && c === '\\') {
      // EscapeSequence: '\\' . — any one character (a whole code point) follows the backslash.
      i += 1 + (i + 1 < query.length ? codePoint(query, i + 1).size : 1);
      continue;
    }
    if (c === quote) {
      // A doubled backtick is an escaped backtick inside a quoted name.
      if (quote === '`' && query[i + 1] === '`') {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  throw new AppError('query_refused', consoleMessages(lang).neverClosed[quote === '`' ? 'name' : 'string']);
}

/**
 * Offset after a number starting at `i` (a digit, or "." and a digit): DECIMAL_DOUBLE,
 * UNSIGNED_DECIMAL_INTEGER, hex and octal integers, all of which may run on into PART_LETTER
 * characters (Neo4j then reports an invalid number).
 */
function endOfNumber(query: string, i: number): number {
  let end = query[i] === '.' ? i + 1 : i;
  end = endOfPartLetters(query, end);
  if (query[end] === '.' && isDigit(query.codePointAt(end + 1))) end = endOfPartLetters(query, end + 1);
  // An exponent with a sign: 1.5e-3, 2E+10.
  if (/[eE]$/.test(query.slice(i, end)) && (query[end] === '+' || query[end] === '-') && isDigit(query.codePointAt(end + 1))) end = endOfPartLetters(query, end + 1);
  return end;
}

/** Tokens and skipped text of a query; throws query_refused for unclosed strings, names or comments. */
export function scan(query: string, lang: ConsoleLang = 'en'): Scan {
  const tokens: Token[] = [];
  const hidden: Hidden[] = [];
  const push = (kind: TokenKind, at: number, end: number, name = ''): void => {
    tokens.push({ kind, text: query.slice(at, end), name, at, end });
  };
  let i = 0;
  while (i < query.length) {
    const { cp, size } = codePoint(query, i);
    const c = query[i]!;
    if (isNeo4jWhitespace(cp)) {
      hidden.push({ kind: 'space', at: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === '/' && query[i + 1] === '/') {
      let end = i + 2;
      while (end < query.length && query[end] !== '\n' && query[end] !== '\r') end++;
      hidden.push({ kind: 'line-comment', at: i, end });
      i = end;
      continue;
    }
    if (c === '/' && query[i + 1] === '*') {
      const close = query.indexOf('*/', i + 2);
      if (close < 0) throw new AppError('query_refused', consoleMessages(lang).neverClosed.comment);
      hidden.push({ kind: 'block-comment', at: i, end: close + 2 });
      i = close + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = endOfQuoted(query, i, c, lang);
      push('string', i, end);
      i = end;
      continue;
    }
    if (c === '`') {
      const end = endOfQuoted(query, i, '`', lang);
      push('quoted', i, end, query.slice(i + 1, end - 1).replaceAll('``', '`'));
      i = end;
      continue;
    }
    if (isDigit(cp) || (c === '.' && isDigit(query.codePointAt(i + 1)))) {
      const end = endOfNumber(query, i);
      push('number', i, end);
      i = end;
      continue;
    }
    if (isLetter(cp)) {
      const end = endOfPartLetters(query, i + size);
      const text = query.slice(i, end);
      push('word', i, end, text);
      i = end;
      continue;
    }
    // DOTDOT is one token for Neo4j: `1..3` is 1, .., 3 (not 1, ., .3).
    const width = c === '.' && query[i + 1] === '.' ? 2 : size;
    push('punct', i, i + width);
    i += width;
  }
  return { tokens, hidden };
}

/** The tokens of a query (whitespace and comments left out). */
export const tokenize = (query: string, lang: ConsoleLang = 'en'): Token[] => scan(query, lang).tokens;

/** Whether a token is a name (plain or backtick-quoted). */
export const isName = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'quoted');

/** Whether a token is the given punctuation character. */
export const isPunct = (t: Token | undefined, ch: string): boolean => t !== undefined && t.kind === 'punct' && t.text === ch;

/** Whether a token ends a value (a name, a string, a closing bracket), so that a `[` after it indexes that value rather than opening a list. */
export const endsValue = (t: Token | undefined): boolean =>
  t !== undefined && (t.kind === 'word' || t.kind === 'quoted' || t.kind === 'string' || (t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')));

/** Whether a token is the given keyword (a plain word, ASCII letters in any case). */
export const isKeyword = (t: Token | undefined, keyword: string): boolean => t !== undefined && t.kind === 'word' && asciiUpper(t.text) === keyword;

/**
 * Reads a dotted name (`db.schema.visualization`, `` `apoc`.load.json ``) starting at token `i`.
 * Returns the joined name and the index just after it.
 */
export function dottedName(tokens: readonly Token[], i: number): { name: string; next: number } | null {
  if (!isName(tokens[i])) return null;
  const parts = [tokens[i]!.name];
  let j = i + 1;
  while (isPunct(tokens[j], '.') && isName(tokens[j + 1])) {
    parts.push(tokens[j + 1]!.name);
    j += 2;
  }
  return { name: parts.join('.'), next: j };
}

/** Line and column (1-based, as Neo4j counts them) of an offset, for messages. */
export function lineAndColumn(query: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (query[i] === '\n' || (query[i] === '\r' && query[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
