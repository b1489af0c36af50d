// `npm run bench -- research-graph`: POST /api/analysis/graph (a real server in this process, the
// request built, sent and read back each time) against NetworkX and igraph (research_graph_peers.py,
// same run, same machine) on a seeded 10,000-node, 30,000-edge graph: betweenness, PageRank,
// Louvain and the 100 best candidate pairs by Jaccard coefficient. Prints the times, the ratios
// (peer time / ours) and how far the values are from each peer's. igraph is installed with pip
// when missing (`pip install igraph`).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server/api/index.ts';
import { EmbeddedStore } from '../server/store/index.ts';
import { attachWork } from '../server/work/index.ts';
import { mulberry32 } from '../server/util/random.ts';
import { generateDataset } from '../seed/generator/index.ts';

const SCRIPT = fileURLToPath(new URL('./research_graph_peers.py', import.meta.url));
const NODES = 10_000;
const EDGES = 30_000;
const TOP = 100;
const SEED = 1;
const RUNS = 3;

/** Preferential attachment (3 links per new node, Barabási-Albert) topped up with random links to EDGES. */
export function researchGraph(seed = SEED): Array<[string, string]> {
  const rng = mulberry32(seed);
  const ends: number[] = [0, 1, 1, 2, 2, 0];
  const have = new Set(['0,1', '1,2', '0,2']);
  const edges: Array<[number, number]> = [[0, 1], [1, 2], [0, 2]];
  const add = (u: number, v: number) => {
    const key = u < v ? `${u},${v}` : `${v},${u}`;
    if (u === v || have.has(key)) return false;
    have.add(key);
    edges.push([u, v]);
    ends.push(u, v);
    return true;
  };
  for (let v = 3; v < NODES; v++) {
    let made = 0;
    while (made < 3) if (add(v, ends[Math.floor(rng() * ends.length)]!)) made++;
  }
  while (edges.length < EDGES) add(Math.floor(rng() * NODES), Math.floor(rng() * NODES));
  return edges.map(([u, v]) => [`n${u}`, `n${v}`]);
}

function ensureIgraph(): void {
  if (spawnSync('python3', ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0) return;
  console.log('  installing igraph (pip install igraph)…');
  if (spawnSync('python3', ['-m', 'pip', 'install', '--quiet', 'igraph'], { stdio: 'inherit' }).status !== 0) throw new Error('pip install igraph failed');
}

interface PeerOut {
  version: string;
  seconds: Record<string, number>;
  betweenness: Record<string, number>;
  pagerank: Record<string, number>;
  modularity: number;
  top: number[];
}

interface RouteOut {
  betweenness?: Record<string, number>;
  pagerank?: Record<string, number>;
  louvain?: { modularity: number };
  linkPrediction?: Array<[string, string, number]>;
}

const fmt = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const maxDiff = (a: Record<string, number>, b: Record<string, number>) => Math.max(...Object.keys(b).map((id) => Math.abs(a[id]! - b[id]!)));

export async function benchResearchGraph(): Promise<void> {
  ensureIgraph();
  const edges = researchGraph();
  const dir = await mkdtemp(path.join(tmpdir(), 'rantai-bench-graph-'));
  // The route never reads the served dataset: a small one is enough behind it.
  const store = new EmbeddedStore(generateDataset({ clusters: 4, firms: 100, components: 50, seed: 1 }));
  // The bench measures how long an answer takes, so the analysis time budget (30 s, which a busy
  // shared machine can exceed for exact betweenness) must not cut it short.
  attachWork(store, { timeoutMs: 3_600_000 });
  const server = await startServer({ store, neo4jStatus: async () => ({ configured: false, reachable: false }) }, 0, '127.0.0.1', { log: () => {} });
  try {
    const ask = async (body: object): Promise<[RouteOut, number]> => {
      const start = performance.now();
      const res = await fetch(`${server.url}/api/analysis/graph`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ edges, ...body }) });
      const out = (await res.json()) as RouteOut;
      if (res.status !== 200) throw new Error(`POST /api/analysis/graph answered ${res.status}: ${JSON.stringify(out)}`);
      return [out, (performance.now() - start) / 1000];
    };
    const questions: Record<string, object> = {
      betweenness: { metrics: { betweenness: {} } },
      pagerank: { metrics: { pagerank: {} } },
      louvain: { metrics: { louvain: { seed: SEED } } },
      top: { linkPrediction: { method: 'jaccard_coefficient', top: TOP } },
    };
    const ours: Record<string, number> = {};
    const answers: Record<string, RouteOut> = {};
    for (const [name, body] of Object.entries(questions)) {
      const times: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const [out, t] = await ask(body);
        answers[name] = out;
        times.push(t);
      }
      ours[name] = median(times);
    }
    const inFile = path.join(dir, 'in.json');
    const outFile = path.join(dir, 'out.json');
    await writeFile(inFile, JSON.stringify({ nodes: Array.from({ length: NODES }, (_, i) => `n${i}`), edges, top: TOP, seed: SEED }));
    if (spawnSync('python3', [SCRIPT, inFile, outFile], { stdio: ['ignore', 'inherit', 'inherit'] }).status !== 0) throw new Error(`python3 ${SCRIPT} failed`);
    const peers = JSON.parse(await readFile(outFile, 'utf8')) as { networkx: PeerOut; igraph: PeerOut };

    const ourTop = answers.top!.linkPrediction!.map((p) => p[2]);
    const diff: Record<string, (p: PeerOut) => string> = {
      betweenness: (p) => `max |Δ| ${maxDiff(answers.betweenness!.betweenness!, p.betweenness).toExponential(1)}`,
      pagerank: (p) => `max |Δ| ${maxDiff(answers.pagerank!.pagerank!, p.pagerank).toExponential(1)}`,
      louvain: (p) => `modularity ${answers.louvain!.louvain!.modularity.toFixed(4)} vs ${p.modularity.toFixed(4)}`,
      top: (p) => `max |Δ| of the ${TOP} best scores ${Math.max(...p.top.map((s, i) => Math.abs(s - ourTop[i]!))).toExponential(1)}`,
    };
    console.log(`research-graph: POST /api/analysis/graph, ${NODES.toLocaleString('en')} nodes, ${edges.length.toLocaleString('en')} edges (median of ${RUNS} requests, JSON both ways); NetworkX ${peers.networkx.version}, igraph ${peers.igraph.version}; ${availableParallelism()} cores`);
    console.log(`  ${'question'.padEnd(14)}${'Rantai'.padStart(10)}${'NetworkX'.padStart(11)}${'ratio'.padStart(9)}${'igraph'.padStart(10)}${'ratio'.padStart(9)}  values`);
    for (const name of Object.keys(questions)) {
      const nx = peers.networkx.seconds[name]!;
      const ig = peers.igraph.seconds[name]!;
      console.log(
        `  ${name.padEnd(14)}${fmt(ours[name]!).padStart(10)}${fmt(nx).padStart(11)}${`${(nx / ours[name]!).toFixed(1)}×`.padStart(9)}${fmt(ig).padStart(10)}${`${(ig / ours[name]!).toFixed(2)}×`.padStart(9)}  NetworkX ${diff[name]!(peers.networkx)}; igraph ${diff[name]!(peers.igraph)}`,
      );
    }
  } finally {
    await server.close({ drainMs: 0 });
    await rm(dir, { recursive: true, force: true });
  }
}
