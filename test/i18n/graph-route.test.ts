// POST /api/analysis/graph and `rantai analyse --graph FILE` in both languages (issue 17): each bad
// request is sent with lang=en and lang=id and must get the same status, code and details (clients
// match on those), the same file:line:column place, English words that were worked out here from
// the request, and an Indonesian sentence with no English catalogue word left (english-words.ts)
// once what it quotes is taken out: field names of the request (they are JSON keys), element and
// entity names of the file (<graph>, &amp;) and NetworkX's name.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { GRAPH_LIMITS } from '../../server/analysis/graph/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { rantai } from '../helpers/cli.ts';
import { tempDir } from '../helpers/datasets.ts';
import { serveStore } from '../helpers/server.ts';
import { englishIn } from './english-words.ts';

let server: RunningServer;
let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
  tmp = await tempDir('rantai-graph-i18n-');
});
afterAll(async () => {
  await server.close();
  await tmp.cleanup();
});

interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

const post = async (body: unknown, lang: 'en' | 'id') => {
  const res = await fetch(`${server.url}/api/analysis/graph?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as ErrorBody };
};

/** The keys of a posted JSON body, at any depth: the request's field names, written alike in both languages. */
function keysOf(x: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(x)) for (const v of x) keysOf(v, into);
  else if (typeof x === 'object' && x !== null) {
    for (const [k, v] of Object.entries(x)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

/**
 * The Indonesian message with what it quotes taken out, then the English words left in it. "server"
 * is also the Indonesian word (KBBI's "peladen" is hardly used), so it is not counted.
 */
function englishLeft(message: string, body: unknown, file: unknown): string[] {
  const keys = keysOf(typeof body === 'string' ? JSON.parse(body) : body);
  let rest = message
    .replace(/`[^`]*`/g, ' ') // a command to run
    .replace(/<\/?[\w:.-]+>?/g, ' ') // element names of the file
    .replace(/&\w+;/g, ' ') // entity names (&amp;)
    .replace(/\b\d+(?:\.\d+)?e[+-]?\d+\b/gi, ' ') // numbers written with an exponent (1e100)
    .replace(/NetworkX/g, ' ');
  if (typeof file === 'string') rest = rest.split(file).join(' ');
  return englishIn(rest).filter((w) => w !== 'server' && ![...keys].some((k) => k.toLowerCase() === w));
}

const issuesOf = (details: Record<string, unknown> | undefined) => (Array.isArray(details?.issues) ? (details.issues as Array<{ field: string; message: string }>) : []);
const withoutReasons = (details: Record<string, unknown> | undefined) => {
  if (!details) return details;
  // A file problem's reason is told in the reader's language; its key (reasonKey) is what stays.
  const { reason: _reason, ...rest } = details;
  return Array.isArray(details.issues) ? { ...rest, issues: issuesOf(details).map((i) => i.field) } : rest;
};

/** Sends a request in both languages and checks what must not change with the language. */
async function both(body: unknown, status: number, code: string) {
  const en = await post(body, 'en');
  const id = await post(body, 'id');
  expect(en.status).toBe(status);
  expect(id.status).toBe(status);
  expect(en.body.error.code).toBe(code);
  expect(id.body.error.code).toBe(code);
  // The details are the same but for the reasons of a request's issues, told in the reader's language.
  expect(withoutReasons(id.body.error.details)).toEqual(withoutReasons(en.body.error.details));
  expect(id.body.error.message).not.toBe(en.body.error.message);
  expect(englishLeft(id.body.error.message, body, en.body.error.details?.file)).toEqual([]);
  for (const issue of issuesOf(id.body.error.details)) expect(englishLeft(issue.message, body, undefined)).toEqual([]);
  if (typeof id.body.error.details?.reason === 'string') expect(englishLeft(id.body.error.details.reason, body, en.body.error.details?.file)).toEqual([]);
  return { en: en.body.error, id: id.body.error };
}

/** A located file problem: the place before the first ": " after the line and column. */
const place = (message: string) => /^[^:]+:\d+:\d+:/.exec(message)?.[0];

describe('POST /api/analysis/graph in English and Bahasa Indonesia', () => {
  it('a bad option (pairs and top together) names linkPrediction.pairs in both', async () => {
    const r = await both({ edges: [['a', 'b']], linkPrediction: { method: 'jaccard_coefficient', pairs: [['a', 'b']], top: 2 } }, 400, 'invalid_parameter');
    expect(r.en.message).toBe('linkPrediction.pairs: give either pairs or top');
    expect(r.id.message).toBe('linkPrediction.pairs: berikan pairs atau top, salah satu saja');
  });

  it('a bad option value (alpha = 2 > 1) names metrics.pagerank.alpha in both', async () => {
    const r = await both({ edges: [['a', 'b']], metrics: { pagerank: { alpha: 2 } } }, 400, 'invalid_parameter');
    // The bound, not the type the shape's own error names ("alpha must be a number" before).
    expect(r.en.message).toBe('metrics.pagerank.alpha: must be at most 1');
    expect(r.id.message).toBe('metrics.pagerank.alpha: paling besar 1');
  });

  it('an unknown node in pairs is NetworkX\'s NodeNotFound in both', async () => {
    const r = await both({ edges: [['a', 'b'], ['b', 'c']], linkPrediction: { method: 'jaccard_coefficient', pairs: [['a', 'zz']] } }, 400, 'invalid_parameter');
    expect(r.en.details).toMatchObject({ networkx: 'NodeNotFound', id: 'zz' });
    expect(r.en.message).toBe(`${String(r.en.details!.field)}: Node zz not in G.`);
    expect(r.id.message).toBe(`${String(r.en.details!.field)}: simpul zz tidak ada di dalam graf`);
  });

  it('a personalization naming no node of the graph cannot be normalised, in both', async () => {
    const r = await both({ edges: [['a', 'b']], metrics: { pagerank: { personalization: { zz: 1 } } } }, 400, 'invalid_parameter');
    expect(r.en.details).toMatchObject({ field: 'metrics.pagerank.personalization', networkx: 'ZeroDivisionError' });
    expect(r.id.message).toContain('tidak dapat dinormalisasi');
  });

  it('a negative weight in the JSON edges is refused in both', async () => {
    const r = await both({ edges: [['a', 'b', -1]] }, 400, 'invalid_parameter');
    expect(r.en.message).toBe('edges.0.2: a weight must not be negative');
    expect(r.id.message).toBe('edges.0.2: bobot tidak boleh negatif');
  });

  it('a weight past 1e100 is refused in both, from JSON, CSV, GraphML and GEXF (two of 1e308 overflowed: PageRank summed to 0.235, no word)', async () => {
    const json = await both({ edges: [['a', 'b', 1e308], ['b', 'c', 1e308]] }, 400, 'invalid_parameter');
    expect(json.en.message).toBe('edges.0.2: a weight may be at most 1e100');
    expect(json.id.message).toBe('edges.0.2: bobot paling besar 1e100');
    // Line 3 is the second data row; the weight is the third column.
    const csv = await both({ file: { content: 'source,target,weight\na,b,1\nb,c,1e308\n' } }, 400, 'invalid_parameter');
    expect(csv.en.message).toBe('graph.csv:3:3: weight may be at most 1e100 (sums of larger weights overflow), got 1e308');
    expect(csv.id.message).toBe('graph.csv:3:3: bobot paling besar 1e100 (jumlah bobot yang lebih besar meluap), tertulis 1e308');
    // Line 4 of each file: GraphML's weight is the <data> at column 31, GEXF's the <edge> at column 3.
    const graphml = '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="w" for="edge" attr.name="weight" attr.type="double"/>\n<graph edgedefault="undirected">\n  <edge source="a" target="b"><data key="w">2e200</data></edge>\n</graph>\n</graphml>\n';
    const gexf = '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a"/><node id="b"/></nodes><edges>\n\n  <edge source="a" target="b" weight="2e200"/>\n</edges></graph>\n</gexf>\n';
    for (const [content, file, column] of [[graphml, 'graph.graphml', 31], [gexf, 'graph.gexf', 3]] as const) {
      const r = await both({ file: { content } }, 400, 'invalid_parameter');
      expect(r.en.message, file).toBe(`${file}:4:${column}: the edge weight may be at most 1e100 (sums of larger weights overflow), got 2e200`);
      expect(r.id.message, file).toBe(`${file}:4:${column}: bobot sisi paling besar 1e100 (jumlah bobot yang lebih besar meluap), tertulis 2e200`);
    }
  });

  it('a bad CSV cell and a negative CSV weight keep file:line:column in both', async () => {
    // Line 3 is the second data row; the weight is the third column.
    const bad = await both({ file: { content: 'source,target,weight\na,b,1\nb,c,heavy\n' } }, 400, 'invalid_parameter');
    expect(bad.en.message).toBe('graph.csv:3:3: weight must be a number, got "heavy"');
    expect(bad.id.message).toBe('graph.csv:3:3: bobot harus berupa angka, tertulis "heavy"');
    expect(bad.en.details).toEqual({ field: 'file.content', file: 'graph.csv', line: 3, column: 3, reason: 'weight must be a number, got "heavy"', reasonKey: 'graph.csv.weightNumber' });
    expect(bad.id.details).toEqual({ field: 'file.content', file: 'graph.csv', line: 3, column: 3, reason: 'bobot harus berupa angka, tertulis "heavy"', reasonKey: 'graph.csv.weightNumber' });
    const negative = await both({ file: { content: 'source,target,weight\na,b,-2\n', name: 'supply.csv' } }, 400, 'invalid_parameter');
    expect(negative.en.message).toBe('supply.csv:2:3: weight must not be negative, got -2');
    expect(place(negative.id.message)).toBe('supply.csv:2:3:');
  });

  it('a CSV quote left open is told in the catalogue\'s words in both', async () => {
    const r = await both({ file: { content: 'source,target\n"a,b\n', format: 'csv' } }, 400, 'invalid_parameter');
    expect(r.en.message).toMatch(/^graph\.csv:\d+:\d+: not readable as CSV \(a quoted cell is not closed\)$/);
    expect(place(r.id.message)).toBe(place(r.en.message));
  });

  it('bad GraphML (an edge without target, a mismatched end tag) keeps its place in both', async () => {
    // The <edge> starts on line 4, column 3.
    const noTarget = '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="undirected">\n  <edge source="a"/>\n</graph>\n</graphml>\n';
    const a = await both({ file: { content: noTarget } }, 400, 'invalid_parameter');
    expect(a.en.message).toBe('graph.graphml:4:3: <edge> needs a "target" attribute');
    expect(a.id.message).toBe('graph.graphml:4:3: <edge> memerlukan atribut "target"');
    // </graphml> on line 3, column 1 closes the <graph> opened on line 2.
    const mismatched = '<graphml>\n<graph edgedefault="directed">\n</graphml>\n';
    const b = await both({ file: { content: mismatched, format: 'graphml' } }, 400, 'invalid_parameter');
    expect(b.en.message).toBe('graph.graphml:3:1: </graphml> closes <graph> (line 2)');
    expect(b.id.message).toBe('graph.graphml:3:1: </graphml> menutup <graph> (baris 2)');
  });

  it('a mixed GEXF graph is refused in both', async () => {
    const mixed = '<gexf>\n<graph defaultedgetype="undirected">\n<edges>\n<edge source="a" target="b" type="directed"/>\n</edges>\n</graph>\n</gexf>\n';
    const r = await both({ file: { content: mixed } }, 400, 'invalid_parameter');
    expect(r.en.message).toBe('graph.gexf:4:1: a directed edge in an undirected graph: mixed graphs are not supported');
    expect(r.id.message).toBe('graph.gexf:4:1: sisi berarah di dalam graf tak berarah: graf campuran tidak didukung');
  });

  it('a graph over the node limit is the same 413 in both', async () => {
    const overNodes = JSON.stringify({ nodes: Array.from({ length: GRAPH_LIMITS.maxNodes + 1 }, (_, i) => i), edges: [[0, 1]], metrics: { pagerank: {} } });
    const r = await both(overNodes, 413, 'payload_too_large');
    expect(r.en.details).toEqual({ part: 'nodes', count: 200_001, max: 200_000 });
    expect(r.id.message).toContain('200.001 simpul');
  });

  it('a body over the JSON limit is the same 413 in both', async () => {
    const body = JSON.stringify({ edges: Array.from({ length: 120_000 }, (_, i) => [`n${i}`, `n${i + 1}`]) });
    const r = await both(body, 413, 'payload_too_large');
    expect(r.id.message).toContain('2 MB');
  });
});

describe('rantai analyse --graph FILE --lang id', () => {
  it('locates a bad cell at the same place, in Indonesian, without a stack trace', async () => {
    const bad = path.join(tmp.dir, 'bad.csv');
    await writeFile(bad, 'source,target,weight\na,b,1\nb,c,heavy\n');
    const id = rantai(['analyse', '--graph', bad, '--lang', 'id']);
    expect(id.code).not.toBe(0);
    expect(id.stderr).toContain('bad.csv:3:3: bobot harus berupa angka, tertulis "heavy"');
    expect(id.stderr).not.toMatch(/\n\s+at /);
    const en = rantai(['analyse', '--graph', bad, '--lang', 'en']);
    expect(en.stderr).toContain('bad.csv:3:3: weight must be a number, got "heavy"');
  });
});
