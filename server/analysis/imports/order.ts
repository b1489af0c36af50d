// The fixed orders and sums both stores share. Cypher compares strings by UTF-16 code units, as
// JavaScript's `<` does, so lists sorted with byCodeUnit come out in the order a Cypher ORDER BY
// gives; and a float sum taken left to right in that order (Cypher `reduce(s = 0.0, …)`) is the same
// IEEE-754 value in both, which is how the two stores agree to the last bit.

export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T): number =>
    byCodeUnit(key(a), key(b));

/** Left-to-right sum from 0 (what `reduce(s = 0.0, v IN list | s + v)` computes). */
export function foldSum(values: Iterable<number>): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
