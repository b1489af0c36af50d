// The console's textual safety checks (the first layer), run before Neo4j sees the query. They do not
// rely on the query plan (that check is the second layer, plan-check.ts): invisible control characters
// outside quotes, several statements, Browser commands, EXPLAIN/PROFILE and query options, clauses
// that write, administer, switch database or read files (LOAD CSV), batched transactions, procedures
// or functions outside the allowlist, expressions nested deeper than Neo4j's parser takes
// (nesting.ts) or that Neo4j's rewriting copies past what it can plan (expansion.ts), range() computations and regular expressions Neo4j cannot stop (budget.ts,
// regex-operands.ts) are refused with a
// reason (messages.ts, in the language of the request). The words are Neo4j's own (lexer.ts follows
// its grammar).
import { AppError } from '../errors.ts';
import { isAllowedFunction, isAllowedProcedure, whyRefused } from './allowlist.ts';
import { checkRangeBudget } from './budget.ts';
import { checkCarriedNesting } from './carried-nesting.ts';
import { checkCharacters } from './characters.ts';
import { checkExpansion } from './expansion.ts';
import { checkNesting } from './nesting.ts';
import { reduceCalls } from './reduce-calls.ts';
import { checkCarriedCopies } from './carried-copies.ts';
import { checkComprehensionRepeats } from './comprehension-repeats.ts';
import { checkLabelExpressions } from './label-expressions.ts';
import { checkReduceDepth } from './reduce-depth.ts';
import { checkReduceGrowth } from './reduce-growth.ts';
import { checkRegexes, guardRegexes, type GuardedQuery } from './regex-operands.ts';
import { asciiUpper, dottedName, isKeyword, isName, isPunct, scan, type Token } from './lexer.ts';
import { consoleMessages, REFUSED_KEYWORD_NAMES, type ConsoleLang, type ConsoleMessages, type RefusedFirst, type RefusedKeyword, type RefusedPair } from './messages.ts';

const refuse = (message: string): AppError => new AppError('query_refused', message);

/** Clause keywords refused wherever they stand as keywords (the reasons are in messages.ts). */
const REFUSED_KEYWORDS: ReadonlySet<string> = new Set(REFUSED_KEYWORD_NAMES);

/** Two-word commands whose first word is also a common name (`start`, `stop`, `load`, …). */
const REFUSED_PAIRS: ReadonlyArray<[RefusedPair, readonly string[]]> = [
  ['LOAD', ['CSV']],
  ['START', ['DATABASE', 'DATABASES']],
  ['STOP', ['DATABASE', 'DATABASES']],
  ['ENABLE', ['SERVER']],
  ['DEALLOCATE', ['DATABASE', 'DATABASES']],
  ['REALLOCATE', ['DATABASE', 'DATABASES']],
];

/** The first token of a query that may not start a console query. */
const REFUSED_FIRST: ReadonlySet<string> = new Set<RefusedFirst>(['EXPLAIN', 'PROFILE', 'CYPHER']);

/**
 * Whether a word token stands where a keyword would: not a property (`n.set`), a variable whose
 * property is read (`show.id`), a label or type (`:SET`), a parameter (`$set`) or a map key (`{set: 1}`).
 */
function inKeywordPosition(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return !(isPunct(prev, '.') || isPunct(prev, ':') || isPunct(prev, '$') || isPunct(next, ':') || isPunct(next, '.'));
}

function checkFirstToken(tokens: readonly Token[], m: ConsoleMessages): void {
  const first = tokens[0];
  if (!first) throw refuse(m.empty);
  if (isPunct(first, ':')) throw refuse(m.browserCommand);
  const word = first.kind === 'word' ? asciiUpper(first.text) : '';
  if (REFUSED_FIRST.has(word)) throw refuse(m.first[word as RefusedFirst]);
}

/** The query without a single trailing `;`; refuses a `;` anywhere else (several statements). */
function singleStatement(query: string, tokens: Token[], m: ConsoleMessages): { text: string; tokens: Token[] } {
  const semis = tokens.filter((t) => isPunct(t, ';'));
  if (semis.length === 0) return { text: query, tokens };
  const last = tokens[tokens.length - 1]!;
  if (semis.length === 1 && last === semis[0]) return { text: query.slice(0, last.at), tokens: tokens.slice(0, -1) };
  throw refuse(m.oneStatement);
}

