// The content hash (server/model/hash.ts) sorts nodes and relationships by their fields instead of
// sorting their lines; the hash must be the one its definition gives: SHA-256 over every line
// ("N␀label␀id␀properties", "R␀key␀properties", properties with sorted keys), lines sorted as
// strings, each followed by a newline. The reference below is that definition written out.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { datasetHash, datasetHashInSlices, datasetToGraph, type GraphData, type Props } from '../../server/model/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';

const stable = (props: Props): string =>
  Object.keys(props)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(props[k])}`)
    .join(',');

function byDefinition(graph: GraphData): string {
  const lines = [...graph.nodes.map((n) => `N\u0000${n.label}\u0000${n.id}\u0000${stable(n.props)}`), ...graph.rels.map((r) => `R\u0000${r.key}\u0000${stable(r.props)}`)];
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return `sha256:${hash.digest('hex')}`;
}

describe('datasetHash', () => {
  it('is its definition on a generated dataset, at once and in slices', async () => {
    const graph = datasetToGraph(generateDataset({ clusters: 12, firms: 800, components: 60, seed: 9 }));
    expect(datasetHash(graph)).toBe(byDefinition(graph));
    expect(await datasetHashInSlices(graph, 333)).toBe(byDefinition(graph));
  });

  it('orders ids that start like one another as their lines do', () => {
    // "f-1" before "f-10" before "f-1a"; keys that differ after a shared start; two relationships
    // with one key, told apart by their properties; a non-ASCII id (UTF-16 order, as sort() has it).
    const graph: GraphData = {
      nodes: [
        { id: 'f-10', label: 'Firm', props: { id: 'f-10', name: 'B' } },
        { id: 'f-1a', label: 'Firm', props: { id: 'f-1a' } },
        { id: 'f-1', label: 'Firm', props: { id: 'f-1', name: 'A' } },
        { id: 'é', label: 'Cluster', props: { id: 'é' } },
        { id: 'z', label: 'Cluster', props: { id: 'z' } },
      ],
      rels: [
        { key: 'MEMBER_OF|f-10|z', type: 'MEMBER_OF', from: 'f-10', to: 'z', props: {} },
        { key: 'MEMBER_OF|f-1|z', type: 'MEMBER_OF', from: 'f-1', to: 'z', props: { since: 2 } },
        { key: 'MEMBER_OF|f-1|z', type: 'MEMBER_OF', from: 'f-1', to: 'z', props: { since: 1 } },
        { key: 'MEMBER_OF|f-1a|é', type: 'MEMBER_OF', from: 'f-1a', to: 'é', props: {} },
      ],
    };
    expect(datasetHash(graph)).toBe(byDefinition(graph));
    // The order the rows come in does not matter.
    expect(datasetHash({ nodes: [...graph.nodes].reverse(), rels: [...graph.rels].reverse() })).toBe(byDefinition(graph));
  });

  it('falls back to sorting lines when an id holds a NUL of its own', () => {
    const graph: GraphData = {
      nodes: [
        { id: 'a\u0000b', label: 'Firm', props: { id: 'a\u0000b' } },
        { id: 'a', label: 'Firm', props: { id: 'a', name: '\u0001' } },
      ],
      rels: [],
    };
    expect(datasetHash(graph)).toBe(byDefinition(graph));
  });
});
