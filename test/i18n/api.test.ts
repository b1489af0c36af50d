// The language over HTTP: every route that writes sentences takes `lang=en|id` (validated, in the
// OpenAPI document) and otherwise follows Accept-Language (id, id-ID, in → id; default en); answers
// say their language, vary with Accept-Language, and equal the analysis functions called with that
// language. An unknown language is a 400 naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../server/api/routes/catalog.ts';
import { importExposure } from '../../server/analysis/imports/index.ts';
import { missingLinks } from '../../server/analysis/links/index.ts';
import { risk } from '../../server/analysis/risk/index.ts';
import { substitution, whatIf } from '../../server/analysis/substitution/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';

let server: TestServer;
let store: EmbeddedStore;
beforeAll(async () => {
  store = new EmbeddedStore(await readDataset('seed/indonesia'));
  server = await serveWith(store);
});
afterAll(async () => server.close());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}/api/${path}`, { headers });
  return { status: res.status, vary: res.headers.get('vary') ?? '', body: (await res.json()) as Record<string, unknown> };
};
const langOf = async (path: string, headers: Record<string, string> = {}) => (await get(path, headers)).body.lang;

const WHAT_IF = { interventions: [{ target: 'cl-ceper', add: { certification: 'IATF 16949' } }], strategy: 'balanced' as const, limit: 20 };
const postWhatIf = async (query: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}/api/analysis/substitution/what-if${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(WHAT_IF) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

/** The routes that write sentences or names, and what they answer in Indonesian. */
const ROUTES = [
  ['analysis/substitution?limit=1000', () => substitution(store, { strategy: 'balanced', limit: 1000, lang: 'id' })],
  ['analysis/missing-links?limit=1000', () => missingLinks(store, { limit: 1000, lang: 'id' })],
  ['analysis/risk', () => risk(store, 'id')],
  ['analysis/imports', () => importExposure(store, 'id')],
  ['catalog', () => catalog(store, 'id')],
] as const;

describe('lang on the routes that write sentences', () => {
  it.each(ROUTES)('%s with lang=id answers what the analysis writes in Indonesian', async (path, direct) => {
    const { status, body } = await get(`${path}${path.includes('?') ? '&' : '?'}lang=id`);
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify(await direct())));
    expect(body.lang).toBe('id');
  });

  it('the catalog names countries in the asked language, as the analyses do (it gave the dataset\'s English in Indonesian)', async () => {
    const countries = async (lang: string) => new Map(((await get(`catalog?lang=${lang}`)).body.countries as Array<{ id: string; name: string }>).map((c) => [c.id, c.name]));
    const [en, id] = [await countries('en'), await countries('id')];
    // seed/indonesia/countries.csv: CHN "China", DEU "Germany", KOR "South Korea"; Indonesian names as the analyses write them.
    expect([en.get('CHN'), en.get('DEU')]).toEqual(['China', 'Germany']);
    expect([id.get('CHN'), id.get('DEU'), id.get('KOR')]).toEqual(['Tiongkok', 'Jerman', 'Korea Selatan']);
  });

  it('the what-if takes lang in its query', async () => {
    const { status, body } = await postWhatIf('?lang=id');
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify(await whatIf(store, { ...WHAT_IF, lang: 'id' }))));
    expect((body.ranking as Array<{ explanation: string }>)[0]!.explanation).toContain(' per tahun');
    expect((await postWhatIf('', { 'accept-language': 'id-ID' })).body.lang).toBe('id');
    expect((await postWhatIf('')).body.lang).toBe('en');
  });

  it('follows Accept-Language when lang is absent, and lang when both are given', async () => {
    for (const [path] of ROUTES) {
      expect(await langOf(path), path).toBe('en');
      expect(await langOf(path, { 'accept-language': 'id-ID,id;q=0.9,en;q=0.8' }), path).toBe('id');
      expect(await langOf(path, { 'accept-language': 'in' }), path).toBe('id');
      expect(await langOf(path, { 'accept-language': 'en-US,en;q=0.9,id;q=0.8' }), path).toBe('en');
      expect(await langOf(`${path}${path.includes('?') ? '&' : '?'}lang=en`, { 'accept-language': 'id' }), path).toBe('en');
    }
    const viaHeader = await get('analysis/substitution?limit=3', { 'accept-language': 'id' });
    const viaQuery = await get('analysis/substitution?limit=3&lang=id');
    expect(viaHeader.body).toEqual(viaQuery.body);
    expect(viaHeader.vary).toMatch(/Accept-Language/i);
  });

  it('answers English as before by default', async () => {
    const { body } = await get('analysis/substitution?limit=1000');
    expect(body).toEqual(JSON.parse(JSON.stringify(await substitution(store, { strategy: 'balanced', limit: 1000 }))));
    expect((body.opportunities as Array<{ explanation: string }>)[0]!.explanation).toMatch(/ can replace USD [\d.]+ million a year of imported /);
  });

  it('refuses an unknown language with a 400 naming lang', async () => {
    for (const path of ['analysis/substitution?lang=fr', 'analysis/missing-links?lang=de-DE', 'analysis/risk?lang=', 'analysis/imports?lang=id&lang=en', 'catalog?lang=jv']) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(errorOf(body).code).toBe('invalid_parameter');
      expect(errorOf(body).message, path).toMatch(/^lang: /);
    }
    const wi = await postWhatIf('?lang=de');
    expect(wi.status).toBe(400);
    expect(errorOf(wi.body).message).toMatch(/^lang: must be one of en, id/);
  });

  it('refuses lang given twice in the first language it names (it was told in English)', async () => {
    for (const [path, message] of [
      ['analysis/risk?lang=id&lang=id', 'lang: diberikan 2 kali; cukup sekali'],
      ['analysis/risk?lang=xx&lang=id', 'lang: diberikan 2 kali; cukup sekali'],
      ['analysis/risk?lang=en&lang=id', 'lang: is given 2 times; give it once'],
    ]) {
      const { status, body } = await get(path!);
      expect(status, path).toBe(400);
      expect(errorOf(body).message, path).toBe(message);
    }
  });

  it('documents lang (en | id) on each of these routes in the OpenAPI document', async () => {
    const doc = (await get('openapi.json')).body as { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; schema: { enum?: string[]; $ref?: string } }> }>> };
    const routes = [['/api/analysis/substitution', 'get'], ['/api/analysis/substitution/what-if', 'post'], ['/api/analysis/missing-links', 'get'], ['/api/analysis/risk', 'get'], ['/api/analysis/imports', 'get'], ['/api/catalog', 'get']] as const;
    for (const [path, method] of routes) {
      const param = doc.paths[path]![method]!.parameters?.find((p) => p.name === 'lang');
      expect(param, path).toBeDefined();
      expect(param!.in).toBe('query');
      expect(JSON.stringify(param)).toContain('"enum":["en","id"]');
      expect(JSON.stringify(param)).toContain('Accept-Language');
    }
  });
});
