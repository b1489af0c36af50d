// Refuses a query whose values double clause after clause. A WITH that uses a variable twice in one
// value (`WITH [x, x] AS x`, `WITH {a: x, b: x} AS x`, `WITH s + s AS s`) doubles it, and the
// doubling compounds over the clauses: Neo4j computes 2^n values of a few bytes in no time, then
// either fills its heap (a text doubled 30 times: OutOfMemoryError in 1.6 s, within one row, before
// the console's memory watch can see it) or sends them, and the driver decodes a row whole before
// the console can count its characters (run.ts): a helper's 423-byte query of 22 such clauses held
// the server's one thread for 18 s (every route, not only the console, timed out) and took 900 MB;
// 24 clauses took 3.9 GB, about the server's heap. Counted from above on the tokens: how many copies
// of what it was made from each variable holds. A use that cannot copy a list, a map or a text
// does not count: inside a function that gives one number or truth (size(x), count(x), …), as an
// index (l[x]), or next to an operator that only numbers, durations or comparisons take (x * 2,
// x - y, x < y, x IN l): so formulas that reuse a number (`a * a + 2 * a * b`) stay allowed.
import { AppError } from '../errors.ts';
import { indexes } from './carried-nesting.ts';
import { asciiUpper, isKeyword, isName, isPunct, lineAndColumn, type Token } from './lexer.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';
import { callArguments, closingBracket } from './reduce-calls.ts';
import { literalLength } from './reduce-growth.ts';
import { scalarCall } from './reduce-depth.ts';

/** Copies a value may hold of what it was made from (six doublings; twenty-two held the server for 18 s). */
export const MAX_VALUE_COPIES = 64;

/** Clause words that begin a projection whose items may name variables (`… AS x`). */
const PROJECTIONS = new Set(['WITH', 'RETURN', 'UNWIND']);
/** Words that end a projection's items. */
const ITEMS_END = new Set(['WHERE', 'ORDER', 'SKIP', 'OFFSET', 'LIMIT', 'WITH', 'RETURN', 'UNWIND', 'MATCH', 'OPTIONAL', 'CALL', 'UNION', 'FINISH', 'FILTER', 'LET']);
/** Operators whose operands are numbers, durations or comparable values, never a growing list or text. */
const NUMERIC_OPERATORS = new Set(['*', '/', '%', '^', '-', '<', '>', '=', '<>', '<=', '>=', '=~']);
/** Words next to which a value is compared or tested, not kept. */
const TESTING_WORDS = new Set(['IN', 'IS', 'STARTS', 'ENDS', 'CONTAINS', 'AND', 'OR', 'XOR', 'NOT', 'WHEN']);
/** Words that are not variables. */
export const NOT_VARIABLES = new Set(['AND', 'OR', 'XOR', 'NOT', 'IN', 'IS', 'NULL', 'TRUE', 'FALSE', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'DISTINCT', 'AS', 'STARTS', 'ENDS', 'CONTAINS', 'WITH', 'WHERE', 'NAN', 'INF', 'INFINITY', 'COUNT', 'EXISTS', 'COLLECT']);

type Copies = Map<string, number>;

/** Whether the variable at tokens[k] is used as a number, a comparison or a test (it copies nothing). */
export function numericUse(tokens: readonly Token[], k: number, ownStart: boolean): boolean {
  // The first token of a comprehension's list follows its IN, which is no test there.
  const prev = ownStart ? undefined : tokens[k - 1];
  const next = tokens[k + 1];
  const op = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && NUMERIC_OPERATORS.has(t.text);
  const testing = (t: Token | undefined) => t !== undefined && t.kind === 'word' && TESTING_WORDS.has(asciiUpper(t.text));
  return op(prev) || op(next) || testing(prev) || testing(next);
}

/** The index of the first token in (from, to) at the bracket depth of `from` + 1 that satisfies `is`, or -1. */
export function atTopOf(tokens: readonly Token[], from: number, to: number, is: (t: Token) => boolean): number {
  let depth = 0;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (depth === 0 && is(t)) return k;
    if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
    else if (t.kind === 'punct' && ')]}'.includes(t.text)) depth--;
  }
  return -1;
}

/** Copies the value of tokens[from, to) holds of what it was made from, estimated from above. */
function copiesOf(tokens: readonly Token[], from: number, to: number, env: Copies, afterIn = false): number {
  let total = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (t.kind === 'punct' && '([{'.includes(t.text)) {
      const found = closingBracket(tokens, k);
      const close = found < 0 ? to : Math.min(found, to);
      const fn = t.text === '(' && isName(prev) ? prev.name.toLowerCase() : null;
      const index = t.text === '[' && indexes(prev);
      if (index || scalarCall(fn)) {
        // An index, or a number or truth made of its argument, holds none of it; but what it is made
        // of is still built first (size(replace(b, '', b)) squares b all the same).
        const inner = copiesOf(tokens, k + 1, close, env);
        if (inner > MAX_VALUE_COPIES) total += inner;
      } else if (t.text === '[' && isName(tokens[k + 1]) && isKeyword(tokens[k + 2], 'IN')) {
        // [y IN l WHERE … | body]: the body once per value of l, y standing for one of them.
        const bar = atTopOf(tokens, k, close, (x) => isPunct(x, '|'));
        const where = atTopOf(tokens, k, close, (x) => isKeyword(x, 'WHERE'));
        const sourceEnd = Math.min(...[where, bar, close].filter((x) => x > k));
        const source = copiesOf(tokens, k + 3, sourceEnd, env, true);
        total += bar < 0 ? source : copiesOf(tokens, bar + 1, close, new Map([...env, [tokens[k + 1]!.name, source]]));
      } else if (fn === 'replace') total += replaced(tokens, k, env);
      else total += copiesOf(tokens, k + 1, close, env);
      k = close;
      continue;
    }
    // A variable: not a property (n.x), a parameter ($x), a map key (x:), a label (:X) or a function
    // (x()); after a colon, a map's value ({a: x}, the colon after a key that follows { or a comma).
    const mapValue = isPunct(prev, ':') && isName(tokens[k - 2]) && (isPunct(tokens[k - 3], '{') || isPunct(tokens[k - 3], ','));
    const variable = isName(t) && !isPunct(prev, '.') && !isPunct(prev, '$') && (!isPunct(prev, ':') || mapValue) && !isPunct(tokens[k + 1], ':') && !isPunct(tokens[k + 1], '(');
    if (!variable || numericUse(tokens, k, afterIn && k === from)) continue;
    if (t.kind === 'word' && NOT_VARIABLES.has(asciiUpper(t.text))) continue;
    total += env.get(t.name) ?? 1;
  }
  return total;
}

