// Import exposure: worked by hand on test/substitution/hand-dataset.ts, against an independent
// Python computation on the seed (reference/seed-imports.json, made by
// `python3 reference/imports_reference.py seed/indonesia`, standard library only), and the route.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importExposure, importsTable, type ImportsOut } from '../../server/analysis/imports/index.ts';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveStore } from '../helpers/server.ts';
import { handDataset } from '../substitution/hand-dataset.ts';

interface RefEntry {
  importedValueUsd: number;
  domesticValueUsd: number;
  importShare: number | null;
  hhi: number | null;
  originShares: Record<string, number>;
}
const ref = JSON.parse(readFileSync(new URL('./reference/seed-imports.json', import.meta.url), 'utf8')) as {
  components: Record<string, RefEntry>;
  buyers: Record<string, RefEntry>;
};

const close = (a: number | null, b: number | null) => {
  if (a === null || b === null) return expect(a).toBe(b);
  return expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
};

describe('import exposure worked by hand', () => {
  it('per component: latest year per buyer, domestic supplies, share, origins, HHI', async () => {
    const out = await importExposure(new EmbeddedStore(handDataset()));
    const drum = out.components.find((c) => c.id === 'c-drum')!;
    // 2023 is f-buyer's latest year for the drum: JPN 20,000 + CHN 9,000 (2022's 10,000 is superseded).
    expect(drum.importedValueUsd).toBe(29000);
    // f-a1 supplies f-buyer drums for 1,000: share 29,000 / 30,000.
    expect(drum.domesticValueUsd).toBe(1000);
    expect(drum.importShare).toBe(29000 / 30000);
    // HHI = (20/29)² + (9/29)² = (400 + 81) / 841.
    expect(drum.hhi).toBeCloseTo(481 / 841, 15);
    expect(drum.origins.map((o) => [o.country, o.valueUsd])).toEqual([
      ['JPN', 20000],
      ['CHN', 9000],
    ]);
    expect([drum.buyers, drum.suppliers]).toEqual([1, 1]);
    // The case: one origin, no domestic supply → share 1, HHI 1.
    const kase = out.components.find((c) => c.id === 'c-case')!;
    expect([kase.importedValueUsd, kase.importShare, kase.hhi]).toEqual([5000, 1, 1]);
    // Components neither imported nor supplied are not listed.
    expect(out.components.map((c) => c.id)).toEqual(['c-drum', 'c-case']);
  });

  it('per buyer: over all its components', async () => {
    const out = await importExposure(new EmbeddedStore(handDataset()));
    // f-buyer: 29,000 + 5,000 imported, 1,000 domestic; origins JPN 20,000, CHN 9,000 + 5,000.
    const b = out.buyers.find((x) => x.id === 'f-buyer')!;
    expect([b.importedValueUsd, b.domesticValueUsd, b.importShare]).toEqual([34000, 1000, 34000 / 35000]);
    // HHI = (20/34)² + (14/34)² = (400 + 196) / 1156.
    expect(b.hhi).toBeCloseTo(596 / 1156, 15);
    expect([b.components, b.suppliers, b.tier]).toEqual([2, 1, 'BUYER']);
    expect(out.buyers).toHaveLength(1);
  });
});

describe('import exposure on the seed against the Python reference', () => {
  let out: ImportsOut;
  beforeAll(async () => {
    out = await importExposure(new EmbeddedStore(await readDataset('seed/indonesia')));
  });

  it.each(['components', 'buyers'] as const)('%s: same rows, values within 1e-12', (level) => {
    const rows = out[level];
    expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(ref[level]).sort());
    for (const r of rows) {
      const e = ref[level][r.id]!;
      close(r.importedValueUsd, e.importedValueUsd);
      close(r.domesticValueUsd, e.domesticValueUsd);
      close(r.importShare, e.importShare);
      close(r.hhi, e.hhi);
      expect(Object.fromEntries(r.origins.map((o) => [o.country, o.share]))).toEqual(
        Object.fromEntries(Object.entries(e.originShares).map(([k, v]) => [k, expect.closeTo(v, 12)])),
      );
    }
  });

  it('sorts by imported value, largest first, and flattens to one table', () => {
    const values = out.components.map((c) => c.importedValueUsd);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    const table = importsTable(out);
    expect(table).toHaveLength(out.components.length + out.buyers.length);
    expect(table[0]).toMatchObject({ level: 'component', id: out.components[0]!.id });
    // A component's row counts its importers (`buyers`); a buyer's row counts its components and has
    // its tier; columns carry the JSON fields' names (README, "Column names").
    const c = out.components[0]!;
    expect(table[0]).toMatchObject({ tier: '', buyers: c.buyers, components: '', suppliers: c.suppliers, importedValueUsd: c.importedValueUsd });
    const b = out.buyers[0]!;
    expect(table[out.components.length]).toMatchObject({ level: 'buyer', id: b.id, tier: b.tier ?? '', buyers: '', components: b.components, suppliers: b.suppliers });
  });
});

describe('GET /api/analysis/imports', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveStore(new EmbeddedStore(handDataset()));
  });
  afterAll(async () => server.close());

  it('answers the exposure', async () => {
    const res = await fetch(`${server.url}/api/analysis/imports`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as ImportsOut;
    expect(body.components[0]!.id).toBe('c-drum');
  });

  it('answers 400 naming an unknown query parameter', async () => {
    const res = await fetch(`${server.url}/api/analysis/imports?year=2020`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^year/);
  });

  it('refuses a year on the buyers basis in the reader\'s language, naming year', async () => {
    // The sentences are the catalogue's (server/i18n/messages/trade.ts, trade.year.buyersBasis).
    const en = await fetch(`${server.url}/api/analysis/imports?year=2020&lang=en`);
    expect(en.status).toBe(400);
    const enBody = (await en.json()) as { error: { code: string; message: string; details: { field: string } } };
    expect(enBody.error).toMatchObject({ code: 'invalid_parameter', details: { field: 'year' } });
    expect(enBody.error.message).toBe('year: only basis=national takes a year (the buyers’ figures use each buyer’s latest year)');
    const id = await fetch(`${server.url}/api/analysis/imports?year=2020&lang=id`);
    expect(id.status).toBe(400);
    const idBody = (await id.json()) as { error: { message: string; details: { field: string } } };
    expect(idBody.error.details.field).toBe('year');
    expect(idBody.error.message).toBe('year: hanya basis=national yang menerima tahun (angka impor pembeli memakai tahun terakhir yang dilaporkan masing-masing pembeli)');
  });
});
