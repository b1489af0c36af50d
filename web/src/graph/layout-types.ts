// Messages to and from the layout worker.
export interface LayoutRequest {
  /** Group (cluster id, or '' for none) of each node, by index. */
  groups: string[];
  /** Link ends as node indices, flattened: [s0, t0, s1, t1, …]. */
  links: number[];
  seed: number;
}

export interface LayoutResult {
  /** x, y of each node, flattened. */
  positions: Float64Array;
  ms: number;
  ticks: number;
}
