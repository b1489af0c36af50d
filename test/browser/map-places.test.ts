// The Map view's import figure (web/src/views/map/places.ts) counts import flows as the API's key
// figures do: an overview's IMPORTS link stands for the `flows` of a place and origin, a
// firm-level one for one flow. On the national dataset the figure said "1,006 of 1,006 import
// flows" (its links) beside the API's 9,025 flows.
import { describe, expect, it } from 'vitest';
import { EmbeddedStore, graphShape, type GraphQuery } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { mapPicture } from '../../web/src/views/map/places.ts';

type Point = [number, number];
// Every place is drawn where its coordinates say: nothing is left off the map.
const identity = (p: Point): Point => p;

describe('the Map view’s import flows', () => {
  const store = new EmbeddedStore(generateDataset({ clusters: 12, firms: 1500, components: 60, seed: 4 }));
  const cases: Array<[string, GraphQuery]> = [
    ['firm by firm', { view: 'map' }],
    ['the overview (clusters and provinces)', { view: 'map', group: 'cluster,TIER1,TIER2' }],
  ];
  for (const [name, query] of cases) {
    it(`are the API's import flows, ${name}`, async () => {
      const graph = graphShape.parse(await store.graph(query));
      const flows = graph.figures.importFlows.flows;
      expect(flows).toBeGreaterThan(0);
      const picture = mapPicture(graph, identity, () => null, (to) => to);
      expect(picture.importFlows).toBe(flows);
      // The arcs (one per origin) carry the flows of the importers drawn on the map.
      expect(picture.imports.reduce((s, a) => s + a.flows, 0)).toBe(picture.importFlowsMapped);
      expect(picture.importFlowsMapped).toBeLessThanOrEqual(flows);
    });
  }

  it('the overview stands for more flows than it has links', async () => {
    const graph = graphShape.parse(await store.graph({ view: 'map', group: 'cluster,TIER1,TIER2' }));
    expect(graph.links.filter((l) => l.type === 'IMPORTS').length).toBeLessThan(graph.figures.importFlows.flows);
  });
});
