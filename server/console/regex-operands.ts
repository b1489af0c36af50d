// Checks the patterns of Cypher's `=~` before Neo4j sees them. Java's regular expressions backtrack
// without looking at the transaction's time limit, so a pattern like `(.*a){20}b` keeps a Neo4j
// core busy long after the console answered 408 (measured: 19 s for a 3 s limit on a 32-character
// string, four times longer for every two more characters) and holds a console slot all along.
// The pattern must be one the console can read: string literals and parameters, joined with `+`
// (`'(?i).*' + $q + '.*'`), and it must pass regexHazard (regex-safety.ts). Anything else on the
// right of `=~` (a property, a function) is refused with a reason, in the request's language.
// A pattern that passes is not sent as written: the query gets a parameter in its place holding the
// pattern behind a bound on the text's length (regex-guard.ts). So what Java compiles is the very
// string that was checked, whatever Neo4j would make of the literal's escapes.
import { AppError } from '../errors.ts';
import { isPunct, lineAndColumn, type Token } from './lexer.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';
import { guardedPattern, subjectLimit } from './regex-guard.ts';
import { analyseRegex } from './regex-safety.ts';

/** The value of a Cypher string literal as Neo4j 5.26 reads it: its escapes undone, an unknown escape (`\d`) kept as written. */
export function cypherStringValue(literal: string): string {
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const e = body[i + 1]!;
    const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
    if (e in simple) {
      out += simple[e];
      i++;
    } else if ((e === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) || (e === 'U' && /^[0-9a-fA-F]{8}$/.test(body.slice(i + 2, i + 10)))) {
      const width = e === 'u' ? 4 : 8;
      const cp = Number.parseInt(body.slice(i + 2, i + 2 + width), 16);
      out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
      i += 1 + width;
    } else out += c;
  }
  return out;
}

/** The pattern right of the `=~` whose `~` is at `at`: its text and its last token, or null when it is not literals and parameters joined with `+`. */
function patternAt(tokens: readonly Token[], at: number, params: Record<string, unknown>): { pattern: string; last: Token } | null {
  let pattern = '';
  let i = at + 1;
  for (;;) {
    const t = tokens[i];
    if (t?.kind === 'string') {
      pattern += cypherStringValue(t.text);
      i++;
    } else if (isPunct(t, '$') && (tokens[i + 1]?.kind === 'word' || tokens[i + 1]?.kind === 'quoted')) {
      const v = params[tokens[i + 1]!.name];
      if (typeof v !== 'string') return null;
      pattern += v;
      i += 2;
    } else return null;
    // Another part only after `+`; what follows the pattern must not extend it (`'a' + x`, `'a'[0]`).
    const next = tokens[i];
    if (isPunct(next, '+')) {
      i++;
      continue;
    }
    if (!endsPattern(tokens, i)) return null;
    return { pattern, last: tokens[i - 1]! };
  }
}

/** What may follow a whole pattern without joining it (Cypher 5 reads `=~`'s right side as an additive expression). */
const ENDING_PUNCT = new Set([')', ']', '}', ',', ';', '=', '<', '>']);

/**
 * Whether the token at `i` ends the pattern: the query's end, a word (AND, THEN, RETURN, …), a
 * closing bracket, a comma, a comparison, or a single `|` (a list comprehension's). Listed, not the
 * reverse: anything else may bind tighter than `=~` and extend the pattern. A list of what could
 * not follow left out `||`, which Neo4j 5 reads as string concatenation at the level of `+`, so
 * `x =~ '' || '(.*a){20}b'` ran a backtracking pattern the check had never seen.
 */
function endsPattern(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind === 'word') return true;
  if (t.kind !== 'punct') return false;
  if (t.text === '|') {
    const next = tokens[i + 1];
    return !(isPunct(next, '|') && next!.at === t.end);
  }
  return ENDING_PUNCT.has(t.text);
}

