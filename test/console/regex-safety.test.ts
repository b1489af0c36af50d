// The `=~` pattern check (server/console/regex-safety.ts) on patterns analysts write, which must pass,
// and on every hazard it refuses. No pattern here is ever run: the hazards hang java.util.regex and
// JavaScript's RegExp alike, so why each one is real is explained in a comment instead.
import { describe, expect, it } from 'vitest';
import { analyseRegex, MAX_PARTS, regexHazard } from '../../server/console/regex-safety.ts';

describe('regexHazard: patterns analysts write pass', () => {
  it.each([
    '(?i).*ceper.*',
    '^PT .*',
    '^c-[a-z-]+$',
    '.*(brake|drum).*',
    '\\d{4}',
    '[A-Z]{3}',
    '^(PT|CV|UD) .*',
    '(?i)^ikm ceper \\d\\d',
    '\\Q.*\\E',
    '[a-z&&[^aeiou]]+',
    '\\p{L}+',
    '(ab)*',
    '^\\d{4}-\\d{2}-\\d{2}$',
    '(?i:jakarta|bandung|surabaya).*',
    '.*\\.pdf$',
    '^\\s*$',
    '(?<code>[A-Z]{2})-\\d+',
    '^[\\w.+-]+@[\\w-]+\\.[a-z]{2,}$',
    'colou?r',
    '(?s)^PT\\b.*',
    '^(?:PT|CV)\\.? ',
    '\\QC++\\E.*',
    '[\\p{L}\\p{N} ]+',
    '(?iu)^caf\\u00e9 \\x{1F600}?$',
    '\\x41\\0101\\t[\\x00-\\x1F]',
    'a*?b++c',
    '(?>ab)+',
    'a{100}',
    '',
    '^$',
  ])('%s', (pattern) => {
    expect(regexHazard(pattern)).toBeNull();
  });

  it('reads escapes, quotes and classes as Java does, so their brackets and quantifiers are plain characters', () => {
    expect(regexHazard('\\Q(a+)+\\E')).toBeNull(); // quoted: the characters ( a + ) +
    expect(regexHazard('\\Q(a+)+')).toBeNull(); // a \Q without \E quotes to the end
    expect(regexHazard('\\(a+\\)+')).toBeNull(); // escaped parentheses: a+ then one or more ')'
    expect(regexHazard('[(a+)+]*')).toBeNull(); // one class of ( a + ), repeated
    expect(regexHazard('[\\]]+ [a\\]b(]+')).toBeNull();
    expect(regexHazard('[^]]')).toBe('unparsable'); // Java reads this `]` as a member; we refuse rather than follow
    expect(regexHazard('[a-z&&[def]&&[^e]]+')).toBeNull();
    expect(regexHazard('[[a-c][x-z]]+')).toBeNull();
    expect(regexHazard('\\p{IsLatin}\\P{Lu}\\pL\\N{LATIN SMALL LETTER A}')).toBeNull();
  });

  it('counts free quantifiers towards the degree, and small ones and alternatives towards the choices', () => {
    expect(analyseRegex('.*a.*b.*c')).toEqual({ hazard: null, degree: 3, choices: 1, openQuote: false, lazyAt: [] });
    expect(analyseRegex('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$')).toEqual({ hazard: null, degree: 0, choices: 1, openQuote: false, lazyAt: [] });
    // Six optional letters: 2^6 ways to match them.
    expect(analyseRegex('a?b?c?d?e?f?')).toEqual({ hazard: null, degree: 0, choices: 64, openQuote: false, lazyAt: [] });
    // (?i).*ceper.*: two free quantifiers, one way.
    expect(analyseRegex('(?i).*ceper.*')).toEqual({ hazard: null, degree: 2, choices: 1, openQuote: false, lazyAt: [] });
    // Alternatives add, what follows multiplies: (PT|CV|UD) is 3, then \.? is 2.
    expect(analyseRegex('^(PT|CV|UD)\\.? .*')).toEqual({ hazard: null, degree: 1, choices: 6, openQuote: false, lazyAt: [] });
    // {1,3} is three counts; the group repeated three times holds 3 × 1 choices each time: 3^3 = 27.
    expect(analyseRegex('(\\d{1,3}\\.){3}')).toEqual({ hazard: null, degree: 0, choices: 27, openQuote: false, lazyAt: [] });
    // (a|b){2,3} repeats 2 alternatives 2 or 3 times: 2^2 + 2^3 = 12.
    expect(analyseRegex('(a|b){2,3}')).toEqual({ hazard: null, degree: 0, choices: 12, openQuote: false, lazyAt: [] });
    // A range of more than 16 counts is free, like .*: no choices of its own.
    expect(analyseRegex('a{0,15}')).toMatchObject({ degree: 0, choices: 16 });
    expect(analyseRegex('a{0,16}')).toMatchObject({ degree: 1, choices: 1 });
  });

  it('says when the pattern ends inside a \\Q quote', () => {
    expect(analyseRegex('.*\\Qa(b')).toMatchObject({ hazard: null, openQuote: true });
    expect(analyseRegex('.*\\Qa(b\\E')).toMatchObject({ hazard: null, openQuote: false, lazyAt: [] });
    expect(analyseRegex('\\Qa\\Eb')).toMatchObject({ hazard: null, openQuote: false, lazyAt: [] });
  });

  // Once refused (every {n,m} counted as free, a group repeated at all holding no quantifier):
  // bounded repeats give a fixed number of ways, here 3^4 = 81 and 3^3 × 3 = 81.
  it('passes an address of four numbers of one to three digits', () => {
    expect(regexHazard('^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$')).toBeNull();
    expect(regexHazard('^(\\d{1,3}\\.){3}\\d{1,3}$')).toBeNull();
    expect(regexHazard('(jan|feb|mar){1,2}')).toBeNull();
  });
});

