// Checks the patterns of Cypher's `=~` before Neo4j sees them. Java's regular expressions backtrack
// without looking at the transaction's time limit, so a pattern like `(.*a){20}b` keeps a Neo4j
// core busy long after the console answered 408 (measured: 19 s for a 3 s limit on a 32-character
// string, four times longer for every two more characters) and holds a console slot all along.
// The pattern must be one the console can read: string literals and parameters, joined with `+`
// (`'(?i).*' + $q + '.*'`), and it must pass regexHazard (regex-safety.ts). Anything else on the
// right of `=~` (a property, a function) is refused with a reason, in the request's language.
import { AppError } from '../errors.ts';
import { isPunct, lineAndColumn, type Token } from './lexer.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';
import { regexHazard } from './regex-safety.ts';

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

/** The pattern right of the `=~` whose `~` is at `at`: its text, or null when it is not literals and parameters joined with `+`. */
function patternAt(tokens: readonly Token[], at: number, params: Record<string, unknown>): string | null {
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
    if (isPunct(next, '[') || isPunct(next, '.') || isPunct(next, '*') || isPunct(next, '/') || isPunct(next, '%') || isPunct(next, '^')) return null;
    return pattern;
  }
}

/** Throws query_refused for a `=~` whose pattern the console cannot read or that may backtrack without end. */
export function checkRegexes(query: string, tokens: readonly Token[], params: Record<string, unknown>, lang: ConsoleLang = 'en'): void {
  for (let i = 1; i < tokens.length; i++) {
    if (!isPunct(tokens[i], '~') || !isPunct(tokens[i - 1], '=')) continue;
    const { line, column } = lineAndColumn(query, tokens[i - 1]!.at);
    const pattern = patternAt(tokens, i, params);
    if (pattern === null) throw new AppError('query_refused', consoleMessages(lang).regexOperand({ line, column }), { line, column });
    const hazard = regexHazard(pattern);
    if (hazard !== null) throw new AppError('query_refused', consoleMessages(lang).regexHazard(pattern, hazard, { line, column }), { line, column, hazard });
  }
}
