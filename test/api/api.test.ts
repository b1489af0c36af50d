// The HTTP API over a real server (embedded store on a generated dataset): shapes, filters and
// the error shape for bad ids and parameters. The contract suite repeats these against Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { healthShape } from '../../server/api/index.ts';
import { EmbeddedStore, entityShape, graphShape } from '../../server/store/index.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { getJson, serveStore } from '../helpers/server.ts';

const dataset = smallDataset();
let server: RunningServer;

beforeAll(async () => {
  server = await serveStore(new EmbeddedStore(dataset));
});
afterAll(async () => server.close());

const errorShape = (body: unknown) => (body as { error: { code: string; message: string } }).error;

describe('GET /api/health', () => {
  it('reports the store and counts that match the dataset', async () => {
    const { status, body } = await getJson(`${server.url}/api/health`);
    expect(status).toBe(200);
    const health = healthShape.parse(body);
    expect(health.store).toBe('embedded');
    expect(health.counts.nodes.Firm).toBe(dataset.firms.length);
    expect(health.counts.nodes.Cluster).toBe(dataset.clusters.length);
    expect(health.counts.relationships.SUPPLIES).toBe(dataset.supplies.length);
    expect(health.counts.relationships.IMPORTS).toBe(dataset.imports.length);
    // WORKS is one per distinct (firm, material) among capabilities.
    expect(health.counts.relationships.WORKS).toBe(new Set(dataset.capabilities.filter((c) => c.material).map((c) => `${c.firm}|${c.material}`)).size);
  });

  it('sends security headers', async () => {
    const { headers } = await getJson(`${server.url}/api/health`);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(headers.get('x-powered-by')).toBeNull();
  });
});

describe('GET /api/graph', () => {
  it('returns every firm and cluster, and supplies and membership links', async () => {
    const { status, body } = await getJson(`${server.url}/api/graph`);
    expect(status).toBe(200);
    const g = graphShape.parse(body);
    expect(g.nodes.filter((n) => n.label === 'Firm')).toHaveLength(dataset.firms.length);
    expect(g.nodes.filter((n) => n.label === 'Cluster')).toHaveLength(dataset.clusters.length);
    expect(g.links.filter((l) => l.type === 'SUPPLIES')).toHaveLength(dataset.supplies.length);
    expect(g.links.filter((l) => l.type === 'MEMBER_OF')).toHaveLength(dataset.firms.filter((f) => f.cluster).length);
    const ids = g.nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('filters by tier, cluster and component', async () => {
    const tier = graphShape.parse((await getJson(`${server.url}/api/graph?tier=TIER1`)).body);
    // A filter focuses: the matching firms are `focus`, their supply partners `context` (views.ts).
    const firms = tier.nodes.filter((n) => n.label === 'Firm' && n.role === 'focus');
    expect(firms.length).toBe(dataset.firms.filter((f) => f.tier === 'TIER1').length);
    expect(tier.nodes.filter((n) => n.role === 'context').every((n) => n.tier !== 'TIER1')).toBe(true);
    const cluster = dataset.clusters[0]!.id;
    const members = graphShape.parse((await getJson(`${server.url}/api/graph?cluster=${cluster}`)).body);
    expect(members.nodes.filter((n) => n.label === 'Firm' && n.role === 'focus').map((n) => n.id).sort()).toEqual(dataset.firms.filter((f) => f.cluster === cluster).map((f) => f.id).sort());
    const component = dataset.supplies[0]!.component;
    const comp = graphShape.parse((await getJson(`${server.url}/api/graph?view=tiers&component=${component}`)).body);
    expect(comp.links.length).toBeGreaterThan(0);
    expect(comp.links.every((l) => l.component === component)).toBe(true);
    // A province, in any case and spacing: its firms are the focus.
    const province = dataset.firms.find((f) => f.province)!.province!;
    const inProvince = dataset.firms.filter((f) => f.province === province).map((f) => f.id).sort();
    for (const asked of [province, `  ${province.toUpperCase()} `]) {
      const g = graphShape.parse((await getJson(`${server.url}/api/graph?province=${encodeURIComponent(asked)}`)).body);
      expect(g.nodes.filter((n) => n.label === 'Firm' && n.role === 'focus').map((n) => n.id).sort(), asked).toEqual(inProvince);
    }
  });

  it.each([
    ['view=cube', 'view'],
    ['tier=TIER9', 'tier'],
    ['cluster=nowhere', 'cluster'],
    ['component=c-nothing', 'component'],
    ['colour=red', 'colour'],
    ['tier=OEM&tier=IKM', 'tier'],
    ['province=Atlantis', 'province'],
  ])('answers 400 with the error shape for %s', async (query, field) => {
    const { status, body } = await getJson(`${server.url}/api/graph?${query}`);
    expect(status).toBe(400);
    expect(errorShape(body).code).toBe('invalid_parameter');
    expect(errorShape(body).message.startsWith(field)).toBe(true);
  });
});

describe('GET /api/entities/:id', () => {
  it('returns a firm with its relationships and provenance', async () => {
    const s = dataset.supplies[0]!;
    const { status, body } = await getJson(`${server.url}/api/entities/${s.supplier}`);
    expect(status).toBe(200);
    const e = entityShape.parse(body);
    expect(e.label).toBe('Firm');
    expect(e.properties.source).toBe('synthetic (rantai generate)');
    expect(e.properties.estimate).toBe(true);
    const supply = e.relationships.find((r) => r.type === 'SUPPLIES' && r.direction === 'out' && r.other.id === s.buyer && r.properties.component === s.component);
    expect(supply?.properties.valueUsd).toBe(s.value_usd);
  });

  it('answers 404 for an unknown id and 404 JSON for an unknown route', async () => {
    const missing = await getJson(`${server.url}/api/entities/no-such-firm`);
    expect(missing.status).toBe(404);
    expect(errorShape(missing.body).code).toBe('unknown_id');
    const route = await getJson(`${server.url}/api/nothing-here`);
    expect(route.status).toBe(404);
    expect(errorShape(route.body).code).toBe('not_found');
  });

  it('answers 400 for malformed JSON bodies rather than 500', async () => {
    const res = await fetch(`${server.url}/api/analysis/link-scores`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(res.status).toBe(400);
    expect(errorShape(await res.json()).code).toBe('invalid_request');
  });
});
