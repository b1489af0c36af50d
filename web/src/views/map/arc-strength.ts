// How strongly the Map draws a focused view's context: its supply arcs, and the places around it
// (web/src/graph/crowd.ts). At national scale a province's focus draws some 6,000 links to and
// from its partners across the archipelago, and at 0.5 each they painted the frame one solid blue
// over the places asked about; its 4,000 context plants, whose symbols keep their size at every
// zoom, stacked into solid blobs. The links inside the focus are counted on their own and drawn
// above the context, so they stay the stronger of the two.
import { crowdOpacity } from '../../graph/crowd.ts';

/** Full opacity of one supply arc, by role: links within the focus, and those to or from its context. */
export const FULL_OPACITY = { focus: 0.6, context: 0.5 } as const;

/** The opacity of each of `count` supply arcs of one role (focus or context). */
export const arcOpacity = (role: 'focus' | 'context', count: number): number => crowdOpacity(FULL_OPACITY[role], count);

/** The fill opacity of each of `count` places in a focus's context: no less than 0.2, at which a place alone is still seen (its dashed outline stays). */
export const contextPlaceOpacity = (count: number): number => crowdOpacity(0.5, count, 0.2);
