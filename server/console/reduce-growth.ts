// Refuses a reduce() whose step uses its accumulator more than once, so that a text or a list
// grows by a factor at every value of the list: `reduce(s = 'x', i IN l | s + s)` over 40 values
// is a text of 2^40 characters. Neo4j evaluates the whole reduce() as one expression and checks
// neither its time limit nor the console's memory watch inside it: a helper's query over a collected
// list of 64 values filled Neo4j's heap (OutOfMemoryError) and kept both cores busy past the 408,
// holding the console's slots (run.ts). Allowed when the console can bound the result: the list is
// written in the query (a list of values, range() with known bounds, or a list parameter), the
// initial value too, and the value at the end stays within what an answer may hold
// (CONSOLE_LIMITS.maxAnswerChars). An accumulator that starts as a number or a boolean cannot grow
// in memory and is not looked at; a use that makes a scalar of it (size(acc), acc[0], acc.p, x IN acc,
// a WHEN condition) does not count, nor do the branches of a CASE together (one of them runs).
import { AppError } from '../errors.ts';
import { knownRangeValues } from './budget.ts';
import { endsValue, isKeyword, isName, isPunct, lineAndColumn, type Token } from './lexer.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';
import { caseWord } from './nesting.ts';
import { callArguments, closingBracket, reduceCalls, type ReduceCall, type Span } from './reduce-calls.ts';
import { indexed, scalarCall } from './reduce-depth.ts';
import { CONSOLE_LIMITS } from './shapes.ts';

/** Characters a grown value may reach: no more than one answer may hold. */
export const MAX_GROWN_CHARS = CONSOLE_LIMITS.maxAnswerChars;

/** How many-fold a replace() step may lengthen a text whose size the console cannot know (a property, collected text). */
const REPLACE_GROWTH = 1024;


/** Index of the END closing the CASE at `at`, or `to`. */
function caseEnd(tokens: readonly Token[], at: number, to: number): number {
  let depth = 0;
  for (let i = at; i < to; i++) {
    if (caseWord(tokens, i, 'CASE')) depth++;
    else if (caseWord(tokens, i, 'END') && --depth === 0) return i;
  }
  return to;
}

interface Uses {
  times: number;
  /** Where the uses are (token indexes), for the message. */
  at: number[];
  /** Where a replace() of the accumulator may lengthen it (token index of replace), if one does. */
  replace?: number;
}

const none = (): Uses => ({ times: 0, at: [] });
const plus = (a: Uses, b: Uses): Uses => {
  const replace = a.replace ?? b.replace;
  return { times: a.times + b.times, at: [...a.at, ...b.at], ...(replace === undefined ? {} : { replace }) };
};

/** A string literal's length in characters (its quotes off; an escape counts one), or null when the tokens are not one literal. */
export function literalLength(arg: readonly Token[]): number | null {
  if (arg.length !== 1 || arg[0]!.kind !== 'string') return null;
  return arg[0]!.text.slice(1, -1).replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, 'x').length;
}

/**
 * How many-fold replace(text, search, replacement) may lengthen its text: an empty search matches
 * before every character, so replace(s, '', 'ab') makes a text of n characters 3n + 2 long (a
 * helper's reduce over 19 collected ids used s once a step and still filled Neo4j's heap). A literal
 * replacement of r characters multiplies by at most r + 1; one no longer than a non-empty literal
 * search does not lengthen; a replacement computed in the query, by an unknown factor.
 */
function replaceFactor(tokens: readonly Token[], open: number): number {
  const [, search = [], replacement = []] = callArguments(tokens, open);
  const r = literalLength(replacement);
  if (r === null) return Number.POSITIVE_INFINITY;
  const s = literalLength(search);
  return s !== null && s > 0 && r <= s ? 1 : r + 1;
}

/** How many times the value of `tokens[from, to)` holds the whole accumulator `acc`. */
function uses(tokens: readonly Token[], from: number, to: number, acc: string): Uses {
  let total = none();
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (t.kind === 'punct' && '([{'.includes(t.text)) {
      const found = closingBracket(tokens, k);
      const close = found < 0 ? to : Math.min(found, to);
      const fn = t.text === '(' && isName(prev) ? prev.name.toLowerCase() : null;
      // An index (x[acc]) or a scalar function of the accumulator holds none of it.
      const scalar = (t.text === '[' && endsValue(prev)) || scalarCall(fn);
      if (!scalar) {
        const inner = uses(tokens, k + 1, close, acc);
        const factor = fn === 'replace' && inner.times > 0 ? replaceFactor(tokens, k) : 1;
        total = plus(total, factor === 1 ? inner : { times: inner.times * factor, at: inner.at, replace: k - 1 });
      }
      k = close;
    } else if (caseWord(tokens, k, 'CASE')) {
      const end = caseEnd(tokens, k, to);
      total = plus(total, largestBranch(tokens, k + 1, end, acc));
      k = end;
    } else if (isKeyword(t, 'IN') && isName(tokens[k + 1]) && tokens[k + 1]!.name === acc) {
      k++; // x IN acc: a membership test, true or false
    } else if (isName(t) && t.name === acc && !isPunct(prev, '.') && !isPunct(prev, '$') && !isPunct(tokens[k + 1], ':')) {
      if (isPunct(tokens[k + 1], '.') || indexed(tokens, k + 1)) continue; // acc.p, acc[0]
      total = plus(total, { times: 1, at: [k] });
    }
  }
  return total;
}

