// How a malformed request is told (server/api/validate.ts), on the seed: a query parameter given
// twice is named as such, zod's own English ("Invalid input: expected …") never reaches a reader,
// the details of a 400 are in the reader's language like its message, a route that answers data
// only still takes lang for its errors, every route refuses a query parameter it does not know, and
// a refusal of many unknown parameters names only the first ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { z } from 'zod';
import { parseRequest, SHOWN_UNKNOWN } from '../../server/api/validate.ts';
import { AppError } from '../../server/errors.ts';
import { render } from '../../server/i18n/index.ts';
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

describe('a query parameter the route does not know', () => {
  // These four took any parameter silently (the probe's ?foo=1), while every other route refused it.
  // The probes (/api/health, /api/ready) take any since: liveness answers 200 whatever a monitor adds
  // (test/api/health.test.ts); they still refuse a bad lang (below).
  const bodies: Record<string, string> = {
    '/api/analysis/link-scores': JSON.stringify({ method: 'jaccard', pairs: [['f-tmmin', 'f-tpr']] }),
    '/api/analysis/graph': JSON.stringify({ edges: [['a', 'b']], metrics: { pagerank: {} } }),
  };
  const ask = (path: string): Promise<Response> => {
    const body = bodies[path.split('?')[0]!];
    return body ? fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }) : fetch(`${server.url}${path}`);
  };
  const routes = ['/api/entities/f-tmmin', '/api/datasets/template.xlsx', '/api/analysis/link-scores', '/api/analysis/graph'];
  const probes = ['/api/health', '/api/ready'];

  it.each(routes)('%s?foo=1: 400 naming it, in both languages', async (path) => {
    const en = await ask(`${path}?foo=1&lang=en`);
    expect(en.status).toBe(400);
    const enError = errorOf(await en.json());
    expect(enError.code).toBe('invalid_parameter');
    // The words of request.unknownQuery (server/i18n/messages/errors.ts), as the other routes answer.
    expect(enError.message).toBe('foo: unknown query parameter "foo"');
    const id = await ask(`${path}?foo=1&lang=id`);
    expect(errorOf(await id.json()).message).toBe('foo: parameter kueri "foo" tidak dikenal');
  });

  it.each([...routes, ...probes])('%s still takes lang (the web app and the tests send none or lang=id)', async (path) => {
    const res = await ask(`${path}?lang=id`);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
  });

  it.each(['/api/analysis/link-scores', '/api/analysis/graph', ...probes])('%s refuses lang=zzz as the other routes do, where it fell back to English', async (path) => {
    const res = await ask(`${path}?lang=zzz`);
    expect(res.status).toBe(400);
    const error = errorOf(await res.json());
    expect(error.code).toBe('invalid_parameter');
    expect(error.message).toBe('lang: must be one of en, id');
  });
});

describe('many unknown query parameters', () => {
  // 2,000 names were all listed: a 31 KB message. 500 here: the query parser reads the first 1,000
  // parameters only (Node's querystring maxKeys), and lang must be among them.
  const path = `/api/catalog?${Array.from({ length: 500 }, (_, i) => `p${i}=1`).join('&')}`;
  const firstNames = Array.from({ length: SHOWN_UNKNOWN }, (_, i) => `"p${i}"`).join(', ');

  it('names the first ten, then counts the rest (500 − 10 = 490), in both languages', async () => {
    expect(SHOWN_UNKNOWN).toBe(10);
    const en = await getJson(`${server.url}${path}&lang=en`);
    expect(en.status).toBe(400);
    const enError = errorOf(en.body);
    expect(enError.message).toBe(`p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, …: unknown query parameter ${firstNames}, and 490 more`);
    expect(enError.details.issues).toEqual([{ field: 'p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, …', message: `unknown query parameter ${firstNames}, and 490 more` }]);
    const id = await getJson(`${server.url}${path}&lang=id`);
    expect(errorOf(id.body).message).toBe(`p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, …: parameter kueri ${firstNames}, dan 490 lainnya tidak dikenal`);
    expect(JSON.stringify(id.body).length).toBeLessThan(1_000);
  });

  it('2,000 of them (past what the HTTP parser keeps): the count is grouped as each language writes it', () => {
    const query = Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`p${i}`, '1']));
    let error: unknown;
    try {
      parseRequest(z.strictObject({}), query, 'query');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const { text } = error as AppError;
    expect(render('en', text!)).toBe(`p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, …: unknown query parameter ${firstNames}, and 1,990 more`);
    expect(render('id', text!)).toBe(`p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, …: parameter kueri ${firstNames}, dan 1.990 lainnya tidak dikenal`);
  });

  it('ten or fewer are all named, without a count', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => `p${i}=1`).join('&');
    const { body } = await getJson(`${server.url}/api/catalog?${ten}`);
    expect(errorOf(body).message).toBe(`p0, p1, p2, p3, p4, p5, p6, p7, p8, p9: unknown query parameter ${firstNames}`);
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
