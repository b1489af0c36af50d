// What a graph view's answer holds (app/view.ts, Pictured), from the answer itself: a firm in the
// answer but not drawn (no coordinates on the Map) is not "left out by the filters". On an overview,
// the node a selected firm is drawn within, which the views highlight in its place.
import { drawnAs, requestedGrouping } from '../../../server/store/overview/rule.ts';
import type { EntityOut, GraphOut } from '../../../server/store/shapes.ts';
import { getCached } from '../app/api.ts';
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
      return { id: node.id, name: overviewName(node), focus };
    },
  };
}

/** A firm's cluster, from its MEMBER_OF relationships: the first by id, as everywhere (model/membership.ts). */
export function firmClusterOf(entity: EntityOut): { id: string; name: string } | null {
  const clusters = entity.relationships.filter((r) => r.type === 'MEMBER_OF' && r.direction === 'out').map((r) => r.other);
  return clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0] ?? null;
}

/** What `within` reads of a firm's entity. */
export const firmOf = (entity: EntityOut): Parameters<NonNullable<Pictured['within']>>[0] => ({ id: entity.id, tier: entity.properties.tier, province: entity.properties.province, cluster: firmClusterOf(entity)?.id });

/** On an overview: the node the selected firm is drawn within (its cluster or province node); else null. */
async function nodeWithin(graph: GraphOut, sel: string): Promise<string | null> {
  const within = picturedOf(graph, []).within;
  if (!within || sel === '' || sel.includes('|') || graph.nodes.some((n) => n.id === sel)) return null;
  // The detail panel asks the same entity: one request, cached.
  const entity = await getCached<EntityOut>(`entities/${encodeURIComponent(sel)}`).catch(() => null);
  return entity?.label === 'Firm' ? (within(firmOf(entity))?.id ?? null) : null;
}

/**
 * What a view highlights for a firm an overview draws within a node: that node, so that the reader
 * sees where it is. `found` redraws the highlight once the firm's node is known (after one request).
 */
export function selectionWithin(found: () => void): { get(): string | null; follow(graph: GraphOut | null, sel: string): void } {
  let current: string | null = null;
  let asked = 0;
  return {
    get: () => current,
    follow(graph, sel) {
      const mine = ++asked;
      current = null;
      if (!graph) return;
      void nodeWithin(graph, sel).then((id) => {
        if (id === null || mine !== asked) return;
        current = id;
        found();
      });
    },
  };
}
