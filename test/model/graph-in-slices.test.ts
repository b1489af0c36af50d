// datasetToGraphInSlices (server/model/graph.ts), the conversion a store's replace() uses while the
// server answers requests: the same graph as datasetToGraph, node for node and relationship for
// relationship in the same order, on a generated dataset with trade tables; and, on one large
// enough to take longer than a slice, other callbacks run before it ends.
import { describe, expect, it } from 'vitest';
import { datasetToGraph, datasetToGraphInSlices } from '../../server/model/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';

describe('datasetToGraphInSlices', () => {
  it('gives the graph datasetToGraph gives', async () => {
    const d = generateDataset({ clusters: 12, firms: 3_000, components: 80, seed: 5, trade: true });
    const whole = datasetToGraph(d);
    expect(whole.rels.some((r) => r.type === 'TRADE')).toBe(true);
    expect(await datasetToGraphInSlices(d)).toEqual(whole);
  });

  it('lets other callbacks run while it converts a large dataset', async () => {
    const d = generateDataset({ clusters: 60, firms: 20_000, components: 300, seed: 6 });
    let ranMeanwhile = false;
    let done = false;
    const probe = setImmediate(() => {
      ranMeanwhile = !done;
    });
    const graph = await datasetToGraphInSlices(d);
    done = true;
    clearImmediate(probe);
    expect(graph.nodes.length).toBe(datasetToGraph(d).nodes.length);
    expect(ranMeanwhile).toBe(true);
  });
});
