// /api/analysis/metrics and /api/analysis/link-scores over a real server on the seed dataset,
// checked against NetworkX 3.6.1 values in test/fixtures/networkx/seed.json (made by
// `python3 scripts/fixtures/networkx_reference.py --supplies seed/indonesia/supplies.csv
//  --firms seed/indonesia/firms.csv --out seed.json`; the exact calls are stored in the file).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveStore } from '../helpers/server.ts';

interface Fixture {
  betweenness: { values: Record<string, number> };
  pagerank: { values: Record<string, number> };
  degree: { values: Record<string, number> };
  link_scores: { rows: Array<Record<string, number | string | boolean>> };
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/networkx/seed.json', import.meta.url), 'utf8')) as Fixture;

let server: RunningServer;
beforeAll(async () => {
  server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
});
afterAll(async () => server.close());

const post = async (path: string, body: unknown) => {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('GET /api/analysis/metrics', () => {
  it('equals NetworkX degree, betweenness (1e-9) and PageRank (1e-4) on the seed', async () => {
    const res = await fetch(`${server.url}/api/analysis/metrics`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { modularity: number; firms: Array<{ id: string; degree: number; betweenness: number; pagerank: number; community: number }> };
    expect(body.firms).toHaveLength(Object.keys(fixture.betweenness.values).length);
    for (const f of body.firms) {
      expect(f.degree).toBe(fixture.degree.values[f.id]);
      expect(Math.abs(f.betweenness - fixture.betweenness.values[f.id]!)).toBeLessThan(1e-9);
      expect(Math.abs(f.pagerank - fixture.pagerank.values[f.id]!)).toBeLessThan(1e-4);
    }
    expect(body.modularity).toBeGreaterThan(0);
  });

  it('refuses a bad seed with 400 naming the field', async () => {
    const res = await fetch(`${server.url}/api/analysis/metrics?seed=abc`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^seed/);
  });
});

describe('POST /api/analysis/link-scores', () => {
  const rows = fixture.link_scores.rows.slice(0, 200);
  it.each(['common-neighbors', 'jaccard', 'adamic-adar', 'resource-allocation', 'preferential-attachment'])('%s equals NetworkX within 1e-9', async (method) => {
    const { status, body } = await post('/api/analysis/link-scores', { method, pairs: rows.map((r) => [r.source, r.target]) });
    expect(status).toBe(200);
    const scores = body.scores as Array<{ score: number }>;
    scores.forEach((s, i) => expect(Math.abs(s.score - (rows[i]![method] as number))).toBeLessThan(1e-9));
  });

  it.each([
    [{ method: 'katz', pairs: [['f-tmmin', 'f-tpr']] }, 'method'],
    [{ method: 'jaccard', pairs: [] }, 'pairs'],
    [{ method: 'jaccard', pairs: [['f-tmmin', 'f-nobody']] }, 'f-nobody'],
    [{ method: 'jaccard', pairs: Array.from({ length: 10_001 }, () => ['f-tmmin', 'f-tpr']) }, 'pairs'],
  ])('answers 400 for %j', async (body, mention) => {
    const res = await post('/api/analysis/link-scores', body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(mention);
  });

  it('names a pair of one firm with itself, in English or in Bahasa Indonesia (?lang=id), same code and details', async () => {
    const body = { method: 'jaccard', pairs: [['f-tmmin', 'f-tmmin']] };
    const en = await post('/api/analysis/link-scores', body);
    const id = await post('/api/analysis/link-scores?lang=id', body);
    expect(en.status).toBe(400);
    expect(id.status).toBe(400);
    expect(en.body.error).toEqual({ code: 'invalid_parameter', message: 'pairs: a pair needs two different firms, got "f-tmmin" twice', details: { field: 'pairs', id: 'f-tmmin' } });
    expect(id.body.error).toEqual({
      code: 'invalid_parameter',
      message: 'pairs: sepasang harus terdiri atas dua perusahaan yang berbeda, tetapi "f-tmmin" disebut dua kali',
      details: { field: 'pairs', id: 'f-tmmin' },
    });
  });
});

describe('POST /api/complexity', () => {
  it('computes RCA by hand on a 2 × 2 table and names a missing column', async () => {
    // RCA(a,x) = (10/20) / (15/40) = 4/3 → M = 1; diversity(a) = 1 (only x has RCA ≥ 1).
    const csv = 'loc,prod,val\na,x,10\na,y,10\nb,x,5\nb,y,15\n';
    const { status, body } = await post('/api/complexity', { csv, location: 'loc', product: 'prod', value: 'val' });
    expect(status).toBe(200);
    const rows = body.rows as Array<Record<string, number | string>>;
    const ax = rows.find((r) => r.loc === 'a' && r.prod === 'x')!;
    expect(ax.rca).toBeCloseTo(4 / 3, 12);
    expect(ax.mcp).toBe(1);
    expect(ax.diversity).toBe(1);
    const bad = await post('/api/complexity', { csv, location: 'country', product: 'prod', value: 'val' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('country');
  });
});
