// Decides whether a regular expression given to Cypher's `=~` may backtrack catastrophically, so that
// the console can refuse it before it reaches Neo4j. Neo4j 5.26 matches `=~` with java.util.regex, and
// a backtracking match does not look at the transaction timeout: `'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~
// '(.*a){20}b'` keeps a core busy for minutes to years after the query was "terminated".
//
// The rules are a star-height-1 rule plus limits, as the safe-regex family of checkers has them, read
// on Java's syntax (https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html):
//   nested-quantifier       a group repeated more than once (`*`, `+`, `{n,}`, `{n}`/`{n,m}` with n or
//                           m > 1) that holds any quantifier at any depth: `(a+)+`, `(.*a){20}`, and
//                           also `(a?a?)*`, which splits a run of a's as many ways as `(a|aa)*` does
//   quantified-alternation  such a group holding `|` at any depth: `(a|ab)*`
//   backreference           `\1`..`\9`, `\k<name>` (matching with them is NP-hard)
//   lookaround              `(?=`, `(?!`, `(?<=`, `(?<!`
//   too-many-quantifiers    more than 3 of `*`, `+`, `{n,}`, `{n,m}` (m > 1): `.*a.*b.*c.*d` is O(n^4)
//   large-repeat            `{n}`, `{n,}`, `{n,m}` with n or m > 100
//   unparsable              unbalanced `(` `)` `[` `]`, a dangling quantifier, anything else not understood
// It errs on the side of refusing: a false refusal costs an analyst a rewrite, a false pass costs a
// Neo4j core. So atomic groups and possessive quantifiers are read but not trusted to make a pattern
// safe, `(?x)` (which changes what whitespace and `#` mean) and `(?c)` are refused, and so are `\R`,
// `\X` and `\b{g}`, which match several characters in ways of their own. The pattern is the string
// Java receives, after Cypher has undone the escapes of its string literal.
//
// One pass over the pattern with an explicit stack of open groups and no regular expressions, so time
// is linear in the length and 100,000 characters of `((((` cannot overflow the call stack.

export type RegexHazard = 'nested-quantifier' | 'quantified-alternation' | 'backreference' | 'lookaround' | 'too-many-quantifiers' | 'large-repeat' | 'unparsable';

/** More free quantifiers than this are refused: k adjacent `.*` can split an input of n characters ~n^k ways. */
const MAX_FREE_QUANTIFIERS = 3;
/** The largest n or m of `{n}`, `{n,}`, `{n,m}`. */
const MAX_REPEAT = 100;

/** What a quantifier written next would apply to. */
type Last =
  | { kind: 'none' } // the start of the pattern, a group or an alternative, or just after `(?i)`: it would dangle
  | { kind: 'atom' }
  | { kind: 'group'; quantified: boolean; alternation: boolean }
  | { kind: 'quantifier' }; // `a**`: Java calls the second one dangling too

/** An open group; the bottom frame is the whole pattern. What it holds counts at any depth. */
interface Frame {
  quantified: boolean;
  alternation: boolean;
  last: Last;
}

interface Quantifier {
  /** Index just after the quantifier and its lazy `?` or possessive `+`. */
  end: number;
  /** Most repetitions allowed (Infinity for `*`, `+`, `{n,}`). */
  max: number;
  /** Counts towards MAX_FREE_QUANTIFIERS: `*`, `+`, `{n,}`, `{n,m}` with m > 1. */
  free: boolean;
}

const NONE: Last = { kind: 'none' };
const ATOM: Last = { kind: 'atom' };
const QUANTIFIER: Last = { kind: 'quantifier' };

// `c` is one UTF-16 unit from charAt, or '' past the end, which none of these accept.
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isOctal = (c: string): boolean => c >= '0' && c <= '7';
const isHex = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
/** Characters of a `\p{...}` or `\N{...}` name. No backslash: Java's `\Q` pre-pass would see one there. */
const isNameChar = (c: string): boolean => isLetter(c) || isDigit(c) || c === '_' || c === '-' || c === '=' || c === ' ';

/** Escapes standing for one character or a class of characters, in and out of `[...]`. */
const ONE_CHARACTER = 'tnrfaedDhHsSvVwW';
/** Zero-width escapes, outside `[...]` only. */
const BOUNDARIES = 'bBAGZz';
/** Inline flags we accept: case, multiline, dotall, unix lines, unicode case and classes. Not x (comments) nor c. */
const FLAGS = 'imsduU-';

/** Index after `{` name chars `}` starting at `j` (just after the `{`), at least one of them. */
function braced(p: string, j: number, ok: (c: string) => boolean): number | RegexHazard {
  let k = j;
  while (ok(p.charAt(k))) k++;
  return k > j && p.charAt(k) === '}' ? k + 1 : 'unparsable';
}

