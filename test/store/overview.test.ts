// The overview of /api/graph (server/store/overview): on a dataset small enough to work out by
// hand, every node and link of the answer; on generated datasets, the grouped answer's totals
// (supply links, their value, members, import flows and records) equal the firm-level answer's and
// the dataset rows'; the `group=auto` rule (the seed keeps its firm-level answer exactly).
import { describe, expect, it } from 'vitest';
import { missingLinks } from '../../server/analysis/links/index.ts';
import { graphView } from '../../server/focus/index.ts';
import { readDataset, TIERS, type Dataset } from '../../server/model/index.ts';
import { chooseGrouping, EmbeddedStore, graphShape, OVERVIEW_FIRMS, type FirmStats, type GraphOut, type GraphQuery } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { handDataset } from '../links/hand-dataset.ts';
import { serveStore } from '../helpers/server.ts';

const VIEWS = ['network', 'tiers', 'map'] as const;
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

describe('overview on the hand dataset (test/links/hand-dataset.ts), group=cluster,TIER1', () => {
  // Worked out from the dataset's rows: IKM A and B are drawn as cluster k1, C as k2, D as k3, E as
  // k4; the tier-1 firms T and U (no province) as one node `group:TIER1:` at their mean longitude
  // (0.5 + 0.6) / 2 = 0.55; the OEM and buyer Y stay. Supplies per pair of drawn nodes:
  //   k1 → T1: A→T drum 50,000                             (1 link)
  //   T1 → OEM: T→OEM drum 60,000 + U→OEM bracket 12,000   (2 links, 72,000, main component drum)
  //   k2 → T1: C→U bracket 10,000 + C→T bracket 6,000      (2 links, 16,000, one component)
  //   k2 → Y: C→Y bracket 2,000; k3 → Y: D→Y hub 5,000; OEM → k4: OEM→E bracket 300
  // Imports (latest year per importer, component, origin): OEM hub JPN 2023 10,000; Y drum CHN
  // 2023 3,000 (2 records: 2022 and 2023); Y drum JPN 2023 500.
  const query = (view: GraphQuery['view']): GraphQuery => ({ view, group: 'cluster,TIER1' });

  it('draws the clusters with their members, one tier-1 node, the firms kept and the summed links', async () => {
    const store = new EmbeddedStore(handDataset());
    const g = graphShape.parse(await store.graph(query('tiers')));
    const nodes = Object.fromEntries(g.nodes.map((n) => [n.id, n]));
    expect(Object.keys(nodes).sort()).toEqual(['CHN', 'JPN', 'f-oem', 'f-y', 'group:TIER1:', 'k1', 'k2', 'k3', 'k4']);
    expect([nodes.k1!.members, nodes.k2!.members, nodes.k3!.members, nodes.k4!.members]).toEqual([2, 1, 1, 1]);
    expect(nodes['group:TIER1:']).toMatchObject({ label: 'Group', tier: 'TIER1', members: 2, lat: 0, lon: 0.55, role: 'focus' });
    // Links are ordered by id (`SUPPLIES:<source>><target>`), like every /api/graph answer.
    const supplies = g.links.filter((l) => l.type === 'SUPPLIES').map((l) => [l.source, l.target, l.links, l.valueUsd, l.component, l.components]);
    expect(supplies).toEqual([
      ['f-oem', 'k4', 1, 300, 'c-bracket', 1],
      ['group:TIER1:', 'f-oem', 2, 72000, 'c-drum', 2],
      ['k1', 'group:TIER1:', 1, 50000, 'c-drum', 1],
      ['k2', 'f-y', 1, 2000, 'c-bracket', 1],
      ['k2', 'group:TIER1:', 2, 16000, 'c-bracket', 1],
      ['k3', 'f-y', 1, 5000, 'c-hub', 1],
    ]);
    const imports = g.links.filter((l) => l.type === 'IMPORTS').map((l) => [l.source, l.target, l.flows, l.records, l.valueUsd, l.year]);
    expect(imports).toEqual([
      ['f-oem', 'JPN', 1, 1, 10000, 2023],
      ['f-y', 'CHN', 1, 2, 3000, 2023],
      ['f-y', 'JPN', 1, 1, 500, 2023],
    ]);
    // The whole dataset: 9 firms, 8 supply links worth 145,300, 3 import flows (4 records) worth 13,500.
    expect(g.figures).toEqual({
      firms: { focus: 9, context: 0 },
      clusters: { focus: 4, context: 0 },
      countries: { focus: 2, context: 0 },
      supplyLinks: { inside: 8, outside: 0, insideValueUsd: 145300, outsideValueUsd: 0 },
      importFlows: { flows: 3, focus: 3, context: 0, valueUsd: 13500, countries: 2, records: 4 },
      recommended: { shown: 0, total: 0 },
    });
    expect(g.grouping).toEqual({
      group: 'cluster,TIER1',
      auto: false,
      firms: 9,
      kept: 2,
      grouped: 7,
      clusters: 4,
      groups: 1,
      tiers: { OEM: { firms: 1, grouped: 0 }, TIER1: { firms: 2, grouped: 2 }, TIER2: { firms: 0, grouped: 0 }, IKM: { firms: 5, grouped: 5 }, BUYER: { firms: 1, grouped: 0 } },
    });
  });

  it('draws recommended links between the nodes their firms are drawn as', async () => {
    const store = new EmbeddedStore(handDataset());
    const g = await graphView(store, { ...query('network'), links: 'recommended' });
    const recommended = g.links.filter((l) => l.type === 'RECOMMENDED');
    expect(recommended.length).toBeGreaterThan(0);
    const firmOf: Record<string, string> = { 'f-a': 'k1', 'f-b': 'k1', 'f-c': 'k2', 'f-d': 'k3', 'f-e': 'k4', 'f-t': 'group:TIER1:', 'f-u': 'group:TIER1:' };
    for (const l of recommended) {
      expect(l.id).toBe(`${l.supplier}|${l.buyer}|${l.component}`);
      expect([l.source, l.target]).toEqual([firmOf[l.supplier!] ?? l.supplier, firmOf[l.buyer!] ?? l.buyer]);
    }
    expect(g.figures.recommended.shown).toBe(recommended.length);
  });
});