/** Whether the tokens use a variable a WITH or UNWIND of the query computed (not only its properties). */
const usesComputed = (arg: readonly Token[], env: Copies): boolean => arg.some((t, k) => isName(t) && env.has(t.name) && !isPunct(arg[k - 1], '.') && !isPunct(arg[k + 1], '.'));

/**
 * replace(text, search, replacement) with a text and a replacement both computed in the query: the
 * replacement goes in at every match, so `WITH replace(a, '', a) AS b` squares a's length (an empty
 * search matches before every character: a helper's two such clauses made 214 million characters
 * of ten, and one over a text joined from the national firms' names would fill Neo4j's heap in one
 * step). With an empty or computed search it is refused (Infinity); with a search written in the
 * query, the text's copies plus two of the replacement for each of them and one more (three
 * squarings of 'aaaaaaaaaa' by replace(a, 'a', a) would make 10^8 characters: 5, 65 copies, the
 * second refused; a template's fields filled from WITH variables come to 1, 5, 17, 53, and a fifth
 * is refused). Otherwise the copies add up.
 */
function replaced(tokens: readonly Token[], open: number, env: Copies): number {
  const [text = [], search = [], replacement = []] = callArguments(tokens, open);
  const inText = copiesOf(text, 0, text.length, env);
  const inReplacement = copiesOf(replacement, 0, replacement.length, env);
  if (!usesComputed(text, env) || !usesComputed(replacement, env)) return inText + copiesOf(search, 0, search.length, env) + inReplacement;
  const searchLength = literalLength(search);
  if (searchLength === null || searchLength === 0) return Number.POSITIVE_INFINITY;
  return inText + (inText + 1) * inReplacement * 2;
}

/** The end of the projection's items that start after tokens[at] (a clause word at bracket depth 0 of them). */
function itemsEnd(tokens: readonly Token[], at: number): number {
  let depth = 0;
  for (let k = at + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
    else if (t.kind === 'punct' && ')]}'.includes(t.text) && --depth < 0) return k;
    else if (depth === 0 && t.kind === 'word' && ITEMS_END.has(asciiUpper(t.text)) && !isPunct(tokens[k - 1], '.') && !isPunct(tokens[k + 1], ':')) return k;
  }
  return tokens.length;
}

/** Throws query_refused when a value would hold more than MAX_VALUE_COPIES copies of what it was made from. */
export function checkCarriedCopies(query: string, tokens: readonly Token[], lang: ConsoleLang = 'en'): void {
  const env: Copies = new Map();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !PROJECTIONS.has(asciiUpper(t.text)) || isPunct(tokens[i - 1], '.') || isPunct(tokens[i + 1], ':')) continue;
    const end = itemsEnd(tokens, i);
    let start = isKeyword(tokens[i + 1], 'DISTINCT') ? i + 2 : i + 1;
    let depth = 0;
    for (let k = start; k <= end; k++) {
      const x = tokens[k];
      if (x?.kind === 'punct' && '([{'.includes(x.text)) depth++;
      else if (x?.kind === 'punct' && ')]}'.includes(x.text)) depth--;
      if (k < end && !(depth === 0 && isPunct(x, ','))) continue;
      // One item: tokens[start, k). Its name follows its last AS at depth 0.
      const as = k - 2 >= start && isKeyword(tokens[k - 2], 'AS') && isName(tokens[k - 1]) ? k - 2 : -1;
      const copies = copiesOf(tokens, start, as < 0 ? k : as, env);
      const at = as < 0 ? tokens[start] : tokens[as + 1];
      if (copies > MAX_VALUE_COPIES && at) {
        const { line, column } = lineAndColumn(query, at.at);
        if (copies === Number.POSITIVE_INFINITY) throw new AppError('query_refused', consoleMessages(lang).replaceSquares(as < 0 ? null : at.name, { line, column }), { line, column });
        throw new AppError('query_refused', consoleMessages(lang).valueCopies(as < 0 ? null : at.name, { copies, max: MAX_VALUE_COPIES, line, column }), { line, column, copies, max: MAX_VALUE_COPIES });
      }
      if (as >= 0) env.set(tokens[as + 1]!.name, Math.max(1, copies));
      start = k + 1;
    }
  }
}
