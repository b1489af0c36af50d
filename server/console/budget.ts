// Bounds the work Neo4j does inside a single expression. Neo4j checks a transaction's time limit
// between the rows its operators pass on, never inside the evaluation of one expression: a
// `reduce(s = 0, x IN range(1, 2000000000) | s + x)` or a list comprehension over such a range keeps
// a CPU busy until it is done, long after the transaction was marked "Terminated" (issue 18, item 4:
// 167 s after a 1 s timeout). The amplifier is range(), which turns a few characters into billions of
// values. So a range() inside an expression must have bounds the console can compute (whole numbers,
// parameters, or the size of a list already at hand, which the data bounds), and all such ranges of a
// query together (multiplied, as they may be nested) stay within a budget. `UNWIND range(…) AS x`
// is exempt: the Unwind operator hands out rows one by one and Neo4j stops it at the time limit
// (only when the range is the whole of what UNWIND hands out).
// As Neo4j reads it: `range` quoted in backticks is the same function (`range`(1, 10) runs), and
// function names ignore case. A size(…) bound of data at hand counts as the data it measures
// (already in memory) plus whatever number is added to it, which must fit the budget like any other
// bound; the size of a value computed to any size (reduce, replace, +) is no bound.
// What no text check can bound is iteration over data nested in itself (a reduce over a collected
// list inside another): that work holds the console's slots until Neo4j has really ended it
// (run.ts), so it cannot pile up beyond CONSOLE_LIMITS.queriesInAll queries.
import { AppError } from '../errors.ts';
import { isKeyword, isPunct, type Token } from './lexer.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';
import { callArguments, closingBracket } from './reduce-calls.ts';
import { CONSOLE_LIMITS } from './shapes.ts';

const MAX_RANGE_VALUES = CONSOLE_LIMITS.maxRangeValues;

/** A bound of range(): a number, or the size of data at hand plus `offset`, or neither. */
type Bound = { kind: 'number'; value: number } | { kind: 'data'; offset: number } | { kind: 'unknown' };

/** A whole-number literal: decimal, 0x hex or 0o / 0 octal, with optional underscores between digits. */
function integerLiteral(text: string): number | null {
  const t = text.replaceAll('_', '');
  if (/^(0|[1-9][0-9]*)$/.test(t)) return Number(t);
  if (/^0[xX][0-9a-fA-F]+$/.test(t)) return Number.parseInt(t.slice(2), 16);
  if (/^0o?[0-7]+$/.test(t)) return Number.parseInt(t.replace(/^0o?/, ''), 8);
  return null;
}