describe("regexHazard: 'nested-quantifier'", () => {
  // `(a+)+` on 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' : before failing at '!', the engine tries every way
  // to cut the run of n a's into pieces for the inner `+` — 2^(n-1) of them, 2^29 for 30 a's.
  // `(.*a){20}b` is the same with 20 pieces ending at an a: at least C(30, 20) ≈ 3·10^7 ways to place
  // them, each tried to the end before the missing 'b' fails it.
  it.each([
    '(.*a){20}b',
    '(a+)+',
    '(a*b)*',
    '^(a+)+$',
    '((a+))+',
    '(?:\\d+)+x',
    '(?i:a+)*',
    '(?<w>x*)+',
    '(x(y+))*',
    '(a+){2}',
    '(a+){0,5}',
    '(a{1,3})+',
    '(a?){0,17}',
  ])('%s', (pattern) => {
    expect(regexHazard(pattern)).toBe('nested-quantifier');
  });

  // `(a?a?)*` splits a run of a's into pieces of 1 or 2 — as many ways as `(a|aa)*`, a Fibonacci
  // number — so `?` inside a repeated group counts too, stricter than the plain star-height rule.
  it('counts `?` and fixed `{n}` inside a repeated group', () => {
    expect(regexHazard('(a?a?)*b')).toBe('nested-quantifier');
    expect(regexHazard('(a{2})+')).toBe('nested-quantifier');
  });

  // `(?>a+)+` and `(a++)+` are in fact linear in Java, but we do not trust atomic groups and
  // possessive quantifiers to make a pattern safe.
  it('does not trust atomic groups or possessive quantifiers', () => {
    expect(regexHazard('(?>a+)+')).toBe('nested-quantifier');
    expect(regexHazard('(a++)+')).toBe('nested-quantifier');
    expect(regexHazard('(a+)++')).toBe('nested-quantifier');
  });

  // `([a-z0-9-]+\.)+` is unambiguous (each piece ends at the one '.') and so safe from backtracking,
  // but the star-height rule cannot tell: an analyst rewrites it as `[a-z0-9.-]+`. It would not be
  // safe to send anyway: Java matches it with a Pattern.Loop, which recurses once per piece, and
  // 3,000 pieces 'ab.' overflowed Neo4j's stack (measured 2026-12-05, the request then hung 120 s).
  it('refuses an unambiguous nesting too (a known false refusal)', () => {
    expect(regexHazard('^([a-z0-9-]+\\.)+[a-z]+$')).toBe('nested-quantifier');
  });

  it('allows a quantifier inside a group that repeats at most once', () => {
    expect(regexHazard('(a+)?')).toBeNull();
    expect(regexHazard('(a+){1}')).toBeNull();
    expect(regexHazard('(a+){0,1}b')).toBeNull();
  });
});

