// Refuses a query whose variables carry lists nested deeper, clause after clause, than Neo4j's
// planner can type in bounded time. Each WITH may nest its value only 50 deep (nesting.ts), but a
// variable carries the depth on: `WITH [[…x…]] AS x` repeated, or `WITH collect(x) AS x` repeated,
// gives x a list type as deep as all of them together, and Neo4j 5.26 plans such a query in time
// growing about with the cube of that depth, before any time limit applies (measured on the test
// Neo4j: 100 levels 0.5–1.8 s, 200 levels 4–10 s, 320 levels 13 s; a helper's 800 levels were still
// planning after 2.5 min, holding the console's slots). Maps do not add to it (measured: 320 levels
// of {a: …} planned in 0.2 s), nor do variables that are not carried.
// The depth is estimated from above on the tokens: every list written ([ … ], not an index or a
// relationship pattern) and every collect( … ) around a place counts one level, and a variable at
// that place adds the depth it was given by `AS` (UNWIND takes one level off).
import { AppError } from '../errors.ts';
import { endsValue, isKeyword, isName, isPunct, lineAndColumn, type Token } from './lexer.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';

/** List levels a variable may carry (measured: about a second of planning). */
export const MAX_CARRIED_DEPTH = 100;

/** Words that start a clause (or a part of one) after which a new expression begins. */
const CLAUSE_WORDS = new Set(['WITH', 'RETURN', 'UNWIND', 'MATCH', 'OPTIONAL', 'WHERE', 'ORDER', 'SKIP', 'LIMIT', 'CALL', 'UNION', 'YIELD', 'FINISH']);

/** Keywords after which `[` opens a list, not an index (`WITH [x]`, `x IN [1, 2]`, `THEN [x]`). */
const BEFORE_EXPRESSION = new Set(['WITH', 'RETURN', 'UNWIND', 'WHERE', 'AND', 'OR', 'XOR', 'NOT', 'IN', 'WHEN', 'THEN', 'ELSE', 'CASE', 'DISTINCT', 'BY', 'SKIP', 'LIMIT', 'CONTAINS', 'IS', 'YIELD']);

/** Whether `[` after `prev` indexes the value before it. */
export const indexes = (prev: Token | undefined): boolean => endsValue(prev) && !(prev!.kind === 'word' && BEFORE_EXPRESSION.has(prev!.text.toUpperCase()));

interface Open {
  /** Whether this bracket makes a list level (a list written, or collect's call). */
  list: boolean;
}

/** Throws query_refused when a variable would carry lists nested deeper than MAX_CARRIED_DEPTH. */
export function checkCarriedNesting(query: string, tokens: readonly Token[], lang: ConsoleLang = 'en'): void {
  const carried = new Map<string, number>();
  const stack: Open[] = [];
  let levels = 0; // list levels open now
  let base = 0; // list levels open where the current item began
  let itemDepth = 0; // deepest list level of the current item, counted from its start
  let unwinding = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (t.kind === 'punct' && '([{'.includes(t.text)) {
      const list = (t.text === '[' && !indexes(prev) && !isPunct(prev, '-') && !isPunct(prev, '<')) || (t.text === '(' && isName(prev) && /^collect$/i.test(prev.name));
      stack.push({ list });
      if (list) itemDepth = Math.max(itemDepth, ++levels - base);
      continue;
    }
    if (t.kind === 'punct' && ')]}'.includes(t.text)) {
      if (stack.pop()?.list) levels--;
      continue;
    }
    if (isPunct(t, ',') && levels === base) {
      itemDepth = 0;
      continue;
    }
    if (t.kind === 'word' && CLAUSE_WORDS.has(t.text.toUpperCase()) && !isPunct(prev, '.') && !isPunct(tokens[i + 1], ':')) {
      unwinding = isKeyword(t, 'UNWIND');
      base = levels;
      itemDepth = 0;
      continue;
    }
    if (isKeyword(t, 'AS') && isName(tokens[i + 1])) {
      const name = tokens[i + 1]!;
      const depth = Math.max(0, itemDepth - (unwinding ? 1 : 0));
      if (depth > MAX_CARRIED_DEPTH) {
        const { line, column } = lineAndColumn(query, name.at);
        throw new AppError('query_refused', consoleMessages(lang).carriedNesting(name.name, { depth, max: MAX_CARRIED_DEPTH, line, column }), { line, column, depth, max: MAX_CARRIED_DEPTH });
      }
      carried.set(name.name, depth);
      i++;
      continue;
    }
    // A variable: not a property (n.x), a parameter ($x), a map key (x:), a label (:X) or a function (x()).
    if (isName(t) && !isPunct(prev, '.') && !isPunct(prev, '$') && !isPunct(prev, ':') && !isPunct(tokens[i + 1], ':') && !isPunct(tokens[i + 1], '(')) {
      const own = carried.get(t.name);
      if (own !== undefined) itemDepth = Math.max(itemDepth, levels - base + own);
    }
  }
}
