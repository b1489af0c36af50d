// The complexity routes over a real HTTP server: POST /api/complexity warns with codes when the
// table is disconnected (a hand-made table whose blocks and presence are worked out below) and not
// on the py-ecomplexity sample; GET /api/analysis/complexity on the seed says ECI is not defined
// and ranks only within the block large enough (values from NumPy, see below), and on a connected
// generated dataset gives the same ECI as POST /api/complexity on the table built here by hand.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterComplexityOut } from '../../server/analysis/cluster-complexity/index.ts';
import { computeComplexity, OFF_THREAD_MIN_CSV } from '../../server/analysis/complexity/index.ts';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { serveStore } from '../helpers/server.ts';
import { bodyEtag } from '../../server/work/answer.ts';

let seed: RunningServer;
let small: RunningServer;
let seedData: Dataset;
beforeAll(async () => {
  seedData = await readDataset('seed/indonesia');
  seed = await serveStore(new EmbeddedStore(seedData));
  small = await serveStore(new EmbeddedStore(smallDataset(1)));
});
afterAll(async () => {
  await seed?.close();
  await small?.close();
});

interface Answer {
  status: number;
  body: Record<string, unknown> & { warnings?: Array<Record<string, unknown>>; rows?: Array<Record<string, unknown>> };
}
const post = async (server: RunningServer, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
};
const get = async <T>(server: RunningServer, path: string): Promise<{ status: number; body: T }> => {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as T };
};

// Block A (a1 a2 a3 × p1 p2 p3, nested as in structure.test.ts), B (b1 × q1 q2), C (c1 c2 × r1).
const CELLS: Array<[string, string, number]> = [
  ['a1', 'p1', 6], ['a1', 'p2', 6], ['a1', 'p3', 1], ['a2', 'p1', 6], ['a2', 'p2', 8], ['a3', 'p1', 1],
  ['b1', 'q1', 16], ['b1', 'q2', 15], ['c1', 'r1', 15], ['c2', 'r1', 16],
];
const CSV = ['loc,prod,val', ...CELLS.map((c) => c.join(','))].join('\n');

