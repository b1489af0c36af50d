// GraphML and GEXF exports read back by NetworkX (python3, networkx 3.x: nx.read_graphml and
// nx.read_gexf): every node with every attribute, every relationship as its own edge of a
// MultiDiGraph (parallel SUPPLIES and IMPORTS stay separate) with its type and every property,
// numbers as numbers and booleans as booleans, lists joined with ";", and each firm's cluster (id and
// name) as attributes, taken by the test from the dataset's firms and clusters rows.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGexf, toGraphml } from '../../server/export/index.ts';
import { datasetToGraph, readDataset, type GraphData, type Props, type PropValue } from '../../server/model/index.ts';
import { REPO } from '../helpers/cli.ts';
import { smallDataset, tempDir } from '../helpers/datasets.ts';

const SCRIPT = fileURLToPath(new URL('./read_with_networkx.py', import.meta.url));

type Attrs = Record<string, string | number | boolean>;
interface NxGraph {
  type: string;
  nodes: Record<string, Attrs>;
  edges: Array<[string, string, string, Attrs]>;
}

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir('rantai-nx-');
});
afterAll(async () => tmp.cleanup());

async function readBack(name: string, graph: GraphData): Promise<{ graphml: NxGraph; gexf: NxGraph }> {
  const graphml = path.join(tmp.dir, `${name}.graphml`);
  const gexf = path.join(tmp.dir, `${name}.gexf`);
  await writeFile(graphml, toGraphml(graph), 'utf8');
  await writeFile(gexf, toGexf(graph), 'utf8');
  const r = spawnSync('python3', [SCRIPT, graphml, gexf], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { graphml: NxGraph; gexf: NxGraph };
}

/** What NetworkX should hold for a property: lists joined with ";", everything else as it is. */
const expectedValue = (v: PropValue): string | number | boolean => (Array.isArray(v) ? v.join(';') : v);
const expectedAttrs = (props: Props, extra: Attrs): Attrs => {
  const out: Attrs = { ...extra };
  for (const [k, v] of Object.entries(props)) if (k !== 'id') out[k] = expectedValue(v);
  return out;
};

/** Firm id → the cluster attributes it should carry, from rows of firms (id, cluster) and clusters (id, name). */
function clusterAttrs(firms: ReadonlyArray<{ id: string; cluster?: string | null }>, clusters: ReadonlyArray<{ id: string; name: string }>): Map<string, Attrs> {
  const names = new Map(clusters.map((c) => [c.id, c.name]));
  return new Map(firms.filter((f) => f.cluster).map((f) => [f.id, { cluster: f.cluster!, clusterName: names.get(f.cluster!)! }]));
}

function checkGraph(graph: GraphData, nx: { graphml: NxGraph; gexf: NxGraph }, clusters: Map<string, Attrs>): void {
  const { graphml, gexf } = nx;
  // Parallel relationships (one SUPPLIES per component, one IMPORTS per year) make both multigraphs.
  expect(graphml.type).toBe('MultiDiGraph');
  expect(gexf.type).toBe('MultiDiGraph');
  expect(Object.keys(graphml.nodes)).toHaveLength(graph.nodes.length);
  expect(Object.keys(gexf.nodes)).toHaveLength(graph.nodes.length);
  expect(graphml.edges).toHaveLength(graph.rels.length);
  expect(gexf.edges).toHaveLength(graph.rels.length);

  for (const n of graph.nodes) {
    const cluster = clusters.get(n.id) ?? {};
    expect(graphml.nodes[n.id]).toEqual(expectedAttrs(n.props, { label: n.label, ...cluster }));
    // GEXF: the node's own label is its name; the Neo4j label is the attribute nodeLabel.
    expect(gexf.nodes[n.id]).toEqual(expectedAttrs(n.props, { nodeLabel: n.label, label: String(n.props.name), ...cluster }));
  }
  const graphmlEdges = new Map(graphml.edges.map(([u, v, k, a]) => [k, { u, v, a }]));
  const gexfEdges = new Map(gexf.edges.map(([u, v, k, a]) => [k, { u, v, a }]));
  for (const r of graph.rels) {
    expect(graphmlEdges.get(r.key)).toEqual({ u: r.from, v: r.to, a: expectedAttrs(r.props, { type: r.type }) });
    expect(gexfEdges.get(r.key)).toEqual({ u: r.from, v: r.to, a: expectedAttrs(r.props, { relType: r.type, label: r.type, id: r.key }) });
  }
}

describe('GraphML and GEXF read by NetworkX', () => {
  it('the seed: every node, relationship and attribute', async () => {
    const graph = datasetToGraph(await readDataset(path.join(REPO, 'seed/indonesia')));
    const nx = await readBack('seed', graph);
    const csv = async (file: string) => parse(await readFile(path.join(REPO, 'seed/indonesia', file), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const clusters = clusterAttrs((await csv('firms.csv')).map((f) => ({ id: f.id!, cluster: f.cluster })), (await csv('clusters.csv')).map((c) => ({ id: c.id!, name: c.name! })));
    checkGraph(graph, nx, clusters);
    // Ceper's members, as Gephi's partition by cluster would group them: firms.csv names 12 (KBJ and IKM Ceper 01–11).
    const ceper = Object.entries(nx.gexf.nodes).filter(([, a]) => a.clusterName === 'Sentra IKM logam Ceper').map(([id]) => id);
    expect(ceper).toHaveLength(12);
    expect(ceper).toContain('f-kbj');
    // Spot checks of types and values as NetworkX reads them.
    const ceperNode = nx.graphml.nodes['cl-ceper']!;
    expect([ceperNode.lat, ceperNode.units, ceperNode.estimate]).toEqual([-7.679, 300, false]);
    // A firm's cluster as NetworkX reads it; a firm in no cluster has none.
    expect([nx.graphml.nodes['f-kbj']!.cluster, nx.graphml.nodes['f-kbj']!.clusterName]).toEqual(['cl-ceper', 'Sentra IKM logam Ceper']);
    expect(nx.graphml.nodes['f-tmmin']!.cluster).toBeUndefined();
    const supplies = nx.graphml.edges.find(([, , k]) => k.startsWith('SUPPLIES|'))!;
    expect(typeof supplies[3].component).toBe('string');
    expect(typeof supplies[3].valueUsd).toBe('number');
  });

  it('a generated dataset, with awkward text (XML specials, quotes, newlines, formulas, non-Latin script)', async () => {
    const d = smallDataset(7);
    d.firms[0]!.name = '=HYPERLINK("http://x") & <b>"quoted"</b> \'single\'';
    d.firms[1]!.name = 'PT Sinar\nBaris kedua';
    d.firms[2]!.name = 'ジャカルタ 工場 — Ümlaut';
    d.firms[3]!.certifications = ['ISO 9001', 'IATF 16949'];
    d.clusters[0]!.name = 'Sentra <logam> & "cor"';
    const graph = datasetToGraph(d);
    checkGraph(graph, await readBack('generated', graph), clusterAttrs(d.firms, d.clusters));
  });
});
