// Refuses a reduce() that puts its accumulator into a list or map at every step:
// `reduce(s = [], x IN range(1, 5000) | [s])` builds a value nested 5,000 deep, on which Neo4j
// 5.26 overflows its stack while preparing the answer, and then keeps the transaction listed as
// terminated for minutes, holding the console slot (two such queries locked a client out for five
// minutes). Appending to the accumulator (`acc + [x]`) or measuring it (`[x, size(acc)]`) does not
// nest and stays allowed; the accumulator anywhere inside a list or map written in the step
// (`[s]`, `{a: s}`, `[s + []]`, `[coalesce(s)]`) is refused.
import { AppError } from '../errors.ts';
import { endsValue, isPunct, lineAndColumn, type Token } from './lexer.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';
import { reduceCalls, type ReduceCall } from './reduce-calls.ts';

/** Functions whose value is a number, text or boolean, whatever list or map they are given. */
export const SCALAR = new Set(['size', 'length', 'isempty', 'tostring', 'tointeger', 'tofloat', 'toboolean', 'count', 'sum', 'avg', 'min', 'max', 'id', 'elementid', 'type', 'abs', 'sign']);

/** Calls whose value is true or false whatever they are given. */
const PREDICATES = new Set(['any', 'all', 'none', 'single', 'exists', 'isempty', 'startswith', 'endswith']);

/** Whether a call of `fn` (lower case; null for no call) makes one number, text or truth of its arguments, holding none of them. */
export const scalarCall = (fn: string | null): boolean => fn !== null && (SCALAR.has(fn) || PREDICATES.has(fn));

/** Whether tokens[at] opens an index of one element (`acc[0]`), not a slice (`acc[1..]`, a list as deep as acc). */
export function indexed(tokens: readonly Token[], at: number): boolean {
  if (!isPunct(tokens[at], '[')) return false;
  let depth = 0;
  for (let k = at; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text) && --depth === 0) return true;
    else if (t.text === '..' && depth === 1) return false;
  }
  return false;
}

const isName = (t: Token | undefined, name: string): boolean => t !== undefined && (t.kind === 'word' || t.kind === 'quoted') && t.name === name;

/** Throws query_refused for a reduce() whose step holds its accumulator as a list element or map value. */
export function checkReduceDepth(query: string, tokens: readonly Token[], lang: ConsoleLang = 'en', calls: readonly ReduceCall[] = reduceCalls(tokens)): void {
  for (const { acc, step } of calls) {
    // Inside the step: the accumulator within a list or map written there, unless something on the
    // way out makes a scalar of it (size(acc), an index acc[0] or x[acc], a property).
    const open: Array<{ kind: 'list' | 'map' | 'index' | 'call' | 'group'; fn?: string }> = [];
    for (let k = step.from; k < step.to; k++) {
      const u = tokens[k]!;
      const prev = tokens[k - 1];
      if (isPunct(u, '(')) open.push(prev && (prev.kind === 'word' || prev.kind === 'quoted') ? { kind: 'call', fn: prev.name.toLowerCase() } : { kind: 'group' });
      else if (isPunct(u, '[')) open.push({ kind: endsValue(prev) ? 'index' : 'list' });
      else if (isPunct(u, '{')) open.push({ kind: 'map' });
      else if (u.kind === 'punct' && ')]}'.includes(u.text)) open.pop();
      else if (isName(u, acc.name) && !isPunct(prev, '.') && !isPunct(prev, '$') && !isPunct(tokens[k + 1], '.') && !indexed(tokens, k + 1)) {
        for (let o = open.length - 1; o >= 0; o--) {
          const b = open[o]!;
          if (b.kind === 'index' || (b.kind === 'call' && SCALAR.has(b.fn!))) break;
          if (b.kind === 'list' || b.kind === 'map') {
            const { line, column } = lineAndColumn(query, u.at);
            throw new AppError('query_refused', consoleMessages(lang).reduceNests(acc.name, { line, column }), { line, column });
          }
        }
      }
    }
  }
}
