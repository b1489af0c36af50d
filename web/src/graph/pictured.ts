// What a graph view's answer holds (app/view.ts, Pictured), from the answer itself: a firm in the
// answer but not drawn (no coordinates on the Map) is not "left out by the filters".
import type { GraphOut } from '../../../server/store/shapes.ts';
import type { Pictured } from '../app/view.ts';

export function picturedOf(graph: GraphOut, labels: readonly string[]): Pictured {
  const ids = new Set(graph.nodes.map((n) => n.id));
  // An overview draws firms inside their cluster or province group: not one by one, yet not left out.
  return { labels: graph.grouping ? labels.filter((l) => l !== 'Firm') : labels, has: (id) => ids.has(id) };
}
