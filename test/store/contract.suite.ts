// One contract for every GraphStore: given a dataset, the store answers counts, views, entities
// and snapshots that follow from the dataset alone. embedded.contract.test.ts and
// neo4j-contract.neo4j.test.ts run it on each store.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.ts';
import { datasetHash, datasetToGraph, type Dataset } from '../../server/model/index.ts';
import { countsShape, datasetInfoShape, entityShape, graphShape, type GraphStore } from '../../server/store/index.ts';
import { smallDataset } from '../helpers/datasets.ts';

export function describeStoreContract(name: string, open: (dataset: Dataset) => Promise<GraphStore>, available = true): void {
  describe.skipIf(!available)(`GraphStore contract: ${name}`, () => {
    const dataset = smallDataset(11);
    const graph = datasetToGraph(dataset);

    it('counts every label and relationship type of the dataset', async () => {
      const store = await open(dataset);
      const counts = countsShape.parse(await store.counts());
      expect(counts.nodes.Firm).toBe(dataset.firms.length);
      expect(counts.nodes.Component).toBe(dataset.components.length);
      expect(counts.nodes.Country).toBe(dataset.countries.length);
      expect(counts.relationships.SUPPLIES).toBe(dataset.supplies.length);
      expect(counts.relationships.CAN).toBe(dataset.capabilities.length);
      expect(counts.relationships.NEEDS_PROCESS).toBe(dataset.components.reduce((n, c) => n + new Set(c.processes).size, 0));
      expect(Object.values(counts.relationships).reduce((a, b) => a + b, 0)).toBe(graph.rels.length);
    });

    it('returns the whole graph as a snapshot, property for property', async () => {
      const store = await open(dataset);
      const snap = await store.snapshot();
      const byKey = (rels: typeof snap.rels) => Object.fromEntries(rels.map((r) => [r.key, r]));
      expect(Object.fromEntries(snap.nodes.map((n) => [n.id, n]))).toEqual(Object.fromEntries(graph.nodes.map((n) => [n.id, n])));
      expect(byKey(snap.rels)).toEqual(byKey(graph.rels));
    });

    it('returns the nodes of some labels and the relationships of some types, as the snapshot has them', async () => {
      const store = await open(dataset);
      const part = await store.subgraph(['Firm', 'Cluster'], ['MEMBER_OF']);
      const byId = (nodes: typeof part.nodes) => Object.fromEntries(nodes.map((n) => [n.id, n]));
      expect(byId(part.nodes)).toEqual(byId(graph.nodes.filter((n) => n.label === 'Firm' || n.label === 'Cluster')));
      // One MEMBER_OF per firm with a cluster in the dataset rows.
      expect(part.rels.map((r) => `${r.from}>${r.to}`).sort()).toEqual(dataset.firms.filter((f) => f.cluster).map((f) => `${f.id}>${f.cluster}`).sort());
      expect((await store.subgraph(['Country'], [])).rels).toEqual([]);
    });

    it('answers the network view and its filters', async () => {
      const store = await open(dataset);
      const all = graphShape.parse(await store.graph({ view: 'network' }));
      expect(all.nodes).toHaveLength(dataset.firms.length + dataset.clusters.length);
      const tier1 = graphShape.parse(await store.graph({ view: 'network', tier: 'TIER1' }));
      expect(tier1.nodes.every((n) => n.label !== 'Firm' || n.role !== 'focus' || n.tier === 'TIER1')).toBe(true);
      await expect(store.graph({ view: 'network', cluster: 'no-such-cluster' })).rejects.toBeInstanceOf(AppError);
    });

    it('focuses on a cluster: its members, their supply partners as context, every link marked', async () => {
      const store = await open(dataset);
      // Expected from the dataset rows alone (the rule of server/store/views.ts, written out here).
      const cluster = [...dataset.clusters].sort((a, b) => dataset.supplies.filter((r) => dataset.firms.find((f) => f.id === r.supplier)?.cluster === b.id).length - dataset.supplies.filter((r) => dataset.firms.find((f) => f.id === r.supplier)?.cluster === a.id).length)[0]!.id;
      const members = new Set(dataset.firms.filter((f) => f.cluster === cluster).map((f) => f.id));
      const touching = dataset.supplies.filter((r) => members.has(r.supplier) || members.has(r.buyer));
      expect(touching.length).toBeGreaterThan(0);
      const partners = new Set(touching.flatMap((r) => [r.supplier, r.buyer]).filter((id) => !members.has(id)));
      for (const view of ['network', 'tiers', 'map'] as const) {
        const g = graphShape.parse(await store.graph({ view, cluster }));
        expect(g.focused).toBe(true);
        const firms = (role: string) => g.nodes.filter((n) => n.label === 'Firm' && n.role === role).map((n) => n.id).sort();
        expect(firms('focus')).toEqual([...members].sort());
        expect(firms('context')).toEqual([...partners].sort());
        const supplies = g.links.filter((l) => l.type === 'SUPPLIES');
        expect(supplies).toHaveLength(touching.length);
        const inside = touching.filter((r) => members.has(r.supplier) && members.has(r.buyer)).length;
        expect(supplies.filter((l) => l.role === 'focus')).toHaveLength(inside);
        expect(g.figures.supplyLinks).toMatchObject({ inside, outside: touching.length - inside });
        expect(g.figures.firms).toEqual({ focus: members.size, context: partners.size });
        if (view !== 'tiers') expect(g.nodes.find((n) => n.id === cluster)?.role).toBe('focus');
      }
    });

    it('lists the firms passing the firm filters, and names an unknown cluster or component', async () => {
      const store = await open(dataset);
      // Expected from the dataset rows alone: tier, province and cluster as the firm rows give them.
      const province = dataset.firms.find((f) => f.province)!.province;
      const cluster = dataset.clusters[0]!.id;
      for (const query of [{ tier: 'IKM' }, { province }, { cluster }, { cluster, tier: 'IKM' }, { tier: 'TIER1', province }, { tier: 'OEM', component: dataset.components[0]!.id }] as const) {
        const expected = dataset.firms.filter((f) => (!('tier' in query) || f.tier === query.tier) && (!('province' in query) || f.province === query.province) && (!('cluster' in query) || f.cluster === query.cluster));
        expect((await store.focusFirms(query)).sort(), JSON.stringify(query)).toEqual(expected.map((f) => f.id).sort());
      }
      for (const [field, query] of [['cluster', { cluster: 'no-such-cluster' }], ['component', { tier: 'IKM', component: 'no-such-component' }]] as const) {
        const error = await store.focusFirms(query).catch((e: unknown) => e);
        expect(error instanceof AppError && error.code === 'invalid_parameter' && (error.details as { field?: string }).field === field, field).toBe(true);
      }
    });

    it('presents an entity with its relationships, and null for an unknown id', async () => {
      const store = await open(dataset);
      const s = dataset.supplies[0]!;
      const e = entityShape.parse(await store.entity(s.buyer));
      expect(e.relationships.some((r) => r.type === 'SUPPLIES' && r.direction === 'in' && r.other.id === s.supplier)).toBe(true);
      expect(await store.entity('nothing-has-this-id')).toBeNull();
    });

    it('replaces the dataset whole', async () => {
      const store = await open(dataset);
      const other = smallDataset(12);
      await store.replace(other);
      expect((await store.counts()).nodes.Firm).toBe(other.firms.length);
      expect((await store.entity(other.supplies[0]!.supplier))?.relationships.length).toBeGreaterThan(0);
      await store.replace(dataset);
      expect((await store.counts()).relationships.SUPPLIES).toBe(dataset.supplies.length);
    });

    it('records what it holds: name, source, load time, counts and the content hash of the data', async () => {
      const store = await open(dataset);
      const other = smallDataset(12);
      const started = Date.now();
      await store.replace(other, { name: 'Sentra uji', source: 'contract test' });
      const info = datasetInfoShape.parse(await store.info());
      expect(info).toMatchObject({ name: 'Sentra uji', source: 'contract test', counts: await store.counts() });
      // The hash is computed here from the dataset, independently of the store.
      expect(info.hash).toBe(datasetHash(datasetToGraph(other)));
      expect(Date.parse(info.loadedAt!)).toBeGreaterThanOrEqual(started - 1000);
      await store.replace(dataset, 'by name only');
      expect(await store.info()).toMatchObject({ name: 'by name only', hash: datasetHash(graph) });
    });

    it('says a dataset is synthetic when every firm comes from rantai generate, and only then', async () => {
      const store = await open(dataset);
      // The helper's dataset is generated: every firm names the generator as its source.
      expect(dataset.firms.every((f) => f.source === 'synthetic (rantai generate)')).toBe(true);
      expect(datasetInfoShape.parse(await store.info()).synthetic).toBe(true);
      // One firm from elsewhere and it is not synthetic any more.
      await store.replace({ ...dataset, firms: dataset.firms.map((f, i) => (i === 0 ? { ...f, source: 'Kemenperin 2024' } : f)) }, 'mixed');
      expect((await store.info()).synthetic).toBe(false);
      await store.replace(dataset, 'back');
      expect((await store.info()).synthetic).toBe(true);
    });
  });
}