describe("regexHazard: 'quantified-alternation'", () => {
  // `(a|a)+` on 30 a's and '!' may take either branch for every a — 2^30 paths, each failing only at
  // '!'. Any overlap between the branches (`(a|ab)*`, `(\w|\d)+`) gives the same kind of blow-up.
  it.each(['(a|ab)*', '(a|a)+', '(?:PT|CV)+', '((a|b)c)*', '(x|y){2,}', '(a|b){0,20}', '(?i:a|b)*', '(a|)+'])('%s', (pattern) => {
    expect(regexHazard(pattern)).toBe('quantified-alternation');
  });

  it('allows alternation in a group that does not repeat', () => {
    expect(regexHazard('^(PT|CV) .*')).toBeNull();
    expect(regexHazard('(a|b)?c')).toBeNull();
    expect(regexHazard('a|b|c')).toBeNull();
  });

  it('allows a few repetitions of a group of alternatives: their ways are counted', () => {
    expect(regexHazard('(x|y){2,5}')).toBeNull(); // 4 + 8 + 16 + 32 = 60 ways
    expect(regexHazard('(a|b){3}')).toBeNull(); // 8 ways
  });
});

describe("regexHazard: 'backreference'", () => {
  // Matching with backreferences is NP-hard (it encodes 3-SAT), and Java backtracks over them.
  it.each(['(a)\\1', '(a*)b\\1', '\\9', '(?<w>\\w)\\k<w>', '(x)(y)\\2'])('%s', (pattern) => {
    expect(regexHazard(pattern)).toBe('backreference');
  });

  it('reads \\0 as an octal escape, not a backreference', () => {
    expect(regexHazard('\\012')).toBeNull();
    expect(regexHazard('\\0')).toBe('unparsable');
  });
});

describe("regexHazard: 'lookaround'", () => {
  // A lookahead is re-run from every position the engine backtracks to: `(?=.*a.*b).*c` is already
  // polynomial, and lookarounds are beyond what the star-height rule can reason about.
  it.each(['(?=a)', 'x(?!y)', '(?<=a)b', '(?<!a)b', '^(?=.*\\d).*$'])('%s', (pattern) => {
    expect(regexHazard(pattern)).toBe('lookaround');
  });
});

describe("regexHazard: 'too-many-quantifiers'", () => {
  // `.*a.*b.*c.*d` on 'abc' repeated then no 'd': each `.*` may stop at any a, b, c after the
  // previous one — O(n^4) tries; four `\d+` on a long run of digits and '!' is O(n^4) likewise.
  it.each(['.*a.*b.*c.*d', 'a+b+c+d+', '\\d+\\d+\\d+\\d+!', '(.*)(.*)(.*)(.*)', 'a*b{2,}c{0,20}d*'])('%s', (pattern) => {
    expect(regexHazard(pattern)).toBe('too-many-quantifiers');
  });

  it('counts a range of 16 counts or fewer as choices, not as a free quantifier', () => {
    expect(regexHazard('a*b{2,}c{0,5}d*')).toBeNull();
  });
});

describe("regexHazard: 'too-many-choices'", () => {
  // `a?` written n times then n a's, on n a's and a b: the engine tries each of the 2^n ways to
  // give the a's to the optional ones before the b fails the match (measured in Java 17: 2^24 ways
  // 0.19 s, 2^28 2.6 s, 2^30 11 s, four times longer for every two more). `(a|a)` n times the same.
  it.each([
    ['a?'.repeat(40) + 'a'.repeat(40), '2^40'],
    ['(a|a)'.repeat(40), '2^40'],
    ['[ab]?'.repeat(11), '2^11 = 2,048'],
    ['(\\d{1,16}\\.){3}', '16^3 = 4,096'],
    ['(a|b|c|d|e|f){4}', '6^4 = 1,296'],
    ['(a?){10}b?', '2^10 × 2 = 2,048'],
  ])('%s (%s ways)', (pattern) => {
    expect(regexHazard(pattern)).toBe('too-many-choices');
  });

  it('passes up to 1,000 ways, and a long list of alternatives (they add up)', () => {
    expect(analyseRegex('[ab]?'.repeat(9))).toMatchObject({ hazard: null, choices: 512 });
    const names = Array.from({ length: 3_000 }, (_, i) => `firm${i}`).join('|');
    expect(analyseRegex(`(?i)(${names}) .*`)).toMatchObject({ hazard: null, choices: 3_000 });
    expect(regexHazard(`(${names})(${names})`)).toBe('too-many-choices');
  });
});