function checkKeywords(tokens: readonly Token[], m: ConsoleMessages): void {
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !inKeywordPosition(tokens, i)) return;
    const word = asciiUpper(t.text);
    if (REFUSED_KEYWORDS.has(word)) throw refuse(`${m.keyword[word as RefusedKeyword]} (${m.renameHint})`);
    const next = tokens[i + 1];
    for (const [first, seconds] of REFUSED_PAIRS) {
      if (word === first && seconds.some((second) => isKeyword(next, second))) throw refuse(m.pair[first]);
    }
  });
}

/** Checks procedure and function calls; returns the procedures called (all allowlisted). */
function checkCalls(tokens: readonly Token[], m: ConsoleMessages, lang: ConsoleLang): string[] {
  const procedures: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isKeyword(t, 'CALL') && inKeywordPosition(tokens, i)) {
      const next = tokens[i + 1];
      // CALL { … } and CALL (x) { … } are subqueries; their clauses are checked like any other.
      if (isPunct(next, '{') || isPunct(next, '(')) continue;
      const proc = dottedName(tokens, i + 1);
      if (!proc) throw refuse(m.callNeedsName);
      if (!isAllowedProcedure(proc.name)) throw refuse(whyRefused('procedure', proc.name, lang));
      procedures.push(proc.name.toLowerCase());
      i = proc.next - 1;
      continue;
    }
    // A dotted name followed by "(" outside CALL is a namespaced function call, also after a `:`
    // (a map's value, `{x: apoc.text.join(…)}`: a label or type is never followed by "(").
    if (isName(t) && !isPunct(tokens[i - 1], '.')) {
      const fn = dottedName(tokens, i);
      // `` `apoc.text.join`(…) `` names a namespaced function in one quoted name.
      if (fn && (fn.next > i + 1 || fn.name.includes('.')) && isPunct(tokens[fn.next], '(')) {
        if (!isAllowedFunction(fn.name)) throw refuse(whyRefused('function', fn.name, lang));
        i = fn.next - 1;
      }
    }
  }
  return procedures;
}

export interface CheckedQuery {
  /** The statement to run: the query with a single trailing `;` removed and its `=~` patterns as parameters (regex-operands.ts). */
  text: string;
  /** The statement as written, trailing `;` removed: the one to quote back to the analyst. */
  written: string;
  /** Allowlisted procedures it calls, lower case. */
  procedures: string[];
  /** Parameters to send besides the query's own: its guarded `=~` patterns. */
  params: GuardedQuery['params'];
  /** Where the text run differs from the text written, for naming columns as the analyst wrote them. */
  patterns: GuardedQuery['written'];
}

/**
 * Checks a console query and returns the statement to run. Throws AppError `query_refused` (400)
 * saying why, in `lang`, when the query is not plainly a read. `params` are the query's parameters
 * (range() bounds given as parameters are checked with their values).
 */
export function checkConsoleQuery(query: string, params: Record<string, unknown> = {}, lang: ConsoleLang = 'en'): CheckedQuery {
  const m = consoleMessages(lang);
  const scanned = scan(query, lang);
  checkCharacters(query, scanned, lang);
  checkFirstToken(scanned.tokens, m);
  const { text, tokens } = singleStatement(query, scanned.tokens, m);
  checkFirstToken(tokens, m);
  checkNesting(query, tokens, lang);
  checkCarriedNesting(query, tokens, lang);
  checkCarriedCopies(query, tokens, lang);
  checkLabelExpressions(query, tokens, lang);
  checkExpansion(query, tokens, lang);
  checkKeywords(tokens, m);
  const procedures = checkCalls(tokens, m, lang);
  checkRangeBudget(query, tokens, params, lang);
  const patterns = checkRegexes(query, tokens, params, lang);
  // Both reduce() checks read the same calls, found once.
  const reduces = reduceCalls(tokens);
  checkReduceDepth(query, tokens, lang, reduces);
  checkReduceGrowth(query, tokens, params, lang, reduces);
  // Last: a value repeated per element is refused once the more particular checks have spoken.
  checkComprehensionRepeats(query, tokens, lang);
  const guarded = guardRegexes(text, patterns, params);
  return { text: guarded.text, written: text, procedures, params: guarded.params, patterns: guarded.written };
}
