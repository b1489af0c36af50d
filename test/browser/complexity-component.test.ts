// The complexity panel's component focus (web/src/views/complexity/component-focus.ts) on a
// hand-made answer: the component's place in the table (ranked over the whole table, within a
// group, unranked, made by no cluster with an advantage, not in the table), then the clusters closest
// to making it, in a province, or a cluster's own density and place (or that it makes it already),
// in English and Bahasa Indonesia. The expected sentences are written out by hand below.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../web/src/app/i18n.ts';
import '../../web/src/app/messages.ts';
import '../../web/src/views/complexity/messages.ts';
import { componentFigures, componentOpportunities, type ComponentFocus } from '../../web/src/views/complexity/component-focus.ts';
import { rankText, type ClusterComplexityOut, type Opportunity } from '../../web/src/views/complexity/results.ts';

beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en' } };
});
afterEach(() => setLang('en'));

const cluster = (id: string) => ({ id, name: `Sentra ${id}`, valueUsd: 1, diversity: 2, eci: 0.5, block: 0, blockEci: 0.5, rank: 1, tied: false });
const component = (id: string, block: number | null, blockPci: number | null, rank: number | null, ubiquity = 2, tied = false) => ({ id, name: `Part ${id}`, ubiquity, pci: blockPci, block, blockPci, rank, tied });
const out = (status: 'whole' | 'ranked' | 'undefined'): ClusterComplexityOut =>
  ({
    defined: status === 'whole',
    blocks: [{ clusters: ['a', 'b', 'c', 'd'], components: ['p', 'q', 'r'], status }],
    clusters: ['a', 'b', 'c', 'd'].map(cluster),
    // p and q ranked (q tied with r), r unranked, z made with an advantage by none.
    components: [component('p', 0, 1.234, 1), component('q', 0, 0.5, 2, 3, true), component('r', 0, 0.5, 2, 3, true), component('z', null, null, null, 0)],
    opportunities: [],
  }) as unknown as ClusterComplexityOut;
const names = { cluster: (id: string) => `Sentra ${id}`, component: (id: string) => `Part ${id}` };
// Every cluster that does not make p, densest first (as GET /api/analysis/complexity?component=p gives them): d makes it.
const open: Opportunity[] = [
  { cluster: 'b', component: 'p', density: 0.456, pci: 1.234, cog: null },
  { cluster: 'a', component: 'p', density: 0.25, pci: 1.234, cog: null },
  { cluster: 'c', component: 'p', density: 0, pci: 1.234, cog: null },
];
const focus = (over: Partial<ComponentFocus> = {}): ComponentFocus => ({ component: 'p', cluster: '', province: '', ...over });
const all = new Set<string>();

describe('a component in the complexity panel’s focus', () => {
  it('says its rank and the clusters closest to making it; density 0 is no step', () => {
    expect(componentFigures(out('whole'), names, focus(), open, all)).toEqual([
      'Part p (in focus): made with a comparative advantage by 2 clusters; PCI 1.23, rank 1 of 3.',
      'The clusters closest to making it, by density: Sentra b (0.46), Sentra a (0.25).',
    ]);
    // Within a group: the group's ranked components (p, q, r; z has no group).
    expect(componentFigures(out('ranked'), names, focus({ component: 'q' }), [], all)[0]).toBe(
      'Part q (in focus): made with a comparative advantage by 3 clusters; PCI 0.50 within group 1, rank 2= of the group’s 3 ranked components.',
    );
    expect(componentFigures(out('ranked'), names, focus({ component: 'q' }), [], all)[1]).toBe('Every cluster here already makes it with a comparative advantage.');
    expect(componentFigures(out('undefined'), names, focus(), open, all)[0]).toBe('Part p (in focus): made with a comparative advantage by 2 clusters; it has no PCI in this table (see the note below).');
    expect(componentFigures(out('whole'), names, focus({ component: 'z' }), [], all)[0]).toBe('Part z (in focus): no cluster makes it with a comparative advantage, so it has no PCI.');
    expect(componentFigures(out('whole'), names, focus({ component: 'x' }), [], all)).toEqual(['Part x (in focus) is not in the table: no cluster makes it with a known price, so it has neither a PCI nor a density.']);
    expect(componentFigures(out('whole'), names, focus(), [open[2]!], all)[1]).toBe('No cluster that does not make it yet is related to it (density above 0).');
  });

  it('with a cluster, says its density and place, or that it makes it; with a province, its clusters', () => {
    expect(componentFigures(out('whole'), names, focus({ cluster: 'a' }), open, new Set(['a']))[1]).toBe('For Sentra a: density 0.25, number 2 of the 3 clusters that do not make it yet, by density.');
    expect(componentFigures(out('whole'), names, focus({ cluster: 'd' }), open, new Set(['d']))[1]).toBe('Sentra d already makes it with a comparative advantage.');
    // A cluster outside the province in focus keeps no cluster: the cluster's own lines say so, nothing more here.
    expect(componentFigures(out('whole'), names, focus({ cluster: 'a', province: 'Bali' }), open, new Set())).toHaveLength(1);
    const inProvince = new Set(['a', 'c', 'd']);
    expect(componentFigures(out('whole'), names, focus({ province: 'Jawa Tengah' }), open, inProvince)[1]).toBe('In Jawa Tengah, the clusters closest to making it, by density: Sentra a (0.25).');
    expect(componentOpportunities(open, focus({ province: 'Jawa Tengah' }), inProvince).map((o) => o.cluster)).toEqual(['a', 'c']);
    expect(componentOpportunities(open, focus(), all).map((o) => o.cluster)).toEqual(['b', 'a', 'c']);
  });

  it('says them in Bahasa Indonesia', () => {
    setLang('id');
    expect(componentFigures(out('whole'), names, focus(), open, all)).toEqual([
      'Part p (fokus): dibuat dengan keunggulan komparatif oleh 2 sentra; PCI 1,23, peringkat 1 dari 3.',
      'Sentra yang paling dekat untuk membuatnya, menurut kepadatan: Sentra b (0,46), Sentra a (0,25).',
    ]);
    expect(componentFigures(out('whole'), names, focus({ cluster: 'a' }), open, new Set(['a']))[1]).toBe('Bagi Sentra a: kepadatan 0,25, urutan ke-2 dari 3 sentra yang belum membuatnya, menurut kepadatan.');
    expect(componentFigures(out('whole'), names, focus({ province: 'Jawa Tengah' }), open, new Set(['a']))[1]).toBe('Di Jawa Tengah, sentra yang paling dekat untuk membuatnya, menurut kepadatan: Sentra a (0,25).');
  });
});

describe('ranks as text', () => {
  it('writes a rank past a thousand as the reader’s numbers, with "=" after a shared one', () => {
    expect([rankText({ rank: 8, tied: true }), rankText({ rank: 1302, tied: false }), rankText({ rank: null, tied: false })]).toEqual(['8=', '1,302', '—']);
    setLang('id');
    expect(rankText({ rank: 1302, tied: true })).toBe('1.302=');
  });
});