describe("regexHazard: 'large-repeat'", () => {
  // A large count multiplies the work of whatever it repeats (`.{0,100000}` is 100,000 places to
  // backtrack to), and Java's matcher recurses once per repetition of a group. No analyst needs one.
  it.each(['a{101}', 'a{0,1000}', '\\d{200,}', 'x{99999999999}', '[a-z]{5,101}', '((ab){11}){10}', '((a{2}){5}){21}'])('%s', (pattern) => {
    expect(regexHazard(pattern)).toBe('large-repeat');
  });

  it('passes nested group repetitions of 100 in all', () => {
    expect(regexHazard('((ab){10}){10}')).toBeNull();
  });
});

describe("regexHazard: 'unparsable'", () => {
  it.each([
    ['an unclosed group', '(a'],
    ['an unopened group', 'a)'],
    ['an unclosed class', '[a-z'],
    ['a quantifier with nothing before it', '*a'],
    ['a quantifier after `|`', 'a|*'],
    ['a quantifier after `(`', '(+a)'],
    ['a quantifier after a flag setting', '(?i)*'],
    ['two quantifiers', 'a**'],
    ['a brace that is no repeat', 'a{'],
    ['a repeat with no lower bound', 'a{,3}'],
    ['a repeat range backwards', 'a{3,1}'],
    ['a trailing backslash', 'a\\'],
    ['\\E without \\Q', 'a\\E'],
    ['an unknown escape', '\\y'],
    ['\\R (a line break of one or two characters)', '\\R+'],
    ['\\X (a grapheme cluster)', '\\X'],
    ['\\b{g}', '\\b{g}'],
    ['an empty quote, which glues what is around it', '(a+)\\Q\\E+'],
    ['comments mode', '(?x) a + + '],
    ['canonical equivalence', '(?c)a'],
    ['an unknown group', '(?q)'],
    ['a bad group name', '(?<1a>x)'],
    ['a short \\x', '\\x4'],
    ['a short \\u', '\\u12'],
    ['a bad octal', '\\08'],
    ['an unclosed \\p{', '\\p{L'],
    ['a backslash in \\p{}', '\\p{\\Q}'],
    ['\\c before a backslash', '\\c\\Q(a+)+\\E'],
    ['an empty class', '[]'],
    ['a backreference in a class', '[\\1]'],
    ['a boundary in a class', '[\\b]'],
  ])('%s: %s', (_what, pattern) => {
    expect(regexHazard(pattern)).toBe('unparsable');
  });
});

describe('regexHazard: linear in the pattern length', () => {
  // A quadratic pass over 100,000 characters would take minutes; recursion would overflow the stack.
  it('reads 100,000-character patterns', () => {
    // Read to the end, then refused for its depth: Java's own compiler overflows at about 3,000 nested groups.
    expect(regexHazard('('.repeat(50_000) + ')'.repeat(50_000))).toBe('too-many-parts');
    expect(regexHazard('('.repeat(400) + ')'.repeat(400))).toBe(null);
    expect(regexHazard('['.repeat(49_999) + 'a' + ']'.repeat(49_999) + '+')).toBeNull();
    expect(regexHazard('\\Qx\\E[a-z]\\p{L}(?:b)|'.repeat(5_000))).toBeNull();
    expect(regexHazard('\\Q' + '('.repeat(100_000))).toBeNull();
    expect(regexHazard('a{' + '1'.repeat(100_000))).toBe('unparsable');
    expect(regexHazard('('.repeat(100_000))).toBe('unparsable');
    expect(regexHazard('(a)'.repeat(33_000) + '\\1')).toBe('backreference');
  });
});

