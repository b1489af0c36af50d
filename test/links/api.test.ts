// GET /api/analysis/missing-links and GET /api/analysis/risk over a real server on the seed
// dataset: answers parse with the published shapes, filters work (the tier and province ones
// against seed/indonesia/firms.csv read here), bad input answers 400 naming the field. Also the bad-input cases of POST /api/analysis/link-scores that test/api/network-routes
// does not check (malformed and self pairs, missing or unknown fields, ids that are not firms).
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingLinksOutShape } from '../../server/analysis/links/index.ts';
import { riskOutShape } from '../../server/analysis/risk/index.ts';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveStore } from '../helpers/server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
});
afterAll(async () => server.close());

const get = async (path: string) => {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } & Record<string, unknown> };
};

describe('GET /api/analysis/missing-links', () => {
  it('answers the published shape, 50 recommendations by default, best first', async () => {
    const { status, body } = await get('/api/analysis/missing-links');
    expect(status).toBe(200);
    const out = missingLinksOutShape.parse(body);
    expect(out.recommendations).toHaveLength(50);
    expect(out.total).toBeGreaterThan(50);
    expect(out.recommendations.map((r) => r.rank)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(out.clustersWithoutOemPath.map((c) => c.cluster)).toEqual(['cl-semarang', 'cl-sukabumi', 'cl-yogyakarta']);
  });

  it('filters by buyer, cluster and component together', async () => {
    const { status, body } = await get('/api/analysis/missing-links?buyer=f-jasa-marga&cluster=cl-ceper&component=c-manhole-cover&limit=5');
    expect(status).toBe(200);
    const out = missingLinksOutShape.parse(body);
    expect(out.filters).toEqual({ buyer: 'f-jasa-marga', cluster: 'cl-ceper', component: 'c-manhole-cover', tier: null, province: null, limit: 5 });
    expect(out.recommendations.length).toBeGreaterThan(0);
    for (const r of out.recommendations) {
      expect([r.buyer.id, r.supplier.cluster?.id, r.component.id]).toEqual(['f-jasa-marga', 'cl-ceper', 'c-manhole-cover']);
    }
  });

  it('keeps the candidates with an end of the tier and province asked for, ranked among themselves', async () => {
    // The firms of each tier and province, from firms.csv itself.
    const csv = parse(await readFile(new URL('../../seed/indonesia/firms.csv', import.meta.url), 'utf8'), { columns: true }) as Array<{ id: string; tier: string; province: string }>;
    const all = missingLinksOutShape.parse((await get('/api/analysis/missing-links?limit=1000')).body);
    for (const [query, keep] of [
      ['province=Jawa%20Tengah', (r: { province: string }) => r.province === 'Jawa Tengah'],
      ['tier=TIER1', (r: { tier: string }) => r.tier === 'TIER1'],
      ['tier=IKM&province=Jawa%20Timur', (r: { tier: string; province: string }) => r.tier === 'IKM' && r.province === 'Jawa Timur'],
    ] as const) {
      const firms = new Set(csv.filter((r) => keep(r)).map((r) => r.id));
      const { status, body } = await get(`/api/analysis/missing-links?${query}&limit=1000`);
      expect(status).toBe(200);
      const out = missingLinksOutShape.parse(body);
      // The whole ranking's candidates with an end among those firms, in its order, ranked 1, 2, … among themselves.
      const expected = all.recommendations.filter((r) => firms.has(r.supplier.id) || firms.has(r.buyer.id));
      expect(all.total).toBeLessThanOrEqual(1000);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.recommendations.length);
      expect(out.total, query).toBe(expected.length);
      expect(out.recommendations.map((r) => `${r.supplier.id}|${r.buyer.id}|${r.component.id}`), query).toEqual(expected.map((r) => `${r.supplier.id}|${r.buyer.id}|${r.component.id}`));
      expect(out.recommendations.map((r) => r.rank)).toEqual(expected.map((_r, i) => i + 1));
    }
    expect(missingLinksOutShape.parse((await get('/api/analysis/missing-links?tier=IKM&province=Jawa%20Timur')).body).filters).toMatchObject({ tier: 'IKM', province: 'Jawa Timur' });
    // Case is not significant: the province as the dataset writes it, and the same answer.
    const lower = missingLinksOutShape.parse((await get('/api/analysis/missing-links?tier=IKM&province=jawa%20timur')).body);
    expect(lower.filters).toMatchObject({ province: 'Jawa Timur' });
    expect(lower.total).toBe(missingLinksOutShape.parse((await get('/api/analysis/missing-links?tier=IKM&province=Jawa%20Timur')).body).total);
    // A province no firm or cluster is located in is a 400 (it was an empty answer).
    const unknown = await get('/api/analysis/missing-links?province=Atlantis&lang=id');
    expect(unknown.status).toBe(400);
    expect((unknown.body as { error: { code: string; message: string } }).error.message).toMatch(/^province: tidak ada perusahaan atau sentra dalam data yang berlokasi di "Atlantis"; provinsi yang ada: Banten, /);
  });

  it.each([
    ['tier=SUPPLIER', 'tier'],
    ['province=', 'province'],
    ['buyer=f-nobody', 'buyer'],
    ['buyer=cl-ceper', 'buyer'],
    ['buyer=', 'buyer'],
    ['buyer=f-kai&buyer=f-inka', 'buyer'],
    ['cluster=f-kbj', 'cluster'],
    ['cluster=cl-nowhere', 'cluster'],
    ['component=c-nothing', 'component'],
    ['component=f-kai', 'component'],
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=-3', 'limit'],
    ['limit=2.5', 'limit'],
    ['limit=many', 'limit'],
    ['supplier=f-kbj', 'supplier'],
  ])('answers 400 naming the field for ?%s', async (query, field) => {
    const { status, body } = await get(`/api/analysis/missing-links?${query}`);
    expect(status).toBe(400);
    expect(body.error!.code).toBe('invalid_parameter');
    expect(body.error!.message.startsWith(`${field}:`)).toBe(true);
  });
});

