// The console's textual safety checks (the first layer), run before Neo4j sees the query. They do not
// rely on the query plan (that check is the second layer, plan-check.ts): invisible control characters
// outside quotes, several statements, Browser commands, EXPLAIN/PROFILE and query options, clauses
// that write, administer, switch database or read files (LOAD CSV), batched transactions, procedures
// or functions outside the allowlist, and range() computations Neo4j cannot stop are refused with a
// reason. The words are Neo4j's own (lexer.ts follows its grammar).
import { AppError } from '../errors.ts';
import { isAllowedFunction, isAllowedProcedure, whyRefused } from './allowlist.ts';
import { checkRangeBudget } from './budget.ts';
import { checkCharacters } from './characters.ts';
import { asciiUpper, dottedName, isKeyword, isName, isPunct, scan, type Token } from './lexer.ts';

const refuse = (message: string): AppError => new AppError('query_refused', message);

const READ_ONLY = 'the console is read-only';
const RENAME_HINT = 'if it is a variable or key name here, quote it in backticks';

/** Clause keywords refused wherever they appear, with the reason given to the user. */
const REFUSED_KEYWORDS: Record<string, string> = {
  CREATE: `CREATE writes to the database (or creates an index, constraint, user or database); ${READ_ONLY}`,
  MERGE: `MERGE writes to the database; ${READ_ONLY}`,
  SET: `SET changes properties or labels; ${READ_ONLY}`,
  DELETE: `DELETE removes data; ${READ_ONLY}`,
  DETACH: `DETACH DELETE removes data; ${READ_ONLY}`,
  REMOVE: `REMOVE changes properties or labels; ${READ_ONLY}`,
  INSERT: `INSERT writes to the database; ${READ_ONLY}`,
  FOREACH: `FOREACH only runs updating clauses; ${READ_ONLY}`,
  DROP: `DROP changes the schema or the administration; ${READ_ONLY}`,
  ALTER: `ALTER changes the administration; ${READ_ONLY}`,
  RENAME: `RENAME changes the administration; ${READ_ONLY}`,
  GRANT: `GRANT changes privileges; ${READ_ONLY}`,
  DENY: `DENY changes privileges; ${READ_ONLY}`,
  REVOKE: `REVOKE changes privileges; ${READ_ONLY}`,
  SHOW: 'SHOW commands belong to the administration, not to the graph; use Neo4j Browser for them',
  TERMINATE: 'TERMINATE stops other transactions; the console does not administer the server',
  USE: 'USE switches database; the console reads the Rantai database only',
  PERIODIC: `USING PERIODIC COMMIT runs batched writes; ${READ_ONLY}`,
  TRANSACTIONS: `CALL { … } IN TRANSACTIONS runs batched writes; ${READ_ONLY}`,
  DRYRUN: 'server and database allocation commands are refused; the console does not administer the server',
};

/** Two-word commands whose first word is also a common name (`start`, `stop`, `load`, …). */
const REFUSED_PAIRS: Array<[string, readonly string[], string]> = [
  ['LOAD', ['CSV'], 'LOAD CSV reads files and URLs; the console only reads the graph'],
  ['START', ['DATABASE', 'DATABASES'], 'START DATABASE administers the server; the console does not'],
  ['STOP', ['DATABASE', 'DATABASES'], 'STOP DATABASE administers the server; the console does not'],
  ['ENABLE', ['SERVER'], 'ENABLE SERVER administers the cluster; the console does not'],
  ['DEALLOCATE', ['DATABASE', 'DATABASES'], 'DEALLOCATE administers the cluster; the console does not'],
  ['REALLOCATE', ['DATABASE', 'DATABASES'], 'REALLOCATE administers the cluster; the console does not'],
];

/** The first token of a query that may not start a console query. */
const REFUSED_FIRST: Record<string, string> = {
  EXPLAIN: 'EXPLAIN shows a plan, not results; the console returns results only (use Neo4j Browser to see plans)',
  PROFILE: 'PROFILE executes the query to measure it; the console does not run PROFILE (use Neo4j Browser on a copy of the data)',
  CYPHER: 'query options (CYPHER …) are not accepted in the console; remove the CYPHER prefix',
};

