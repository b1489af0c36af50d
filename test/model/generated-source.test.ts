// A generated dataset names its nodes' source in both languages (seed/generator/generate.ts): the
// detail panel of an Indonesian page shows `sourceId` where a node has one, and said "Sumber:
// synthetic (rantai generate)" on every national firm. Relationships carry the English source only.
import { describe, expect, it } from 'vitest';
import { datasetToGraph } from '../../server/model/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';

describe('a generated dataset’s source', () => {
  it('is given in Bahasa Indonesia for every cluster, firm and component', () => {
    const graph = datasetToGraph(generateDataset({ clusters: 3, firms: 60, components: 8, seed: 2 }));
    for (const label of ['Cluster', 'Firm', 'Component']) {
      const nodes = graph.nodes.filter((n) => n.label === label);
      expect(nodes.length, label).toBeGreaterThan(0);
      expect(new Set(nodes.map((n) => `${String(n.props.source)} | ${String(n.props.sourceId)}`)), label).toEqual(new Set(['synthetic (rantai generate) | sintetis (rantai generate)']));
    }
    const supplies = graph.rels.filter((r) => r.type === 'SUPPLIES');
    expect(supplies.length).toBeGreaterThan(0);
    expect(supplies.every((r) => r.props.source === 'synthetic (rantai generate)' && !('sourceId' in r.props))).toBe(true);
  });
});
