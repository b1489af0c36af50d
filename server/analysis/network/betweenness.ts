// Betweenness centrality of each firm on the undirected simple firm graph, equal to NetworkX
// `nx.betweenness_centrality(G, normalized=True)` (endpoints excluded, unweighted).
// Reference: U. Brandes (2001), A faster algorithm for betweenness centrality, J. Math. Sociol.
// 25(2):163-177 - one BFS per source and a reverse sweep accumulating pair dependencies, O(nm);
// degree-1 vertices folded away (brandes-folded.ts), the searches split over worker threads
// (brandes-pool.ts) when the graph is large.
// Normalisation as NetworkX's `_rescale`: the sum over ordered source/target pairs is multiplied by
// 1 / ((n - 1)(n - 2)) (for an undirected graph this is 2 / ((n-1)(n-2)) times the unordered sum);
// with n <= 2 no node can lie between two others and every value is 0.
// graphology-metrics' betweenness uses the same normalisation but keeps per-source predecessor
// arrays; this version is several times faster (bench/network.ts).
import type { UndirectedGraph } from 'graphology';
import { brandesFolded, foldPlan, type UndirectedArrays } from './brandes-folded.ts';
import { runBrandes } from './brandes-pool.ts';

function toCsr(graph: UndirectedGraph): UndirectedArrays & { ids: string[] } {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + graph.degree(ids[i]!);
  const targets = new Int32Array(offsets[n]!);
  for (let i = 0; i < n; i++) {
    let k = offsets[i]!;
    graph.forEachNeighbor(ids[i]!, (neighbor) => {
      targets[k++] = index.get(neighbor)!;
    });
  }
  return { ids, n, offsets, targets };
}

function scale(raw: Float64Array): Float64Array {
  const n = raw.length;
  const factor = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  for (let i = 0; i < n; i++) raw[i] = raw[i]! * factor;
  return raw;
}

function byId(ids: readonly string[], values: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  ids.forEach((id, i) => {
    out[id] = values[i]!;
  });
  return out;
}

/** Betweenness on the calling thread. */
export function betweenness(graph: UndirectedGraph): Record<string, number> {
  const csr = toCsr(graph);
  const plan = foldPlan(csr);
  return byId(csr.ids, scale(brandesFolded(csr.n, plan, plan.sources)));
}

/** By node index, on CSR arrays (firm-csr.ts), the searches on worker threads when the graph is large enough. */
export async function betweennessArrays(graph: UndirectedArrays): Promise<Float64Array> {
  const plan = foldPlan(graph);
  return scale(await runBrandes({ kind: 'folded', n: graph.n, plan, sources: plan.sources }));
}

/** The same values, the searches on worker threads when the graph is large enough. */
export async function betweennessParallel(graph: UndirectedGraph): Promise<Record<string, number>> {
  const csr = toCsr(graph);
  return byId(csr.ids, await betweennessArrays(csr));
}
