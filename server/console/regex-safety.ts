// Decides whether a regular expression given to Cypher's `=~` may backtrack catastrophically, so that
// the console can refuse it before it reaches Neo4j, and how much work a match can take, so that the
// console can bound the text it is matched against (regex-guard.ts). Neo4j 5.26 matches `=~` with
// java.util.regex (the whole text must match), and a backtracking match does not look at the
// transaction timeout: `'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(.*a){20}b'` keeps a core busy for
// minutes to years after the query was "terminated".
//
// The rules are a star-height-1 rule plus limits, as the safe-regex family of checkers has them, read
// on Java's syntax (https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html), with
// quantifiers in two kinds. A *free* quantifier (`*`, `+`, `{n,}`, `{n,m}` with m - n + 1 > 16) lets
// the engine come back to as many places as the text is long; a *small* one (`?`, `{n,m}` with at
// most 16 counts, `{n}`) to a fixed number of them.
//   nested-quantifier       a group repeated by a free quantifier that holds any quantifier at any
//                           depth (`(a+)+`, `(a?a?)*`, which splits a run of a's as many ways as
//                           `(a|aa)*` does), or a group repeated more than once that holds a free one
//                           (`(.*a){20}`)
//   quantified-alternation  a group repeated by a free quantifier holding `|` at any depth: `(a|ab)*`
//   backreference           `\1`..`\9`, `\k<name>` (matching with them is NP-hard)
//   lookaround              `(?=`, `(?!`, `(?<=`, `(?<!`
//   too-many-quantifiers    more than 3 free quantifiers: `.*a.*b.*c.*d` is O(n^4)
//   too-many-choices        small quantifiers and alternatives whose combinations exceed 1,000 (or
//                           the pattern's length, for a long list of alternatives): each
//                           of them multiplies the ways the engine tries before failing, so
//                           `a?` written 40 times then 40 a's fails on 40 a's and a b after 2^40
//                           tries (2^30: 11 s in Java 17), and so does `(a|a)` written 40 times
//   large-repeat            `{n}`, `{n,}`, `{n,m}` with n or m > 100, or groups repeated inside
//                           repeated groups more than 100 times in all (Java recurses per repetition)
//   unparsable              unbalanced `(` `)` `[` `]`, a dangling quantifier, anything else not understood
//   too-many-parts          more than MAX_PARTS parts one after another (see below)
//   repeat-in-atomic        a group repeated by a greedy `*`, `+` or `{n,}` inside an atomic group `(?>…)`
// Java's matcher also follows a pattern by recursion, and a match that overflows its stack is worse
// than a slow one: Neo4j 5.26 then cannot even send its error back, and the request waits 120 s
// holding a console slot and a connection (measured on the test Neo4j, 2026-12-05). It recurses
//   - once per part of the pattern along the way it is tried (a class, `.`, a group, a quantifier;
//     a run of plain characters is one part): 8,000 `.` in a row overflowed. So a pattern may
//     have at most MAX_PARTS of them in a row, the parts of a group repeated by a Loop (a group
//     holding a quantifier or `|`, repeated by counts in braces) counted once per count;
//   - once per repetition of a group repeated greedily without end whenever a repetition's length
//     differs from the one before (Pattern.GroupCurly.match0; the body of a Loop, Pattern.Loop):
//     `(?:.)+` on 6,000 times "a😀" overflowed, a character outside the BMP being two UTF-16 units.
//     A lazy repetition is iterative and gives `=~` the same answer (`=~` asks whether the whole
//     text matches, and without atomic groups every way is tried until one does), so such a
//     quantifier is sent lazy (RegexCost.lazyAt); inside an atomic group, whose first match is
//     kept, greedy and lazy differ, and it is refused.
// The length bound of regex-guard.ts is itself written so that Java checks it without recursion.
// A pattern that passes takes at most about choices × n^degree steps on a text of n characters, where
// degree is its number of free quantifiers (0 to 3) and choices the product of its small ones and
// alternatives: `^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$` has degree 0 and 3^4 = 81 choices.
// It errs on the side of refusing: a false refusal costs an analyst a rewrite, a false pass costs a
// Neo4j core. So atomic groups and possessive quantifiers are read but not trusted to make a pattern
// safe, `(?x)` (which changes what whitespace and `#` mean) and `(?c)` are refused, and so are `\R`,
// `\X` and `\b{g}`, which match several characters in ways of their own. The pattern is the string
// Java receives, after Cypher has undone the escapes of its string literal.
//
// One pass over the pattern with an explicit stack of open groups and no regular expressions, so time
// is linear in the length and 100,000 characters of `((((` cannot overflow the call stack.

