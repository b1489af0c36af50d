// Refuses expressions that Neo4j 5.26 cannot plan in bounded time or stack (measured on the test
// Neo4j, 2 cores, 2 GB heap):
//  - Duplication. Before planning, Neo4j rewrites some forms by copying a part of them: `a XOR b`
//    becomes `(a OR b) AND NOT (a AND b)`, a simple `CASE e WHEN v1 … WHEN vk` compares a copy of
//    `e` with each value, and a comparison chain `a < b < c` becomes `a < b AND b < c`. Chained or
//    nested, the copies multiply: 20 XORs in a row took 7.7 s to plan, 25 did not finish; 8 simple
//    CASEs nested in one another 8.7 s; comparison chains nested 16 deep ran past the time limit.
//    Planning does not look at the transaction's time limit: one such query kept both cores busy
//    and the heap full until Neo4j stopped answering anyone, a `RETURN 1` included, and had to be
//    restarted. The size of the query after these copies is estimated from above here
//    (expansionOf) and refused when the copies add more than MAX_COPIES tokens.
//  - Depth. Neo4j turns an expression into its runtime form by recursion, one level per operator of
//    a chain (`a + b + c` is `(a + b) + c`): about 230 operators in a row overflowed its stack, and
//    it then could not send the error back (the request hung). Operators one inside another
//    (a chain, plus those of the brackets it holds) are refused past MAX_OPERATOR_DEPTH. AND and
//    OR are gathered into one node (no depth), but planning slows with their number: refused past
//    MAX_AND_OR.
// Both are counted on the tokens in one pass, with the brackets (and CASE … END) as groups and each
// group's items (what commas, clause words and WHEN/THEN/ELSE separate) as expressions; where the
// structure is not certain (a `<` of an arrow or of a comparison) the count takes the larger reading.
import { AppError } from '../errors.ts';
import { lineAndColumn, type Token } from './lexer.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';

/** Operators one inside another in an expression (Neo4j overflowed at about 230). */
export const MAX_OPERATOR_DEPTH = 100;
/** ANDs and ORs in a query: 1,000 took 0.9 s to plan, 3,999 took 17 s (a long list of values belongs in a parameter). */
export const MAX_AND_OR = 1_000;
/**
 * Tokens Neo4j's copies may add to a query, at most. Measured planning times at the limit: nested
 * comparison chains about 1 s (the costliest per copy), 11 XORs in a row 0.2 s, nested simple CASEs
 * about 1 s; an analyst's query adds none, or a few hundred.
 */
export const MAX_COPIES = 5_000;

/** Punctuation that forms operators; a run of them (`<=`, `<>`, `=~`, `||`, `->`) is one operator. */
const OPERATOR_CHARS = new Set(['+', '-', '*', '/', '%', '^', '=', '<', '>', '!', '~', '|']);
const COMPARISON_CHARS = new Set(['=', '<', '>', '!']);
/** Word operators that nest (AND and OR do not: Neo4j gathers a run of them into one node). */
const WORD_OPERATORS = new Set(['XOR', 'NOT', 'IN', 'STARTS', 'ENDS', 'CONTAINS', 'IS']);
const FLAT_OPERATORS = new Set(['AND', 'OR']);
/** Words that end one expression and start the next (clauses, CASE's parts, sort orders). */
const SEPARATOR_WORDS = new Set([
  'MATCH', 'OPTIONAL', 'WHERE', 'RETURN', 'WITH', 'UNWIND', 'AS', 'ORDER', 'BY', 'SKIP', 'OFFSET', 'LIMIT', 'CALL', 'YIELD', 'UNION', 'DISTINCT', 'WHEN', 'THEN', 'ELSE', 'ASC', 'ASCENDING', 'DESC', 'DESCENDING',
]);
const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
/** Where a number stops growing: far past any limit, short of Infinity. */
const CAP = 1e15;

