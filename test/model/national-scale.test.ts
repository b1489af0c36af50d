// The model handles a national-scale dataset (the size of `rantai generate --firms 100000`):
// the graph mapping and the embedded store must not hit argument or stack limits.
import { describe, expect, it } from 'vitest';
import { datasetToGraph } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';

describe('national scale', () => {
  it('maps 100,000 firms to a graph and serves counts from the embedded store', async () => {
    const d = generateDataset({ clusters: 416, firms: 100_000, components: 2000, seed: 1 });
    const g = datasetToGraph(d);
    expect(g.nodes.filter((n) => n.label === 'Firm')).toHaveLength(100_000);
    const works = new Set(d.capabilities.filter((c) => c.material).map((c) => `${c.firm}|${c.material}`)).size;
    expect(g.rels.filter((r) => r.type === 'WORKS')).toHaveLength(works);
    const counts = await new EmbeddedStore(d).counts();
    expect(counts.relationships.CAN).toBe(d.capabilities.length);
  }, 120_000);
});