/** Expected from the dataset rows alone: per cluster its IKM members, and the whole dataset's supply totals. */
function rowsTotals(d: Dataset) {
  const members = new Map<string, number>();
  for (const f of d.firms) if (f.tier === 'IKM' && f.cluster) members.set(f.cluster, (members.get(f.cluster) ?? 0) + 1);
  return { members, supplies: d.supplies.length, value: sum(d.supplies.map((s) => s.value_usd ?? 0)), records: d.imports.length };
}

describe('overview totals equal the firm-level answer (generated, 5,000 firms)', () => {
  const dataset = generateDataset({ clusters: 30, firms: 5000, components: 200, seed: 3 });
  const store = new EmbeddedStore(dataset);
  const rows = rowsTotals(dataset);

  for (const group of ['cluster', 'cluster,TIER2', 'IKM,TIER1,BUYER', 'cluster,OEM,TIER1,TIER2,IKM,BUYER', 'auto'] as const) {
    it(`group=${group}`, async () => {
      for (const view of VIEWS) {
        const firm = await store.graph({ view });
        const g = graphShape.parse(await store.graph({ view, group }));
        expect(g.grouping, view).toBeDefined();
        const ids = new Set(g.nodes.map((n) => n.id));
        for (const l of g.links) expect(ids.has(l.source) && ids.has(l.target), `${view} ${l.id}`).toBe(true);
        // Supply links: every relationship counted once, the value summed (to the cent per pair).
        const supplies = g.links.filter((l) => l.type === 'SUPPLIES');
        expect(sum(supplies.map((l) => num(l.links)))).toBe(rows.supplies);
        expect(sum(supplies.map((l) => num(l.valueUsd)))).toBeCloseTo(rows.value, 0);
        expect(g.figures.supplyLinks.inside).toBe(firm.figures.supplyLinks.inside);
        expect(g.figures.supplyLinks.insideValueUsd).toBeCloseTo(firm.figures.supplyLinks.insideValueUsd, 2);
        // Firms: members of the clusters and province nodes plus the firms kept are every firm.
        const grouped = sum(g.nodes.filter((n) => n.label === 'Cluster' || n.label === 'Group').map((n) => num(n.members)));
        const kept = g.nodes.filter((n) => n.label === 'Firm').length;
        expect(grouped + kept).toBe(dataset.firms.length);
        expect(g.grouping).toMatchObject({ firms: dataset.firms.length, kept, grouped });
        expect(g.figures.firms).toEqual(firm.figures.firms);
        if (group.startsWith('cluster') || group === 'auto') {
          for (const n of g.nodes.filter((x) => x.label === 'Cluster')) expect(n.members, n.id).toBe(rows.members.get(n.id) ?? 0);
        }
        // Imports (tiers, map): flows, records and value of the firm-level answer.
        const imports = g.links.filter((l) => l.type === 'IMPORTS');
        expect(sum(imports.map((l) => num(l.flows)))).toBe(firm.figures.importFlows.flows);
        expect(sum(imports.map((l) => num(l.records)))).toBe(view === 'network' ? 0 : rows.records);
        expect(sum(imports.map((l) => num(l.valueUsd)))).toBeCloseTo(firm.figures.importFlows.valueUsd, 0);
        expect({ ...g.figures.importFlows, valueUsd: 0 }).toEqual({ ...firm.figures.importFlows, valueUsd: 0 });
        expect(g.figures.importFlows.valueUsd).toBeCloseTo(firm.figures.importFlows.valueUsd, 2);
        expect(g.figures.countries).toEqual(firm.figures.countries);
        // Far fewer nodes than firms.
        expect(g.nodes.length).toBeLessThan(firm.nodes.length / 3);
      }
    });
  }
});

