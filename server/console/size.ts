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

/**
 * What one value costs at least, in characters, however short it is written: the server's one
 * thread takes it back from the worker, turns it into JSON or CSV, and at 2 characters an empty
 * list was nearly free, so one answer of 100,000 rows of 70 empty lists (7 million values, within
 * 16 million characters) held every route for 8 s, and four for 28 s (a helper's, round 50). At 16,
 * an answer holds at most a million values.
 */
export const VALUE_FLOOR_CHARS = 16;

/** Characters of `value` as the console would answer it (each value at least VALUE_FLOOR_CHARS), counted up to `stopAbove` (then returned early). */
export function valueChars(value: unknown, stopAbove = Number.POSITIVE_INFINITY): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') total += Math.max(VALUE_FLOOR_CHARS, v.length + 2);
    else if (v === null || typeof v !== 'object') total += VALUE_FLOOR_CHARS;
    else if (Array.isArray(v)) {
      total += VALUE_FLOOR_CHARS;
      for (const item of v) stack.push(item);
    } else {
      total += VALUE_FLOOR_CHARS;
      for (const [key, item] of Object.entries(v)) {
        total += key.length + 3;
        stack.push(item);
      }
    }
    if (total > stopAbove) return total;
  }
  return total;
}
