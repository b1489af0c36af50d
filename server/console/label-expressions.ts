// Refuses label expressions that Neo4j 5.26 takes exponential time and memory to plan. A label
// expression (`n:(A|B)&(C|D)`, `[r:X|Y]`, `n IS !(A&B)`) is normalised by the planner, and each
// group of alternatives joined by & multiplies the combinations: measured by a helper on the test
// Neo4j (2 GB heap), 16 groups of two took 2.7 s to plan, 18 groups 23 s, 19 groups 51 s with the
// heap from 34 % to 65 %, before any time limit applies; through the console Neo4j kept planning
// 12 s past the 408. The combinations are counted from above on the tokens: alternatives (|) add,
// conjunctions (& and the older :A:B) multiply, and a negation swaps the two (De Morgan), so the
// larger of the two normal forms is the size.
import { AppError } from '../errors.ts';
import { isKeyword, isName, isPunct, lineAndColumn, type Token } from './lexer.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';

/** Combinations a label expression may come to (ten groups of two; sixteen took 2.7 s to plan). */
export const MAX_LABEL_COMBINATIONS = 1024;

/** Sizes of an expression's two normal forms: alternatives of conjunctions, and the other way round. */
interface Forms {
  dnf: number;
  cnf: number;
}

interface Parsed extends Forms {
  /** The index after the expression. */
  end: number;
}

/** One label, a wildcard (%), a negation or a bracketed expression at tokens[i], or null if none is there. */
function factor(tokens: readonly Token[], i: number): Parsed | null {
  const t = tokens[i];
  if (isPunct(t, '!')) {
    const inner = factor(tokens, i + 1);
    return inner && { dnf: inner.cnf, cnf: inner.dnf, end: inner.end };
  }
  if (isPunct(t, '(')) {
    const inner = alternatives(tokens, i + 1);
    return inner && isPunct(tokens[inner.end], ')') ? { ...inner, end: inner.end + 1 } : null;
  }
  if (isName(t) || isPunct(t, '%')) return { dnf: 1, cnf: 1, end: i + 1 };
  return null;
}

/** Factors joined by &, or by a colon between labels (:A:B); a colon may also begin a factor after | (the older [:A|:B]). */
function conjunction(tokens: readonly Token[], i: number): Parsed | null {
  let first = factor(tokens, isPunct(tokens[i], ':') ? i + 1 : i);
  if (!first) return null;
  for (;;) {
    const op = tokens[first.end];
    if (!isPunct(op, '&') && !isPunct(op, ':')) return first;
    const next = factor(tokens, first.end + 1);
    if (!next) return first;
    first = { dnf: first.dnf * next.dnf, cnf: first.cnf + next.cnf, end: next.end };
  }
}

/** Conjunctions joined by |. */
function alternatives(tokens: readonly Token[], i: number): Parsed | null {
  let first = conjunction(tokens, i);
  if (!first) return null;
  while (isPunct(tokens[first.end], '|')) {
    const next = conjunction(tokens, first.end + 1);
    if (!next) return first;
    first = { dnf: first.dnf + next.dnf, cnf: first.cnf * next.cnf, end: next.end };
  }
  return first;
}

/** Throws query_refused when a label expression would come to more than MAX_LABEL_COMBINATIONS combinations. */
export function checkLabelExpressions(query: string, tokens: readonly Token[], lang: ConsoleLang = 'en'): void {
  // The expressions of one query multiply: split into predicates (WHERE n:(A|B) AND n:(C|D) AND …)
  // Neo4j plans them together as one, and 18 such predicates of two ran 11 s past the time limit
  // (a helper's, round 50) where each alone came to two.
  let total = 1;
  for (let i = 0; i < tokens.length; i++) {
    // A label expression follows a colon (n:…, [r:…], WHERE n:…) or IS (n IS …). A map's
    // `key: value` reads as one too, harmlessly: a value is at most a few "labels" large.
    if (!isPunct(tokens[i], ':') && !isKeyword(tokens[i], 'IS')) continue;
    const parsed = alternatives(tokens, i + 1);
    if (!parsed) continue;
    total *= Math.max(parsed.dnf, parsed.cnf);
    const size = total;
    if (size > MAX_LABEL_COMBINATIONS) {
      const { line, column } = lineAndColumn(query, tokens[i]!.at);
      throw new AppError('query_refused', consoleMessages(lang).labelCombinations({ size, max: MAX_LABEL_COMBINATIONS, line, column }), { line, column, combinations: size, max: MAX_LABEL_COMBINATIONS });
    }
    // The expression's inner colons and brackets are not the start of another.
    i = parsed.end - 1;
  }
}
