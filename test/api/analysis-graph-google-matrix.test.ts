// metrics.googleMatrix of POST /api/analysis/graph (nx.google_matrix): a small matrix computed by
// hand below, its nodelist order, personalization and dangling vector, and the 413 past
// MAX_GOOGLE_MATRIX_NODES in both languages. NetworkX's own google_matrix cases run through the
// route in test/networkx-adapter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { MAX_GOOGLE_MATRIX_NODES } from '../../server/analysis/graph/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveStore } from '../helpers/server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
});
afterAll(async () => server.close());

interface Answer {
  googleMatrix?: { nodes: string[]; matrix: number[][] };
  pagerank?: Record<string, number>;
  error?: { code: string; message: string; details?: Record<string, unknown> };
}

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}/api/analysis/graph`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Answer };
};

const expectMatrix = (got: number[][] | undefined, want: number[][]) => {
  expect(got).toHaveLength(want.length);
  want.forEach((row, i) => {
    expect(got![i]).toHaveLength(row.length);
    row.forEach((x, j) => expect(got![i]![j]).toBeCloseTo(x, 12));
  });
};

// The graph: a -> b (no weight: 1), a -> c (weight 3), b -> c; c has no out-edge (dangling).
const edges = [['a', 'b'], ['a', 'c', 3], ['b', 'c']];

describe('POST /api/analysis/graph, metrics.googleMatrix', () => {
  it('equals the matrix computed by hand (alpha 0.9, uniform personalization)', async () => {
    // Hand computation, M = 0.9 S + 0.1 * (1/3) on every entry, S the row-stochastic adjacency:
    //   row a: out-weights b 1, c 3 (sum 4) -> S = [0, 1/4, 3/4] -> M = [1/30, 0.225 + 1/30, 0.675 + 1/30]
    //   row b: out-weight c 1             -> S = [0, 0, 1]     -> M = [1/30, 1/30, 0.9 + 1/30]
    //   row c: dangling, so S takes the dangling vector = the personalization (1/3 each)
    //                                                          -> M = [0.3 + 1/30, …] = [1/3, 1/3, 1/3]
    const { status, body } = await post({ directed: true, edges, metrics: { googleMatrix: { alpha: 0.9 } } });
    expect(status).toBe(200);
    expect(body.googleMatrix!.nodes).toEqual(['a', 'b', 'c']);
    const t = 1 / 30;
    expectMatrix(body.googleMatrix!.matrix, [
      [t, 0.225 + t, 0.675 + t],
      [t, t, 0.9 + t],
      [1 / 3, 1 / 3, 1 / 3],
    ]);
    for (const row of body.googleMatrix!.matrix) expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('orders rows and columns by nodelist; weight false counts each edge as 1', async () => {
    // weight false: row a is S = [0, 1/2, 1/2] -> M = [1/30, 0.45 + 1/30, 0.45 + 1/30] (in order a, b, c).
    const { status, body } = await post({ directed: true, edges, metrics: { googleMatrix: { alpha: 0.9, nodelist: ['c', 'a', 'b'], weight: false } } });
    expect(status).toBe(200);
    expect(body.googleMatrix!.nodes).toEqual(['c', 'a', 'b']);
    const t = 1 / 30;
    expectMatrix(body.googleMatrix!.matrix, [
      [1 / 3, 1 / 3, 1 / 3],
      [0.45 + t, t, 0.45 + t],
      [0.9 + t, t, t],
    ]);
  });

  it('takes the personalization and the dangling vector as NetworkX does', async () => {
    // p = {a: 1, b: 1} normalised = [1/2, 1/2, 0]; dangling {a: 1} = [1, 0, 0]; alpha 0.9:
    //   row a: 0.9 [0, 1/4, 3/4] + 0.1 [1/2, 1/2, 0] = [0.05, 0.275, 0.675]
    //   row b: 0.9 [0, 0, 1]     + 0.1 [1/2, 1/2, 0] = [0.05, 0.05, 0.9]
    //   row c: 0.9 [1, 0, 0]     + 0.1 [1/2, 1/2, 0] = [0.95, 0.05, 0]
    const { status, body } = await post({ directed: true, edges, metrics: { googleMatrix: { alpha: 0.9, personalization: { a: 1, b: 1 }, dangling: { a: 1 } } } });
    expect(status).toBe(200);
    expectMatrix(body.googleMatrix!.matrix, [
      [0.05, 0.275, 0.675],
      [0.05, 0.05, 0.9],
      [0.95, 0.05, 0],
    ]);
  });

  it('refuses a nodelist naming a node not in the graph, with NetworkX\'s error, in Bahasa Indonesia too', async () => {
    const body = { directed: true, edges, metrics: { googleMatrix: { nodelist: ['a', 'z'] } } };
    const en = await post(body);
    expect(en.status).toBe(400);
    expect(en.body.error).toEqual({ code: 'invalid_parameter', message: 'metrics.googleMatrix.nodelist: node z in nodelist is not in G', details: { field: 'metrics.googleMatrix.nodelist', networkx: 'NetworkXError' } });
    const id = await post(body, { 'accept-language': 'id' });
    expect(id.body.error!.message).toBe('metrics.googleMatrix.nodelist: simpul z dalam nodelist tidak ada di dalam graf');
  });
});

describe('the Google matrix size limit', () => {
  // One node over the limit, as isolated nodes plus one edge.
  const over = { nodes: Array.from({ length: MAX_GOOGLE_MATRIX_NODES + 1 }, (_, i) => i), edges: [[0, 1]] };

  it(`is ${MAX_GOOGLE_MATRIX_NODES} rows: one more is a 413 naming both numbers, in English and Bahasa Indonesia`, async () => {
    expect(MAX_GOOGLE_MATRIX_NODES).toBe(1_000);
    const en = await post({ ...over, metrics: { googleMatrix: {} } });
    expect(en.status).toBe(413);
    expect(en.body.error!.code).toBe('payload_too_large');
    expect(en.body.error!.details).toEqual({ part: 'googleMatrix', count: 1_001, max: 1_000 });
    expect(en.body.error!.message).toBe('the Google matrix of 1,001 nodes would hold 1,002,001 numbers; it is given for at most 1,000 nodes (ask for a nodelist of fewer nodes, or for pagerank)');
    const id = await post({ ...over, metrics: { googleMatrix: {} } }, { 'accept-language': 'id-ID' });
    expect(id.status).toBe(413);
    expect(id.body.error!.message).toBe('matriks Google untuk 1.001 simpul akan berisi 1.002.001 angka; matriks ini hanya diberikan untuk paling banyak 1.000 simpul (mintalah nodelist dengan simpul yang lebih sedikit, atau pagerank)');
  });

  it('bounds the matrix, not the graph: PageRank of the same graph, and the matrix of a short nodelist, are answered', async () => {
    const pr = await post({ ...over, metrics: { pagerank: {} } });
    expect(pr.status).toBe(200);
    expect(Object.keys(pr.body.pagerank!)).toHaveLength(1_001);
    // nodelist [0, 1] with personalization {0: 1}: the edge 0 - 1 both ways, p = [1, 0]:
    //   row 0: 0.85 [0, 1] + 0.15 [1, 0] = [0.15, 0.85]; row 1 likewise [0.85 + 0.15, 0] = [1, 0].
    const part = await post({ ...over, metrics: { googleMatrix: { nodelist: [0, 1], personalization: { 0: 1 } } } });
    expect(part.status).toBe(200);
    expect(part.body.googleMatrix!.nodes).toEqual(['0', '1']);
    expectMatrix(part.body.googleMatrix!.matrix, [
      [0.15, 0.85],
      [1, 0],
    ]);
  });
});