/** A word in keyword position: not a property (`n.xor`), a map key (`{when: 1}`), a label or a parameter. */
function keywordAt(tokens: readonly Token[], i: number): string | null {
  // Past the last token (a query ending in "(" or CASE, whose next word is asked): no keyword. It
  // was read as a token and the console answered 500 to "RETURN (".
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const after = (p: Token | undefined, ch: string) => p !== undefined && p.kind === 'punct' && p.text === ch;
  if (after(prev, '.') || after(prev, ':') || after(prev, '$') || after(next, ':')) return null;
  return t.text.toUpperCase();
}

interface Item {
  tokens: number;
  /** Sizes of the groups inside this expression, after their own copies. */
  children: number;
  xors: number;
  /**
   * Runs of comparison characters (`<`, `<=`, `=`, …) in the current operand of AND, OR, XOR or
   * NOT (a chain cannot cross them: comparisons bind tighter): two or more make a chain.
   */
  comparisons: number;
  /** Sizes of the groups inside the current operand, and what chains have copied so far. */
  segChildren: number;
  copied: number;
  /** Operators of the current operand of AND/OR (a run of them is one node, so each operand nests on its own). */
  operators: number;
  /** The deepest operator depth of a group inside the current operand. */
  childDepth: number;
  /** The deepest operand of AND/OR so far. */
  depth: number;
  /** Whether the previous token was an operator character (a run continues). */
  inRun: boolean;
  inComparison: boolean;
}

interface Group {
  /** A simple CASE (`CASE e WHEN …`): its subject (the first item) is copied once per WHEN. */
  simpleCase: boolean;
  whens: number;
  subject: number;
  size: number;
  depth: number;
  item: Item;
}

const newItem = (): Item => ({ tokens: 0, children: 0, xors: 0, comparisons: 0, segChildren: 0, copied: 0, operators: 0, childDepth: 0, depth: 0, inRun: false, inComparison: false });

/** Ends an operand of AND, OR, XOR or NOT: a comparison chain in it copies its groups once. */
function endOperand(item: Item): void {
  if (item.comparisons >= 2) item.copied = Math.min(CAP, item.copied + item.segChildren);
  item.comparisons = 0;
  item.segChildren = 0;
}
const newGroup = (simpleCase = false): Group => ({ simpleCase, whens: 0, subject: 0, size: 0, depth: 0, item: newItem() });

/**
 * An expression's size after the copies. Each XOR copies both its operands, which a chain nests
 * (`(a XOR b) XOR c`): all of the expression doubles per XOR. A comparison chain copies its middle
 * operands once: the groups in it count twice (its own plain tokens, a pattern's arrows included,
 * are left single: linear, and patterns would otherwise count as chains).
 */
function itemSize(item: Item): number {
  endOperand(item);
  return Math.min(CAP, (item.tokens + item.children + item.copied) * 2 ** Math.min(item.xors, 60));
}

function endItem(g: Group): void {
  const size = itemSize(g.item);
  if (g.simpleCase && g.whens === 0) g.subject = size;
  g.size = Math.min(CAP, g.size + size);
  g.depth = Math.max(g.depth, g.item.depth, g.item.operators + g.item.childDepth);
  g.item = newItem();
}

/**
 * The size of the whole query after Neo4j's copies, estimated from above, the tokens those copies
 * add, and the deepest operator nesting (exported for tests).
 */
