// The legend of the graph views names every kind of node drawn (web/src/graph/symbols.ts,
// nodeLegend). An overview draws crowded tiers as one node per province (label Group, in the tier's
// shape and colour): those nodes were drawn without a legend entry (seen on the national
// dataset's Network, Tiers and Map overviews). Expected labels are the message tables' own words.
import { beforeAll, describe, expect, it } from 'vitest';
import '../../web/src/app/messages.ts';
import { setLang } from '../../web/src/app/i18n.ts';
import { tierColour, CLUSTER_COLOUR } from '../../web/src/app/palette.ts';
import { nodeLegend } from '../../web/src/graph/symbols.ts';

// setLang touches document; give it the one property it sets.
beforeAll(() => {
  Object.assign(globalThis, { document: { documentElement: {} } });
});

// What the national overview draws (server/store/overview/rule.ts): OEMs and other buyers as firms,
// clusters, and tier 1 and tier 2 as province nodes.
const overview = [
  { label: 'Firm', tier: 'OEM' },
  { label: 'Firm', tier: 'BUYER' },
  { label: 'Cluster' },
  { label: 'Group', tier: 'TIER1' },
  { label: 'Group', tier: 'TIER2' },
];

describe('nodeLegend', () => {
  it('names the province nodes of an overview, in their tier’s shape and colour', () => {
    setLang('en');
    expect(nodeLegend(overview)).toEqual([
      { label: 'OEM', colour: tierColour('OEM'), shape: 'square' },
      { label: 'Tier 1, one node per province', colour: tierColour('TIER1'), shape: 'diamond' },
      { label: 'Tier 2, one node per province', colour: tierColour('TIER2'), shape: 'triangle' },
      { label: 'Other large buyer', colour: tierColour('BUYER'), shape: 'cross' },
      { label: 'Cluster', colour: CLUSTER_COLOUR, shape: 'circle' },
    ]);
  });

  it('says it in Bahasa Indonesia', () => {
    setLang('id');
    expect(nodeLegend(overview).map((i) => i.label)).toEqual(['OEM', 'Tier 1, satu simpul per provinsi', 'Tier 2, satu simpul per provinsi', 'Industri besar lain', 'Sentra']);
    setLang('en');
  });

  it('keeps a tier’s own entry beside its province nodes when firms of the tier are drawn too', () => {
    setLang('en');
    expect(nodeLegend([{ label: 'Firm', tier: 'TIER1' }, { label: 'Group', tier: 'TIER1' }]).map((i) => i.label)).toEqual(['Tier 1', 'Tier 1, one node per province']);
  });
});
