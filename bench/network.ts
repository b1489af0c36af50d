// Graph-structure benchmarks against NetworkX in the same run (npm run bench -- network):
// 1. betweenness (Brandes) and the five link-prediction indices on 100,000 pairs, on the firm graph
//    of a generated 10,000-firm dataset, timed here and in bench/network_networkx.py (NetworkX
//    3.x, computation only), with the largest difference between the two answers;
// 2. firmMetrics (degree, betweenness, PageRank, Louvain) on the national-scale dataset
//    (416 clusters, 100,000 firms, 2,000 components, seed 1), first call (worker threads started)
//    and again, with each part timed alone in the same run (packing the firm graph, betweenness on
//    the worker pool and on one thread, PageRank, Louvain, and graphology-communities-louvain, the
//    library the Louvain port must equal, as its peer). Targets: betweenness at least 10× faster
//    than NetworkX; national metrics in at most 4 s (issue 16).
// FIRMS=… and PAIRS=… change the sizes of part 1; PART=2 runs part 2 alone.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  betweenness,
  betweennessArrays,
  buildFirmCsr,
  buildFirmGraphs,
  firmCommunities,
  firmMetrics,
  LINK_METHODS,
  linkScores,
  louvainArrays,
  pagerankArrays,
  type FirmGraphInput,
  type LinkPair,
} from '../server/analysis/network/index.ts';
import { brandesFolded, foldPlan } from '../server/analysis/network/brandes-folded.ts';
import { mulberry32 } from '../server/util/random.ts';
import { generateDataset } from '../seed/generator/index.ts';

const SCRIPT = fileURLToPath(new URL('./network_networkx.py', import.meta.url));

interface NetworkxOut {
  networkx: string;
  seconds: Record<string, number>;
  betweenness: Record<string, number>;
  scores: Record<string, number[]>;
}

/** With a weight, each row carries its supply's value of it (as the stores' firm graph does). */
const inputOf = (d: ReturnType<typeof generateDataset>, weight?: 'valueUsd'): FirmGraphInput => ({
  firms: d.firms.map((f) => f.id),
  supplies: d.supplies.map((s) => (weight ? { supplier: s.supplier, buyer: s.buyer, weight: s.value_usd ?? null } : { supplier: s.supplier, buyer: s.buyer })),
});

const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, (performance.now() - start) / 1000];
};

const fmt = (s: number) => (s < 1 ? `${(s * 1000).toFixed(1)} ms` : `${s.toFixed(2)} s`);

/** Seeded pairs of distinct firms that have at least one supply link (isolated firms score 0 everywhere). */
function samplePairs(input: FirmGraphInput, count: number): LinkPair[] {
  const linked = [...new Set(input.supplies.flatMap((s) => [s.supplier, s.buyer]))].sort();
  const rng = mulberry32(7);
  const pairs: LinkPair[] = [];
  while (pairs.length < count) {
    const u = linked[Math.floor(rng() * linked.length)]!;
    const v = linked[Math.floor(rng() * linked.length)]!;
    if (u !== v) pairs.push([u, v]);
  }
  return pairs;
}