describe('GET /api/analysis/risk', () => {
  it('answers the published shape', async () => {
    const { status, body } = await get('/api/analysis/risk');
    expect(status).toBe(200);
    const out = riskOutShape.parse(body);
    expect(out.singleSource.some((s) => s.supplier.id === 'f-kbj' && s.buyer.id === 'f-kai')).toBe(true);
    expect(out.failureImpact[0]!.rank).toBe(1);
  });

  it('refuses unknown query parameters with 400 naming them', async () => {
    const { status, body } = await get('/api/analysis/risk?firm=f-kbj');
    expect(status).toBe(400);
    expect(body.error!.message.startsWith('firm:')).toBe(true);
  });
});

describe('POST /api/analysis/link-scores bad input', () => {
  const post = async (body: unknown) => {
    const res = await fetch(`${server.url}/api/analysis/link-scores`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as { error: { code: string; message: string } } };
  };

  it.each([
    [{ pairs: [['f-tmmin', 'f-tpr']] }, 'method'],
    [{ method: 7, pairs: [['f-tmmin', 'f-tpr']] }, 'method'],
    [{ method: 'katz', pairs: [['f-tmmin', 'f-tpr']] }, 'method'],
    [{ method: 'jaccard' }, 'pairs'],
    [{ method: 'jaccard', pairs: 'f-tmmin,f-tpr' }, 'pairs'],
    [{ method: 'jaccard', pairs: [] }, 'pairs'],
    [{ method: 'jaccard', pairs: Array.from({ length: 10_001 }, () => ['f-tmmin', 'f-tpr']) }, 'pairs'],
    [{ method: 'jaccard', pairs: [['f-tmmin']] }, 'pairs.0'],
    [{ method: 'jaccard', pairs: [['f-tmmin', 'f-tpr', 'f-kbj']] }, 'pairs.0'],
    [{ method: 'jaccard', pairs: [['f-tmmin', 5]] }, 'pairs.0.1'],
    [{ method: 'jaccard', pairs: [['f-tmmin', 'f-tmmin']] }, 'pairs'],
    [{ method: 'jaccard', pairs: [['f-tmmin', 'f-nobody']] }, 'pairs'],
    [{ method: 'jaccard', pairs: [['cl-ceper', 'f-tpr']] }, 'pairs'],
    [{ method: 'jaccard', pairs: [['f-tmmin', 'f-tpr']], weight: 1 }, 'weight'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_parameter');
    expect(res.body.error.message.startsWith(`${field}:`)).toBe(true);
  });
});
