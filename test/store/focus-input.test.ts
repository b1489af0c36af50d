// A store may hand buildView only the neighbourhood a focused query reads (views.ts). The embedded
// store gathers it through graphology's adjacency; this checks that the answer is the one built
// from the whole graph, for every view, filter (and combination) and the recommended links.
import { describe, expect, it } from 'vitest';
import { graphView } from '../../server/focus/index.ts';
import type { Dataset } from '../../server/model/index.ts';
import { buildView, EmbeddedStore, type GraphQuery } from '../../server/store/index.ts';
import { recommendedFor } from '../../server/focus/index.ts';
import { contextImportOf, SEED_AND_GENERATED } from '../helpers/datasets.ts';

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
    // A component focus reads as focus firms only those touching the component (views.ts,
    // narrowedFocus); a recommended supplier that could make it without making it yet is read as
    // a link's end, and is in focus all the same, as on the whole graph. A pinned link of another
    // component is drawn as on the whole graph too.
    const makers = new Set(dataset.makes.map((m) => `${m.firm}|${m.component}`));
    let capableOnly = 0;
    for (const c of dataset.components.slice(0, 40)) {
      const q: GraphQuery = { view: 'network', component: c.id };
      const recommended = await recommendedFor(store, q);
      const newcomers = recommended.links.filter((r) => !makers.has(`${r.supplier}|${r.component}`)).map((r) => r.supplier);
      if (newcomers.length === 0) continue;
      capableOnly++;
      const pinned = (await recommendedFor(store, { view: 'network' })).links.find((r) => r.component !== c.id)!;
      const extras = { recommended, pinned };
      const answer = await store.graph(q, extras);
      expect(answer, JSON.stringify(q)).toEqual(buildView(whole, q, extras));
      const focus = new Set(answer.nodes.filter((n) => n.role === 'focus').map((n) => n.id));
      for (const id of newcomers) expect(focus.has(id), id).toBe(true);
    }
    expect(capableOnly).toBeGreaterThan(0);
    // A firm that imports the component without making or needing it touches it as its importer.
    const c0 = dataset.components[0]!.id;
    const touchingC0 = new Set([...dataset.makes, ...dataset.needs].filter((r) => r.component === c0).map((r) => r.firm));
    for (const r of dataset.supplies) if (r.component === c0) touchingC0.add(r.supplier).add(r.buyer);
    const importer = dataset.firms.find((f) => !touchingC0.has(f.id) && !dataset.imports.some((i) => i.buyer === f.id && i.component === c0))!.id;
    const withImport: Dataset = { ...dataset, imports: [...dataset.imports, { ...dataset.imports[0]!, buyer: importer, component: c0 }] };
    const store2 = new EmbeddedStore(withImport);
    const snap2 = await store2.snapshot();
    const whole2 = { nodes: [...snap2.nodes], rels: [...snap2.rels], componentIds: whole.componentIds, clusterIds: whole.clusterIds };
    const q0: GraphQuery = { view: 'tiers', component: c0 };
    const answer0 = await store2.graph(q0, {});
    expect(answer0).toEqual(buildView(whole2, q0, {}));
    expect(answer0.nodes.find((n) => n.id === importer)?.role).toBe('focus');
    // Without a component the store hands over the components the focus firms make or need
    // (ViewInput.madeOrNeeded) instead of their MAKES and NEEDS: a firm around a cluster importing
    // a component one of its members makes, which nothing else in the focus names, is drawn with
    // that import, as on the whole graph.
    const withContextImport = contextImportOf(dataset);
    const store3 = new EmbeddedStore(withContextImport.dataset);
    const snap3 = await store3.snapshot();
    const whole3 = { nodes: [...snap3.nodes], rels: [...snap3.rels], componentIds: whole.componentIds, clusterIds: whole.clusterIds };
    for (const view of ['tiers', 'map'] as const) {
      const q = { view, cluster: withContextImport.cluster };
      const answer = await store3.graph(q, {});
      expect(answer, view).toEqual(buildView(whole3, q, {}));
      expect(answer.links.some((l) => l.type === 'IMPORTS' && l.source === withContextImport.firm && l.component === withContextImport.component && l.role === 'context'), view).toBe(true);
    }
    // And through the route's service, with a pinned link.
    const rec = (await recommendedFor(store, { view: 'network' })).links[0]!;
    const pinned = await graphView(store, { view: 'map', cluster: dataset.clusters[1]!.id, pin: `${rec.supplier}|${rec.buyer}|${rec.component}` });
    expect(pinned.links.some((l) => l.id === `${rec.supplier}|${rec.buyer}|${rec.component}` && l.type === 'RECOMMENDED')).toBe(true);
  });
});
