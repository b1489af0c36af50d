// How strongly the Map draws a focused view's supply arcs. Each arc alone reads best at about half
// opacity, but arcs add up where they cross: at national scale a province's focus draws some 6,000
// links to and from its partners across the archipelago, and at 0.5 each they painted the frame one
// solid blue, over the places the analyst asked about. So the opacity of each arc falls with the
// square root of how many of its kind are drawn, past CLEAR_ARCS: a few hundred keep full strength,
// thousands read as a haze whose busiest corridors are darker, and the links inside the focus
// (counted on their own, drawn above the context) stay the stronger of the two.

/** Up to this many arcs of a role, each keeps its full opacity. */
export const CLEAR_ARCS = 200;

/** Full opacity of one supply arc, by role: links within the focus, and those to or from its context. */
export const FULL_OPACITY = { focus: 0.6, context: 0.5 } as const;

/** Opacity never drops below this: a single arc must still be visible where it runs alone. */
export const MIN_OPACITY = 0.04;

/** The opacity of each of `count` supply arcs of one role (focus or context). */
export function arcOpacity(role: 'focus' | 'context', count: number): number {
  const full = FULL_OPACITY[role];
  if (count <= CLEAR_ARCS) return full;
  return Math.max(MIN_OPACITY, full * Math.sqrt(CLEAR_ARCS / count));
}
