// A firm's cluster, from its MEMBER_OF relationships. The files give a firm one cluster at most; a
// graph written in Neo4j directly can give it several, and then every reader (views, exports, the risk
// answer) must pick the same one: the first by id, compared as Array.prototype.sort and Cypher's
// ORDER BY compare ids.
import type { GraphRel } from './graph.ts';

/** Records `rel` in `clusterOf` if it is a MEMBER_OF that comes before the firm's cluster so far. */
export function noteMembership(clusterOf: Map<string, string>, rel: Pick<GraphRel, 'type' | 'from' | 'to'>): void {
  if (rel.type !== 'MEMBER_OF') return;
  const held = clusterOf.get(rel.from);
  if (held === undefined || rel.to < held) clusterOf.set(rel.from, rel.to);
}

/** Firm id → its cluster id; firms in no cluster are absent. */
export function firmClusterIds(rels: Iterable<Pick<GraphRel, 'type' | 'from' | 'to'>>): Map<string, string> {
  const clusterOf = new Map<string, string>();
  for (const r of rels) noteMembership(clusterOf, r);
  return clusterOf;
}
