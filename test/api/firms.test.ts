// GET /api/firms on the seed (embedded store): the firm list the what-if and buyer forms read,
// checked against firms.csv read here with csv-parse (the dataset file, not the server's reading).
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firmsShape } from '../../server/api/routes/firms.ts';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { getJson, serveStore } from '../helpers/server.ts';

interface Row {
  id: string;
  name: string;
  tier: string;
  cluster: string;
  province: string;
}

let server: RunningServer;
let rows: Row[];

beforeAll(async () => {
  rows = parse(await readFile(new URL('../../seed/indonesia/firms.csv', import.meta.url), 'utf8'), { columns: true }) as Row[];
  server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
});
afterAll(() => server.close({ drainMs: 0 }));

const ids = (body: unknown) => firmsShape.parse(body).firms.map((f) => f.id);

describe('GET /api/firms', () => {
  it('lists every firm of firms.csv with its tier and cluster, sorted by name', async () => {
    const { status, body } = await getJson(`${server.url}/api/firms`);
    expect(status).toBe(200);
    const firms = firmsShape.parse(body).firms;
    expect(firms).toHaveLength(rows.length);
    const byId = new Map(firms.map((f) => [f.id, f]));
    for (const r of rows) expect(byId.get(r.id)).toEqual({ id: r.id, name: r.name, tier: r.tier, ...(r.cluster ? { cluster: r.cluster } : {}) });
    const names = firms.map((f) => f.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('keeps only the tiers asked for, or one cluster’s members', async () => {
    const buyers = await getJson(`${server.url}/api/firms?tier=OEM,TIER1,TIER2,BUYER`);
    expect(ids(buyers.body).sort()).toEqual(rows.filter((r) => r.tier !== 'IKM').map((r) => r.id).sort());
    const ceper = await getJson(`${server.url}/api/firms?cluster=cl-ceper`);
    const members = rows.filter((r) => r.cluster === 'cl-ceper').map((r) => r.id).sort();
    expect(members.length).toBeGreaterThan(0);
    expect(ids(ceper.body).sort()).toEqual(members);
    // A cluster whose members are all IKM, asked for its OEMs: none, and no error.
    expect(ids((await getJson(`${server.url}/api/firms?cluster=cl-ceper&tier=OEM`)).body)).toEqual([]);
  });

  it('keeps one province’s firms (the firm’s own province column), alone or with a tier and a cluster', async () => {
    const inProvince = (province: string) => rows.filter((r) => r.province === province);
    const jateng = inProvince('Jawa Tengah');
    // firms.csv has firms in Jawa Tengah outside any cluster and of more than one tier: the filter is not the cluster's.
    expect(new Set(jateng.map((r) => r.tier)).size).toBeGreaterThan(1);
    expect(ids((await getJson(`${server.url}/api/firms?province=${encodeURIComponent('Jawa Tengah')}`)).body).sort()).toEqual(jateng.map((r) => r.id).sort());
    const ikm = await getJson(`${server.url}/api/firms?province=${encodeURIComponent('Jawa Tengah')}&tier=IKM&cluster=cl-ceper`);
    expect(ids(ikm.body).sort()).toEqual(jateng.filter((r) => r.tier === 'IKM' && r.cluster === 'cl-ceper').map((r) => r.id).sort());
    // Ceper is in Jawa Tengah: its members are not in Jawa Timur, and that is an empty list, not an error.
    const none = await getJson(`${server.url}/api/firms?province=${encodeURIComponent('Jawa Timur')}&cluster=cl-ceper`);
    expect(none.status).toBe(200);
    expect(ids(none.body)).toEqual([]);
    // Case and spacing are not significant.
    expect(ids((await getJson(`${server.url}/api/firms?province=${encodeURIComponent('  jawa   TENGAH ')}`)).body).sort()).toEqual(jateng.map((r) => r.id).sort());
  });

  it('refuses a province no firm or cluster is located in with a 400 listing the dataset’s provinces, in both languages (it was an empty list)', async () => {
    // The provinces of firms.csv and clusters.csv, read here (every cluster's province has firms too).
    const clusters = parse(await readFile(new URL('../../seed/indonesia/clusters.csv', import.meta.url), 'utf8'), { columns: true }) as Array<{ province: string }>;
    const provinces = [...new Set([...rows, ...clusters].map((r) => r.province).filter((p) => p !== ''))].sort();
    expect(provinces).toContain('Banten');
    const en = await getJson(`${server.url}/api/firms?province=Atlantis`);
    expect(en.status).toBe(400);
    expect(en.body).toEqual({
      error: {
        code: 'invalid_parameter',
        message: `province: no firm or cluster of the dataset is located in "Atlantis"; the provinces it has: ${provinces.join(', ')}`,
        details: { field: 'province', value: 'Atlantis', known: provinces },
      },
    });
    const id = await getJson(`${server.url}/api/firms?province=Jawa%20Tengahh&lang=id`);
    expect((id.body as { error: { message: string } }).error.message).toBe(`province: tidak ada perusahaan atau sentra dalam data yang berlokasi di "Jawa Tengahh"; provinsi yang ada: ${provinces.join(', ')}`);
  });

  it('refuses a cluster id that names no cluster, as the other routes do, in both languages', async () => {
    for (const id of ['no-such-cluster', 'f-kbj']) {
      const en = await getJson(`${server.url}/api/firms?cluster=${id}`);
      expect(en.status).toBe(400);
      expect(en.body).toEqual({ error: { code: 'invalid_parameter', message: `cluster: no cluster has id "${id}"`, details: { field: 'cluster', id } } });
    }
    const idLang = await getJson(`${server.url}/api/firms?cluster=no-such-cluster&lang=id`);
    expect((idLang.body as { error: { message: string } }).error.message).toBe('cluster: tidak ada sentra dengan id "no-such-cluster"');
  });

  it('refuses an unknown tier with a 400 naming the parameter', async () => {
    const { status, body } = await getJson(`${server.url}/api/firms?tier=OEM,SUPPLIER`);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('tier');
  });
});