/** The value of one argument of range(), when the console can know it. */
function bound(arg: readonly Token[], params: Record<string, unknown>): Bound {
  let sign = 1;
  let rest = arg;
  if (isPunct(rest[0], '-') || isPunct(rest[0], '+')) {
    sign = isPunct(rest[0], '-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest.length === 1 && rest[0]!.kind === 'number') {
    const v = integerLiteral(rest[0]!.text);
    return v === null ? { kind: 'unknown' } : { kind: 'number', value: sign * v };
  }
  if (rest.length === 2 && isPunct(rest[0], '$') && (rest[1]!.kind === 'word' || rest[1]!.kind === 'quoted')) {
    const v = params[rest[1]!.name];
    return typeof v === 'number' && Number.isSafeInteger(v) ? { kind: 'number', value: sign * v } : { kind: 'unknown' };
  }
  // size(list) or length(path), optionally plus or minus a whole number: data already read, plus
  // that number (which counts against the budget: size([]) + 2000000000 is two billion values).
  const fn = rest[0];
  if (sign === 1 && fn && isName(fn, /^(size|length)$/i) && isPunct(rest[1], '(')) {
    const close = closingBracket(rest, 1);
    // Only of data at hand (dataAtHand): the size of a computed value is not bounded by the data
    // (size(reduce(s = 'x', … | s + s)) is 2^28).
    if (close < 0 || !dataAtHand(rest.slice(2, close))) return { kind: 'unknown' };
    const after = rest.slice(close + 1);
    if (close > 0 && after.length === 0) return { kind: 'data', offset: 0 };
    const offset = after.length === 2 && (isPunct(after[0], '+') || isPunct(after[0], '-')) && after[1]!.kind === 'number' ? integerLiteral(after[1]!.text) : null;
    if (close > 0 && offset !== null) return { kind: 'data', offset: isPunct(after[0], '-') ? -offset : offset };
  }
  return { kind: 'unknown' };
}

/**
 * Whether the argument of size() is data at hand (a variable, a property, a parameter, a path's
 * nodes, a list written in the query) rather than a value computed to any size: no reduce(),
 * replace() or range() and no + or * (reduce(s = 'x', … | s + s) doubles at every step).
 */
function dataAtHand(arg: readonly Token[]): boolean {
  return arg.length > 0 && !arg.some((t) => isName(t, /^(reduce|replace|range)$/i) || isPunct(t, '+') || isPunct(t, '*'));
}

/** Whether `t` names a function matching `pattern`, written plainly or quoted in backticks (Neo4j resolves both). */
const isName = (t: Token, pattern: RegExp): boolean => (t.kind === 'word' || t.kind === 'quoted') && pattern.test(t.name);

const count = (start: number, end: number, step: number): number => (step === 0 ? 0 : Math.max(0, Math.floor((end - start) / step) + 1));

const source = (query: string, tokens: readonly Token[], open: number): string => {
  const close = closingBracket(tokens, open);
  return close < 0 ? 'range(…)' : query.slice(tokens[open - 1]!.at, tokens[close]!.end);
};

/** How many values the range() whose "(" is at `open` gives, when its bounds are numbers the console knows; null otherwise. */
export function knownRangeValues(tokens: readonly Token[], open: number, params: Record<string, unknown>): number | null {
  const bounds = callArguments(tokens, open).map((arg) => bound(arg, params));
  if (bounds.length < 2 || bounds.length > 3 || bounds.some((b) => b.kind !== 'number')) return null;
  const [start, end, step] = bounds.map((b) => (b as { value: number }).value);
  return count(start!, end!, step ?? 1);
}

/** Throws query_refused when a range() inside an expression is unbounded or all together exceed MAX_RANGE_VALUES. */
export function checkRangeBudget(query: string, tokens: readonly Token[], params: Record<string, unknown>, lang: ConsoleLang = 'en'): void {
  let product = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isName(t, /^range$/i) || !isPunct(tokens[i + 1], '(')) continue;
    const prev = tokens[i - 1];
    // A property or a parameter named range; after a colon it is a map's value ({a: range(…)}), which counts.
    if (isPunct(prev, '.') || isPunct(prev, '$')) continue;
    // Only the list UNWIND hands out as it is: `UNWIND range(…) IS :: LIST<INTEGER> AS x` or
    // `UNWIND range(…) + [] AS x` computes the whole list in one expression first.
    if (isKeyword(prev, 'UNWIND') && isKeyword(tokens[closingBracket(tokens, i + 1) + 1], 'AS')) continue;
    const bounds = callArguments(tokens, i + 1).map((arg) => bound(arg, params));
    const text = source(query, tokens, i + 1);
    if (bounds.some((b) => b.kind === 'unknown')) {
      throw new AppError('query_refused', consoleMessages(lang).rangeBounds(text));
    }
    // The size of data at hand counts as its offset alone: the numbers written are what the budget bounds.
    const [start, end, step] = bounds.map((b) => (b.kind === 'data' ? b.offset : (b as { value: number }).value));
    product *= count(start ?? 0, end ?? 0, step ?? 1);
    if (product > MAX_RANGE_VALUES) {
      throw new AppError('query_refused', consoleMessages(lang).rangeTooMany(text, MAX_RANGE_VALUES), { maxRangeValues: MAX_RANGE_VALUES });
    }
  }
}