describe('the countries of an unfocused view are the origins of its imports', () => {
  // A generated dataset with a world trade table has 60 countries: the 10 import origins of
  // imports.csv, and Indonesia and 49 synthetic exporters that are only in world_trade.csv. Tiers and
  // Map draw imports "entering from the origin countries": an exporter to the world is no origin.
  const dataset = generateDataset({ clusters: 12, firms: 1500, components: 60, seed: 5, trade: true });
  const store = new EmbeddedStore(dataset);
  const origins = [...new Set(dataset.imports.map((r) => r.country))].sort();

  it('firm level and grouped, Tiers and Map', async () => {
    expect(dataset.countries.length).toBe(60);
    expect(origins.length).toBe(10);
    for (const view of ['tiers', 'map'] as const) {
      for (const query of [{ view }, { view, group: 'cluster' as const }]) {
        const g = await store.graph(query);
        const countries = g.nodes.filter((n) => n.label === 'Country').map((n) => n.id).sort();
        expect(countries, JSON.stringify(query)).toEqual(origins);
        expect(g.figures.countries, JSON.stringify(query)).toEqual({ focus: origins.length, context: 0 });
        expect(g.figures.importFlows.countries).toBe(origins.length);
      }
    }
  });
});

describe('group=auto', () => {
  const stats = (counts: Partial<Record<string, [number, number]>>): FirmStats =>
    Object.fromEntries(TIERS.map((t) => [t, { firms: counts[t]?.[0] ?? 0, inCluster: counts[t]?.[1] ?? 0 }])) as FirmStats;

  it('groups clusters past 3,000 firms, and each tier still crowded by province', () => {
    // The national dataset's counts (rantai generate --firms 100000: firms.csv per tier).
    const national = stats({ OEM: [100, 0], BUYER: [200, 0], TIER1: [1000, 0], TIER2: [3000, 0], IKM: [95700, 95700] });
    expect(chooseGrouping('auto', false, national)).toEqual({ clusters: true, tiers: ['TIER1', 'TIER2'], auto: true });
    expect(chooseGrouping('auto', true, national)).toBeNull();
    expect(chooseGrouping('auto', false, stats({ IKM: [OVERVIEW_FIRMS, OVERVIEW_FIRMS] }))).toBeNull();
    expect(chooseGrouping('auto', false, stats({ IKM: [OVERVIEW_FIRMS + 1, OVERVIEW_FIRMS + 1] }))).toEqual({ clusters: true, tiers: [], auto: true });
    // IKM outside clusters count as crowded too.
    expect(chooseGrouping('auto', false, stats({ IKM: [5000, 4000] }))?.tiers).toEqual(['IKM']);
    expect(chooseGrouping('cluster,TIER2', true)).toBeNull();
    expect(chooseGrouping(undefined, false)).toBeNull();
    expect(chooseGrouping('firm', false)).toBeNull();
  });

  it('keeps the seed, a dataset of 3,000 firms and every focused view at firm level, identical to no group', async () => {
    const seed = new EmbeddedStore(await readDataset('seed/indonesia'));
    const small = new EmbeddedStore(generateDataset({ clusters: 10, firms: OVERVIEW_FIRMS, components: 60, seed: 4 }));
    for (const store of [seed, small]) {
      for (const view of VIEWS) {
        expect(await store.graph({ view, group: 'auto' })).toEqual(await store.graph({ view }));
        expect(await store.graph({ view, tier: 'OEM', group: 'cluster' })).toEqual(await store.graph({ view, tier: 'OEM' }));
      }
    }
    const big = new EmbeddedStore(generateDataset({ clusters: 10, firms: OVERVIEW_FIRMS + 1, components: 60, seed: 4 }));
    const g: GraphOut = await big.graph({ view: 'network', group: 'auto' });
    expect(g.grouping).toMatchObject({ group: 'cluster', auto: true, firms: OVERVIEW_FIRMS + 1 });
  });
});

