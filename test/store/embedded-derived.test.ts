// The embedded store keeps one snapshot and the values analyses derive from it until its dataset is
// replaced (server/store/embedded/embedded-store.ts, wholeGraph). These tests check that a value is
// built once, that replace() drops everything (no answer from the old dataset survives a reload),
// and that the shared snapshot cannot be changed by a caller.
import type { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../seed/generator/index.ts';
import { importExposure } from '../../server/analysis/imports/index.ts';
import { substitution, substitutionQueryShape, whatIf, whatIfRequestShape } from '../../server/analysis/substitution/index.ts';
import { EmbeddedStore, wholeGraph } from '../../server/store/index.ts';
import { UnknownIdError } from '../../server/errors.ts';
import { handDataset } from '../substitution/hand-dataset.ts';
import { smallDataset } from '../helpers/datasets.ts';

describe('the embedded store’s derived values', () => {
  it('builds a value once per dataset and again after replace()', async () => {
    const store = new EmbeddedStore(smallDataset(1));
    let builds = 0;
    const nodesOf = (snap: { nodes: readonly unknown[] }) => {
      builds++;
      return snap.nodes.length;
    };
    const first = await Promise.all([wholeGraph(store, 'n', nodesOf), wholeGraph(store, 'n', nodesOf)]);
    expect(builds).toBe(1);
    expect(first[0]).toBe(first[1]);
    await store.replace(handDataset());
    // The hand dataset: 2 clusters, 4 firms and the nodes listed in test/substitution/hand-dataset.ts.
    expect(await wholeGraph(store, 'n', nodesOf)).toBe((await store.snapshot()).nodes.length);
    expect(builds).toBe(2);
    expect(await wholeGraph(store, 'n', nodesOf)).not.toBe(first[0]);
  });

  it('hands out as its snapshot exactly what its graph holds, in the graph’s order, at start and after replace()', async () => {
    // The snapshot is the data the graph was built from (no longer read back from the graph, which
    // took 1.2 s at national scale); read back here the way it used to be, it must be the same.
    const readBack = (store: EmbeddedStore) => {
      const g = (store as unknown as { g: MultiDirectedGraph<{ label: string; props: object }, { type: string; props: object }> }).g;
      return {
        nodes: g.mapNodes((id, a) => ({ id, label: a.label, props: a.props })),
        rels: g.mapEdges((key, a, from, to) => ({ key, type: a.type, from, to, props: a.props })),
      };
    };
    const withTrade = generateDataset({ clusters: 6, firms: 300, components: 30, seed: 3, trade: true });
    const store = new EmbeddedStore(withTrade);
    expect(await store.snapshot()).toEqual(readBack(store));
    await store.replace(generateDataset({ clusters: 5, firms: 200, components: 25, seed: 8, trade: true }));
    const after = await store.snapshot();
    expect(after).toEqual(readBack(store));
    expect(after.rels.some((r) => r.type === 'TRADE')).toBe(true);
    expect(Object.isFrozen(after.nodes) && Object.isFrozen(after.rels)).toBe(true);
  });

  it('lets the event loop run between the substitution’s steps on a fresh dataset (after a national load they were one 1.7 s piece)', async () => {
    const store = new EmbeddedStore(generateDataset({ clusters: 6, firms: 300, components: 30, seed: 3 }));
    let turns = 0;
    let counting = true;
    const tick = () => {
      turns++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    await substitution(store, substitutionQueryShape.parse({}));
    counting = false;
    // Turns of the event loop while it ran, counted by a chain of setImmediate: derived() starts the
    // facts' index on a turn of its own (1, all there was before), then the imported components and
    // the cluster profiles (2), and before and after the evaluation (2).
    expect(turns).toBeGreaterThanOrEqual(5);
  });

  it('counts once per dataset (GET /api/health asks every time) and again after replace()', async () => {
    const store = new EmbeddedStore(smallDataset(1));
    const first = await store.counts();
    expect(await store.counts()).toBe(first);
    expect(() => ((first.nodes as Record<string, number>).Firm = -1)).toThrow(TypeError);
    await store.replace(handDataset());
    const next = await store.counts();
    expect(next).not.toBe(first);
    // The hand dataset's firms, by hand: 4 (test/substitution/hand-dataset.ts).
    expect(next.nodes.Firm).toBe(4);
    expect(next.nodes.Firm).not.toBe(first.nodes.Firm);
  });

  it('does not keep a failed build', async () => {
    const store = new EmbeddedStore(smallDataset(1));
    await expect(wholeGraph(store, 'bad', () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await wholeGraph(store, 'bad', () => 7)).toBe(7);
  });

  it('hands out a frozen snapshot', async () => {
    const store = new EmbeddedStore(smallDataset(1));
    const snap = await store.snapshot();
    expect(await store.snapshot()).toBe(snap);
    expect(() => (snap.nodes as unknown[]).sort()).toThrow(TypeError);
    expect(() => (snap.rels as unknown[]).push(null)).toThrow(TypeError);
  });

  it('answers analyses from the new dataset after replace()', async () => {
    const store = new EmbeddedStore(smallDataset(1));
    const before = await substitution(store, { strategy: 'balanced', limit: 5 });
    await importExposure(store);
    await store.replace(handDataset());
    // Hand dataset: 2 imported components (c-drum, c-case) × 2 clusters (cl-a, cl-b) = 4 pairs.
    const after = await substitution(store, { strategy: 'balanced', limit: 5 });
    expect(after.total).toBe(4);
    expect(after.total).not.toBe(before.total);
    const imports = await importExposure(store);
    // c-drum: 2023 imports USD 20,000 (JPN) + USD 9,000 (CHN) = 29,000 (hand-dataset.ts).
    expect(imports.components.find((c) => c.id === 'c-drum')?.importedValueUsd).toBe(29_000);
  });

  it('knows the new dataset’s clusters and components in a focused view after replace()', async () => {
    // The ids a focus may name are kept per load; a kept set surviving replace() would refuse the
    // hand dataset's cl-a and accept the small dataset's clusters.
    const store = new EmbeddedStore(smallDataset(1));
    const oldCluster = (await store.snapshot()).nodes.find((n) => n.label === 'Cluster')!.id;
    expect((await store.graph({ view: 'network', cluster: oldCluster })).figures.clusters.focus).toBe(1);
    await store.replace(handDataset());
    // Hand dataset: cl-a has members f-a1 and f-a2 (hand-dataset.ts).
    const view = await store.graph({ view: 'network', cluster: 'cl-a' });
    expect(view.figures.firms.focus).toBe(2);
    await expect(store.graph({ view: 'network', cluster: oldCluster })).rejects.toThrow(UnknownIdError);
    await expect(store.graph({ view: 'network', component: 'c-drum' })).resolves.toBeDefined();
  });

  it('gives the same what-if answer with the kept facts as with facts built afresh', async () => {
    const store = new EmbeddedStore(smallDataset(2));
    const top = await substitution(store, { strategy: 'balanced', limit: 1 });
    const o = top.opportunities[0]!;
    const request = whatIfRequestShape.parse({ interventions: [{ target: o.cluster.id, add: { capacityTonnes: 1000, certification: 'IATF 16949' } }] });
    const warm = await whatIf(store, request);
    const fresh = await whatIf(new EmbeddedStore(smallDataset(2)), request);
    expect(warm).toEqual(fresh);
    // And the kept facts were not changed by the what-if: the plain ranking is as before.
    expect(await substitution(store, { strategy: 'balanced', limit: 1 })).toEqual(top);
  });
});
