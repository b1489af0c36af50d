// Where the Map opens (web/src/views/map/opening.ts): on the focus alone when, framed with its
// context, its places would cover more than half the box they are drawn in (each takes 14 × 14 px),
// as a province at national scale did (Central Java's 53 sentras and 550 other plants one blob
// inside a frame from Sumatra to Sulawesi); otherwise on everything drawn, so that a legible focus
// shows where its partners are. The small case is worked by hand; the datasets go through the
// store, the view's picture and a Mercator projection fitted to Indonesia in a 1,140 × 670 map, as
// the view draws it, with the view's query (group=auto, links=recommended).
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore, graphShape, type GraphQuery } from '../../server/store/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { extent, openingBox, type Frame } from '../../web/src/views/map/opening.ts';
import { mapPicture, type Place, type Point } from '../../web/src/views/map/places.ts';

const place = (id: string, role: Place['role'], at: Point): Place => ({ id, name: id, label: 'Firm', role, at, members: 0 });
const MAP: Frame = { width: 1140, height: 670, pad: 90, maxK: 12 };
const mercator = d3.geoMercator().fitExtent([[10, 10], [MAP.width - 10, MAP.height - 10]], { type: 'MultiPoint', coordinates: [[95, 6], [141, -11]] });
const project = (lonLat: Point): Point | null => mercator(lonLat) as Point | null;

async function picture(store: EmbeddedStore, query: Omit<GraphQuery, 'view'>) {
  const graph = graphShape.parse(await store.graph({ view: 'map', group: 'auto', links: 'recommended', ...query } as GraphQuery));
  return mapPicture(graph, project, () => null, (to) => to).places;
}
const focusBox = (places: Place[]) => extent(places.filter((p) => p.role === 'focus').map((p) => p.at));
const allBox = (places: Place[]) => extent(places.map((p) => p.at));

describe('where the Map opens', () => {
  it('on the focus when its places would crowd, worked by hand', () => {
    // Frame 1,000 × 600, no padding: everything spans x 0–500, y 0–10, so k = min(1000/500, 600/10) = 2.
    // The focus spans 10 × 10, drawn (10·2 + 14)² = 1,156 px²; half of it is 578.
    const frame: Frame = { width: 1000, height: 600, pad: 0, maxK: 12 };
    const context = place('far', 'context', [500, 0]);
    const corners = [place('a', 'focus', [0, 0]), place('b', 'focus', [10, 10])];
    // Two places take 2 × 196 = 392 px² ≤ 578: legible, everything.
    expect(openingBox([...corners, context], true, frame)).toEqual([[0, 0], [500, 10]]);
    // Six take 1,176 px² > 578: crowded, the focus.
    const six = [...corners, ...[2, 4, 6, 8].map((x) => place(`m${x}`, 'focus', [x, x]))];
    expect(openingBox([...six, context], true, frame)).toEqual([[0, 0], [10, 10]]);
    // Without a focus, or with one place in focus (a cluster), everything.
    expect(openingBox([...six, context], false, frame)).toEqual([[0, 0], [500, 10]]);
    expect(openingBox([corners[0]!, context], true, frame)).toEqual([[0, 0], [500, 0]]);
  });

  it('on the province at national scale, and with its partners for a cluster there', async () => {
    const store = new EmbeddedStore(generateDataset({ clusters: 60, firms: 8_000, components: 200, seed: 4 }));
    const province = await picture(store, { province: 'Jawa Tengah' });
    expect(province.filter((p) => p.role === 'focus').length).toBeGreaterThan(50);
    expect(openingBox(province, true, MAP)).toEqual(focusBox(province));
    expect(focusBox(province)).not.toEqual(allBox(province));
    const cluster = (await store.graph({ view: 'map', province: 'Jawa Tengah' })).nodes.find((n) => n.label === 'Cluster')!;
    const one = await picture(store, { cluster: cluster.id });
    expect(one.filter((p) => p.role === 'focus')).toHaveLength(1);
    expect(openingBox(one, true, MAP)).toEqual(allBox(one));
  });

  it('with the context for the seed’s Jawa Tengah (five places, recommended buyers in Jakarta) and Ceper', async () => {
    const store = new EmbeddedStore(await readDataset('seed/indonesia'));
    for (const query of [{ province: 'Jawa Tengah' }, { cluster: 'cl-ceper' }]) {
      const places = await picture(store, query);
      expect(focusBox(places), JSON.stringify(query)).not.toEqual(allBox(places));
      expect(openingBox(places, true, MAP), JSON.stringify(query)).toEqual(allBox(places));
    }
  });
});
