// The flows an overview's tier picture draws when it has more than it can hold
// (web/src/views/tiers/flows.ts, largestFlows): every recommended link, then the largest by value,
// ties by id, in their original order; the share of the value drawn. Worked by hand below.
import { describe, expect, it } from 'vitest';
import { largestFlows, type Flow } from '../../web/src/views/tiers/flows.ts';

const flow = (id: string, kind: Flow['kind'], value: number): Flow => ({ id, source: 's', target: 't', component: 'c', value, kind, role: 'focus' });
// Values 50 + 10 + 30 + 30 + 5 = 125; two recommended links of no value.
const flows = [flow('a', 'supply', 50), flow('m1', 'missing', 0), flow('b', 'import', 10), flow('d', 'supply', 30), flow('c', 'supply', 30), flow('e', 'import', 5), flow('m2', 'missing', 0)];

describe('the largest flows of a dense overview', () => {
  it('keeps the recommended links, then the largest values, ties by id, in the order given', () => {
    // max 5: m1, m2, then a (50), c (30, before d by id), d (30) → a, m1, d, c, m2 in order; value 110 of 125.
    const { drawn, share } = largestFlows(flows, 5);
    expect(drawn.map((f) => f.id)).toEqual(['a', 'm1', 'd', 'c', 'm2']);
    expect(share).toBeCloseTo(110 / 125, 12);
    // max 4: m1, m2, a, c (the tie with d goes to the smaller id) → 80 of 125.
    const four = largestFlows(flows, 4);
    expect(four.drawn.map((f) => f.id)).toEqual(['a', 'm1', 'c', 'm2']);
    expect(four.share).toBeCloseTo(80 / 125, 12);
  });

  it('draws everything when it fits, and never drops a recommended link', () => {
    expect(largestFlows(flows, 7)).toEqual({ drawn: flows, share: 1 });
    expect(largestFlows(flows, 1).drawn.map((f) => f.id)).toEqual(['m1', 'm2']);
  });
});
