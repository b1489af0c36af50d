// Refuses expressions nested deeper than Neo4j's parser can take. Neo4j 5.26 parses a query
// recursively: on a few hundred nested brackets (list 500, map 200), a couple of hundred property
// accesses or indexes in a row (`m.a.a…`, `m[0][0]…`), 400 NOTs in a row or some 10,000 terms of
// one sum, its parser overflows its stack, and then it cannot even send the error back: the
// request hung for 120 s holding a console slot and one of its connections, and four such 2 kB
// requests shut the console for everyone (measured on the test Neo4j; the limits here are far
// below those depths and far above what an analyst writes). Counted on the tokens, so it is
// linear in the query and needs no parser of its own.
import { AppError } from '../errors.ts';
import { endsValue, isKeyword, isPunct, lineAndColumn, type Token } from './lexer.ts';
import { consoleMessages, type ConsoleLang, type NestingKind } from './messages.ts';

/** Brackets ((, [, {) and CASE … END inside one another. */
export const MAX_NESTING = 50;
/** Property accesses and indexes applied one after another to one value. */
export const MAX_CHAIN = 50;
/** NOTs in a row. */
export const MAX_NOTS = 50;
/**
 * UNIONs of one query: Neo4j planned 100 branches in 1.6 s, 400 in 8 s, and 1,500 ran 9 s past the
 * console's time limit (a helper's, round 50); planning is not stopped by it.
 */
export const MAX_UNIONS = 50;
/** Words, numbers and symbols of one query: a long list of values belongs in a parameter. */
export const MAX_TOKENS = 8000;

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/** CASE or END as the keyword, not a map key (`{end: 1}`), a property (`n.end`) or a parameter. */
export const caseWord = (tokens: readonly Token[], i: number, word: 'CASE' | 'END'): boolean =>
  isKeyword(tokens[i], word) && !isPunct(tokens[i + 1], ':') && !isPunct(tokens[i - 1], '.') && !isPunct(tokens[i - 1], ':') && !isPunct(tokens[i - 1], '$');

function refuse(query: string, t: Token, kind: NestingKind, depth: number, max: number, lang: ConsoleLang): AppError {
  const { line, column } = lineAndColumn(query, t.at);
  return new AppError('query_refused', consoleMessages(lang).nesting(kind, { depth, max, line, column }), { line, column, depth, max });
}

/** Throws query_refused when the query is nested or chained past the limits above. */
export function checkNesting(query: string, tokens: readonly Token[], lang: ConsoleLang = 'en'): void {
  if (tokens.length > MAX_TOKENS) throw new AppError('query_refused', consoleMessages(lang).tooManyTokens(tokens.length, MAX_TOKENS), { tokens: tokens.length, max: MAX_TOKENS });
  // Per open bracket: whether it is an index, and the chain of the value it indexes.
  const stack: Array<{ index: boolean; chain: number }> = [];
  let chain = 0;
  let nots = 0;
  let unions = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (isKeyword(t, 'UNION') && !isPunct(prev, '.') && !isPunct(prev, '$') && !isPunct(tokens[i + 1], ':') && ++unions > MAX_UNIONS) {
      const { line, column } = lineAndColumn(query, t.at);
      throw new AppError('query_refused', consoleMessages(lang).unions({ n: unions, max: MAX_UNIONS, line, column }), { line, column, unions, max: MAX_UNIONS });
    }
    // A label expression's ! is Neo4j's NOT too: 300 of them overflowed its parser as 400 NOTs did.
    nots = isKeyword(t, 'NOT') || isPunct(t, '!') ? nots + 1 : 0;
    if (nots > MAX_NOTS) throw refuse(query, t, 'not', nots, MAX_NOTS, lang);
    if (isPunct(t, '.') && tokens[i + 1] && (tokens[i + 1]!.kind === 'word' || tokens[i + 1]!.kind === 'quoted')) {
      if (++chain > MAX_CHAIN) throw refuse(query, t, 'chain', chain, MAX_CHAIN, lang);
      i++; // the property's name
      continue;
    }
    const opens = (t.kind === 'punct' && OPEN.has(t.text)) || caseWord(tokens, i, 'CASE');
    const closes = (t.kind === 'punct' && CLOSE.has(t.text)) || caseWord(tokens, i, 'END');
    if (opens) {
      const index = isPunct(t, '[') && endsValue(prev);
      if (index && chain + 1 > MAX_CHAIN) throw refuse(query, t, 'chain', chain + 1, MAX_CHAIN, lang);
      stack.push({ index, chain: index ? chain + 1 : 0 });
      if (stack.length > MAX_NESTING) throw refuse(query, t, 'brackets', stack.length, MAX_NESTING, lang);
      chain = 0;
    } else if (closes) {
      // An index closes back into its value's chain; any other bracket ends a new value.
      const open = stack.pop();
      chain = open?.index ? open.chain : 0;
    } else chain = 0;
  }
}
