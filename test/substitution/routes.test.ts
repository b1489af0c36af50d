// GET /api/analysis/substitution and POST /api/analysis/substitution/what-if over a real server on
// the seed: answers, and a 400 naming the field for every kind of bad input (never a 500). The
// province filter is checked against seed/indonesia/clusters.csv read here.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import type { SubstitutionOut, WhatIfOut } from '../../server/analysis/substitution/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveStore } from '../helpers/server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
});
afterAll(async () => server.close());

const get = async (query: string) => {
  const res = await fetch(`${server.url}/api/analysis/substitution${query}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const post = async (body: unknown) => {
  const res = await fetch(`${server.url}/api/analysis/substitution/what-if`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const errorOf = (body: Record<string, unknown>) => body.error as { code: string; message: string };

describe('GET /api/analysis/substitution', () => {
  it('keeps the clusters of a province: the whole ranking narrowed to them, ranked and counted among themselves', async () => {
    const csv = parse(await readFile(new URL('../../seed/indonesia/clusters.csv', import.meta.url), 'utf8'), { columns: true }) as Array<{ id: string; province: string }>;
    const all = (await get('?limit=1000')).body as unknown as SubstitutionOut;
    for (const province of ['Jawa Tengah', 'Jawa Timur']) {
      const clusters = new Set(csv.filter((c) => c.province === province).map((c) => c.id));
      expect(clusters.size).toBeGreaterThan(1);
      const { status, body } = await get(`?limit=1000&province=${encodeURIComponent(province)}`);
      expect(status).toBe(200);
      const out = body as unknown as SubstitutionOut;
      const expected = all.opportunities.filter((o) => clusters.has(o.cluster.id));
      // 31 imported components × the province's clusters.
      expect(out.total).toBe(31 * clusters.size);
      expect(out.opportunities.map((o) => `${o.component.id}|${o.cluster.id}|${o.score}`)).toEqual(expected.map((o) => `${o.component.id}|${o.cluster.id}|${o.score}`));
      expect(out.opportunities.map((o) => o.rank)).toEqual(expected.map((_o, i) => i + 1));
      const count = (s: string) => expected.filter((o) => o.status === s).length;
      expect(out.counts).toEqual({ ready: count('ready'), near: count('near'), stretch: count('stretch') });
    }
    // Banten has firms (firms.csv) and no cluster: an empty answer. Case is not significant.
    expect(csv.some((c) => c.province === 'Banten')).toBe(false);
    const none = await get('?province=banten');
    expect(none.status).toBe(200);
    expect([(none.body as unknown as SubstitutionOut).total, (none.body as unknown as SubstitutionOut).opportunities.length]).toEqual([0, 0]);
    const lower = (await get('?limit=1000&province=jawa%20tengah')).body as unknown as SubstitutionOut;
    expect(lower.total).toBe(31 * csv.filter((c) => c.province === 'Jawa Tengah').length);
    // A province no firm or cluster is located in is a 400 naming the field (it was an empty answer).
    const unknown = await get('?province=Atlantis');
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown.body)).toMatchObject({ code: 'invalid_parameter', message: expect.stringMatching(/^province: no firm or cluster of the dataset is located in "Atlantis"; the provinces it has: Banten, /) });
    expect((await get('?province=')).status).toBe(400);
  });

  it('answers the ranking with the default strategy (balanced) and limit (50)', async () => {
    const { status, body } = await get('');
    expect(status).toBe(200);
    const out = body as unknown as SubstitutionOut;
    expect(out.strategy).toBe('balanced');
    expect(out.opportunities).toHaveLength(50);
    // 31 imported components × 9 clusters in the seed (seed/README.md: imports.csv, clusters.csv).
    expect(out.total).toBe(31 * 9);
    expect(out.counts.ready + out.counts.near + out.counts.stretch).toBe(out.total);
  });

  it('filters by cluster, component and strategy', async () => {
    const { status, body } = await get('?strategy=ready-now&cluster=cl-ceper&component=c-cylinder-sleeve&limit=5');
    expect(status).toBe(200);
    const out = body as unknown as SubstitutionOut;
    expect(out.strategy).toBe('ready-now');
    expect(out.opportunities.map((o) => [o.component.id, o.cluster.id, o.status])).toEqual([['c-cylinder-sleeve', 'cl-ceper', 'ready']]);
  });

  it.each([
    ['?cluster=cl-atlantis', 'cluster'],
    ['?component=c-flux-capacitor', 'component'],
    ['?strategy=cheapest', 'strategy'],
    ['?limit=0', 'limit'],
    ['?limit=1001', 'limit'],
    ['?limit=ten', 'limit'],
    ['?limit=2.5', 'limit'],
    ['?colour=red', 'colour'],
    ['?cluster=', 'cluster'],
  ])('answers 400 for %s, naming %s', async (query, field) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(errorOf(body).code).toBe('invalid_parameter');
    expect(errorOf(body).message.startsWith(field)).toBe(true);
  });
});

describe('POST /api/analysis/substitution/what-if', () => {
  it('re-ranks after interventions and reports what changed', async () => {
    // Ceper lacks only galvanising/plating for the line clamp PT PLN imports (seed/README.md).
    const { status, body } = await post({ interventions: [{ target: 'cl-ceper', add: { process: 'p-plating' } }], strategy: 'strategic', limit: 3 });
    expect(status).toBe(200);
    const out = body as unknown as WhatIfOut;
    expect(out.strategy).toBe('strategic');
    expect(out.ranking).toHaveLength(3);
    expect(out.changed.map((c) => [c.component.id, c.cluster.id, c.before.status, c.after.status])).toContainEqual(['c-line-clamp', 'cl-ceper', 'near', 'ready']);
    expect(out.becameReady.map((b) => b.component.id)).toContain('c-line-clamp');
    expect(out.readyImportValueUsd.after).toBeGreaterThan(out.readyImportValueUsd.before);
  });

  it.each([
    [{}, 'interventions'],
    [{ interventions: [] }, 'interventions'],
    [{ interventions: 'all of them' }, 'interventions'],
    [{ interventions: [{ add: { certification: 'SNI' } }] }, 'interventions.0.target'],
    [{ interventions: [{ target: 'cl-ceper' }] }, 'interventions.0.add'],
    [{ interventions: [{ target: 'cl-ceper', add: {} }] }, 'interventions.0.add'],
    [{ interventions: [{ target: 'cl-ceper', add: { toleranceMm: 0.01 } }] }, 'interventions.0.add.toleranceMm'],
    [{ interventions: [{ target: 'cl-ceper', add: { process: 'p-grinding', toleranceMm: -1 } }] }, 'interventions.0.add.toleranceMm'],
    [{ interventions: [{ target: 'cl-ceper', add: { capacityTonnes: 'lots' } }] }, 'interventions.0.add.capacityTonnes'],
    [{ interventions: [{ target: 'cl-ceper', add: { colour: 'red' } }] }, 'interventions.0.add.colour'],
    [{ interventions: [{ target: 'cl-ceper', add: { certification: 'SNI' }, when: 2030 }] }, 'interventions.0.when'],
    [{ interventions: [{ target: 'cl-ceper', add: { kind: 'luck', certification: 'SNI' } }] }, 'interventions.0.add.kind'],
    [{ interventions: [{ target: 'cl-ceper', add: { certification: 'SNI' } }, { target: 'cl-atlantis', add: { certification: 'SNI' } }] }, 'interventions.1.target'],
    [{ interventions: [{ target: 'f-tmmin', add: { certification: 'SNI' } }] }, 'interventions.0.target'],
    [{ interventions: [{ target: 'cl-ceper', add: { process: 'p-teleport' } }] }, 'interventions.0.add.process'],
    [{ interventions: [{ target: 'cl-ceper', add: { material: 'm-unobtainium' } }] }, 'interventions.0.add.material'],
    [{ interventions: [{ target: 'cl-ceper', add: { certification: 'SNI' } }], strategy: 'cheapest' }, 'strategy'],
    [{ interventions: [{ target: 'cl-ceper', add: { certification: 'SNI' } }], limit: 0 }, 'limit'],
    [{ interventions: Array.from({ length: 101 }, () => ({ target: 'cl-ceper', add: { certification: 'SNI' } })) }, 'interventions'],
  ])('answers 400 for %j, naming %s', async (body, field) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(errorOf(res.body).message.startsWith(`${field}:`) || errorOf(res.body).message.startsWith(`${field},`)).toBe(true);
  });

  it('answers 400, not 500, for a body that is not JSON', async () => {
    const res = await post('{"interventions": [');
    expect(res.status).toBe(400);
  });
});
