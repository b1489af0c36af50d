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
  return { id: node.id, label: node.label, properties: { ...node.props }, relationships, sourceIds: sourceIdsOf(node, rels) };
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/**
 * The Indonesian text of the sources that relationships cite without their own sourceId, where the
 * dataset gives it for the same source on the entity or on another end: a generated dataset names
 * its relationships' source ("synthetic (rantai generate)") in English only, and its nodes' in both,
 * so an Indonesian page quoted the English on a country's imports or a process's capabilities. The
 * entity's own first, then the other ends by id; both stores build their answer with this.
 */
function sourceIdsOf(node: GraphNode, rels: readonly RelWithOther[]): Record<string, string> {
  const wanted = new Set<string>();
  for (const { rel } of rels) if (text(rel.props.sourceId) === '' && text(rel.props.source) !== '') wanted.add(text(rel.props.source));
  const out: Record<string, string> = {};
  if (wanted.size === 0) return out;
  const own = text(node.props.source);
  if (wanted.has(own) && text(node.props.sourceId) !== '') out[own] = text(node.props.sourceId);
  // Else the end of least id that gives it: the same whichever order a store read the ends in.
  const by = new Map<string, GraphNode>();
  for (const { other } of rels) {
    const source = text(other.props.source);
    if (source in out || !wanted.has(source) || text(other.props.sourceId) === '') continue;
    const best = by.get(source);
    if (!best || other.id < best.id) by.set(source, other);
  }
  for (const [source, end] of by) out[source] = text(end.props.sourceId);
  // In the sources' order, so that both stores write the same bytes.
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Counts per label and per type, with every label and type present (0 when absent). */
export function countGraph(nodes: Iterable<{ label: string }>, rels: Iterable<{ type: string }>, labels: readonly string[], types: readonly string[]) {
  const nodeCounts: Record<string, number> = Object.fromEntries(labels.map((l) => [l, 0]));
  const relCounts: Record<string, number> = Object.fromEntries(types.map((t) => [t, 0]));
  for (const n of nodes) nodeCounts[n.label] = (nodeCounts[n.label] ?? 0) + 1;
  for (const r of rels) relCounts[r.type] = (relCounts[r.type] ?? 0) + 1;
  return { nodes: nodeCounts, relationships: relCounts };
}
