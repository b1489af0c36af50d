// The detail panel's sources of an entity's relationships (web/src/app/detail/sources.ts), worked
// by hand: each distinct source once with the relationships citing it, most cited first, in the
// page's language; a relationship without an Indonesian source takes the one the entity answer
// gives for the same source (`sourceIds`: a generated dataset writes source_id on nodes only).
import { describe, expect, it } from 'vitest';
import type { EntityOut } from '../../server/store/shapes.ts';
import { citedSources } from '../../web/src/app/detail/sources.ts';

type Rel = EntityOut['relationships'][number];
const rel = (other: string, properties: Rel['properties']): Rel => ({ type: 'SUPPLIES', direction: 'out', other: { id: other, label: 'Firm', name: `PT ${other}` }, properties });

describe('cited sources', () => {
  const sourceIds = { 'synthetic (rantai generate)': 'sintetis (rantai generate)' };
  const rels = [
    rel('a', { source: 'synthetic (rantai generate)' }),
    rel('b', { source: 'synthetic (rantai generate)' }),
    rel('a', { source: 'synthetic (rantai generate)' }),
    rel('c', { source: 'Bisnis.com 2017', sourceId: 'Bisnis.com 2017 (id)' }),
    rel('d', {}),
  ];

  it('gives each source once with its count and other ends, most cited first (English)', () => {
    expect(citedSources(rels, sourceIds, false)).toEqual([
      { text: 'synthetic (rantai generate)', count: 3, others: ['PT a', 'PT b'] },
      { text: 'Bisnis.com 2017', count: 1, others: ['PT c'] },
    ]);
  });

  it('speaks Indonesian: a relationship’s own source_id, else the one the answer gives for its source', () => {
    expect(citedSources(rels, sourceIds, true)).toEqual([
      { text: 'sintetis (rantai generate)', count: 3, others: ['PT a', 'PT b'] },
      { text: 'Bisnis.com 2017 (id)', count: 1, others: ['PT c'] },
    ]);
    // Another source without an Indonesian text stays as it is.
    expect(citedSources([rel('x', { source: 'BPS' })], sourceIds, true)).toEqual([{ text: 'BPS', count: 1, others: ['PT x'] }]);
  });
});
