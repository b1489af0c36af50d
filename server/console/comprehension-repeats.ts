// Refuses a list comprehension (or a reduce()) that repeats a value from outside it once per element
// of its list. `[i IN l | x]` holds len(l) copies of x, and nested
// (`[a IN l | [b IN l | l]]` over the 416 clusters: 7.2 × 10^7 values in a 95-character query)
// Neo4j builds them as shared references in no time, then expands them value by value while it
// sends the answer, ignoring the transaction's termination: a helper's such query ran 44 s past a
// 1 s limit, and with a 1,000-entry list parameter, 145 s; four of them held every console slot and
// both of Neo4j's cores. carried-copies.ts counts a comprehension's body once, as it cannot know the
// list's length; here, in its body, a variable from outside (not one the comprehension or a function
// inside it binds) or a parameter is refused unless it is used as a number, a comparison or a test,
// or only through a property (n.name: one node's property, as returning the list's own elements
// would). A comprehension inside another's body or WHERE whose list comes from outside is a loop
// inside a loop (`[a IN $l | size([b IN $l WHERE b = a])]`: 20,000 entries ran 34 s past a 1 s
// limit) and is refused as well. A list written in the query is no exception: three elements a
// clause, `reduce(a = '', i IN [1, 2, 3] | a + s) AS s` eighteen times is 3^18 copies.
import { AppError } from '../errors.ts';
import { asciiUpper, isKeyword, isName, isPunct, lineAndColumn, type Token } from './lexer.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';
import { closingBracket } from './reduce-calls.ts';
import { atTopOf, NOT_VARIABLES, numericUse } from './carried-copies.ts';
import { scalarCall } from './reduce-depth.ts';

/** Whether the bracket at tokens[open] takes one element (l[i]), not a slice (l[1..], a list again). */
function oneElement(tokens: readonly Token[], open: number): boolean {
  const close = closingBracket(tokens, open);
  return close > open && atTopOf(tokens, open, close, (x) => isPunct(x, '..')) < 0;
}

/** `[name IN …`: a list comprehension opens at tokens[k]. */
const comprehensionAt = (tokens: readonly Token[], k: number): boolean => isPunct(tokens[k], '[') && isName(tokens[k + 1]) && isKeyword(tokens[k + 2], 'IN');

/** Names the tokens bind: `name IN` (a comprehension, any(), reduce()'s element) and `name =` after `(` or `,` (reduce()'s accumulator). */
function boundIn(tokens: readonly Token[], from: number, to: number): Set<string> {
  const bound = new Set<string>();
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!isName(t)) continue;
    if (isKeyword(tokens[k + 1], 'IN') && (isPunct(tokens[k - 1], '[') || isPunct(tokens[k - 1], '(') || isPunct(tokens[k - 1], ','))) bound.add(t.name);
    if (isPunct(tokens[k + 1], '=') && (isPunct(tokens[k - 1], '(') || isPunct(tokens[k - 1], ','))) bound.add(t.name);
  }
  return bound;
}

/** The first value in tokens[from, to) from outside (`bound` aside) that the value would repeat, or null. */
function repeated(tokens: readonly Token[], from: number, to: number, bound: ReadonlySet<string>): { at: Token; name: string } | null {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1];
    if (t.kind === 'punct' && t.text === '(' && isName(prev)) {
      // A number or truth made of its arguments repeats none of them, nor does one element or
      // property of what a function gives (nodes(p)[i], startNode(r).id).
      const close = closingBracket(tokens, k);
      if (scalarCall(prev.name.toLowerCase()) || (isPunct(tokens[close + 1], '[') && oneElement(tokens, close + 1)) || isPunct(tokens[close + 1], '.')) {
        k = close < 0 ? to : close;
        continue;
      }
    }
    // One element (xs[i]) or property (n.name) of a value is not the value.
    if (!isName(t) || isPunct(tokens[k + 1], '.') || (isPunct(tokens[k + 1], '[') && oneElement(tokens, k + 1)) || isPunct(tokens[k + 1], '(') || isPunct(tokens[k + 1], ':')) continue;
    const parameter = isPunct(prev, '$');
    // After a colon: a label (n:Firm), unless the colon follows a map's key ({a: x}).
    const mapValue = isPunct(prev, ':') && isName(tokens[k - 2]) && (isPunct(tokens[k - 3], '{') || isPunct(tokens[k - 3], ','));
    if (!parameter && (isPunct(prev, '.') || (isPunct(prev, ':') && !mapValue))) continue;
    if (!parameter && (bound.has(t.name) || (t.kind === 'word' && NOT_VARIABLES.has(asciiUpper(t.text))))) continue;
    if (numericUse(tokens, k, false)) continue;
    return { at: parameter ? prev! : t, name: parameter ? `$${t.name}` : t.name };
  }
  return null;
}

