// A firm's cluster as node attributes of the GraphML and GEXF exports. The graph keeps membership as
// MEMBER_OF relationships (still exported as edges); the attributes repeat it on each member so that
// Gephi can colour firms by cluster (Appearance → Partition) and NetworkX can group them without a
// join. `clusterName` is what a legend should show ("Sentra IKM logam Ceper", not "cl-ceper").
import { firmClusterIds, type GraphData, type Props } from '../model/index.ts';

/** Firm id → its `cluster` and `clusterName` attributes; firms in no cluster are absent. */
export function firmClusterAttributes(graph: GraphData): Map<string, Props> {
  const names = new Map<string, string>();
  for (const n of graph.nodes) if (n.label === 'Cluster') names.set(n.id, typeof n.props.name === 'string' ? n.props.name : n.id);
  const out = new Map<string, Props>();
  for (const [firm, cluster] of firmClusterIds(graph.rels)) out.set(firm, { cluster, clusterName: names.get(cluster) ?? cluster });
  return out;
}
