// GraphML and GEXF exports read back by NetworkX (python3, networkx 3.x: nx.read_graphml and
// nx.read_gexf): every node with every attribute, every relationship as its own edge of a
// MultiDiGraph (parallel SUPPLIES and IMPORTS stay separate) with its type and every property,
// numbers as numbers and booleans as booleans, lists joined with ";".
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

function checkGraph(graph: GraphData, nx: { graphml: NxGraph; gexf: NxGraph }): void {
  const { graphml, gexf } = nx;
  // Parallel relationships (one SUPPLIES per component, one IMPORTS per year) make both multigraphs.
  expect(graphml.type).toBe('MultiDiGraph');
  expect(gexf.type).toBe('MultiDiGraph');
  expect(Object.keys(graphml.nodes)).toHaveLength(graph.nodes.length);
  expect(Object.keys(gexf.nodes)).toHaveLength(graph.nodes.length);
  expect(graphml.edges).toHaveLength(graph.rels.length);
  expect(gexf.edges).toHaveLength(graph.rels.length);

  for (const n of graph.nodes) {
    expect(graphml.nodes[n.id]).toEqual(expectedAttrs(n.props, { label: n.label }));
    // GEXF: the node's own label is its name; the Neo4j label is the attribute nodeLabel.
    expect(gexf.nodes[n.id]).toEqual(expectedAttrs(n.props, { nodeLabel: n.label, label: String(n.props.name) }));
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
    checkGraph(graph, nx);
    // Spot checks of types and values as NetworkX reads them.
    const ceper = nx.graphml.nodes['cl-ceper']!;
    expect([ceper.lat, ceper.units, ceper.estimate]).toEqual([-7.679, 300, false]);
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
    const graph = datasetToGraph(d);
    checkGraph(graph, await readBack('generated', graph));
  });
});