export type RegexHazard =
  | 'nested-quantifier'
  | 'quantified-alternation'
  | 'backreference'
  | 'lookaround'
  | 'too-many-quantifiers'
  | 'too-many-choices'
  | 'large-repeat'
  | 'unparsable'
  | 'too-many-parts'
  | 'repeat-in-atomic';

/** What a pattern that passes may cost: about `choices × n^degree` steps on a text of n characters. */
export interface RegexCost {
  /** Free quantifiers (`*`, `+`, `{n,}`, wide `{n,m}`), 0 to MAX_FREE_QUANTIFIERS. */
  degree: number;
  /** Product of the counts of the small quantifiers and the alternatives (alternatives add), 1 to MAX_CHOICES or the pattern's length. */
  choices: number;
  /** The pattern ends inside `\Q` with no `\E`: whatever is appended to it would be quoted too. */
  openQuote: boolean;
  /** Indexes just after the greedy quantifiers of groups repeated without end, where a `?` makes them lazy (ascending). */
  lazyAt: number[];
}

export type RegexAnalysis = { hazard: RegexHazard } | ({ hazard: null } & RegexCost);

/** More free quantifiers than this are refused: k adjacent `.*` can split an input of n characters ~n^k ways. */
export const MAX_FREE_QUANTIFIERS = 3;
/** More combinations of small quantifiers and alternatives than this are refused. */
export const MAX_CHOICES = 1_000;
/** The largest n or m of `{n}`, `{n,}`, `{n,m}`, and of the repetitions of nested groups multiplied. */
const MAX_REPEAT = 100;
/** A `{n,m}` with more counts than this is free: it is as many places to come back to as `.*` is. */
const SMALL_RANGE = 16;
/**
 * Parts one after another that Java's matcher may follow by recursion: an eighth of the 8,000 `.`
 * that overflowed Neo4j's stack, and far past a pattern an analyst writes (a long list of names is
 * as deep as its longest name).
 */
export const MAX_PARTS = 1_000;
/** Choice counts are capped here, past anything refused, so that they stay finite. */
const CAP = 1e15;

/** What a quantifier written next would apply to. */
type Last =
  | { kind: 'none' } // the start of the pattern, a group or an alternative, or just after `(?i)`: it would dangle
  | { kind: 'atom' }
  | { kind: 'group'; quantified: boolean; free: boolean; alternation: boolean; repeats: number }
  | { kind: 'literal' } // a plain character, which Java joins with the plain characters around it
  | { kind: 'quantifier' }; // `a**`: Java calls the second one dangling too

/** An open group; the bottom frame is the whole pattern. What it holds counts at any depth. */
interface Frame {
  quantified: boolean;
  /** It holds a free quantifier. */
  free: boolean;
  alternation: boolean;
  /** Most repetitions of groups nested in one another inside it, multiplied. */
  repeats: number;
  last: Last;
  /** Choices of the alternatives already closed by `|`, added. */
  alternatives: number;
  /** Choices of the items of the current alternative before the last one, multiplied. */
  prefix: number;
  /** Choices of the last item, which a quantifier written next replaces. */
  lastChoices: number;
  /** It is an atomic group `(?>…)` or inside one. */
  inAtomic: boolean;
  /** Most parts of the alternatives already closed by `|`. */
  alternativeParts: number;
  /** Parts of the items of the current alternative before the last one, added. */
  prefixParts: number;
  /** Parts of the last item, which a quantifier written next adds to. */
  lastParts: number;
}

interface Quantifier {
  /** Index just after the quantifier and its lazy `?` or possessive `+` suffix. */
  end: number;
  min: number;
  /** Most repetitions allowed (Infinity for `*`, `+`, `{n,}`). */
  max: number;
  /** `*`, `+`, `{n,}`, or `{n,m}` with more than SMALL_RANGE counts. */
  free: boolean;
  /** No lazy `?` or possessive `+` suffix. */
  greedy: boolean;
}

