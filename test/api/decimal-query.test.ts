// Whole-number query parameters (limit, year, seed) are read only when written in decimal digits
// (server/util/decimal-query.ts). z.coerce.number alone read them with Number(): `limit=0x10` was
// 16, `limit=1e1` 10, `limit=` 0 (refused only by the minimum, with the wrong reason). A + in a
// query is a space, so `limit=+12` (" 12") is refused too; a sign is written %2B.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { decimalDigitsOnly } from '../../server/util/decimal-query.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { serveStore } from '../helpers/server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await serveStore(new EmbeddedStore(smallDataset(1)));
});
afterAll(async () => server?.close({ drainMs: 0 }));

const get = async (path: string) => {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string }; recommendations?: unknown[] } };
};

describe('whole-number query parameters', () => {
  it.each([
    ['/api/analysis/missing-links?limit=0x10', 'limit: must be a whole number'],
    ['/api/analysis/missing-links?limit=1e1', 'limit: must be a whole number'],
    ['/api/analysis/missing-links?limit=', 'limit: must be a whole number'],
    ['/api/analysis/missing-links?limit=%2012', 'limit: must be a whole number'],
    ['/api/analysis/missing-links?limit=+12', 'limit: must be a whole number'],
    ['/api/analysis/substitution?limit=0b11', 'limit: must be a whole number'],
    ['/api/analysis/complexity?limit=0o7', 'limit: must be a whole number'],
    ['/api/analysis/imports?basis=national&year=0x7E9', 'year: must be a whole year'],
    ['/api/analysis/metrics?seed=0x1', 'seed: must be a whole number'],
  ])('%s is refused: 400 naming the parameter', async (path, reason) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body.error?.code).toBe('invalid_parameter');
    expect(r.body.error?.message).toContain(reason);
  });

  it('in Indonesian too', async () => {
    const r = await get('/api/analysis/missing-links?limit=0x10&lang=id');
    expect(r.status).toBe(400);
    expect(r.body.error?.message).toMatch(/limit/);
    expect(r.body.error?.message).not.toContain('must be');
  });

  it('decimal digits, with a sign, still read as before', async () => {
    const r = await get('/api/analysis/missing-links?limit=3');
    expect(r.status).toBe(200);
    expect(r.body.recommendations?.length).toBeLessThanOrEqual(3);
    expect((await get('/api/analysis/missing-links?limit=%2B3')).status).toBe(200);
    expect((await get('/api/analysis/missing-links?limit=-3')).body.error?.message).toContain('limit: must be between 1 and');
  });

  it('decimalDigitsOnly: text that is not decimal digits becomes NaN, anything else passes', () => {
    expect(decimalDigitsOnly('42')).toBe('42');
    expect(decimalDigitsOnly('-7')).toBe('-7');
    expect(decimalDigitsOnly('0x10')).toBeNaN();
    expect(decimalDigitsOnly('')).toBeNaN();
    expect(decimalDigitsOnly(' 1')).toBeNaN();
    expect(decimalDigitsOnly(undefined)).toBeUndefined();
    expect(decimalDigitsOnly(5)).toBe(5);
  });
});
