// nx.betweenness_centrality's options on random graphs, against NetworkX 3.6 run here (python3):
// directed, weighted (integer lengths, so that equal-length paths tie and are counted), endpoints,
// normalized or not, k sampled with a seed (the same sources as NetworkX), multigraphs; and edge
// betweenness. Also: the worker-thread path gives the inline values.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildAnyGraph, type AnyGraphInput } from '../../server/analysis/network/any-graph.ts';
import { betweennessCentrality, BetweennessOptionsSchema } from '../../server/analysis/network/betweenness-centrality.ts';
import { foldPlan } from '../../server/analysis/network/brandes-folded.ts';
import { runBrandes } from '../../server/analysis/network/brandes-pool.ts';
import { edgeBetweennessCentrality, EdgeBetweennessOptionsSchema } from '../../server/analysis/network/edge-betweenness.ts';
import { mulberry32 } from '../../server/util/random.ts';

function randomGraph(seed: number, n: number, m: number, directed: boolean, multigraph = false): AnyGraphInput {
  const rng = mulberry32(seed);
  const edges: Array<[string, string, number]> = [];
  while (edges.length < m) {
    const u = Math.floor(rng() * n);
    const v = Math.floor(rng() * n);
    if (u !== v) edges.push([`v${u}`, `v${v}`, 1 + Math.floor(rng() * 3)]);
  }
  return { directed, multigraph, nodes: Array.from({ length: n }, (_, i) => `v${i}`), edges };
}

interface Case {
  graph: AnyGraphInput;
  options: { normalized?: boolean; weight?: boolean; endpoints?: boolean; k?: number | null; seed?: number };
}

/** NetworkX's values for each case: nx.betweenness_centrality (node) and edge_betweenness_centrality. */
function networkx(cases: Case[], edge: boolean): unknown[] {
  const code = `
import json, sys, networkx as nx
out = []
for c in json.load(sys.stdin):
    g = c["graph"]
    G = (nx.MultiDiGraph if g["multigraph"] else nx.DiGraph)() if g["directed"] else (nx.MultiGraph if g["multigraph"] else nx.Graph)()
    G.add_nodes_from(g["nodes"])
    for u, v, w in g["edges"]:
        G.add_edge(u, v, weight=w)
    o = c["options"]
    kw = dict(normalized=o.get("normalized", True), weight="weight" if o.get("weight") else None, k=o.get("k"), seed=o.get("seed", 1))
    if ${edge ? 'True' : 'False'}:
        out.append([[u, v, *( [k] if G.is_multigraph() else []), x] for (u, v, *k), x in ((e, val) for e, val in nx.edge_betweenness_centrality(G, **kw).items())])
    else:
        out.append(nx.betweenness_centrality(G, endpoints=o.get("endpoints", False), **kw))
print(json.dumps(out))`;
  return JSON.parse(execFileSync('python3', ['-c', code], { input: JSON.stringify(cases), encoding: 'utf8' }).replace(/NaN/g, 'null')) as unknown[];
}

const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