/** The uses of the CASE branch (THEN or ELSE) that uses the accumulator most; WHEN conditions and the subject are compared, not kept. */
function largestBranch(tokens: readonly Token[], from: number, to: number, acc: string): Uses {
  let best = none();
  let start = -1;
  let depth = 0;
  const close = (end: number): void => {
    if (start < 0) return;
    const u = uses(tokens, start, end, acc);
    if (u.times > best.times) best = u;
    start = -1;
  };
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
    else if (t.kind === 'punct' && ')]}'.includes(t.text)) depth--;
    else if (caseWord(tokens, k, 'CASE')) k = caseEnd(tokens, k, to);
    else if (depth === 0 && (isKeyword(t, 'WHEN') || isKeyword(t, 'THEN') || isKeyword(t, 'ELSE'))) {
      close(k);
      if (!isKeyword(t, 'WHEN')) start = k + 1;
    }
  }
  close(to);
  return best;
}

/** The initial value's size in characters when it is written in the query; 0 when it is a number, boolean or null (cannot grow); null when unknown. */
function initialSize(tokens: readonly Token[], { from, to }: Span): number | null {
  const init = tokens.slice(from, to);
  if (init.length === 1 && (init[0]!.kind === 'number' || ['TRUE', 'FALSE', 'NULL'].some((w) => isKeyword(init[0], w)))) return 0;
  if (init.length === 2 && (isPunct(init[0], '-') || isPunct(init[0], '+')) && init[1]!.kind === 'number') return 0;
  if (init.some((t) => t.kind === 'word' || t.kind === 'quoted' || isPunct(t, '$'))) return null;
  return init.reduce((n, t) => n + t.text.length, 0);
}

/** How many values the list has when the console can count them (a list of values, range() with known bounds, a list parameter); null otherwise. */
function listLength(tokens: readonly Token[], { from, to }: Span, params: Record<string, unknown>): number | null {
  const first = tokens[from];
  if (isPunct(first, '[') && closingBracket(tokens, from) === to - 1) {
    if (to - from === 2) return 0;
    let depth = 0;
    let commas = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
      else if (t.kind === 'punct' && ')]}'.includes(t.text)) depth--;
      else if (depth === 1 && (isKeyword(t, 'IN') || isPunct(t, '|') || isPunct(t, '..'))) return null; // a comprehension
      else if (depth === 1 && isPunct(t, ',')) commas++;
    }
    return commas + 1;
  }
  if (isName(first) && /^range$/i.test(first.name) && isPunct(tokens[from + 1], '(') && closingBracket(tokens, from + 1) === to - 1) return knownRangeValues(tokens, from + 1, params);
  if (isPunct(first, '$') && to - from === 2 && isName(tokens[from + 1])) {
    const value = params[tokens[from + 1]!.name];
    return Array.isArray(value) ? value.length : null;
  }
  return null;
}

/** Throws query_refused for a reduce() whose accumulator grows by a factor at every step past what the console can bound. */
export function checkReduceGrowth(query: string, tokens: readonly Token[], params: Record<string, unknown>, lang: ConsoleLang = 'en', calls: readonly ReduceCall[] = reduceCalls(tokens)): void {
  for (const call of calls) {
    const size = initialSize(tokens, call.init);
    if (size === 0) continue;
    const used = uses(tokens, call.step.from, call.step.to, call.acc.name);
    if (used.times < 2) continue;
    const steps = listLength(tokens, call.list, params);
    if (size !== null && steps !== null && Math.log2(size) + steps * Math.log2(used.times) <= Math.log2(MAX_GROWN_CHARS)) continue;
    // A replace() of a text the data holds (f.name) over a few written values, such as prefixes to
    // take off: it grows at most REPLACE_GROWTH-fold, as a property or collected text already at hand.
    if (used.replace !== undefined && steps !== null && steps * Math.log2(used.times) <= Math.log2(REPLACE_GROWTH)) continue;
    const m = consoleMessages(lang);
    if (used.replace !== undefined) {
      const { line, column } = lineAndColumn(query, tokens[used.replace]!.at);
      throw new AppError('query_refused', m.reduceReplaces(call.acc.name, { max: MAX_GROWN_CHARS, line, column }), { line, column, maxChars: MAX_GROWN_CHARS });
    }
    const { line, column } = lineAndColumn(query, tokens[used.at[1]!]!.at);
    throw new AppError('query_refused', m.reduceGrows(call.acc.name, { times: used.times, max: MAX_GROWN_CHARS, line, column }), { line, column, maxChars: MAX_GROWN_CHARS });
  }
}
