// A generated dataset names its nodes' source in both languages (seed/generator/generate.ts): the
// detail panel of an Indonesian page shows `sourceId` where a node has one, and said "Sumber:
// synthetic (rantai generate)" on every national firm. Relationships carry the English source only,
// which the panel cites as the node's own (sourceId) where it is the same; the concordance's source
// is a sentence of its own, so it has its Indonesian too. The seed's every row with a source has it
// in Indonesian (source_id): hs_components.csv had none, and a component's cited sources on an
// Indonesian page quoted "estimate: the subheading split equally …" in English.
import { describe, expect, it } from 'vitest';
import { datasetToGraph, readDataset } from '../../server/model/index.ts';
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

  it('is given in Bahasa Indonesia for the concordance of a dataset generated with trade', () => {
    const graph = datasetToGraph(generateDataset({ clusters: 3, firms: 60, components: 8, seed: 2, trade: true }));
    const maps = graph.rels.filter((r) => r.type === 'MAPS_TO');
    expect(maps.length).toBeGreaterThan(0);
    expect(new Set(maps.map((r) => `${String(r.props.source)} | ${String(r.props.sourceId)}`))).toEqual(
      new Set(['synthetic (rantai generate --trade): equal parts of 90 % of the code | sintetis (rantai generate --trade): bagian sama dari 90 % nilai kode itu']),
    );
  });

  it('is given in Bahasa Indonesia wherever the seed gives one', async () => {
    const seed = await readDataset('seed/indonesia');
    const missing: string[] = [];
    let sourced = 0;
    for (const [file, rows] of Object.entries(seed)) {
      for (const [i, row] of ((rows ?? []) as Array<Record<string, unknown>>).entries()) {
        if (typeof row.source !== 'string' || row.source === '') continue;
        sourced++;
        if (typeof row.source_id !== 'string' || row.source_id === '') missing.push(`${file}.csv row ${i + 2}`);
      }
    }
    expect(sourced).toBeGreaterThan(700);
    expect(missing).toEqual([]);
  });
});
