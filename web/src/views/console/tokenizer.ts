// A small Cypher tokenizer for highlighting in the console editor: comments, strings, numbers,
// parameters ($name), labels and relationship types (:Name), keywords, identifiers, punctuation.
// It follows the lexical rules of the openCypher grammar (openCypher 9, "Lexical structure") closely
// enough to colour text; it never rejects input — whatever it does not know is plain text — and the
// tokens always cover the whole input, in order, so the highlighted copy lines up with the textarea.

export type TokenKind = 'comment' | 'string' | 'number' | 'parameter' | 'label' | 'keyword' | 'function' | 'identifier' | 'punctuation' | 'space';

export interface Token {
  kind: TokenKind;
  text: string;
}

/** Cypher's reserved words and the clause words a researcher types (upper-cased). */
export const KEYWORDS: ReadonlySet<string> = new Set(
  (
    'MATCH OPTIONAL WHERE RETURN WITH UNWIND AS ORDER BY ASC ASCENDING DESC DESCENDING SKIP LIMIT DISTINCT ' +
    'AND OR XOR NOT IN STARTS ENDS CONTAINS IS NULL TRUE FALSE CASE WHEN THEN ELSE END EXISTS COUNT ' +
    'CALL YIELD UNION ALL CREATE MERGE SET DELETE DETACH REMOVE FOREACH LOAD CSV FROM HEADERS ON ' +
    'USING INDEX CONSTRAINT DROP EXPLAIN PROFILE USE SHORTESTPATH ALLSHORTESTPATHS ANY NONE SINGLE'
  ).split(' '),
);

const isIdentStart = (c: string): boolean => /[\p{L}_]/u.test(c);
const isIdentPart = (c: string): boolean => /[\p{L}\p{N}_]/u.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Splits Cypher text into tokens whose texts concatenate back to the input. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  // A `:` starts a label or relationship type after a variable, `(`, `[`, `|` or another label,
  // unless it separates a key from its value inside a map literal `{key: value}`.
  let afterName = false;
  const brackets: string[] = [];
  const inMap = (): boolean => brackets[brackets.length - 1] === '{';
  const push = (kind: TokenKind, end: number) => {
    out.push({ kind, text: text.slice(i, end) });
    i = end;
  };
  const quotedEnd = (from: number): number => {
    const close = text.indexOf('`', from + 1);
    return close < 0 ? text.length : close + 1;
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1] ?? '';
    if (/\s/.test(c)) {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      push('space', j);
      continue;
    }
    if (c === '/' && next === '/') {
      const j = text.indexOf('\n', i);
      push('comment', j < 0 ? text.length : j);
      continue;
    }
    if (c === '/' && next === '*') {
      const j = text.indexOf('*/', i + 2);
      push('comment', j < 0 ? text.length : j + 2);
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      push('string', Math.min(text.length, j + 1));
      afterName = false;
      continue;
    }
    if (c === '$') {
      let j = i + 1;
      if (text[j] === '`') j = quotedEnd(j);
      else while (j < text.length && isIdentPart(text[j]!)) j++;
      push('parameter', j);
      afterName = false;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(next))) {
      const m = /^(0x[0-9a-fA-F]+|\d*\.?\d+(?:[eE][-+]?\d+)?)/.exec(text.slice(i));
      push('number', i + (m ? m[0].length : 1));
      afterName = false;
      continue;
    }
    if (c === ':' && afterName && !inMap()) {
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '`' || (j < text.length && isIdentStart(text[j]!))) {
        if (text[j] === '`') j = quotedEnd(j);
        else while (j < text.length && isIdentPart(text[j]!)) j++;
        push('label', j);
        continue; // afterName stays true: `:A:B`
      }
    }
    if (c === '`') {
      push('identifier', quotedEnd(i));
      afterName = true;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < text.length && isIdentPart(text[j]!)) j++;
      // Namespaced function names (point.distance, db.labels) stay one token when a call follows.
      let k = j;
      while (text[k] === '.' && k + 1 < text.length && isIdentStart(text[k + 1]!)) {
        k++;
        while (k < text.length && isIdentPart(text[k]!)) k++;
      }
      if (k > j && /^\s*\(/.test(text.slice(k))) j = k;
      const word = text.slice(i, j);
      const kind: TokenKind = KEYWORDS.has(word.toUpperCase()) ? 'keyword' : /^\s*\(/.test(text.slice(j)) ? 'function' : 'identifier';
      push(kind, j);
      afterName = kind === 'identifier';
      continue;
    }
    if (c === '(' || c === '[' || c === '{') brackets.push(c);
    else if (c === ')' || c === ']' || c === '}') brackets.pop();
    push('punctuation', i + 1);
    afterName = c === '(' || c === '[' || c === '|';
  }
  return out;
}
