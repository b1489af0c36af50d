// How a malformed request is told (server/api/validate.ts), on the seed: a query parameter given
// twice is named as such, zod's own English ("Invalid input: expected …") never reaches a reader,
// the details of a 400 are in the reader's language like its message, and a route that answers
// data only still takes lang for its errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { getJson, serveStore } from '../helpers/server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
});
afterAll(() => server.close({ drainMs: 0 }));

interface ErrorBody {
  error: { code: string; message: string; details: { part: string; issues: Array<{ field: string; message: string }> } };
}
const errorOf = (body: unknown) => (body as ErrorBody).error;

async function post(path: string, body: string, lang: 'en' | 'id'): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}${path}?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: await res.json() };
}

describe('a query parameter given more than once', () => {
  it.each([
    ['/api/graph?view=network&cluster=cl-ceper&cluster=cl-tegal', 'cluster'],
    ['/api/analysis/substitution?cluster=cl-ceper&cluster=cl-tegal', 'cluster'],
    ['/api/firms?tier=OEM&tier=TIER1&tier=IKM', 'tier'],
  ])('%s: 400 naming the parameter and how often it came, in both languages', async (path, field) => {
    const times = path.split(`${field}=`).length - 1;
    const en = await getJson(`${server.url}${path}&lang=en`);
    expect(en.status).toBe(400);
    expect(errorOf(en.body).message).toBe(`${field}: is given ${times} times; give it once`);
    expect(errorOf(en.body).details.issues).toEqual([{ field, message: `is given ${times} times; give it once` }]);
    const id = await getJson(`${server.url}${path}&lang=id`);
    expect(errorOf(id.body).message).toBe(`${field}: diberikan ${times} kali; cukup sekali`);
    expect(errorOf(id.body).details.issues).toEqual([{ field, message: `diberikan ${times} kali; cukup sekali` }]);
  });
});

describe('zod’s own English', () => {
  it('is replaced by the catalogue’s reason, in both languages', async () => {
    const en = await post('/api/complexity', '[]', 'en');
    expect(en.status).toBe(400);
    expect(errorOf(en.body).message).toBe('body: must be a JSON object');
    const id = await post('/api/complexity', '[]', 'id');
    expect(errorOf(id.body).message).toBe('body: harus berupa objek JSON');
    expect(errorOf(id.body).details.issues[0]!.message).toBe('harus berupa objek JSON');
  });

  it.each(['null', '"x"', '7'])('a body of %s is not an object either (only a missing body means no fields)', async (body) => {
    for (const path of ['/api/complexity', '/api/analysis/substitution/what-if', '/api/analysis/graph']) {
      const en = await post(path, body, 'en');
      expect(en.status, path).toBe(400);
      expect(errorOf(en.body).message, path).toBe('body: must be a JSON object');
      const id = await post(path, body, 'id');
      expect(errorOf(id.body).message, path).toBe('body: harus berupa objek JSON');
    }
  });

  it('leaves a shape’s own words as they are', async () => {
    const { status, body } = await getJson(`${server.url}/api/analysis/substitution?limit=x&lang=en`);
    expect(status).toBe(400);
    expect(errorOf(body).message).toBe('limit: must be a whole number');
  });

  it.each([
    ['/api/analysis/metrics?seed=x', 'seed'],
    ['/api/analysis/substitution?limit=x', 'limit'],
  ])('%s: a whole number asked for in English is one in Indonesian too (not "angka")', async (path, field) => {
    const { status, body } = await getJson(`${server.url}${path}&lang=id`);
    expect(status).toBe(400);
    expect(errorOf(body).message).toBe(`${field}: harus berupa bilangan bulat`);
  });
});

describe('lang on routes that answer data only', () => {
  it.each(['/api/firms?lang=id', '/api/analysis/metrics?lang=id', '/api/export?format=json&lang=id'])('%s is accepted', async (path) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  });

  it('tells an error of such a route in Indonesian, details included', async () => {
    const { status, body } = await getJson(`${server.url}/api/export?format=pdf&lang=id`);
    expect(status).toBe(400);
    expect(errorOf(body).message).toMatch(/^format: harus salah satu dari /);
    expect(errorOf(body).details.issues[0]!.message).toMatch(/^format harus salah satu dari graphml, gexf, json, csv, xlsx$/);
  });
});

describe('a path that is not valid percent-encoding', () => {
  // Express could not decode "%zz": its English ("Failed to decode param …") was quoted inside the
  // Indonesian message.
  it('is told in the reader’s language, quoting what was sent', async () => {
    const id = await getJson(`${server.url}/api/entities/%zz?lang=id`);
    expect(id.status).toBe(400);
    expect(errorOf(id.body).code).toBe('invalid_parameter');
    expect(errorOf(id.body).message).toBe('alamat memuat "%zz", yang bukan pengodean persen yang sah (tanda % harus diikuti dua digit heksadesimal, seperti %20)');
    const en = await getJson(`${server.url}/api/entities/%zz?lang=en`);
    expect(errorOf(en.body).message).toBe('the address holds "%zz", which is not valid percent-encoding (a % must be followed by two hexadecimal digits, as in %20)');
  });
});
