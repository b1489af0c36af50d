// How much an answer holds, counted as its rows arrive (run.ts stops reading past
// CONSOLE_LIMITS.maxAnswerChars): a string by its length, a number, boolean or null by a small
// fixed size, a list or map (and Neo4j's nodes, relationships, paths, integers, dates, points,
// which are objects of their fields) by what they contain. Walked with a stack, not recursion: a
// query can nest lists thousands deep (reduce(s = [], x IN … | [s])).

/**
 * Lists and maps (and the objects standing for Neo4j's values) a console answer may nest: deeper
 * ones cannot be turned into JSON by recursion (a value nested 2,500 deep answered 500), and no
 * analysis needs more.
 */
export const MAX_VALUE_DEPTH = 100;

/** Whether `value` nests lists or maps more than `max` deep (walked with a stack). */
export function nestedDeeperThan(value: unknown, max = MAX_VALUE_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const item of Array.isArray(v) ? v : Object.values(v)) stack.push([item, depth + 1]);
  }
  return false;
}

/** Characters of `value` as the console would answer it, counted up to `stopAbove` (then returned early). */
export function valueChars(value: unknown, stopAbove = Number.POSITIVE_INFINITY): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') total += v.length + 2;
    else if (v === null || typeof v !== 'object') total += 8;
    else if (Array.isArray(v)) {
      total += 2;
      for (const item of v) stack.push(item);
    } else {
      total += 2;
      for (const [key, item] of Object.entries(v)) {
        total += key.length + 3;
        stack.push(item);
      }
    }
    if (total > stopAbove) return total;
  }
  return total;
}
