// The Map view's import figure (web/src/views/map/places.ts) counts import flows as the API's key
// figures do: an overview's IMPORTS link stands for the `flows` of a place and origin, a
// firm-level one for one flow. On the national dataset the figure said "1,006 of 1,006 import
// flows" (its links) beside the API's 9,025 flows. An origin's arc ends at an importer drawn on
// the map, the one nearest the importers' value-weighted centre (worked by hand below): at national
// scale the centre of importers from Sumatra to Papua lay in the sea, and the arc ended at nothing.
import { describe, expect, it } from 'vitest';
import { EmbeddedStore, graphShape, type GraphQuery } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import type { GraphOut } from '../../server/store/shapes.ts';
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

  it('end each origin’s arc at the importer nearest its importers’ value-weighted centre', () => {
    // Importers of Japan: A at (0, 0) and B at (100, 0) import USD 100 each, C at (40, 30) USD 10.
    // Centre: x = (0·100 + 100·100 + 40·10) / 210 = 49.52, y = (30·10) / 210 = 1.43. Squared
    // distances: A 49.52² + 1.43² = 2,454.6; B 50.48² + 1.43² = 2,550.2; C 9.52² + 28.57² = 907.0.
    // The arc ends at C; before, at (49.52, 1.43), where no firm is.
    const firm = (id: string, lon: number, lat: number) => ({ id, name: id, label: 'Firm', tier: 'BUYER', role: 'focus', lat, lon });
    const flow = (source: string, valueUsd: number) => ({ id: `i-${source}`, type: 'IMPORTS', source, target: 'JPN', component: 'c', year: 2023, valueUsd, role: 'focus' });
    const graph = {
      nodes: [firm('A', 0, 0), firm('B', 100, 0), firm('C', 40, 30), { id: 'JPN', name: 'Japan', label: 'Country', role: 'focus' }],
      links: [flow('A', 100), flow('B', 100), flow('C', 10)],
    } as unknown as GraphOut;
    const [arc] = mapPicture(graph, identity, () => null, (to) => to).imports;
    expect(arc!.to).toEqual([40, 30]);
    expect(arc!.importers).toEqual(['A', 'B', 'C']);
    expect(arc!.valueUsd).toBe(210);
  });
});
