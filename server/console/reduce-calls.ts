// Where the reduce() calls of a query are, in tokens: `reduce(acc = init, x IN list | step)`.
// Shared by the checks that look at what a step does with its accumulator (reduce-depth.ts,
// reduce-growth.ts).
import { isKeyword, isPunct, type Token } from './lexer.ts';

/** A half-open range of token indexes. */
export interface Span {
  from: number;
  to: number;
}

export interface ReduceCall {
  /** The accumulator's name token. */
  acc: Token;
  init: Span;
  list: Span;
  step: Span;
}

/** Index of the bracket closing the one at `open` (round, square or curly), or -1. */
export function closingBracket(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') continue;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text) && --depth === 0) return i;
  }
  return -1;
}

/** The reduce() calls of `tokens` whose shape is whole (one Neo4j refuses anyway is skipped). */
export function reduceCalls(tokens: readonly Token[]): ReduceCall[] {
  const calls: ReduceCall[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!((t.kind === 'word' || t.kind === 'quoted') && /^reduce$/i.test(t.name) && isPunct(tokens[i + 1], '(') && !isPunct(tokens[i - 1], '.'))) continue;
    if (!isPunct(tokens[i + 3], '=')) continue;
    const close = closingBracket(tokens, i + 1);
    const end = close < 0 ? tokens.length : close;
    // The top-level comma ends the initial value, the top-level `|` the list.
    let comma = -1;
    let bar = -1;
    let depth = 0;
    for (let j = i + 2; j < end; j++) {
      const u = tokens[j]!;
      if (u.kind !== 'punct') continue;
      if ('([{'.includes(u.text)) depth++;
      else if (')]}'.includes(u.text)) depth--;
      else if (depth === 0 && u.text === ',' && comma < 0) comma = j;
      else if (depth === 0 && u.text === '|' && comma >= 0 && bar < 0) bar = j;
    }
    if (comma < 0 || bar < 0 || !isKeyword(tokens[comma + 2], 'IN')) continue;
    calls.push({ acc: tokens[i + 2]!, init: { from: i + 4, to: comma }, list: { from: comma + 3, to: bar }, step: { from: bar + 1, to: end } });
  }
  return calls;
}

/** The arguments of the call whose "(" is at `open`, split at top-level commas. */
export function callArguments(tokens: readonly Token[], open: number): Token[][] {
  const close = closingBracket(tokens, open);
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = open + 1; i < (close < 0 ? tokens.length : close); i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
    if (t.kind === 'punct' && ')]}'.includes(t.text)) depth--;
    if (depth === 0 && isPunct(t, ',')) args.push([]);
    else args[args.length - 1]!.push(t);
  }
  return args;
}