/** Index after exactly `count` hex digits at `j` (`\xhh`, `\uhhhh`). */
function hexDigits(p: string, j: number, count: number): number | RegexHazard {
  for (let k = j; k < j + count; k++) if (!isHex(p.charAt(k))) return 'unparsable';
  return j + count;
}

/** Index after the digits of `\0n`, `\0nn`, `\0mnn` (m <= 3), as Java's Pattern.o() reads them. */
function octal(p: string, j: number): number | RegexHazard {
  if (!isOctal(p.charAt(j))) return 'unparsable';
  if (!isOctal(p.charAt(j + 1))) return j + 1;
  return isOctal(p.charAt(j + 2)) && p.charAt(j) <= '3' ? j + 3 : j + 2;
}

/** Index after `\Q...\E` (or the end of the pattern when `\E` is missing). Nothing inside is syntax. */
function quote(p: string, j: number): number | RegexHazard {
  const e = p.indexOf('\\E', j);
  const end = e < 0 ? p.length : e;
  // An empty quote vanishes in Java's pre-pass, gluing what is around it: `(a+)\Q\E+` is `(a+)+`.
  if (end === j) return 'unparsable';
  return e < 0 ? p.length : e + 2;
}

/** Reads the escape at `p[i] === '\\'`; returns the index after it, or the hazard it is. */
function escape(p: string, i: number, inClass: boolean): number | RegexHazard {
  const c = p.charAt(i + 1);
  if (c === '') return 'unparsable'; // a trailing backslash
  if (!isLetter(c) && !isDigit(c)) return i + 2; // `\.`, `\(`, `\\`: the character itself
  if (ONE_CHARACTER.includes(c)) return i + 2;
  if (c >= '1' && c <= '9') return inClass ? 'unparsable' : 'backreference';
  switch (c) {
    case '0':
      return octal(p, i + 2);
    case 'x':
      return p.charAt(i + 2) === '{' ? braced(p, i + 3, isHex) : hexDigits(p, i + 2, 2);
    case 'u':
      return hexDigits(p, i + 2, 4);
    case 'p':
    case 'P':
      if (p.charAt(i + 2) === '{') return braced(p, i + 3, isNameChar);
      return isLetter(p.charAt(i + 2)) ? i + 3 : 'unparsable'; // `\pL`
    case 'N':
      return p.charAt(i + 2) === '{' ? braced(p, i + 3, isNameChar) : 'unparsable';
    case 'c':
      // `\cX` takes any X, but Java's `\Q` pre-pass would read `\c\Q` as a quote: refuse a backslash.
      return p.charAt(i + 2) === '' || p.charAt(i + 2) === '\\' ? 'unparsable' : i + 3;
    case 'Q':
      return quote(p, i + 2);
    case 'k':
      return inClass ? 'unparsable' : 'backreference';
  }
  if (!inClass && BOUNDARIES.includes(c)) return c === 'b' && p.charAt(i + 2) === '{' ? 'unparsable' : i + 2;
  return 'unparsable'; // `\R`, `\X`, `\E` without `\Q`, and the letters Java rejects
}

/**
 * Index after the character class at `p[i] === '['`, with nested classes and `&&` intersections.
 * Only where it ends matters (a class matches one character); Java reads a `]` before any member as
 * a literal (`[]a]`), which we refuse rather than follow.
 */
function skipClass(p: string, i: number): number | RegexHazard {
  let depth = 0;
  let hasMember = false;
  let k = i;
  while (k < p.length) {
    const c = p.charAt(k);
    if (c === '[') {
      depth++;
      hasMember = false;
      k += p.charAt(k + 1) === '^' ? 2 : 1;
    } else if (c === ']') {
      if (!hasMember) return 'unparsable';
      k++;
      if (--depth === 0) return k;
      // The nested class just closed is a member of the enclosing one, so hasMember stays true.
    } else if (c === '\\') {
      const next = escape(p, k, true);
      if (typeof next === 'string') return next;
      k = next;
      hasMember = true;
    } else if (c === '&' && p.charAt(k + 1) === '&') {
      k += 2;
    } else {
      k++; // a character, `-` of a range, or a single `&`
      hasMember = true;
    }
  }
  return 'unparsable'; // unclosed
}

/** A count of `{n,m}` at `j`, capped (anything past MAX_REPEAT is refused anyway) so it stays exact. */
function readCount(p: string, j: number): { value: number; end: number } {
  let value = 0;
  let k = j;
  while (isDigit(p.charAt(k))) value = Math.min(value * 10 + Number(p.charAt(k++)), 1e9);
  return { value, end: k };
}

