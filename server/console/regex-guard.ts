// Bounds the text a checked `=~` pattern is matched against, so that one match cannot outlast the
// query's time limit by more than a second or so. regex-safety.ts refuses patterns that backtrack
// exponentially, but a pattern it passes still takes up to about choices × n^degree steps on a text
// of n characters, and a console query can build a text as long as it likes (`replace()` doubling a
// string, `reduce()` concatenating): `(?i).*a.*ab` on 31,000 a's and a line break took 2.7 s in Java
// 17, on a million of them it would take hours, and Java's matcher never looks at the time limit.
//
// So the pattern Neo4j receives is the checked one behind a lookahead that fails at once on a text
// longer than the bound: `(?=[\s\S]{0,N}+\z)(?:pattern)`, N = (STEP_BUDGET / choices)^(1 / degree),
// at most MAX_SUBJECT. Such a text does not match (`=~` is false), which no dataset value comes near:
// N is 22,360 characters for `(?i).*ceper.*` and 793 for three `.*`. A pattern without free
// quantifiers (degree 0) matches a bounded stretch and costs the same on any text: it is unchanged.
// The lookahead is checked in O(N) steps whatever the text's length (measured: 20 ms on 20 million).
// Its count is possessive: a greedy `{0,N}` is Pattern.Curly.match0, which recurses each time the
// length of what `[\s\S]` matched changes (one UTF-16 unit or two), so 100,000 times "a😀" overflowed
// Neo4j's stack, after which it sent no answer for 120 s; the possessive count is a loop and accepts
// the same texts, the lookahead backtracking into nothing. The greedy repetitions of groups that the
// check found (RegexCost.lazyAt) are sent lazy, for the same reason (regex-safety.ts).
import type { RegexCost } from './regex-safety.ts';

/** Steps one match may take, about 1.5 s of Java 17 on this kind of machine (measured above). */
export const STEP_BUDGET = 5e8;
/** The bound for a pattern with one free quantifier and few choices. */
export const MAX_SUBJECT = 1_000_000;

/**
 * A bound below this is said in the console's answer (its notes), since a text past it would
 * silently not match: three `.*` get 793 characters, which a long description or a text the query
 * builds can pass. The commonest patterns are not noted, their bounds being far past any stored
 * name or description: one `.*` gets MAX_SUBJECT and two (`(?i).*ceper.*`) 22,360.
 */
export const NOTED_BOUND = 10_000;

/** The longest text the pattern is matched against, or null when its cost does not grow with the text. */
export function subjectLimit(cost: RegexCost): number | null {
  if (cost.degree === 0) return null;
  return Math.min(MAX_SUBJECT, Math.floor((STEP_BUDGET / cost.choices) ** (1 / cost.degree)));
}

/** The pattern with a `?` after each quantifier at `lazyAt` (ascending), which makes it lazy. */
export function lazyRepeats(pattern: string, lazyAt: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const at of lazyAt) {
    out += `${pattern.slice(from, at)}?`;
    from = at;
  }
  return out + pattern.slice(from);
}

/** The pattern as Neo4j is given it: behind the length bound, in a group so that a `|` stays inside. */
export function guardedPattern(pattern: string, cost: RegexCost): string {
  const limit = subjectLimit(cost);
  // A repetition of a group without end is free: a pattern with one has a limit.
  if (limit === null) return pattern;
  // A pattern ending inside `\Q` would quote the closing parenthesis too: end the quote first.
  return `(?=[\\s\\S]{0,${limit}}+\\z)(?:${lazyRepeats(pattern, cost.lazyAt)}${cost.openQuote ? '\\E' : ''})`;
}