const NONE: Last = { kind: 'none' };
const ATOM: Last = { kind: 'atom' };
const LITERAL: Last = { kind: 'literal' };
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
  return { end: k + 1, min: min.value, max, free: ranged && max - min.value + 1 > SMALL_RANGE, greedy: true };
}

/** Reads the quantifier at `i` with its lazy `?` or possessive `+` suffix. */
function readQuantifier(p: string, i: number): Quantifier | RegexHazard {
  const c = p.charAt(i);
  const q = c === '{' ? readRepeat(p, i) : { end: i + 1, min: c === '+' ? 1 : 0, max: c === '?' ? 1 : Infinity, free: c !== '?', greedy: true };
  if (typeof q === 'string') return q;
  const suffix = p.charAt(q.end);
  return suffix === '?' || suffix === '+' ? { ...q, end: q.end + 1, greedy: false } : q;
}

/** `x^min + … + x^max`, capped: the ways to repeat something of x choices min to max times. */
function repeatChoices(x: number, min: number, max: number): number {
  let sum = 0;
  let power = x ** min;
  for (let k = min; k <= max && sum < CAP; k++, power = Math.min(power * x, CAP)) sum += power;
  return Math.min(sum, CAP);
}

/**
 * Applies a quantifier to what precedes it in `frame`: the star-height rule
 * lives here, and the recursion Java's matcher would need for it (see the top of the file).
 */
function quantify(frame: Frame, q: Quantifier, lazyAt: number[]): RegexHazard | null {
  const last = frame.last;
  if (last.kind === 'none' || last.kind === 'quantifier') return 'unparsable';
  let parts = frame.lastParts + 1;
  if (last.kind === 'group' && q.max > 1) {
    if (last.free || (q.free && last.quantified)) return 'nested-quantifier';
    if (q.free && last.alternation) return 'quantified-alternation';
    const repeats = last.repeats * (q.max === Infinity ? 1 : q.max);
    if (repeats > MAX_REPEAT) return 'large-repeat';
    frame.repeats = Math.max(frame.repeats, repeats);
    if (q.max === Infinity && q.greedy) {
      // Pattern.GroupCurly.match0 recurses whenever a repetition's length changes: send it lazy.
      if (frame.inAtomic) return 'repeat-in-atomic';
      lazyAt.push(q.end);
    }
    // A group holding a quantifier or `|` is a Pattern.Loop, which recurses into its body once per count.
    if (q.max !== Infinity && (last.quantified || last.alternation)) parts = frame.lastParts * q.max + 2;
  }
  // Pattern.Curly.match0 (`{n,m}` greedy) may recurse once per count past the least.
  if (q.max !== Infinity && q.greedy) parts += q.max - q.min;
  frame.lastParts = parts;
  // A free quantifier's count is in the degree; it holds nothing with choices of its own (above).
  frame.lastChoices = q.free ? frame.lastChoices : repeatChoices(frame.lastChoices, q.min, q.max);
  frame.quantified = true;
  frame.free ||= q.free;
  frame.last = QUANTIFIER;
  return null;
}

/** The choices of everything in `frame` so far. */
const frameChoices = (frame: Frame): number => Math.min(frame.alternatives + frame.prefix * frame.lastChoices, CAP);

/** The parts of the longest way through `frame` so far, with the branch node of its alternatives. */
const frameParts = (frame: Frame): number => Math.max(frame.alternativeParts, frame.prefixParts + frame.lastParts) + (frame.alternation ? 1 : 0);

/** Starts a new item of `parts` parts in `frame`: the last one's choices and parts join the prefix. */
function nextItem(frame: Frame, last: Last, parts: number): void {
  frame.prefix = Math.min(frame.prefix * frame.lastChoices, CAP);
  frame.lastChoices = 1;
  frame.prefixParts += frame.lastParts;
  frame.lastParts = parts;
  frame.last = last;
}