async function againstNetworkx(): Promise<void> {
  const firms = Number(process.env.FIRMS ?? 10_000);
  const input = inputOf(generateDataset({ clusters: Math.max(1, Math.round(firms / 250)), firms, components: 2000, seed: 1 }));
  const { undirected } = buildFirmGraphs(input);
  const pairs = samplePairs(input, Number(process.env.PAIRS ?? 100_000));
  console.log(`network: ${firms.toLocaleString('en')} firms, ${input.supplies.length.toLocaleString('en')} supply rows, ${undirected.size.toLocaleString('en')} firm-firm edges, ${pairs.length.toLocaleString('en')} pairs`);

  const ours: Record<string, number> = {};
  const [between, tb] = time(() => betweenness(undirected));
  ours.betweenness = tb;
  const scores: Record<string, number[]> = {};
  for (const method of LINK_METHODS) {
    const [s, t] = time(() => linkScores(undirected, method, pairs));
    scores[method] = s.map((x) => x.score);
    ours[method] = t;
  }

  const dir = await mkdtemp(path.join(tmpdir(), 'rantai-bench-network-'));
  try {
    const inFile = path.join(dir, 'graph.json');
    const outFile = path.join(dir, 'networkx.json');
    await writeFile(inFile, JSON.stringify({ nodes: input.firms, edges: undirected.mapEdges((_, __, u, v) => [u, v]), pairs }));
    const run = spawnSync('python3', [SCRIPT, inFile, outFile], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.status !== 0) throw new Error(`python3 ${SCRIPT} failed (status ${run.status}): is NetworkX installed?`);
    const nx = JSON.parse(await readFile(outFile, 'utf8')) as NetworkxOut;
    const diffB = Math.max(...input.firms.map((id) => Math.abs(between[id]! - nx.betweenness[id]!)));
    // NetworkX initialises its per-source tables over every node, so the isolated firms (most IKM)
    // cost it O(n) each; the same comparison on the linked firms only isolates the search itself.
    const linked = buildFirmGraphs({ firms: input.firms.filter((id) => undirected.degree(id) > 0), supplies: input.supplies });
    const [betweenLinked, tl] = time(() => betweenness(linked.undirected));
    ours['betweenness (linked firms)'] = tl;
    await writeFile(inFile, JSON.stringify({ nodes: linked.firms, edges: linked.undirected.mapEdges((_, __, u, v) => [u, v]), pairs: [] }));
    if (spawnSync('python3', [SCRIPT, inFile, outFile], { stdio: ['ignore', 'inherit', 'inherit'] }).status !== 0) throw new Error(`python3 ${SCRIPT} failed`);
    const nxLinked = JSON.parse(await readFile(outFile, 'utf8')) as NetworkxOut;
    nx.seconds['betweenness (linked firms)'] = nxLinked.seconds.betweenness!;
    const diffL = Math.max(...linked.firms.map((id) => Math.abs(betweenLinked[id]! - nxLinked.betweenness[id]!)));
    console.log(`network: NetworkX ${nx.networkx}, ${availableParallelism()} cores`);
    console.log(`  ${'computation'.padEnd(26)}${'Rantai'.padStart(12)}${'NetworkX'.padStart(12)}${'ratio'.padStart(9)}  max |difference|`);
    const row = (name: string, diff: number) =>
      console.log(`  ${name.padEnd(26)}${fmt(ours[name]!).padStart(12)}${fmt(nx.seconds[name]!).padStart(12)}${`${(nx.seconds[name]! / ours[name]!).toFixed(1)}×`.padStart(9)}  ${diff.toExponential(1)}`);
    row('betweenness', diffB);
    row('betweenness (linked firms)', diffL);
    for (const method of LINK_METHODS) row(method, Math.max(0, ...scores[method]!.map((s, i) => Math.abs(s - nx.scores[method]![i]!))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const TARGET_S = 4;

const timeAsync = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await fn();
  return [value, (performance.now() - start) / 1000];
};

async function nationalMetrics(): Promise<void> {
  const [dataset, tg] = time(() => generateDataset({ clusters: 416, firms: 100_000, components: 2000, seed: 1 }));
  const input = inputOf(dataset);
  const [metrics, first] = await timeAsync(() => firmMetrics(input, { seed: 1 }));
  const [, again] = await timeAsync(() => firmMetrics(input, { seed: 1 }));
  const [g, tCsr] = time(() => buildFirmCsr(input));
  const n = g.ids.length;
  const undirected = { n, offsets: g.offsets, targets: g.targets };
  const [, tPool] = await timeAsync(() => betweennessArrays(undirected));
  const [, tInline] = time(() => {
    const plan = foldPlan(undirected);
    return brandesFolded(n, plan, plan.sources);
  });
  const [, tRank] = time(() => pagerankArrays(g.outOffsets, g.outTargets));
  const [, tLouvain] = time(() => louvainArrays(g.ids, g.edgeFrom, g.edgeTo, { seed: 1 }));
  console.log(`metrics (national scale): ${n.toLocaleString('en')} firms, ${input.supplies.length.toLocaleString('en')} supply rows, ${g.edgeFrom.length.toLocaleString('en')} firm-firm edges (generated in ${fmt(tg)}), ${availableParallelism()} cores`);
  console.log(`  firmMetrics, first call  ${fmt(first).padStart(10)}  ${(first / TARGET_S).toFixed(2)}× the ${TARGET_S} s target   modularity ${metrics.modularity.toFixed(4)}`);
  console.log(`  firmMetrics, again       ${fmt(again).padStart(10)}  ${(again / TARGET_S).toFixed(2)}× the ${TARGET_S} s target`);
  console.log('  its parts, each alone (betweenness overlaps PageRank and Louvain inside firmMetrics):');
  const part = (name: string, s: number, note = '') => console.log(`    ${name.padEnd(34)}${fmt(s).padStart(10)}  ${`${((100 * s) / again).toFixed(0)} %`.padStart(6)}${note}`);
  part('pack the firm graph (firm-csr.ts)', tCsr);
  part(`betweenness, ${availableParallelism()} worker threads`, tPool);
  part("betweenness, one thread", tInline, `  (pool speed-up ${(tInline / tPool).toFixed(2)}×)`);
  part('PageRank', tRank);
  part('Louvain (graphology-communities-louvain)', tLouvain);
  // GET /api/analysis/metrics?seed=… for a seed other than the kept one's computes the communities
  // alone (server/api/routes/network.ts); the peer is every metric computed for that seed.
  console.log('  another seed (seed 2), as the route answers it against every metric computed again:');
  for (const weight of [undefined, 'valueUsd'] as const) {
    const weighted = weight ? inputOf(dataset, weight) : input;
    const [, whole] = await timeAsync(() => firmMetrics(weighted, { seed: 2, weight }));
    const [, alone] = time(() => firmCommunities(weighted, { seed: 2, weight }));
    console.log(`    ${(weight ? `weight ${weight}` : 'unweighted').padEnd(34)}${fmt(alone).padStart(10)}  whole ${fmt(whole)}  ${(whole / alone).toFixed(1)}× faster`);
  }
}

export async function benchNetwork(): Promise<void> {
  if (process.env.PART !== '2') await againstNetworkx();
  await nationalMetrics();
}
