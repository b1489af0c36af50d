// Degree of each firm in the undirected simple firm graph: the number of distinct firms it supplies
// or buys from. Equals NetworkX `dict(G.degree())` on the graph built by firm-graph.ts.
import type { UndirectedGraph } from 'graphology';

export function degrees(graph: UndirectedGraph): Record<string, number> {
  const out: Record<string, number> = {};
  graph.forEachNode((node) => {
    out[node] = graph.degree(node);
  });
  return out;
}
