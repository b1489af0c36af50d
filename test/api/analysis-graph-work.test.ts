// The work caps of POST /api/analysis/graph (server/analysis/graph/cost.ts, limits.ts): a graph
// within the size limits whose metrics would run past the time budget is a 413 at once, naming the
// work, the cap and what to ask instead, in the request's language. Found by a national-scale fuzz
// of the API: a star of 150,000 edges with the best 100,000 pairs by resource_allocation_index ran
// 46 s into the budget's 503, holding 1.4 GB. The counts below are worked by hand from the graphs
// built here:
// - a star of L leaves: n = L + 1 nodes, m = L edges; its adjacency has 2L entries; betweenness from
//   every node is n · (n + 2L) steps; the two-step paths u–w–v from every node are Σ_w deg(w)² =
//   L² (the centre) + L · 1² (the leaves);
// - with among = [[leaf 1], …]: the one source's paths are deg(centre) = L;
// - PageRank on a path of n nodes: max_iter · (n + 2(n − 1)) steps when it does not converge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { GRAPH_LIMITS } from '../../server/analysis/graph/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveStore } from '../helpers/server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
});
afterAll(async () => server.close());

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const started = performance.now();
  const res = await fetch(`${server.url}/api/analysis/graph`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { error: { code: string; message: string; details: Record<string, number | string> } } & Record<string, unknown>, ms: performance.now() - started };
};

const star = (leaves: number) => Array.from({ length: leaves }, (_, i) => [0, i + 1]);