/** A checked pattern: where it is written in the query, and what Neo4j is to be given instead. */
export interface RegexOperand {
  /** Offsets of the pattern's first character and just after its last. */
  from: number;
  to: number;
  /** The pattern behind its length bound. */
  guarded: string;
  /** The pattern as checked, where its `=~` stands, and the longest text it is matched against (null: any). */
  pattern: string;
  line: number;
  column: number;
  bound: number | null;
}

/**
 * Throws query_refused for a `=~` whose pattern the console cannot read or that may backtrack
 * without end; returns the patterns that pass, in the order they are written.
 */
export function checkRegexes(query: string, tokens: readonly Token[], params: Record<string, unknown>, lang: ConsoleLang = 'en'): RegexOperand[] {
  const operands: RegexOperand[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!isPunct(tokens[i], '~') || !isPunct(tokens[i - 1], '=')) continue;
    const { line, column } = lineAndColumn(query, tokens[i - 1]!.at);
    const found = patternAt(tokens, i, params);
    if (found === null) throw new AppError('query_refused', consoleMessages(lang).regexOperand({ line, column }), { line, column });
    const analysis = analyseRegex(found.pattern);
    if (analysis.hazard !== null) {
      throw new AppError('query_refused', consoleMessages(lang).regexHazard(found.pattern, analysis.hazard, { line, column }), { line, column, hazard: analysis.hazard });
    }
    operands.push({ from: tokens[i + 1]!.at, to: found.last.end, guarded: guardedPattern(found.pattern, analysis), pattern: found.pattern, line, column, bound: subjectLimit(analysis) });
  }
  return operands;
}

/** What the console runs for a query whose `=~` patterns were checked. */
export interface GuardedQuery {
  text: string;
  /** The parameters standing for the patterns, to send with the query's own. */
  params: Record<string, string>;
  /**
   * Each parameter's reference (`$name`) and where it stands in the text run (`at`), with what the
   * analyst wrote there and where (`from`, `to`): for column names and Neo4j's positions; with the
   * operand's length bound, for the answer's notes.
   */
  written: Array<{ reference: string; at: number; text: string; from: number; to: number; operand: RegexOperand }>;
}

/**
 * Puts a parameter in place of each pattern. Its name is one the query neither uses nor mentions, so
 * it cannot take an analyst's parameter's place, and a column named after an expression holding it
 * (`RETURN f.name =~ '…'`) can be renamed back to what the analyst wrote.
 */
export function guardRegexes(text: string, operands: readonly RegexOperand[], params: Record<string, unknown>): GuardedQuery {
  if (operands.length === 0) return { text, params: {}, written: [] };
  let base = 'rantaiPattern';
  while (text.includes(base) || Object.keys(params).some((k) => k.startsWith(base))) base = `${base}_`;
  const guarded: GuardedQuery = { text: '', params: {}, written: [] };
  let at = 0;
  operands.forEach((operand, k) => {
    const name = `${base}${k}`;
    guarded.params[name] = operand.guarded;
    guarded.text += text.slice(at, operand.from);
    guarded.written.push({ reference: `$${name}`, at: guarded.text.length, text: text.slice(operand.from, operand.to), from: operand.from, to: operand.to, operand });
    guarded.text += `$${name}`;
    at = operand.to;
  });
  guarded.text += text.slice(at);
  return guarded;
}

/** A column name of the query run, with each pattern parameter put back as the analyst wrote it. */
export function writtenColumn(column: string, written: GuardedQuery['written']): string {
  if (written.length === 0) return column;
  const byReference = new Map(written.map((w) => [w.reference, w.text]));
  // Longest first, so that $…Pattern1 is not read inside $…Pattern10.
  const references = [...byReference.keys()].sort((a, b) => b.length - a.length).map((r) => r.replace(/[$]/g, '\\$'));
  return column.replace(new RegExp(references.join('|'), 'g'), (r) => byReference.get(r)!);
}