describe('the recursion of Java’s matcher (a stack overflow leaves Neo4j unable to answer)', () => {
  const lazyAt = (pattern: string): number[] | string => {
    const analysis = analyseRegex(pattern);
    return analysis.hazard ?? analysis.lazyAt;
  };
  // Pattern.GroupCurly.match0 recurses whenever one repetition of a group is longer or shorter than
  // the one before, as '.' is on "a😀" (one UTF-16 unit, then two): `(?:.)+` on 6,000 of them
  // overflowed Neo4j's stack. The lazy form is a loop and gives =~ the same answer, so the check says
  // where a `?` makes each such quantifier lazy: the index just after it.
  it('marks the greedy repetitions of groups without end, to be sent lazy', () => {
    expect(lazyAt('(ab)*')).toEqual([5]);
    expect(lazyAt('(?:.)+')).toEqual([6]);
    expect(lazyAt('(?>.)+')).toEqual([6]); // an atomic group repeated: Pattern.Curly, the same recursion
    expect(lazyAt('x(a.)+y(?<n>b){2,}z')).toEqual([6, 18]);
  });

  it('leaves lazy, possessive and bounded repetitions, and single characters, as written', () => {
    // `.*`, `[^x]+` and `.{1,}` are Pattern.CharPropertyGreedy, a loop; `{2,5}` recurses at most 3 times.
    for (const pattern of ['(ab)*?', '(ab)++', '(ab){2,5}', '.*', '[^x]+', '.{1,}', '(ab)?', '(?i).*ceper.*']) {
      expect(lazyAt(pattern), pattern).toEqual([]);
    }
  });

  // Inside an atomic group the first way found is kept, so greedy and lazy can differ:
  // (?>(?:ab)+) on "abab" keeps "abab", (?>(?:ab)+?) keeps "ab".
  it("refuses such a repetition inside an atomic group ('repeat-in-atomic'), not a lazy or possessive one", () => {
    expect(regexHazard('(?>(?:ab)+)')).toBe('repeat-in-atomic');
    expect(regexHazard('x(?>y(?:ab)*z)')).toBe('repeat-in-atomic');
    expect(regexHazard('(?>(?:ab)+?)')).toBeNull();
    expect(regexHazard('(?>(?:ab)++)')).toBeNull();
    expect(regexHazard('(?>ab)+')).toBeNull(); // the repetition is outside the atomic group
  });

  // Each part calls the next one: 8,000 '.' in a row overflowed Neo4j's stack, 5,000 did not.
  it("refuses more than MAX_PARTS parts one after another ('too-many-parts')", () => {
    expect(MAX_PARTS).toBe(1000);
    expect(regexHazard('.'.repeat(1000))).toBeNull();
    expect(regexHazard('.'.repeat(1001))).toBe('too-many-parts');
    expect(regexHazard('[ab]'.repeat(1001))).toBe('too-many-parts');
    // A run of plain characters is one part (Java's Slice), escaped ones and quotes too.
    expect(regexHazard('a'.repeat(5000))).toBeNull();
    expect(regexHazard('\\.a\\Q(b\\E'.repeat(1000))).toBeNull();
    // Alternatives are tried one at a time: 2,000 names of 8 characters are as deep as one.
    expect(regexHazard(Array.from({ length: 2000 }, (_, k) => `name${String(k).padStart(4, '0')}`).join('|'))).toBeNull();
    // 999 classes and a group of one: 999 + 3 (its head, its class, its tail) = 1,002 parts.
    expect(regexHazard(`${'.'.repeat(997)}(.)`)).toBeNull();
    expect(regexHazard(`${'.'.repeat(998)}(.)`)).toBe('too-many-parts');
  });

  it('counts the parts of a group holding | or a quantifier once per count in braces (Pattern.Loop)', () => {
    // (?:a|.…) with 100 '.': the longest alternative 100, its branch 1, head and tail 2 = 103,
    // repeated by a Loop of 9 counts: 103 × 9 + 2 = 929. With 108 '.': 111 × 9 + 2 = 1,001.
    expect(regexHazard(`(?:a|${'.'.repeat(100)}){9}`)).toBeNull();
    expect(regexHazard(`(?:a|${'.'.repeat(108)}){9}`)).toBe('too-many-parts');
    // Without | or a quantifier inside, the group is a GroupCurly, a loop: 108 '.' + 2, then its count.
    expect(regexHazard(`(?:${'.'.repeat(108)}){9}`)).toBeNull();
  });
});
