// Presents one node with its relationships, sorted so both stores answer identically.
import type { GraphNode, GraphRel } from '../model/index.ts';
import type { EntityOut } from './shapes.ts';

export interface RelWithOther {
  rel: GraphRel;
  other: GraphNode;
}

export function entityOut(node: GraphNode, rels: RelWithOther[]): EntityOut {
  const relationships = rels
    .map(({ rel, other }) => ({
      sortKey: `${rel.type}|${rel.from === node.id ? 'out' : 'in'}|${other.id}|${rel.key}`,
      out: {
        type: rel.type,
        direction: rel.from === node.id ? ('out' as const) : ('in' as const),
        other: { id: other.id, label: other.label, name: String(other.props.name ?? other.id) },
        properties: { ...rel.props },
      },
    }))
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
    .map((r) => r.out);
  return { id: node.id, label: node.label, properties: { ...node.props }, relationships };
}

/** Counts per label and per type, with every label and type present (0 when absent). */
export function countGraph(nodes: Iterable<{ label: string }>, rels: Iterable<{ type: string }>, labels: readonly string[], types: readonly string[]) {
  const nodeCounts: Record<string, number> = Object.fromEntries(labels.map((l) => [l, 0]));
  const relCounts: Record<string, number> = Object.fromEntries(types.map((t) => [t, 0]));
  for (const n of nodes) nodeCounts[n.label] = (nodeCounts[n.label] ?? 0) + 1;
  for (const r of rels) relCounts[r.type] = (relCounts[r.type] ?? 0) + 1;
  return { nodes: nodeCounts, relationships: relCounts };
}