/** Whether tokens[from, to) use a value from outside (`bound` aside) at all: a variable or a parameter, through a property or not. */
function usesOutside(tokens: readonly Token[], from: number, to: number, bound: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (isPunct(t, '$')) return true;
    if (!isName(t) || isPunct(tokens[k - 1], '.') || isPunct(tokens[k - 1], ':') || isPunct(tokens[k + 1], '(') || isPunct(tokens[k + 1], ':')) continue;
    if (bound.has(t.name) || (t.kind === 'word' && NOT_VARIABLES.has(asciiUpper(t.text)))) continue;
    return true;
  }
  return false;
}

/** Throws query_refused for a comprehension or reduce() that repeats a value from outside it per element, or loops inside it over a list from outside. */
export function checkComprehensionRepeats(query: string, tokens: readonly Token[], lang: ConsoleLang = 'en'): void {
  const refuse = (at: Token, kind: 'repeat' | 'loop', name: string) => {
    const { line, column } = lineAndColumn(query, at.at);
    throw new AppError('query_refused', consoleMessages(lang).comprehensionRepeats(kind, name, { line, column }), { line, column });
  };
  for (let k = 0; k < tokens.length; k++) {
    // reduce(acc = init, x IN list | body): the body once per element too; a value from outside
    // added to the accumulator each step (reduce(a = '', i IN $t | a + s), eighteen clauses of it
    // with three elements filled Neo4j's heap in 1.1 s, round 50) grows it by a copy a step.
    if (isName(tokens[k]) && tokens[k]!.name.toLowerCase() === 'reduce' && isPunct(tokens[k + 1], '(') && isName(tokens[k + 2]) && isPunct(tokens[k + 3], '=')) {
      const close = closingBracket(tokens, k + 1);
      const comma = close < 0 ? -1 : atTopOf(tokens, k + 1, close, (x) => isPunct(x, ','));
      const bar = close < 0 ? -1 : atTopOf(tokens, k + 1, close, (x) => isPunct(x, '|'));
      if (comma < 0 || bar < comma || !isName(tokens[comma + 1]) || !isKeyword(tokens[comma + 2], 'IN')) continue;
      const bound = new Set([tokens[k + 2]!.name, tokens[comma + 1]!.name, ...boundIn(tokens, bar, close)]);
      const found = repeated(tokens, bar + 1, close, bound);
      if (found) refuse(found.at, 'repeat', found.name);
      const inner = loopInside(tokens, bar + 1, close, bound);
      if (inner) refuse(inner.at, 'loop', inner.name);
      continue;
    }
    if (!comprehensionAt(tokens, k)) continue;
    const close = closingBracket(tokens, k);
    if (close < 0) continue;
    const bar = atTopOf(tokens, k, close, (x) => isPunct(x, '|'));
    const where = atTopOf(tokens, k, close, (x) => isKeyword(x, 'WHERE'));
    const innerFrom = Math.min(...[where, bar].filter((x) => x > k), close);
    const bound = new Set([tokens[k + 1]!.name, ...boundIn(tokens, innerFrom, close)]);
    if (bar > 0) {
      const found = repeated(tokens, bar + 1, close, bound);
      if (found) refuse(found.at, 'repeat', found.name);
    }
    const inner = loopInside(tokens, innerFrom + 1, close, bound);
    if (inner) refuse(inner.at, 'loop', inner.name);
  }
}

/** The first loop in tokens[from, to) (a comprehension, or any()/all()/none()/single()) over a list from outside (`bound` aside), or null. */
function loopInside(tokens: readonly Token[], from: number, to: number, bound: ReadonlySet<string>): { at: Token; name: string } | null {
  for (let j = from; j < to; j++) {
    const any = isName(tokens[j]) && isPunct(tokens[j + 1], '(') && isName(tokens[j + 2]) && isKeyword(tokens[j + 3], 'IN');
    if (!comprehensionAt(tokens, j) && !any) continue;
    const open = any ? j + 1 : j;
    const end = closingBracket(tokens, open);
    if (end < 0) continue;
    const innerSourceEnd = Math.min(...[atTopOf(tokens, open, end, (x) => isPunct(x, '|')), atTopOf(tokens, open, end, (x) => isKeyword(x, 'WHERE')), end].filter((x) => x > open));
    const listFrom = open + 3;
    // A list written in the query bounds the inner loop by its own length.
    const literal = isPunct(tokens[listFrom], '[') && closingBracket(tokens, listFrom) === innerSourceEnd - 1;
    if (!literal && usesOutside(tokens, listFrom, innerSourceEnd, bound)) return { at: tokens[j]!, name: tokens[open + 1]!.name };
  }
  return null;
}
