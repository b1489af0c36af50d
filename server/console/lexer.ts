// A small Cypher tokenizer for the console's textual safety checks. It knows only what the checks
// need: comments (dropped), string literals, backtick-quoted names, parameters, numbers, words and
// single punctuation characters, each with its offset in the query text. Lexical rules follow the
// openCypher grammar (Neo4j Cypher Manual, "Syntax": comments, string literals, naming rules).
import { AppError } from '../errors.ts';

export type TokenKind = 'word' | 'quoted' | 'string' | 'param' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** The text as written (a quoted name or string with its quotes). */
  text: string;
  /** For `word` and `quoted`: the name itself (backticks removed, doubled backticks undone). */
  name: string;
  /** Offset of the token's first character in the query. */
  at: number;
}

const refuse = (message: string): AppError => new AppError('query_refused', message);

const isWordStart = (c: string): boolean => /[\p{L}_]/u.test(c);
const isWordPart = (c: string): boolean => /[\p{L}\p{N}_]/u.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Reads a quoted string or name starting at `start`; returns the offset after its closing quote. */
function endOfQuoted(query: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < query.length) {
    const c = query[i]!;
    if (quote !== '`' && c === '\\') {
      i += 2;
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
  throw refuse(quote === '`' ? 'a backtick-quoted name is never closed' : 'a string literal is never closed');
}

/** Splits a query into tokens; throws query_refused for unclosed strings, names or comments. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    if (/\s/u.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && query[i + 1] === '/') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end + 1;
      continue;
    }
    if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end < 0) throw refuse('a /* comment is never closed');
      i = end + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = endOfQuoted(query, i, c);
      tokens.push({ kind: 'string', text: query.slice(i, end), name: '', at: i });
      i = end;
      continue;
    }
    if (c === '`') {
      const end = endOfQuoted(query, i, '`');
      const text = query.slice(i, end);
      tokens.push({ kind: 'quoted', text, name: text.slice(1, -1).replaceAll('``', '`'), at: i });
      i = end;
      continue;
    }
    if (c === '$') {
      let end = i + 1;
      if (query[end] === '`') end = endOfQuoted(query, end, '`');
      else while (end < query.length && isWordPart(query[end]!)) end++;
      tokens.push({ kind: 'param', text: query.slice(i, end), name: '', at: i });
      i = end;
      continue;
    }
    if (isDigit(c)) {
      let end = i + 1;
      while (end < query.length && /[\w.]/u.test(query[end]!)) end++;
      tokens.push({ kind: 'number', text: query.slice(i, end), name: '', at: i });
      i = end;
      continue;
    }
    if (isWordStart(c)) {
      let end = i + 1;
      while (end < query.length && isWordPart(query[end]!)) end++;
      const text = query.slice(i, end);
      tokens.push({ kind: 'word', text, name: text, at: i });
      i = end;
      continue;
    }
    tokens.push({ kind: 'punct', text: c, name: '', at: i });
    i++;
  }
  return tokens;
}

/** Whether a token is a name (plain or backtick-quoted). */
export const isName = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'quoted');

/** Whether a token is the given punctuation character. */
export const isPunct = (t: Token | undefined, ch: string): boolean => t !== undefined && t.kind === 'punct' && t.text === ch;

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
