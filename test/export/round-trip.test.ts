// Export → import gives the same graph: the stored graph back to a dataset (graph-to-dataset.ts),
// written as the CSV folder or the JSON bundle, read and validated again, mapped to a graph again —
// same nodes and relationships by key, with every property. On the seed and on generated data,
// through the functions, the HTTP API (embedded store) and the CLI.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../server/cli/index.ts';
import { datasetJson, graphToDataset } from '../../server/export/index.ts';
import { datasetFromCsvTexts, datasetFromJsonText, datasetToCsvTexts, datasetToGraph, readDataset, type Dataset, type GraphData } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { readZip } from '../../server/upload/index.ts';
import { serveWith, type TestServer } from '../helpers/app-with.ts';
import { REPO } from '../helpers/cli.ts';
import { smallDataset, tempDir } from '../helpers/datasets.ts';

/** A graph as maps keyed by node label+id and relationship key (order does not matter). */
const byKey = (g: GraphData) => ({
  nodes: new Map(g.nodes.map((n) => [`${n.label}|${n.id}`, n.props])),
  rels: new Map(g.rels.map((r) => [r.key, { type: r.type, from: r.from, to: r.to, props: r.props }])),
});

const viaCsv = (g: GraphData): GraphData => datasetToGraph(datasetFromCsvTexts(datasetToCsvTexts(graphToDataset(g))));
const viaJson = (g: GraphData): GraphData => datasetToGraph(datasetFromJsonText('export.json', datasetJson(g)));

/** A generated dataset with values that are easy to break: formulas, quotes, commas, newlines, negatives. */
function awkwardDataset(): Dataset {
  const d = smallDataset(11);
  d.firms[0]!.name = "=cmd|' /C calc'!A0";
  d.firms[1]!.name = '+62 "Logam, Jaya"\nBaris kedua';
  d.firms[2]!.name = '@SUM(1)';
  d.firms[3]!.sector = '-foundry';
  d.firms[4]!.lat = -10.123456789;
  d.firms[4]!.lon = -0.5;
  d.clusters[0]!.lat = -89.999999;
  d.components[0]!.mass_kg = 0.1 + 0.2;
  return d;
}

describe('graph → dataset → graph', () => {
  let seed: Dataset;
  beforeAll(async () => {
    seed = await readDataset(path.join(REPO, 'seed/indonesia'));
  });

  it.each([
    ['the seed', () => seed],
    ['a generated dataset', () => smallDataset(3)],
    ['a dataset with awkward values', awkwardDataset],
  ])('%s round-trips through the CSV folder and the JSON bundle', (_name, make) => {
    const graph = datasetToGraph(make());
    expect(byKey(viaCsv(graph))).toEqual(byKey(graph));
    expect(byKey(viaJson(graph))).toEqual(byKey(graph));
    expect(viaCsv(graph).rels).toHaveLength(graph.rels.length);
  });

  it('keeps formula-like names verbatim in the dataset CSV (only spreadsheet tables neutralise)', () => {
    const texts = datasetToCsvTexts(graphToDataset(datasetToGraph(awkwardDataset())));
    expect(texts.get('firms.csv')).toContain("=cmd|' /C calc'!A0");
    expect(texts.get('firms.csv')).not.toContain("'=cmd");
  });

  it('rebuilds WORKS with its own provenance when a firm has several capabilities with one material', () => {
    const d = smallDataset(5);
    const lastProcess = d.processes.map((p) => p.id).sort().at(-1)!;
    const original = d.capabilities.find((c) => c.material && c.process !== lastProcess && !d.capabilities.some((o) => o.firm === c.firm && o.process === lastProcess))!;
    // A second capability with the same firm and material, listed first: its provenance is what
    // WORKS carries, although its process sorts after the original's.
    d.capabilities.unshift({ ...original, process: lastProcess, source: 'first source', estimate: false });
    const graph = datasetToGraph(d);
    const works = graph.rels.find((r) => r.type === 'WORKS' && r.from === original.firm && r.to === original.material)!;
    expect(works.props.source).toBe('first source');
    const exported = graphToDataset(graph).capabilities.filter((c) => c.firm === original.firm && c.material === original.material);
    expect(exported[0]!.source).toBe('first source');
    expect(byKey(viaCsv(graph))).toEqual(byKey(graph));
  });

  it('orders rows by key, so the same graph in another order exports identically', () => {
    const graph = datasetToGraph(smallDataset(3));
    const shuffled: GraphData = { nodes: [...graph.nodes].reverse(), rels: [...graph.rels].reverse() };
    expect(datasetToCsvTexts(graphToDataset(shuffled))).toEqual(datasetToCsvTexts(graphToDataset(graph)));
  });
});