describe('betweenness with NetworkX options', () => {
  const cases: Case[] = [];
  for (const directed of [false, true]) {
    for (const [weight, endpoints, normalized] of [[false, false, true], [false, true, false], [true, false, true], [true, true, true], [false, false, false]] as const) {
      cases.push({ graph: randomGraph(cases.length + 1, 60, 150, directed), options: { weight, endpoints, normalized } });
    }
    cases.push({ graph: randomGraph(50 + cases.length, 80, 200, directed), options: { k: 17, seed: 3 } });
    cases.push({ graph: randomGraph(50 + cases.length, 80, 200, directed), options: { k: 9, seed: 11, endpoints: true, normalized: false } });
    cases.push({ graph: randomGraph(50 + cases.length, 40, 120, directed, true), options: { weight: true } });
  }
  // Weighted and undirected with many degree-1 leaves (each with its own length), as supply graphs
  // are: the leaves are folded away (brandes-folded.ts), which must not change a value. With some
  // lengths 0 (the last case) nothing is folded: NetworkX counts ways back over a 0-length edge.
  for (const [endpoints, normalized, multigraph, zero] of [[false, true, false, 0], [true, false, false, 0], [false, false, true, 1]] as const) {
    const graph = randomGraph(70 + cases.length, 40, 70, false, multigraph);
    const rng = mulberry32(cases.length);
    const leaves = Array.from({ length: 60 }, (_, i): [string, string, number] => [`leaf${i}`, `v${Math.floor(rng() * 40)}`, 1 - zero + Math.floor(rng() * 4)]);
    cases.push({ graph: { ...graph, edges: [...graph.edges, ...leaves, ['pairA', 'pairB', 2]] }, options: { weight: true, endpoints, normalized } });
  }

  it(`equals nx.betweenness_centrality on ${cases.length} random graphs (1e-9 relative)`, async () => {
    const expected = networkx(cases, false) as Array<Record<string, number | null>>;
    for (const [i, c] of cases.entries()) {
      const g = buildAnyGraph(c.graph);
      const ours = await betweennessCentrality(g, BetweennessOptionsSchema.parse(c.options));
      const want = expected[i]!;
      expect(Object.keys(want).length, JSON.stringify(c.options)).toBe(g.ids.length);
      g.ids.forEach((id, v) => expect(close(Number.isNaN(ours[v]!) ? null : ours[v]!, want[id]!), `case ${i} ${JSON.stringify(c.options)} node ${id}: ${ours[v]} vs ${want[id]}`).toBe(true));
      expect(Math.max(...Object.values(want).map((x) => x ?? 0))).toBeGreaterThan(0);
    }
  });

  it('equals nx.edge_betweenness_centrality, multigraph keys included', () => {
    const edgeCases = cases.filter((c) => !c.options.endpoints).map(({ graph, options: { endpoints: _, ...options } }) => ({ graph, options }));
    const expected = networkx(edgeCases, true) as Array<Array<[string, string, ...number[]]>>;
    for (const [i, c] of edgeCases.entries()) {
      const g = buildAnyGraph(c.graph);
      const ours = edgeBetweennessCentrality(g, EdgeBetweennessOptionsSchema.parse(c.options));
      const key = (row: readonly unknown[]) => row.slice(0, -1).join('|');
      const want = new Map(expected[i]!.map((row) => [key(row), row.at(-1) as number]));
      expect(ours.length).toBe(want.size);
      for (const row of ours) {
        const named = [g.ids[row[0]]!, g.ids[row[1]]!, ...row.slice(2)];
        const w = want.get(key(named)) ?? want.get(key([named[1], named[0], ...named.slice(2, -1), 0]));
        expect(w, key(named)).toBeDefined();
        expect(close(row.at(-1)!, w!), `case ${i} edge ${key(named)}`).toBe(true);
      }
    }
  });

  it('k = 1 without endpoints: the sampled source is NaN, as in NetworkX (null in the answer)', async () => {
    const g = buildAnyGraph({ directed: false, edges: [['0', '1'], ['0', '2'], ['0', '3'], ['0', '4']] });
    const b = await betweennessCentrality(g, BetweennessOptionsSchema.parse({ k: 1, seed: 1 }));
    // seed=1 samples node 1 (NetworkX's own test_scale_with_k_on_star_graph says so).
    expect(Number.isNaN(b[1]!)).toBe(true);
    expect(b[0]).toBe(1);
  });

  it('refuses k outside 1..n with the error NetworkX raises, and negative lengths', async () => {
    const g = buildAnyGraph({ directed: false, edges: [['a', 'b', -1], ['b', 'c']] });
    await expect(betweennessCentrality(g, BetweennessOptionsSchema.parse({ k: 4 }))).rejects.toMatchObject({ details: { networkx: 'ValueError', field: 'metrics.betweenness.k' } });
    await expect(betweennessCentrality(g, BetweennessOptionsSchema.parse({ k: 0 }))).rejects.toMatchObject({ details: { networkx: 'ZeroDivisionError' } });
    await expect(betweennessCentrality(g, BetweennessOptionsSchema.parse({ weight: true }))).rejects.toMatchObject({ status: 400, details: { field: 'metrics.betweenness.weight' } });
  });
});