describe('POST /api/complexity', () => {
  it('has RCA ≥ 1 exactly on the given cells (worked out here), so M is the three blocks', () => {
    // RCA(c,p) = (X_cp / X_c) / (X_p / X): every given cell must reach 1, the others are 0.
    const total = CELLS.reduce((s, c) => s + c[2], 0);
    const byLoc = new Map<string, number>();
    const byProd = new Map<string, number>();
    for (const [l, p, v] of CELLS) {
      byLoc.set(l, (byLoc.get(l) ?? 0) + v);
      byProd.set(p, (byProd.get(p) ?? 0) + v);
    }
    for (const [l, p, v] of CELLS) expect(v / byLoc.get(l)! / (byProd.get(p)! / total)).toBeGreaterThanOrEqual(1);
  });

  it('warns that the table is disconnected, names the blocks, and leaves the rows as the package computes them', async () => {
    const { status, body } = await post(seed, '/api/complexity', { csv: CSV, location: 'loc', product: 'prod', value: 'val' });
    expect(status).toBe(200);
    expect(body.warnings).toEqual([
      {
        code: 'disconnected',
        message: expect.stringMatching(/^All rows: .* split into 3 disconnected blocks \(locations × products: 3 × 3, 2 × 1, 1 × 2\); .*rank nothing: .*larger table\.$/),
        year: null,
        blocks: [
          { locations: ['a1', 'a2', 'a3'], products: ['p1', 'p2', 'p3'] },
          { locations: ['c1', 'c2'], products: ['r1'] },
          { locations: ['b1'], products: ['q1', 'q2'] },
        ],
      },
    ]);
    const rows = computeComplexity(CELLS.map(([location, product, value]) => ({ location, product, value })));
    expect(body.rows!.map((r) => [r.loc, r.prod, r.eci, r.pci, r.density])).toEqual(rows.map((r) => [r.location, r.product, r.eci, r.pci, r.density]));
  });

  it('writes the warning in Bahasa Indonesia for lang=id or Accept-Language id-ID', async () => {
    const byQuery = await post(seed, '/api/complexity?lang=id', { csv: CSV, location: 'loc', product: 'prod', value: 'val' });
    const byHeader = await post(seed, '/api/complexity', { csv: CSV, location: 'loc', product: 'prod', value: 'val' }, { 'accept-language': 'id-ID,id;q=0.9,en;q=0.5' });
    for (const { body } of [byQuery, byHeader]) {
      expect(body.warnings![0]!.code).toBe('disconnected');
      expect(body.warnings![0]!.message).toMatch(/^Semua baris: lokasi dan produk yang memiliki keunggulan komparatif \(M = 1\) terpecah menjadi 3 blok/);
    }
    const bad = await post(seed, '/api/complexity?lang=fr', { csv: CSV, location: 'loc', product: 'prod', value: 'val' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('lang');
  });

  it('gives no warning on the py-ecomplexity sample and the Stata values', async () => {
    const csv = readFileSync(fileURLToPath(new URL('../fixtures/ecomplexity/trade_data_sample.csv', import.meta.url)), 'utf8');
    const { status, body } = await post(seed, '/api/complexity', { csv, location: 'origin', product: 'hs92', value: 'export_val', year: 'year' });
    expect(status).toBe(200);
    expect(body.warnings).toEqual([]);
    // Stata (test/fixtures/ecomplexity/stata_single_year_1995.csv): 1995, aut → eci 1.073207217992253.
    const aut = body.rows!.find((r) => r.year === '1995' && r.origin === 'aut')!;
    expect(aut.eci as number).toBeCloseTo(1.073207217992253, 10);
  });
});

describe('POST /api/complexity refuses a table too large to compute', () => {
  // 3,000 locations × 3,000 products in a 171 kB body: 9,000,000 cells, which ran the server out
  // of memory (the answer alone is a row per cell). Each location has 4 of the products.
  const n = 3000;
  const rows = Array.from({ length: 4 * n }, (_, i) => `L${i % n},P${(i * 7919 + 13) % n},1`);
  const csv = ['l,p,v', ...rows].join('\n');
  const body = { csv, location: 'l', product: 'p', value: 'v' };

  it('413 naming csv, the table and the limit, in both languages, and the server answers next', async () => {
    const en = await post(small, '/api/complexity', body);
    expect(en.status).toBe(413);
    const error = (a: Answer) => a.body.error as { code: string; message: string; details: Record<string, unknown> };
    expect(error(en).code).toBe('payload_too_large');
    expect(error(en).message).toBe(
      'csv: the table has 3,000 locations and 3,000 products, 9,000,000 location × product cells to compute over its years; one request computes at most 400,000: send fewer locations or products, or run `rantai complexity` on your own machine',
    );
    expect(error(en).details).toMatchObject({ field: 'csv', locations: 3000, products: 3000, cells: 9_000_000, max: 400_000 });
    const id = await post(small, '/api/complexity?lang=id', body);
    expect(id.status).toBe(413);
    expect(error(id).message).toContain('csv: tabel berisi 3.000 lokasi dan 3.000 produk, 9.000.000 sel lokasi × produk');
    expect((await get(small, '/api/health')).status).toBe(200);
  });

  it('computes a table at the limit: 400 locations × 1,000 products', async () => {
    // 400 × 1,000 = 400,000 cells, every location making 3 products.
    const fit = ['l,p,v', ...Array.from({ length: 1200 }, (_, i) => `L${i % 400},P${(i * 7) % 1000},${1 + (i % 5)}`)].join('\n');
    const r = await post(small, '/api/complexity', { csv: fit, location: 'l', product: 'p', value: 'v' });
    expect(r.status).toBe(200);
    expect(r.body.rows).toHaveLength(400_000);
  }, 120_000);

  it('answers a CSV large enough for the worker thread (analysis/complexity/off-thread.ts) as the package computes it, with an ETag', async () => {
    // 60 locations × 400 products, a third present: over OFF_THREAD_MIN_CSV characters.
    const cells = Array.from({ length: 60 * 400 }, (_, i) => ({ location: `Location ${i % 60}`, product: `Product ${Math.floor(i / 60)}`, value: (i * 7919) % 3 === 0 ? 1 + (i % 97) : 0 }));
    const csv = ['l,p,v', ...cells.map((c) => `${c.location},${c.product},${c.value}`)].join('\n');
    expect(csv.length).toBeGreaterThanOrEqual(OFF_THREAD_MIN_CSV);
    const res = await fetch(`${small.url}/api/complexity`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ csv, location: 'l', product: 'p', value: 'v' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    // The server's ETag of the answer's bytes (work/answer.ts bodyEtag), as on every other answer.
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get('etag')).toBe(bodyEtag(bytes));
    const body = JSON.parse(new TextDecoder().decode(bytes)) as { rows: Array<Record<string, unknown>> };
    const expected = computeComplexity(cells);
    expect(body.rows).toHaveLength(expected.length);
    expect(body.rows.map((r) => [r.l, r.p, r.eci, r.density])).toEqual(expected.map((r) => [r.location, r.product, r.eci, r.density]));
  }, 60_000);
});

describe('GET /api/analysis/complexity on the seed', () => {
  // The seed's table has 8 clusters (Sukabumi's members make nothing with a price) and 27
  // components. Its presence matrix, computed with NumPy from seed/indonesia/{firms,components,
  // makes}.csv and split with networkx.connected_components, has three blocks: six clusters × 21
  // components, Jabodetabek × 3 and Purbalingga × 3. ECI within the first block, from numpy.linalg.eigh
  // on D^-½ M U⁻¹ Mᵀ D^-½ of the block, sign by corr(diversity, kc), normalised as Stata over the
  // block's 6 × 21 table.
  const WITHIN = {
    'cl-yogyakarta': 1.1086661467701615,
    'cl-ceper': 0.9354118985937014,
    'cl-pasuruan': 0.7541899991745994,
    'cl-semarang': -0.30837806551477814,
    'cl-tegal': -1.039312711659869,
    'cl-waru': -1.4505772673638149,
  };

  it('says ECI is not defined, ranks nothing across blocks, and ranks within the large block', async () => {
    const { status, body } = await get<ClusterComplexityOut>(seed, '/api/analysis/complexity');
    expect(status).toBe(200);
    expect(body.table).toMatchObject({ clusters: 8, components: 27 });
    expect(body.leftOut.map((c) => c.id)).toEqual(['cl-sukabumi']);
    expect(body.defined).toBe(false);
    expect(body.warnings.map((w) => w.code)).toEqual(['disconnected']);
    expect(body.blocks.map((b) => [[...b.clusters].sort(), b.components.length, b.status])).toEqual([
      [Object.keys(WITHIN).sort(), 21, 'ranked'],
      [['cl-jabodetabek'], 3, 'too-small'],
      [['cl-purbalingga'], 3, 'too-small'],
    ]);
    // Nothing of the whole table is presented: no ECI, no PCI, no COG.
    expect(body.clusters.every((c) => c.eci === null)).toBe(true);
    expect(body.components.every((c) => c.pci === null)).toBe(true);
    expect(body.opportunities.every((o) => o.cog === null)).toBe(true);
    for (const c of body.clusters) {
      if (c.id in WITHIN) {
        expect(c.block).toBe(0);
        expect(c.blockEci!).toBeCloseTo(WITHIN[c.id as keyof typeof WITHIN], 10);
      } else expect([c.blockEci, c.rank]).toEqual([null, null]);
    }
    // Ranks 1–6 within the block, no ties (the values differ), in ECI order.
    const ranked = body.clusters.filter((c) => c.rank !== null);
    expect(ranked.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ranked.some((c) => c.tied)).toBe(false);
    expect(ranked.map((c) => c.id)).toEqual(Object.entries(WITHIN).sort((a, b) => b[1] - a[1]).map(([id]) => id));
    // Components made by exactly the same clusters tie, and are marked so (appliance, motorcycle
    // and chassis brackets are made with an advantage by Tegal and Waru only).
    const brackets = body.components.filter((c) => ['c-appliance-bracket', 'c-bracket-mc', 'c-chassis-bracket'].includes(c.id));
    expect(new Set(brackets.map((c) => c.rank)).size).toBe(1);
    expect(brackets.every((c) => c.tied)).toBe(true);
  });

  it('answers at most `limit` opportunities per cluster, densest first, and Indonesian warnings', async () => {
    const { body } = await get<ClusterComplexityOut>(seed, '/api/analysis/complexity?limit=2&lang=id');
    const perCluster = new Map<string, number[]>();
    for (const o of body.opportunities) perCluster.set(o.cluster, [...(perCluster.get(o.cluster) ?? []), o.density]);
    for (const densities of perCluster.values()) {
      expect(densities.length).toBeLessThanOrEqual(2);
      expect(densities).toEqual([...densities].sort((a, b) => b - a));
    }
    expect(body.warnings[0]!.message).toMatch(/terpecah menjadi 3 blok/);
  });

  it.each([['limit=0', 'limit'], ['limit=101', 'limit'], ['lang=fr', 'lang'], ['cluster=cl-ceper', 'cluster'], ['component=', 'component'], [`component=${'x'.repeat(201)}`, 'component']])('answers 400 for %s', async (query, mention) => {
    const { status, body } = await get<unknown>(seed, `/api/analysis/complexity?${query}`);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain(mention);
  });

  it('answers 400 naming the field for a component id that names no component (a cluster id, a typo), in both languages', async () => {
    for (const id of ['cl-ceper', 'c-brake-blok-typo']) {
      const { status, body } = await get<{ error: { code: string; message: string; details: unknown } }>(seed, `/api/analysis/complexity?component=${id}`);
      expect(status).toBe(400);
      expect(body.error).toEqual({ code: 'invalid_parameter', message: `component: no component has id "${id}"`, details: { field: 'component', id } });
    }
    const id = await get<{ error: { message: string } }>(seed, '/api/analysis/complexity?component=nope&lang=id');
    expect(id.body.error.message).toBe('component: tidak ada komponen dengan id "nope"');
    // A component no cluster makes is still an answer: every seed component is made, so the control is one that is.
    const made = seedData.makes[0]!.component;
    expect((await get<ClusterComplexityOut>(seed, `/api/analysis/complexity?component=${made}`)).status).toBe(200);
  });
});

describe('GET /api/analysis/complexity on a connected dataset', () => {
  it('gives each cluster the ECI that POST /api/complexity gives for the same table, ranked', async () => {
    const d = smallDataset(1);
    // The table by its definition: Σ over a cluster's members of units a year × unit price.
    const clusterOf = new Map(d.firms.filter((f) => f.cluster).map((f) => [f.id, f.cluster!]));
    const price = new Map(d.components.map((c) => [c.id, c.unit_price_usd]));
    const sums = new Map<string, number>();
    for (const m of d.makes) {
      const c = clusterOf.get(m.firm);
      const p = price.get(m.component);
      if (!c || p == null || m.units_per_year == null) continue;
      sums.set(`${c},${m.component}`, (sums.get(`${c},${m.component}`) ?? 0) + m.units_per_year * p);
    }
    const csv = ['cluster,component,value', ...[...sums].map(([k, v]) => `${k},${v}`)].join('\n');
    const byPost = await post(small, '/api/complexity', { csv, location: 'cluster', product: 'component', value: 'value' });
    expect(byPost.body.warnings).toEqual([]);
    const eci = new Map(byPost.body.rows!.map((r) => [r.cluster as string, r.eci as number]));
    const { body } = await get<ClusterComplexityOut>(small, '/api/analysis/complexity');
    expect(body.defined).toBe(true);
    expect(body.warnings).toEqual([]);
    expect(body.blocks.map((b) => b.status)).toEqual(['whole']);
    expect(body.clusters).toHaveLength(eci.size);
    for (const c of body.clusters) {
      expect(c.eci!).toBeCloseTo(eci.get(c.id)!, 9);
      expect(c.blockEci).toBe(c.eci);
    }
    expect(body.clusters.map((c) => c.rank)).toEqual(body.clusters.map((_, i) => i + 1));
    expect(body.opportunities.some((o) => o.cog !== null)).toBe(true);

    // With `component`: every cluster that does not make it (mcp 0 in the POST answer), with the
    // density and COG the POST answer gives it, densest first; limit=1 would have cut some of them.
    const rows = byPost.body.rows!;
    const perComponent = new Map<string, typeof rows>();
    for (const r of rows) if (r.mcp === 0 && r.density !== null) perComponent.set(r.component as string, [...(perComponent.get(r.component as string) ?? []), r]);
    const [component, open] = [...perComponent].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(open.length).toBeGreaterThan(2);
    const one = await get<ClusterComplexityOut>(small, `/api/analysis/complexity?component=${component}&limit=1`);
    expect(one.status).toBe(200);
    expect(one.body.opportunities.map((o) => o.component)).toEqual(open.map(() => component));
    expect(new Set(one.body.opportunities.map((o) => o.cluster))).toEqual(new Set(open.map((r) => r.cluster as string)));
    for (const o of one.body.opportunities) {
      const r = open.find((x) => x.cluster === o.cluster)!;
      expect(o.density).toBeCloseTo(r.density as number, 9);
      expect(o.cog!).toBeCloseTo(r.cog as number, 9);
    }
    const densities = one.body.opportunities.map((o) => o.density);
    expect(densities).toEqual([...densities].sort((a, b) => b - a));
    const limited = await get<ClusterComplexityOut>(small, '/api/analysis/complexity?limit=1');
    expect(limited.body.opportunities.filter((o) => o.component === component).length).toBeLessThan(open.length);
    // The rest of the answer is the same; an id that names no component is a 400, not an empty list.
    expect(one.body.clusters).toEqual(body.clusters);
    expect((await get<ClusterComplexityOut>(small, '/api/analysis/complexity?component=no-such-component')).status).toBe(400);
  });
});