describe('GET /api/export and rantai export', () => {
  let server: TestServer;
  let tmp: { dir: string; cleanup: () => Promise<void> };
  const dataset = smallDataset(9);
  beforeAll(async () => {
    server = await serveWith(new EmbeddedStore(dataset));
    tmp = await tempDir('rantai-export-');
  });
  afterAll(async () => {
    await server.close();
    await tmp.cleanup();
  });

  it('csv: a zip of the dataset folder that validates to the same graph', async () => {
    const res = await fetch(`${server.url}/api/export?format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="rantai-dataset.zip"');
    const entries = readZip(new Uint8Array(await res.arrayBuffer()), { maxFileBytes: 1e8, maxTotalBytes: 1e9, maxFiles: 50 });
    expect(entries.map((e) => e.name).sort()).toEqual([...datasetToCsvTexts(dataset).keys()].map((n) => `rantai-dataset/${n}`).sort());
    const texts = new Map(entries.map((e) => [path.basename(e.name), new TextDecoder().decode(e.bytes)]));
    expect(byKey(datasetToGraph(datasetFromCsvTexts(texts)))).toEqual(byKey(datasetToGraph(dataset)));
  });

  it('json: a bundle that validates to the same graph', async () => {
    const res = await fetch(`${server.url}/api/export?format=json`);
    expect(res.status).toBe(200);
    expect(byKey(datasetToGraph(datasetFromJsonText('x.json', await res.text())))).toEqual(byKey(datasetToGraph(dataset)));
  });

  it.each([
    ['graphml', /^application\/graphml\+xml/, '<graphml'],
    ['gexf', /^application\/gexf\+xml/, 'version="1.3"'],
  ])('%s: an attachment of the right type', async (format, type, marker) => {
    const res = await fetch(`${server.url}/api/export?format=${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(type);
    expect(await res.text()).toContain(marker);
  });

  it.each(['', '?format=xls', '?format=csv&extra=1'])('answers 400 invalid_parameter for %j', async (query) => {
    const res = await fetch(`${server.url}/api/export${query}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_parameter');
  });

  it('rantai export writes graphml, gexf, json and a csv folder that validates', async () => {
    const io = { out: () => {}, err: (t: string) => errors.push(t) };
    const errors: string[] = [];
    const seedDir = path.join(REPO, 'seed/indonesia');
    const out = (name: string) => path.join(tmp.dir, name);
    for (const [format, file] of [['graphml', 'g.graphml'], ['gexf', 'g.gexf'], ['json', 'd.json'], ['csv', 'folder']] as const) {
      expect(await main(['export', '--format', format, '--out', out(file), '--dataset', seedDir], io)).toBe(0);
    }
    expect(errors).toEqual([]);
    const seed = datasetToGraph(await readDataset(seedDir));
    expect(byKey(datasetToGraph(await readDataset(out('folder'))))).toEqual(byKey(seed));
    expect(byKey(datasetToGraph(await readDataset(out('d.json'))))).toEqual(byKey(seed));
    expect((await readdir(out('folder'))).sort()).toEqual([...datasetToCsvTexts(await readDataset(seedDir)).keys()].sort());
    expect(await readFile(out('g.graphml'), 'utf8')).toContain('attr.name="label"');
    expect(await main(['export', '--format', 'pdf', '--out', out('x')], io)).toBe(2);
  });
});
