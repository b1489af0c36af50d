// The size limits of POST /api/analysis/graph (server/analysis/graph/limits.ts): 200,000 nodes and
// 500,000 edges. Past them the answer is 413 payload_too_large naming the limit, in the request's
// language, before anything is computed; a body over the 2 MB JSON limit is a 413 before the graph
// is read. The node limit is reachable within 2 MB (isolated numeric ids); the edge limit is not,
// so it is checked on checkedGraph with lowered limits. The expected counts are those of the
// request built here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { checkedGraph, GRAPH_LIMITS } from '../../server/analysis/graph/index.ts';
import { AppError } from '../../server/errors.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveStore } from '../helpers/server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
});
afterAll(async () => server.close());

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

const post = async (body: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}/api/analysis/graph`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: (await res.json()) as ErrorBody & Record<string, unknown> };
};

// One node more than the limit, as numbers (read as their text): about 1.3 MB of JSON.
const overNodes = JSON.stringify({ nodes: Array.from({ length: GRAPH_LIMITS.maxNodes + 1 }, (_, i) => i), edges: [[0, 1]], metrics: { pagerank: {} } });

describe('POST /api/analysis/graph size limits', () => {
  it('a graph within the limits is answered (control)', async () => {
    const r = await post(JSON.stringify({ edges: [['a', 'b'], ['b', 'c']], metrics: { pagerank: {} } }));
    expect(r.status).toBe(200);
    expect(r.body.graph).toEqual({ nodes: 3, edges: 2, directed: false, multigraph: false });
  });

  it('one node over the limit is a 413 naming the count and the limit', async () => {
    expect(overNodes.length).toBeLessThan(2 * 1024 ** 2);
    const r = await post(overNodes);
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('payload_too_large');
    expect(r.body.error.details).toEqual({ part: 'nodes', count: 200_001, max: 200_000 });
    expect(r.body.error.message).toBe('the graph has 200,001 nodes; this route takes at most 200,000 nodes (use `rantai analyse --graph FILE` for larger graphs)');
  });

  it('tells the same 413 in Bahasa Indonesia when the request asks for it', async () => {
    const r = await post(overNodes, { 'accept-language': 'id-ID,id;q=0.9' });
    expect(r.status).toBe(413);
    expect(r.body.error.message).toBe('graf ini memiliki 200.001 simpul; rute ini menerima paling banyak 200.000 simpul (gunakan `rantai analyse --graph FILE` untuk graf yang lebih besar)');
  });

  it('a body over the 2 MB JSON limit is a 413 before the graph is read', async () => {
    const edges = Array.from({ length: 120_000 }, (_, i) => [`n${i}`, `n${i + 1}`]);
    const body = JSON.stringify({ edges });
    expect(body.length).toBeGreaterThan(2 * 1024 ** 2);
    const r = await post(body);
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('payload_too_large');
    expect(r.body.error.message).toContain('2 MB');
  });
});

describe('checkedGraph', () => {
  it('refuses more edges than the limit, naming both numbers, before building the graph', () => {
    const edges: Array<[string, string]> = [['a', 'b'], ['b', 'c'], ['c', 'd']];
    let error: unknown;
    try {
      checkedGraph({ directed: false, edges }, { maxNodes: 10, maxEdges: 2 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('payload_too_large');
    expect((error as AppError).details).toEqual({ part: 'edges', count: 3, max: 2 });
    expect((error as AppError).message).toContain('3 edges; this route takes at most 2 edges');
  });

  it('takes a graph exactly at the limits', () => {
    expect(checkedGraph({ directed: false, edges: [['a', 'b'], ['b', 'c']] }, { maxNodes: 3, maxEdges: 2 }).ids).toEqual(['a', 'b', 'c']);
  });
});
