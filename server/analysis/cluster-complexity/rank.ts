// Ranks with ties: values equal within TIE_TOLERANCE share a rank ("1, 2=, 2=, 4", the standard
// competition ranking), so that no tie is ever shown as one cluster ahead of another (the seed's
// disconnected table once gave six clusters the same ECI and called the first "most complex").

/** Values closer than this (relative to max(1, |x|)) are a tie: far above rounding, far below any
 *  difference the view shows (ECI is shown with 2 decimals). */
export const TIE_TOLERANCE = 1e-9;

export interface Ranked {
  rank: number;
  /** Whether another item has the same rank. */
  tied: boolean;
}

const same = (a: number, b: number): boolean => Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));

/** Highest value first; the result is aligned with `values`. */
export function rankWithTies(values: readonly number[]): Ranked[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const out: Ranked[] = new Array<Ranked>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    while (end < order.length && same(order[start]!.v, order[end]!.v)) end++;
    for (let k = start; k < end; k++) out[order[k]!.i] = { rank: start + 1, tied: end - start > 1 };
    start = end;
  }
  return out;
}
