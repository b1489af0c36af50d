// How strongly to draw each of many overlapping lines or symbols. One alone reads best at about
// half opacity, but they add up where they cross: at national scale thousands of them painted a
// view one solid colour over what the analyst asked about. So past CLEAR_MARKS the opacity of
// each falls with the square root of how many are drawn: a few hundred keep full strength,
// thousands read as a haze whose busiest corridors are darker. The Map (its arcs and context
// places) and Tiers (its links) use it.

/** Up to this many marks of one kind, each keeps its full opacity. */
export const CLEAR_MARKS = 200;

/** The opacity of each of `count` marks of one kind whose full opacity is `full`, never below `floor`. */
export function crowdOpacity(full: number, count: number, floor = 0.04): number {
  if (count <= CLEAR_MARKS) return full;
  return Math.max(floor, full * Math.sqrt(CLEAR_MARKS / count));
}