/** An escape at `p[i] === '\\'` that stands for one plain character (`\.`, `\t`, `\x41`, `\Q…\E`), which Java joins with its neighbours. */
function isPlainEscape(p: string, i: number): boolean {
  const c = p.charAt(i + 1);
  return (!isLetter(c) && !isDigit(c)) || 'tnrfaexu0cQ'.includes(c);
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
function openGroup(p: string, i: number): { end: number; opens: boolean; atomic?: boolean } | RegexHazard {
  if (p.charAt(i + 1) !== '?') return { end: i + 1, opens: true };
  const c = p.charAt(i + 2);
  if (c === ':' || c === '>') return { end: i + 3, opens: true, atomic: c === '>' }; // non-capturing, atomic
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

const newFrame = (inAtomic = false): Frame => ({
  quantified: false,
  free: false,
  alternation: false,
  repeats: 1,
  last: NONE,
  alternatives: 0,
  prefix: 1,
  lastChoices: 1,
  inAtomic,
  alternativeParts: 0,
  prefixParts: 0,
  lastParts: 0,
});

/** Returns null for a pattern that cannot backtrack catastrophically, or the first hazard found. */
export function regexHazard(pattern: string): RegexHazard | null {
  return analyseRegex(pattern).hazard;
}

/** The first hazard of the pattern, or what a match with it may cost. */
export function analyseRegex(pattern: string): RegexAnalysis {
  const p = pattern;
  const stack: Frame[] = [newFrame()];
  let free = 0;
  let openQuote = false;
  const lazyAt: number[] = [];
  let i = 0;
  const refuse = (hazard: RegexHazard): RegexAnalysis => ({ hazard });
  while (i < p.length) {
    const frame = stack[stack.length - 1]!;
    const c = p.charAt(i);
    if (c === '(') {
      const open = openGroup(p, i);
      if (typeof open === 'string') return refuse(open);
      // A flag setting such as `(?i)` is no part, but it ends a run of plain characters.
      if (open.opens) stack.push(newFrame(frame.inAtomic || open.atomic === true));
      else nextItem(frame, NONE, 0);
      i = open.end;
    } else if (c === ')') {
      if (stack.length === 1) return refuse('unparsable');
      stack.pop();
      const outer = stack[stack.length - 1]!;
      outer.quantified ||= frame.quantified;
      outer.free ||= frame.free;
      outer.alternation ||= frame.alternation;
      outer.repeats = Math.max(outer.repeats, frame.repeats);
      // The group's head and tail are two parts of their own.
      nextItem(outer, { kind: 'group', quantified: frame.quantified, free: frame.free, alternation: frame.alternation, repeats: frame.repeats }, frameParts(frame) + 2);
      outer.lastChoices = frameChoices(frame);
      i++;
    } else if (c === '|') {
      frame.alternation = true;
      frame.alternatives = frameChoices(frame);
      frame.prefix = 1;
      frame.lastChoices = 1;
      frame.alternativeParts = Math.max(frame.alternativeParts, frame.prefixParts + frame.lastParts);
      frame.prefixParts = 0;
      frame.lastParts = 0;
      frame.last = NONE;
      i++;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') {
      const q = readQuantifier(p, i);
      if (typeof q === 'string') return refuse(q);
      const hazard = quantify(frame, q, lazyAt);
      if (hazard) return refuse(hazard);
      if (q.free && ++free > MAX_FREE_QUANTIFIERS) return refuse('too-many-quantifiers');
      i = q.end;
    } else {
      // An atom: a class, an escape (a character, a class, a boundary or a quote), `.`, `^`, `$` or a character.
      const end = c === '[' ? skipClass(p, i) : c === '\\' ? escape(p, i, false) : i + 1;
      if (typeof end === 'string') return refuse(end);
      openQuote = c === '\\' && p.charAt(i + 1) === 'Q' && !p.endsWith('\\E', end);
      const plain = c === '\\' ? isPlainEscape(p, i) : !'.^$['.includes(c);
      // A plain character after another is the same part (Java's Slice); a quantifier splits it off again (+1 there).
      nextItem(frame, plain ? LITERAL : ATOM, plain && frame.last.kind === 'literal' ? 0 : 1);
      i = end;
    }
  }
  if (stack.length !== 1) return refuse('unparsable');
  const choices = frameChoices(stack[0]!);
  // Alternatives written out add up rather than multiply: 5,000 of them cost as much to try as they
  // take to write, so a long list of names is not refused for its length.
  if (choices > Math.max(MAX_CHOICES, p.length)) return refuse('too-many-choices');
  if (frameParts(stack[0]!) > MAX_PARTS) return refuse('too-many-parts');
  return { hazard: null, degree: free, choices, openQuote, lazyAt };
}
