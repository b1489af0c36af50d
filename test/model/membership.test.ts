// A firm in two clusters (the files allow one; a direct write in Neo4j can add a second MEMBER_OF):
// every reader names the same cluster, the first by id. Checked by hand on the seed: Koperasi Batur
// Jaya (f-kbj) is a member of cl-ceper; given cl-tegal as well (after its own edge), it stays with
// cl-ceper ("cl-ceper" < "cl-tegal"); PT Kannindo (f-kannindo, cl-tegal) given cl-ceper too (before
// its own) goes to cl-ceper. Before this rule the exports took the last edge and the risk answer the
// first cluster by id, so a Gephi file and the Risk view could name different clusters for one firm.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { firmClusters } from '../../server/analysis/risk/clusters.ts';
import { firmClusterAttributes } from '../../server/export/firm-clusters.ts';
import { graphToDataset } from '../../server/export/index.ts';
import { datasetToGraph, firmClusterIds, readDataset, relKey, type GraphData, type GraphRel } from '../../server/model/index.ts';
import { buildView } from '../../server/store/index.ts';
import { graphQueryShape } from '../../server/store/shapes.ts';

const SEED = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../seed/indonesia');
const idsOf = (g: GraphData) => ({
  clusterIds: new Set(g.nodes.filter((n) => n.label === 'Cluster').map((n) => n.id)),
  componentIds: new Set(g.nodes.filter((n) => n.label === 'Component').map((n) => n.id)),
});
const member = (from: string, to: string): GraphRel => ({ key: relKey('MEMBER_OF', from, to, {}), type: 'MEMBER_OF', from, to, props: {} });

describe('a firm in two clusters', () => {
  let graph: GraphData;
  beforeAll(async () => {
    const seed = datasetToGraph(await readDataset(SEED));
    // f-kbj's second edge after its own; f-kannindo's before its own: the last edge is the wrong one.
    graph = { nodes: seed.nodes, rels: [member('f-kannindo', 'cl-ceper'), ...seed.rels, member('f-kbj', 'cl-tegal')] };
  });

  it('is in the first cluster by id, in whatever order the edges come', () => {
    const forward = firmClusterIds(graph.rels);
    const backward = firmClusterIds([...graph.rels].reverse());
    for (const ids of [forward, backward]) {
      expect(ids.get('f-kbj')).toBe('cl-ceper');
      expect(ids.get('f-kannindo')).toBe('cl-ceper');
    }
    expect(forward.get('f-koperasi-tmi')).toBe('cl-tegal');
    expect(forward.has('f-tmmin')).toBe(false);
  });

  it('is named alike by the GraphML/GEXF attributes, the dataset export, the views and the risk answer', () => {
    const attrs = firmClusterAttributes(graph);
    expect(attrs.get('f-kannindo')).toEqual({ cluster: 'cl-ceper', clusterName: 'Sentra IKM logam Ceper' });
    expect(attrs.get('f-kbj')?.cluster).toBe('cl-ceper');

    const firms = new Map(graphToDataset(graph).firms.map((f) => [f.id, f.cluster]));
    expect(firms.get('f-kannindo')).toBe('cl-ceper');
    expect(firms.get('f-kbj')).toBe('cl-ceper');

    const tegal = buildView({ ...graph, ...idsOf(graph) }, graphQueryShape.parse({ view: 'network', cluster: 'cl-tegal' }));
    expect(tegal.nodes.some((n) => n.id === 'f-kannindo')).toBe(false);
    expect(tegal.nodes.some((n) => n.id === 'f-koperasi-tmi')).toBe(true);

    // The risk facts' rows come by cluster id (firm-clusters.cypher, embeddedClusterMembersRows).
    const rows = ['cl-ceper', 'cl-tegal'].map((c) => ({ cluster: c, name: c, firms: graph.rels.filter((r) => r.type === 'MEMBER_OF' && r.to === c).map((r) => r.from) }));
    expect(firmClusters(rows).get('f-kannindo')?.id).toBe('cl-ceper');
    expect(firmClusters(rows).get('f-kbj')?.id).toBe('cl-ceper');
  });
});
