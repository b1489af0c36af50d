// A store may hand buildView only the neighbourhood a focused query reads (views.ts). The embedded
// store gathers it through graphology's adjacency; this checks that the answer is the one built
// from the whole graph, for every view, filter (and combination) and the recommended links.
import { describe, expect, it } from 'vitest';
import { graphView } from '../../server/focus/index.ts';
import type { Dataset } from '../../server/model/index.ts';
import { buildView, EmbeddedStore, type GraphQuery } from '../../server/store/index.ts';
import { recommendedFor } from '../../server/focus/index.ts';
import { SEED_AND_GENERATED } from '../helpers/datasets.ts';

function queries(d: Dataset): GraphQuery[] {
  const out: GraphQuery[] = [];
  const province = d.firms.find((f) => f.province)?.province;
  for (const view of ['network', 'tiers', 'map'] as const) {
    for (const c of d.clusters.slice(0, 3)) out.push({ view, cluster: c.id }, { view, cluster: c.id, tier: 'IKM' });
    for (const c of d.components.slice(0, 4)) out.push({ view, component: c.id });
    out.push({ view, tier: 'OEM' }, { view, tier: 'TIER1', component: d.supplies[0]!.component });
    if (province) out.push({ view, province }, { view, province, cluster: d.clusters[0]!.id });
  }
  return out;
}

describe('the embedded store reads only the focus neighbourhood, with the same answer', () => {
  it.each(SEED_AND_GENERATED)('on the %s dataset', async (_name, load) => {
    const dataset = await load();
    const store = new EmbeddedStore(dataset);
    const snap = await store.snapshot();
    const ids = (label: string) => new Set(snap.nodes.filter((n) => n.label === label).map((n) => n.id));
    const whole = { nodes: [...snap.nodes], rels: [...snap.rels], componentIds: ids('Component'), clusterIds: ids('Cluster') };
    let withContext = 0;
    for (const q of queries(dataset)) {
      const extras = { recommended: await recommendedFor(store, q) };
      const answer = await store.graph(q, extras);
      expect(answer, JSON.stringify(q)).toEqual(buildView(whole, q, extras));
      if (answer.nodes.some((n) => n.role === 'context')) withContext++;
    }
    expect(withContext).toBeGreaterThan(10);
    // And through the route's service, with a pinned link.
    const rec = (await recommendedFor(store, { view: 'network' })).links[0]!;
    const pinned = await graphView(store, { view: 'map', cluster: dataset.clusters[1]!.id, pin: `${rec.supplier}|${rec.buyer}|${rec.component}` });
    expect(pinned.links.some((l) => l.id === `${rec.supplier}|${rec.buyer}|${rec.component}` && l.type === 'RECOMMENDED')).toBe(true);
  });
});