describe('POST /api/analysis/graph work caps', () => {
  it('refuses the best pairs of a large star by a common-neighbour index at once, naming the paths and the cap', async () => {
    const L = 10_000;
    const r = await post({ edges: star(L), linkPrediction: { method: 'resource_allocation_index', top: 100_000 } });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('payload_too_large');
    expect(r.body.error.details).toEqual({ part: 'linkPrediction', nodes: L + 1, edges: L, sources: L + 1, count: L * L + L, max: GRAPH_LIMITS.maxTwoStepPaths });
    expect(r.body.error.message).toBe('the best pairs by this index would mean walking about 100,010,000 two-step paths from 10,001 sources through their shared neighbours; this route walks at most 70,000,000 within its time budget (limit the sources with linkPrediction.among, score given pairs, or use `rantai analyse --graph FILE`)');
    // Refused before the work: computing it took 21 s on the reference machine.
    expect(r.ms).toBeLessThan(5_000);
  });

  it('answers the same star with the sources limited by among, and by preferential attachment', async () => {
    const L = 10_000;
    const among = await post({ edges: star(L), linkPrediction: { method: 'resource_allocation_index', top: 5, among: [['1'], star(L).map(([, leaf]) => String(leaf))] } });
    expect(among.status).toBe(200);
    // Leaf 1 shares the centre with every other leaf: each pair scores 1 / deg(centre) = 1 / L.
    expect(among.body.linkPrediction).toEqual([2, 3, 4, 5, 6].map((v) => ['1', String(v), 1 / L]));
    const pa = await post({ edges: star(L), linkPrediction: { method: 'preferential_attachment', top: 3 } });
    expect(pa.status).toBe(200);
    // Directed, the same star is refused for what NetworkX refuses it (not implemented), not its size.
    const directed = await post({ edges: star(L), directed: true, linkPrediction: { method: 'resource_allocation_index', top: 100_000 } });
    expect(directed.status).toBe(400);
    expect(directed.body.error.details.networkx).toBe('NetworkXNotImplemented');
  });

  it('refuses exact betweenness past its cap in Bahasa Indonesia, and answers it with sampled sources', async () => {
    // A path of 30,000 nodes: n = 30,000, m = 29,999, 59,998 adjacency entries; n · (n + 59,998) = 2,699,940,000 steps.
    const n = 30_000;
    const edges = Array.from({ length: n - 1 }, (_, i) => [i, i + 1]);
    const r = await post({ edges, metrics: { betweenness: {} } }, { 'accept-language': 'id-ID,id;q=0.9' });
    expect(r.status).toBe(413);
    expect(r.body.error.details).toEqual({ part: 'betweenness', nodes: n, edges: n - 1, sources: n, count: 2_699_940_000, max: GRAPH_LIMITS.maxBetweennessSteps });
    expect(r.body.error.message).toBe('betweenness dari 30.000 sumber pada 30.000 simpul dan 29.999 sisi memerlukan sekitar 2.699.940.000 langkah; rute ini menghitung paling banyak 1.600.000.000 langkah dalam batas waktunya (ambil sampel sumber dengan metrics.betweenness.k, seperti k pada NetworkX, minta metrik lain, atau gunakan `rantai analyse --graph FILE`)');
    // The default metrics include exact betweenness: refused the same way.
    expect((await post({ edges })).body.error.details.part).toBe('betweenness');
    const sampled = await post({ edges, metrics: { betweenness: { k: 50, seed: 1 } } });
    expect(sampled.status).toBe(200);
  });

  it('refuses PageRank whose max_iter could run past its cap, naming the most this graph may ask', async () => {
    // A path of 10,000 nodes: n + 2m = 10,000 + 19,998 = 29,998 steps per iteration; 100,000
    // iterations are 2,999,800,000 steps; the most within 1.8·10⁹ is ⌊1.8·10⁹ / 29,998⌋ = 60,004.
    // A graph that did not converge ran them all: 3,000 nodes and 15,000 edges held the server 11 s.
    const n = 10_000;
    const edges = Array.from({ length: n - 1 }, (_, i) => [i, i + 1]);
    const r = await post({ edges, metrics: { pagerank: { max_iter: 100_000 } } });
    expect(r.status).toBe(413);
    expect(r.body.error.details).toEqual({ part: 'pagerank', nodes: n, edges: n - 1, sources: n, iterations: 100_000, count: 2_999_800_000, max: GRAPH_LIMITS.maxPagerankSteps, most: 60_004 });
    expect(r.body.error.message).toBe(
      'PageRank over 10,000 nodes and 9,999 edges with max_iter 100,000 is up to 2,999,800,000 steps when it does not converge sooner; this route computes at most 1,800,000,000 within its time budget (ask for at most 60,004 iterations with metrics.pagerank.max_iter, or a larger tol, or use `rantai analyse --graph FILE`)',
    );
    const id = await post({ edges, metrics: { pagerank: { max_iter: 100_000 } } }, { 'accept-language': 'id' });
    expect(id.body.error.message).toBe(
      'PageRank pada 10.000 simpul dan 9.999 sisi dengan max_iter 100.000 memerlukan hingga 2.999.800.000 langkah bila tidak konvergen lebih awal; rute ini menghitung paling banyak 1.800.000.000 langkah dalam batas waktunya (minta paling banyak 60.004 iterasi dengan metrics.pagerank.max_iter, atau tol yang lebih besar, atau gunakan `rantai analyse --graph FILE`)',
    );
    // At the most it names, the same graph is answered.
    expect((await post({ edges, metrics: { pagerank: { max_iter: 60_004 } } })).status).toBe(200);
  });

  it('answers other requests while a posted graph is computed (on a worker thread)', async () => {
    // PageRank on a path of 50,000 nodes with a tolerance it never reaches runs all its 3,000
    // iterations (4.5·10⁸ steps, seconds): on the main thread /api/health waited behind it (9.6 s
    // behind a request of this kind in a fuzz of the API).
    const edges = Array.from({ length: 49_999 }, (_, i) => [i, i + 1]);
    const order: string[] = [];
    const graph = post({ edges, metrics: { pagerank: { max_iter: 3000, tol: 1e-300 } } }).then((r) => {
      order.push('graph');
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const health = await fetch(`${server.url}/api/health`);
    order.push('health');
    expect(health.status).toBe(200);
    const r = await graph;
    expect(order).toEqual(['health', 'graph']);
    expect(r.status).toBe(400);
    expect(r.body.error.details.networkx).toBe('PowerIterationFailedConvergence');
  }, 60_000);
});