/** Reads `{n}`, `{n,}` or `{n,m}` at `p[i] === '{'`. Java has no literal `{` outside a class. */
function readRepeat(p: string, i: number): Quantifier | RegexHazard {
  const min = readCount(p, i + 1);
  if (min.end === i + 1) return 'unparsable';
  let max = min.value;
  let ranged = false;
  let k = min.end;
  if (p.charAt(k) === ',') {
    const m = readCount(p, k + 1);
    max = m.end === k + 1 ? Infinity : m.value;
    ranged = true;
    k = m.end;
  }
  if (p.charAt(k) !== '}') return 'unparsable';
  if (min.value > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) return 'large-repeat';
  if (max < min.value) return 'unparsable'; // `{3,1}`: Java's "Illegal repetition range"
  return { end: k + 1, max, free: ranged && max > 1 };
}

/** Reads the quantifier at `i` with its lazy `?` or possessive `+` suffix. */
function readQuantifier(p: string, i: number): Quantifier | RegexHazard {
  const c = p.charAt(i);
  const q = c === '{' ? readRepeat(p, i) : { end: i + 1, max: c === '?' ? 1 : Infinity, free: c !== '?' };
  if (typeof q === 'string') return q;
  const suffix = p.charAt(q.end);
  return suffix === '?' || suffix === '+' ? { ...q, end: q.end + 1 } : q;
}

/** Applies a quantifier to what precedes it in `frame`: the star-height rule lives here. */
function quantify(frame: Frame, q: Quantifier): RegexHazard | null {
  const last = frame.last;
  if (last.kind === 'none' || last.kind === 'quantifier') return 'unparsable';
  if (q.max > 1 && last.kind === 'group') {
    if (last.quantified) return 'nested-quantifier';
    if (last.alternation) return 'quantified-alternation';
  }
  frame.quantified = true;
  frame.last = QUANTIFIER;
  return null;
}

/** Index after a group name `name>` at `j` (Java: an ASCII letter, then letters and digits). */
function groupName(p: string, j: number): number | RegexHazard {
  if (!isLetter(p.charAt(j))) return 'unparsable';
  let k = j + 1;
  while (isLetter(p.charAt(k)) || isDigit(p.charAt(k))) k++;
  return p.charAt(k) === '>' ? k + 1 : 'unparsable';
}

/**
 * Reads what follows `(` at `i`: the index after the opening, and whether it opens a group (false for
 * a flag setting such as `(?i)`, which is no atom: Java calls a quantifier after it dangling).
 */
function openGroup(p: string, i: number): { end: number; opens: boolean } | RegexHazard {
  if (p.charAt(i + 1) !== '?') return { end: i + 1, opens: true };
  const c = p.charAt(i + 2);
  if (c === ':' || c === '>') return { end: i + 3, opens: true }; // non-capturing, atomic
  if (c === '=' || c === '!') return 'lookaround';
  if (c === '<') {
    const d = p.charAt(i + 3);
    if (d === '=' || d === '!') return 'lookaround';
    const end = groupName(p, i + 3);
    return typeof end === 'string' ? end : { end, opens: true };
  }
  let k = i + 2;
  while (p.charAt(k) !== '' && FLAGS.includes(p.charAt(k))) k++;
  if (p.charAt(k) === ')') return { end: k + 1, opens: false };
  if (p.charAt(k) === ':') return { end: k + 1, opens: true };
  return 'unparsable'; // `(?x)`, `(?c)`, unknown constructs
}

const newFrame = (): Frame => ({ quantified: false, alternation: false, last: NONE });

/** Returns null for a pattern that cannot backtrack catastrophically, or the first hazard found. */
export function regexHazard(pattern: string): RegexHazard | null {
  const p = pattern;
  const stack: Frame[] = [newFrame()];
  let free = 0;
  let i = 0;
  while (i < p.length) {
    const frame = stack[stack.length - 1]!;
    const c = p.charAt(i);
    if (c === '(') {
      const open = openGroup(p, i);
      if (typeof open === 'string') return open;
      if (open.opens) stack.push(newFrame());
      else frame.last = NONE;
      i = open.end;
    } else if (c === ')') {
      if (stack.length === 1) return 'unparsable';
      stack.pop();
      const outer = stack[stack.length - 1]!;
      outer.quantified ||= frame.quantified;
      outer.alternation ||= frame.alternation;
      outer.last = { kind: 'group', quantified: frame.quantified, alternation: frame.alternation };
      i++;
    } else if (c === '|') {
      frame.alternation = true;
      frame.last = NONE;
      i++;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      const q = readQuantifier(p, i);
      if (typeof q === 'string') return q;
      const hazard = quantify(frame, q);
      if (hazard) return hazard;
      if (q.free && ++free > MAX_FREE_QUANTIFIERS) return 'too-many-quantifiers';
      i = q.end;
    } else {
      // An atom: a class, an escape (a character, a class, a boundary or a quote), `.`, `^`, `$` or a character.
      const end = c === '[' ? skipClass(p, i) : c === '\\' ? escape(p, i, false) : i + 1;
      if (typeof end === 'string') return end;
      frame.last = ATOM;
      i = end;
    }
  }
  return stack.length === 1 ? null : 'unparsable';
}