/**
 * Whether a word token stands where a keyword would: not a property (`n.set`), a variable whose
 * property is read (`show.id`), a label or type (`:SET`), a parameter (`$set`) or a map key (`{set: 1}`).
 */
function inKeywordPosition(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return !(isPunct(prev, '.') || isPunct(prev, ':') || isPunct(prev, '$') || isPunct(next, ':') || isPunct(next, '.'));
}

function checkFirstToken(tokens: readonly Token[]): void {
  const first = tokens[0];
  if (!first) throw refuse('the query is empty');
  if (isPunct(first, ':')) throw refuse('Browser commands such as :use or :param are not Cypher; the console runs Cypher queries only');
  const reason = first.kind === 'word' ? REFUSED_FIRST[asciiUpper(first.text)] : undefined;
  if (reason) throw refuse(reason);
}

/** The query without a single trailing `;`; refuses a `;` anywhere else (several statements). */
function singleStatement(query: string, tokens: Token[]): { text: string; tokens: Token[] } {
  const semis = tokens.filter((t) => isPunct(t, ';'));
  if (semis.length === 0) return { text: query, tokens };
  const last = tokens[tokens.length - 1]!;
  if (semis.length === 1 && last === semis[0]) return { text: query.slice(0, last.at), tokens: tokens.slice(0, -1) };
  throw refuse('the console runs one statement at a time: remove the ";" between statements');
}

function checkKeywords(tokens: readonly Token[]): void {
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !inKeywordPosition(tokens, i)) return;
    const word = asciiUpper(t.text);
    const reason = Object.hasOwn(REFUSED_KEYWORDS, word) ? REFUSED_KEYWORDS[word] : undefined;
    if (reason) throw refuse(`${reason} (${RENAME_HINT})`);
    const next = tokens[i + 1];
    for (const [first, seconds, message] of REFUSED_PAIRS) {
      if (word === first && seconds.some((second) => isKeyword(next, second))) throw refuse(message);
    }
  });
}

/** Checks procedure and function calls; returns the procedures called (all allowlisted). */
function checkCalls(tokens: readonly Token[]): string[] {
  const procedures: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isKeyword(t, 'CALL') && inKeywordPosition(tokens, i)) {
      const next = tokens[i + 1];
      // CALL { … } and CALL (x) { … } are subqueries; their clauses are checked like any other.
      if (isPunct(next, '{') || isPunct(next, '(')) continue;
      const proc = dottedName(tokens, i + 1);
      if (!proc) throw refuse('CALL must name a procedure or open a subquery');
      if (!isAllowedProcedure(proc.name)) throw refuse(whyRefused('procedure', proc.name));
      procedures.push(proc.name.toLowerCase());
      i = proc.next - 1;
      continue;
    }
    // A dotted name followed by "(" outside CALL is a namespaced function call.
    if (isName(t) && !isPunct(tokens[i - 1], '.') && !isPunct(tokens[i - 1], ':')) {
      const fn = dottedName(tokens, i);
      // `` `apoc.text.join`(…) `` names a namespaced function in one quoted name.
      if (fn && (fn.next > i + 1 || fn.name.includes('.')) && isPunct(tokens[fn.next], '(')) {
        if (!isAllowedFunction(fn.name)) throw refuse(whyRefused('function', fn.name));
        i = fn.next - 1;
      }
    }
  }
  return procedures;
}

export interface CheckedQuery {
  /** The statement to run: the query with a single trailing `;` removed. */
  text: string;
  /** Allowlisted procedures it calls, lower case. */
  procedures: string[];
}

/**
 * Checks a console query and returns the statement to run. Throws AppError `query_refused` (400)
 * saying why when the query is not plainly a read. `params` are the query's parameters (range()
 * bounds given as parameters are checked with their values).
 */
export function checkConsoleQuery(query: string, params: Record<string, unknown> = {}): CheckedQuery {
  const scanned = scan(query);
  checkCharacters(query, scanned);
  checkFirstToken(scanned.tokens);
  const { text, tokens } = singleStatement(query, scanned.tokens);
  checkFirstToken(tokens);
  checkKeywords(tokens);
  const procedures = checkCalls(tokens);
  checkRangeBudget(query, tokens, params);
  return { text, procedures };
}