describe('betweenness on worker threads', () => {
  it('two workers give the inline sums, for the folded and the general kernel', async () => {
    const input = randomGraph(99, 3000, 4000, false);
    // Leaves hanging on the graph, so that folding has work to do.
    for (let i = 0; i < 1500; i++) input.edges = [...input.edges, [`leaf${i}`, `v${i % 3000}`, 1]];
    const g = buildAnyGraph(input);
    const plan = foldPlan({ n: g.ids.length, offsets: g.out.offsets, targets: g.out.targets });
    expect(plan.sources.length).toBeLessThan(g.ids.length);
    const folded = { kind: 'folded' as const, n: g.ids.length, plan, sources: plan.sources };
    const inline = await runBrandes(folded, { parts: 1 });
    const parallel = await runBrandes(folded, { parts: 2, minWork: 0 });
    const general = { kind: 'general' as const, arrays: { n: g.ids.length, offsets: g.out.offsets, targets: g.out.targets, lengths: g.out.weightMin, inOffsets: g.in.offsets }, sources: Int32Array.from(g.ids, (_, i) => i), endpoints: true };
    const generalInline = await runBrandes(general, { parts: 1 });
    const generalParallel = await runBrandes(general, { parts: 2, minWork: 0 });
    let worst = 0;
    let worstGeneral = 0;
    for (let v = 0; v < g.ids.length; v++) {
      worst = Math.max(worst, Math.abs(inline[v]! - parallel[v]!) / Math.max(1, inline[v]!));
      worstGeneral = Math.max(worstGeneral, Math.abs(generalInline[v]! - generalParallel[v]!) / Math.max(1, generalInline[v]!));
    }
    expect(worst).toBeLessThan(1e-12);
    expect(worstGeneral).toBeLessThan(1e-12);
    expect(Math.max(...inline)).toBeGreaterThan(0);
    // Weighted folding (Dijkstra on the core): two workers, inline, and the unfolded general kernel agree.
    const weightedPlan = foldPlan({ n: g.ids.length, offsets: g.out.offsets, targets: g.out.targets, lengths: g.out.weightMin });
    expect(weightedPlan.sources.length).toBeLessThan(g.ids.length);
    const weighted = { kind: 'folded' as const, n: g.ids.length, plan: weightedPlan, sources: weightedPlan.sources };
    const [wInline, wParallel] = [await runBrandes(weighted, { parts: 1 }), await runBrandes(weighted, { parts: 2, minWork: 0 })];
    const unfolded = await runBrandes({ ...general, endpoints: false }, { parts: 1 });
    let worstWeighted = 0;
    for (let v = 0; v < g.ids.length; v++) {
      worstWeighted = Math.max(worstWeighted, Math.abs(wInline[v]! - wParallel[v]!) / Math.max(1, wInline[v]!), Math.abs(wInline[v]! - unfolded[v]!) / Math.max(1, unfolded[v]!));
    }
    expect(worstWeighted).toBeLessThan(1e-9);
    expect(Math.max(...wInline)).toBeGreaterThan(0);
  }, 60_000);

  it('an aborted job stops its workers and rejects with the reason', async () => {
    const g = buildAnyGraph(randomGraph(7, 3000, 9000, true));
    const controller = new AbortController();
    const job = runBrandes({ kind: 'general', arrays: { n: g.ids.length, offsets: g.out.offsets, targets: g.out.targets, lengths: null, inOffsets: g.in.offsets }, sources: Int32Array.from(g.ids, (_, i) => i), endpoints: false }, { parts: 2, minWork: 0, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stopped by the test')), 5);
    await expect(job).rejects.toThrow('stopped by the test');
  }, 60_000);
});
