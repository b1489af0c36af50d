// Messages to and from the layout worker.

/**
 * A group named `<g>|rim` sits just outside group g, on the same ray from the middle (an overview's
 * tier 1 and tier 2 nodes of a province: inside the province's clusters there was no room for their
 * labels, so nothing said which province a clump was).
 */
export const RIM = '|rim';
export interface LayoutRequest {
  /** Group (cluster id, or '' for none) of each node, by index. */
  groups: string[];
  /** Link ends as node indices, flattened: [s0, t0, s1, t1, …]. */
  links: number[];
  seed: number;
  /**
   * Each node's drawn radius in layout units, when nodes differ in size (an overview's clusters are
   * sized by their members): collision keeps that much room around each. Without it every node
   * gets the same room.
   */
  radii?: number[];
  /**
   * Groups hold to their anchors and links barely pull (an overview: its clusters link to buyers
   * in every province, and link springs as strong as a focus's drew every province into one ball).
   */
  anchored?: boolean;
}

export interface LayoutResult {
  /** x, y of each node, flattened. */
  positions: Float64Array;
  ms: number;
  ticks: number;
}