describe('GET /api/graph?group=', () => {
  it('answers an overview, and names the parameter when the value is not one', async () => {
    const server = await serveStore(new EmbeddedStore(handDataset()));
    try {
      const ok = await fetch(`${server.url}/api/graph?view=map&group=cluster,TIER1`);
      expect(ok.status).toBe(200);
      const body = graphShape.parse(await ok.json());
      expect(body.grouping?.group).toBe('cluster,TIER1');
      const bad = await fetch(`${server.url}/api/graph?group=clusters`);
      expect(bad.status).toBe(400);
      const error = ((await bad.json()) as { error: { code: string; message: string } }).error;
      expect(error.code).toBe('invalid_parameter');
      expect(error.message).toMatch(/^group: must be "firm", "auto" or a comma-separated list of cluster, OEM, TIER1, TIER2, IKM, BUYER/);
    } finally {
      await server.close();
    }
  });
});

describe('overview after replace()', () => {
  // The store keeps each firm's cluster and the firms per tier per data version: an overview after
  // a replace must be the new dataset's, the same as a fresh store's (and not the first one's).
  it('is the new dataset’s overview', async () => {
    const store = new EmbeddedStore(generateDataset({ clusters: 6, firms: 400, components: 20, seed: 3 }));
    const query: GraphQuery = { view: 'network', group: 'cluster,TIER1' };
    const before = await store.graph(query);
    await store.replace(handDataset());
    const after = await store.graph(query);
    expect(after).toEqual(await new EmbeddedStore(handDataset()).graph(query));
    expect(after).not.toEqual(before);
    // The hand dataset's five IKM firms, in clusters k1 (A, B), k2, k3 and k4 (test/links/hand-dataset.ts).
    expect(after.grouping?.tiers.IKM).toEqual({ firms: 5, grouped: 5 });
  });
});

describe('overview bases kept by the embedded store', () => {
  // The store keeps an overview's base (everything but the drawn ends of a pin or recommended links)
  // per grouping and view, the last four used: every answer must be a fresh store's.
  it('draws a pin on a kept base as a fresh store does, across views and more groupings than it keeps', async () => {
    const seed = await readDataset('seed/indonesia');
    const store = new EmbeddedStore(seed);
    const fresh = (query: GraphQuery, extras = {}) => new EmbeddedStore(seed).graph(query, extras);
    const query: GraphQuery = { view: 'network', group: 'cluster,TIER1' };
    const plain = await store.graph(query);
    // The seed's best missing link from a Ceper firm (an IKM member, drawn as its cluster here).
    const rec = (await missingLinks(store, { cluster: 'cl-ceper', limit: 1 })).recommendations[0]!;
    const pinned = { supplier: rec.supplier.id, buyer: rec.buyer.id, component: rec.component.id, rank: 1, score: rec.score, sentence: rec.sentence };
    const withPin = await store.graph(query, { pinned });
    expect(withPin).toEqual(await fresh(query, { pinned }));
    expect(withPin.links.filter((l) => l.type === 'RECOMMENDED').map((l) => l.source)).toEqual(['cl-ceper']);
    expect(await store.graph(query)).toEqual(plain);
    for (const group of ['cluster', 'TIER1', 'TIER2', 'cluster,TIER2', 'IKM', 'cluster,TIER1']) {
      for (const view of VIEWS) expect(await store.graph({ view, group }, { pinned })).toEqual(await fresh({ view, group }, { pinned }));
    }
  });
});