export function expansionOf(tokens: readonly Token[], onDepth?: (depth: number, at: Token) => void): { size: number; copies: number; depth: number; flat: number } {
  const stack: Group[] = [newGroup()];
  let flat = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const g = stack[stack.length - 1]!;
    const word = keywordAt(tokens, i);
    const isCase = word === 'CASE';
    const isEnd = word === 'END' && stack.length > 1;
    if ((t.kind === 'punct' && OPEN.has(t.text)) || isCase) {
      g.item.tokens += 1;
      g.item.inRun = false;
      const next = keywordAt(tokens, i + 1);
      stack.push(newGroup(isCase && next !== 'WHEN'));
      continue;
    }
    if ((t.kind === 'punct' && CLOSE.has(t.text) && stack.length > 1) || isEnd) {
      endItem(g);
      stack.pop();
      const parent = stack[stack.length - 1]!;
      // A simple CASE copies its subject once per WHEN.
      const size = g.simpleCase ? Math.min(CAP, g.size + g.subject * g.whens) : g.size;
      parent.item.children = Math.min(CAP, parent.item.children + size);
      parent.item.segChildren = Math.min(CAP, parent.item.segChildren + size);
      parent.item.tokens += 1;
      parent.item.childDepth = Math.max(parent.item.childDepth, g.depth);
      parent.item.inRun = false;
      if (onDepth) onDepth(parent.item.operators + parent.item.childDepth, t);
      continue;
    }
    if ((t.kind === 'punct' && t.text === ',') || (word !== null && SEPARATOR_WORDS.has(word))) {
      endItem(g);
      // The separator itself is a token of the group: a plain query's size is its token count.
      g.size = Math.min(CAP, g.size + 1);
      if (word === 'WHEN') g.whens += 1;
      continue;
    }
    const item = g.item;
    item.tokens += 1;
    if (t.kind === 'punct' && OPERATOR_CHARS.has(t.text)) {
      if (!item.inRun) item.operators += 1;
      const comparison = COMPARISON_CHARS.has(t.text);
      if (comparison && !(item.inRun && item.inComparison)) item.comparisons += 1;
      item.inComparison = comparison || (item.inRun && item.inComparison);
      item.inRun = true;
    } else {
      item.inRun = false;
      item.inComparison = false;
      if (word === 'XOR' || word === 'NOT') endOperand(item);
      if (word !== null && WORD_OPERATORS.has(word)) {
        item.operators += 1;
        if (word === 'XOR') item.xors += 1;
      } else if (word !== null && FLAT_OPERATORS.has(word)) {
        endOperand(item);
        flat += 1;
        item.depth = Math.max(item.depth, item.operators + item.childDepth);
        item.operators = 0;
        item.childDepth = 0;
      }
    }
    if (onDepth) onDepth(item.operators + item.childDepth, t);
  }
  // Unclosed brackets are Neo4j's syntax error to report; their contents still count.
  while (stack.length > 1) {
    const g = stack.pop()!;
    endItem(g);
    const parent = stack[stack.length - 1]!;
    parent.item.children = Math.min(CAP, parent.item.children + g.size);
    parent.item.childDepth = Math.max(parent.item.childDepth, g.depth);
  }
  const top = stack[0]!;
  endItem(top);
  return { size: top.size, copies: Math.max(0, top.size - tokens.length), depth: top.depth, flat };
}

/** Throws query_refused when an expression nests operators too deep or Neo4j's copies would make it too large to plan. */
export function checkExpansion(query: string, tokens: readonly Token[], lang: ConsoleLang = 'en'): void {
  const m = consoleMessages(lang);
  const { size, copies, flat } = expansionOf(tokens, (depth, at) => {
    if (depth <= MAX_OPERATOR_DEPTH) return;
    const { line, column } = lineAndColumn(query, at.at);
    throw new AppError('query_refused', m.operatorDepth({ depth, max: MAX_OPERATOR_DEPTH, line, column }), { line, column, depth, max: MAX_OPERATOR_DEPTH });
  });
  if (flat > MAX_AND_OR) throw new AppError('query_refused', m.andOr({ n: flat, max: MAX_AND_OR }), { n: flat, max: MAX_AND_OR });
  if (copies > MAX_COPIES) throw new AppError('query_refused', m.expansion({ size: Math.round(size), copies: Math.round(copies), max: MAX_COPIES }), { size: Math.round(size), copies: Math.round(copies), max: MAX_COPIES });
}
