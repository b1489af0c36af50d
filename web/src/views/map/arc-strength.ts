// How strongly the Map draws a focused view's context: its supply arcs, and the places around it. Each arc alone reads best at about half
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

/** Up to this many places in the context, each keeps its full fill opacity (0.5). */
export const CLEAR_PLACES = 200;

/**
 * The fill opacity of each of `count` places in a focus's context. Symbols keep their size at
 * every zoom, so at national scale a province's 4,000 context plants stack into solid orange
 * blobs that drew the eye from the focus; past 200 their fill fades like the arcs', to no less
 * than 0.2, at which a place alone is still seen (its dashed outline stays).
 */
export function contextPlaceOpacity(count: number): number {
  return count <= CLEAR_PLACES ? 0.5 : Math.max(0.2, 0.5 * Math.sqrt(CLEAR_PLACES / count));
}
