// A label the reader asked about (`keep`: the cluster in focus, the selection) is placed even when
// every position around its symbol lies over other symbols, but never over another label. Positions
// worked by hand from web/src/graph/labels.ts: a line box is ceil(11 × 1.3) = 15 px high, the gap
// to the symbol 3 px, the padding 1.5 px, and outside a browser a text is 0.6 × 11 = 6.6 px per
// character wide ("Ceper": 33 px).
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest } from '../../web/src/graph/labels.ts';

const AREA = { width: 400, height: 300 };
// A crowd of members drawn as one symbol 80 px across around (100, 100): every position of the
// cluster's label, 13 px (r + gap) from its centre, overlaps it.
const crowd: LabelRequest = { id: 'crowd', text: '', x: 100, y: 100, r: 40, priority: 1 };
const cluster = (keep: boolean): LabelRequest => ({ id: 'ceper', text: 'Ceper', x: 100, y: 100, r: 10, priority: 80, keep, bold: false });

describe('placeLabels: labels the reader asked about', () => {
  it('leaves out a label whose every position lies over another symbol (the greedy rule)', () => {
    expect(placeLabels([crowd, cluster(false)], AREA).map((l) => l.id)).toEqual([]);
  });

  it('places a kept one there all the same, at the first position (right of the symbol)', () => {
    const [label] = placeLabels([crowd, cluster(true)], AREA);
    // Right: x = 100 + 10 + 3 = 113, anchored at its start; box x 113 − 1.5 … 113 + 33 + 1.5, y 100 ∓ (7.5 + 1.5).
    expect(label).toMatchObject({ id: 'ceper', x: 113, y: 100, anchor: 'start', box: { x0: 111.5, y0: 91, x1: 147.5, y1: 109 } });
  });

  it('never over another label: a kept label placed before it takes the right, so it goes left', () => {
    // The selection (priority 1,080) at (130, 100), r 2: its right position starts at 135, box 133.5 … 202.5
    // ("Tegal Jaya", 10 characters, 66 px), which the cluster's right position (… 147.5) overlaps.
    const selected: LabelRequest = { id: 'sel', text: 'Tegal Jaya', x: 130, y: 100, r: 2, priority: 1080, keep: true };
    const placed = placeLabels([crowd, cluster(true), selected], AREA);
    expect(placed.map((l) => l.id)).toEqual(['sel', 'ceper']);
    expect(placed[0]).toMatchObject({ x: 135, anchor: 'start', box: { x0: 133.5, x1: 202.5 } });
    // Left: x = 100 − 13 = 87, anchored at its end; box 87 − 33 − 1.5 … 87 + 1.5.
    expect(placed[1]).toMatchObject({ x: 87, y: 100, anchor: 'end', box: { x0: 52.5, y0: 91, x1: 88.5, y1: 109 } });
  });

  it('and labels that come after keep clear of it as of any label', () => {
    // A member at (185, 100), r 2, "IKM 7" (33 px), in a picture 220 px wide: its right position
    // (188.5 … 224.5) leaves the picture; its left one (180 − 33 − 1.5 = 145.5 … 181.5) overlaps the
    // kept label (… 147.5), though no symbol; above (x 185 centred, y 100 − 5 − 7.5 = 87.5) is clear.
    const narrow = { width: 220, height: 300 };
    const member: LabelRequest = { id: 'ikm', text: 'IKM 7', x: 185, y: 100, r: 2, priority: 20 };
    const placed = placeLabels([crowd, cluster(true), member], narrow);
    expect(placed.map((l) => [l.id, l.x, l.y, l.anchor])).toEqual([
      ['ceper', 113, 100, 'start'],
      ['ikm', 185, 87.5, 'middle'],
    ]);
    // Without the kept label the member takes its left position.
    expect(placeLabels([crowd, cluster(false), member], narrow).map((l) => [l.id, l.x, l.anchor])).toEqual([['ikm', 180, 'end']]);
  });
});
