// What a graph view's answer holds (app/view.ts, Pictured), from the answer itself: a firm in the
// answer but not drawn (no coordinates on the Map) is not "left out by the filters".
import { drawnAs, requestedGrouping } from '../../../server/store/overview/rule.ts';
import type { GraphOut } from '../../../server/store/shapes.ts';
import type { Pictured } from '../app/view.ts';
import { focusOf, overviewName } from './overview.ts';

export function picturedOf(graph: GraphOut, labels: readonly string[]): Pictured {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const has = (id: string): boolean => byId.has(id);
  const grouping = graph.grouping ? requestedGrouping(graph.grouping.group) : null;
  if (grouping === null || grouping === 'auto') return { labels, has };
  // An overview draws firms inside their cluster or province node (the server's rule, drawnAs): not
  // one by one, yet not left out. The panel names the node it is drawn within instead.
  return {
    labels,
    has,
    within: (firm) => {
      const node = byId.get(drawnAs(grouping, { ...firm, cluster: firm.cluster ?? null }));
      const patch = node && node.id !== firm.id ? focusOf(node) : null;
      if (!node || !patch) return null;
      // The firm stays selected: the focus draws it, highlighted.
      const { sel: _sel, ...focus } = patch;
      void _sel;
      return { name: overviewName(node), focus };
    },
  };
}
