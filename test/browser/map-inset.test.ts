// The Map's close-up (web/src/views/map/inset.ts): a national sentra's recommended links run to
// buyers a few tens of kilometres away, and framed with its flows across Indonesia each was drawn a
// few pixels long under the sentra's disc, in the view and in every exported map. Links shorter than
// 40 px at the opening zoom are magnified in a corner while their box is under 120 px on screen.
// The small cases are worked by hand; the datasets go through the store, the view's picture and a
// Mercator projection fitted to Indonesia in a 1,140 × 670 map, as the view draws it.
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore, graphShape, type GraphQuery } from '../../server/store/index.ts';
import { graphView } from '../../server/focus/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { frameTransform, openingBox, type Frame } from '../../web/src/views/map/opening.ts';
import { insetCorner, insetSubject, insetTransform, HIDDEN_PX, SHOWN_BELOW_PX } from '../../web/src/views/map/inset.ts';
import { mapPicture, type Arc, type Point } from '../../web/src/views/map/places.ts';

const arc = (id: string, kind: Arc['kind'], from: Point, to: Point): Arc => ({ id, kind, role: 'focus', from, to, bend: 0.1, link: { id, source: 'a', target: 'b', type: kind === 'missing' ? 'RECOMMENDED' : 'SUPPLIES', role: 'focus' } as Arc['link'] });

describe('the Map’s close-up of links too short to see', () => {
  it('magnifies the recommended links under 40 px, with the supply flows inside their box (worked by hand)', () => {
    expect([HIDDEN_PX, SHOWN_BELOW_PX]).toEqual([40, 120]);
    // At zoom 2: a 15-unit link is 30 px (hidden), a 25-unit one 50 px (seen in place).
    const short = arc('m1', 'missing', [100, 100], [109, 112]); // length 15
    const long = arc('m2', 'missing', [100, 100], [125, 100]); // length 25
    const inside = arc('s1', 'supply', [102, 104], [108, 110]);
    const outside = arc('s2', 'supply', [100, 100], [400, 100]);
    const subject = insetSubject([short, long, inside, outside], 2)!;
    expect(subject.missing).toBe(1);
    expect(subject.box).toEqual([[100, 100], [109, 112]]);
    expect(subject.arcs.map((a) => a.id)).toEqual(['s1', 'm1']);
    // At zoom 4 the 15-unit link is 60 px: nothing to magnify.
    expect(insetSubject([short, long], 4)).toBeNull();
    // Short links spread far apart (a province's sentras): their box is 200 × 2 = 400 px, no close-up.
    expect(insetSubject([short, arc('m3', 'missing', [300, 100], [305, 100])], 2)).toBeNull();
  });

  it('takes the emptiest corner, never the one over its own box, and frames the box in it (worked by hand)', () => {
    const frame = { width: 1000, height: 600 };
    const size = { width: 300, height: 200 };
    // Bottom left is x 10–310, y 390–590. Two points there, none elsewhere: bottom right.
    const points: Point[] = [[50, 500], [60, 520]];
    expect(insetCorner(frame, size, points, [[500, 300], [510, 310]])).toEqual({ x: 690, y: 390, width: 300, height: 200 });
    // Empty frame, the box in the bottom left: bottom right too.
    expect(insetCorner(frame, size, [], [[100, 450], [110, 460]])).toEqual({ x: 690, y: 390, width: 300, height: 200 });
    expect(insetCorner(frame, size, [], [[500, 300], [510, 310]])).toEqual({ x: 10, y: 390, width: 300, height: 200 });
    // A box of 10 × 5 in a 300 × 200 area padded 25: k = min(250 / 10, 150 / 5) = 25, centred.
    const z = insetTransform([[100, 100], [110, 105]], { x: 0, y: 0, width: 300, height: 200 }, 1, 25);
    expect(z.k).toBe(25);
    expect([105 * z.k + z.x, 102.5 * z.k + z.y]).toEqual([150, 100]);
    // At least minSide a side: a 0.1-unit box is framed as 2 units.
    expect(insetTransform([[0, 0], [0.1, 0.1]], { x: 0, y: 0, width: 300, height: 200 }, 2, 25).k).toBe(75);
  });

  const MAP: Frame = { width: 1140, height: 670, pad: 90, maxK: 12 };
  const mercator = d3.geoMercator().fitExtent([[10, 10], [MAP.width - 10, MAP.height - 10]], { type: 'MultiPoint', coordinates: [[95, 6], [141, -11]] });
  const project = (lonLat: Point): Point | null => mercator(lonLat) as Point | null;
  const subjectOf = async (store: EmbeddedStore, cluster: string) => {
    const graph = graphShape.parse(await graphView(store, { view: 'map', group: 'auto', links: 'recommended', cluster } as GraphQuery));
    const pic = mapPicture(graph, project, () => null, (to) => to);
    return { subject: insetSubject(pic.arcs, frameTransform(openingBox(pic.places, true, MAP), MAP).k), missing: pic.arcs.filter((a) => a.kind === 'missing').length };
  };

  it('for a sentra of a national-like dataset, not for the seed’s Ceper (its buyers are across Java)', async () => {
    const generated = new EmbeddedStore(generateDataset({ clusters: 60, firms: 8_000, components: 200, seed: 4 }));
    const sentra2 = await subjectOf(generated, 'gcl-0001');
    expect(sentra2.missing).toBe(50);
    expect(sentra2.subject?.missing).toBeGreaterThan(25);
    const seed = await subjectOf(new EmbeddedStore(await readDataset('seed/indonesia')), 'cl-ceper');
    expect(seed.missing).toBeGreaterThan(0);
    expect(seed.subject).toBeNull();
  });
});
