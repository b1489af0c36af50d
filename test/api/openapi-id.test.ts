// The API reference in Bahasa Indonesia (GET /api/openapi.json?lang=id, GET /api/docs?lang=id):
// every text of the built document has its Indonesian (so a new English .describe() without one
// fails here), the Indonesian document describes the same API with only its texts changed, and the
// two routes choose their language as the rest of the API does (lang, else Accept-Language, else
// English; an unknown lang is a 400).
import Ajv2020 from 'ajv/dist/2020.js';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COMPLEXITY_CELLS } from '../../server/analysis/complexity/index.ts';
import { MAX_GOOGLE_MATRIX_NODES } from '../../server/analysis/graph/index.ts';
import type { RunningServer } from '../../server/api/index.ts';
import { DEFAULT_JSON_LIMIT } from '../../server/api/json-body.ts';
import { count } from '../../server/i18n/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { indonesian, PARTS } from '../../server/openapi/id/index.ts';
import { buildOpenApiDocument, documentTexts, localiseDocument, ROUTES, untranslatedTexts, type JsonSchema, type RouteDoc } from '../../server/openapi/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { MAX_JSON_DEPTH } from '../../server/util/json-depth.ts';
import { getJson, serveStore } from '../helpers/server.ts';

const TEXT_KEYS = new Set(['description', 'summary', 'title']);

/** Where each text of a document is (JSON pointer → text), written independently of the code under test. */
function textsAt(value: unknown, at = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((v, i) => textsAt(v, `${at}/${i}`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (TEXT_KEYS.has(k) && typeof v === 'string') out.set(`${at}/${k}`, v);
      else textsAt(v, `${at}/${k}`, out);
    }
  }
  return out;
}

/** The document with its texts taken out: what both languages must share. */
function withoutTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTexts);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (TEXT_KEYS.has(k) && typeof v === 'string' ? [] : [[k, withoutTexts(v)]])));
}

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

const esc = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/**
 * The prose of a text, without what stays as written in both languages: code in backticks, quoted
 * names, identifiers and file names (a hyphen, dot, underscore, slash or = inside), the `in → id` tag
 * and the standards' numbers (ISO 8601).
 */
const prose = (text: string): string =>
  text
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\S*[-_./=]\S*/g, ' ')
    .replace(/\bin → id\b/g, ' ')
    .replace(/\bISO \d+/g, ' ');

describe('the Indonesian catalogue of the document', () => {
  const english = buildOpenApiDocument();
  const id = localiseDocument(english, 'id');

  it('has the Indonesian of every description, summary and title of the built document', () => {
    const texts = documentTexts(english);
    // Every route's summary, every parameter and schema property that describes itself, and more.
    expect(texts.length).toBeGreaterThan(250);
    expect(untranslatedTexts(english)).toEqual([]);
    for (const text of texts) expect(indonesian(text), text).toBeTypeOf('string');
  });

  it('names the texts a new route or .describe() brings without Indonesian, and keeps them English', () => {
    const route: RouteDoc = {
      method: 'get',
      path: '/api/new',
      id: 'getNew',
      tag: 'status',
      summary: 'A route added later',
      query: z.strictObject({ depth: z.number().describe('how deep to look') }),
      response: z.object({ found: z.boolean().describe('whether anything was found'), year: z.number().describe('the year asked for, else the latest of the trade table; null without a table') }),
    };
    const doc = buildOpenApiDocument([...ROUTES, route]);
    expect(untranslatedTexts(doc).sort()).toEqual(['A route added later', 'how deep to look', 'whether anything was found']);
    const localised = localiseDocument(doc, 'id') as { paths: Record<string, Record<string, JsonSchema>> };
    expect(localised.paths['/api/new']!.get!.summary).toBe('A route added later');
  });

  it('has no entry the document no longer holds, and no English text in two parts', () => {
    const texts = new Set(documentTexts(english));
    const seen = new Map<string, string>();
    for (const [part, entries] of Object.entries(PARTS)) {
      for (const text of Object.keys(entries)) {
        expect(texts.has(text), `${part}: "${text}" is not in the document (its English changed?)`).toBe(true);
        expect(seen.get(text), `"${text}" is in ${seen.get(text)} and ${part}`).toBeUndefined();
        seen.set(text, part);
      }
    }
  });

  it('translates the error answers\' descriptions, keeping their stable codes', () => {
    expect(indonesian('error: payload_too_large, request_too_large')).toBe('kesalahan: payload_too_large, request_too_large');
    expect(indonesian('error: no_such_code')).toBeUndefined();
    const graph = (id.paths as Record<string, Record<string, { responses: Record<string, { description: string }> }>>)['/api/graph']!.get!;
    expect(graph.responses['200']!.description).toBe('berhasil');
    expect(graph.responses['413']!.description).toBe('kesalahan: payload_too_large, request_too_large');
  });

  it('leaves no English words in the Indonesian texts (outside code, quotes and identifiers)', () => {
    const english = /\b(the|and|of|with|when|which|is|are|from|for|every|only|not|by|its|their|to|in|or|a|an|at|as)\b/i;
    const leftovers = documentTexts(id).filter((text) => english.test(prose(text)));
    expect(leftovers).toEqual([]);
  });

  it('writes numbers the Indonesian way, from the same limits the English prints', () => {
    const texts = documentTexts(id);
    // No English thousands separators (1,000), no ungrouped large numbers (20000).
    expect(texts.filter((t) => /(?<![\d,])[1-9]\d{0,2}(,\d{3})+(?!\d)/.test(prose(t)))).toEqual([]);
    expect(texts.filter((t) => /(?<![\d.,])\d{4,}(?![\d.,])/.test(prose(t)))).toEqual([]);
    const info = id.info as { title: string; description: string };
    expect(info.title).toBe('API Rantai');
    expect(info.description).toContain(`paling besar ${DEFAULT_JSON_LIMIT.replace(/mb$/i, '')} MB`);
    expect(info.description).toContain(`paling dalam ${MAX_JSON_DEPTH} tingkat`);
    const paths = id.paths as Record<string, Record<string, JsonSchema>>;
    expect(paths['/api/complexity']!.post!.description).toContain(`lebih dari ${count('id', MAX_COMPLEXITY_CELLS)} sel lokasi × produk`);
    expect(count('id', MAX_COMPLEXITY_CELLS)).toMatch(/^\d{1,3}(\.\d{3})+$/);
    const request = (id.components as { schemas: Record<string, { properties: Record<string, { properties: Record<string, JsonSchema> }> }> }).schemas.PostAnalysisGraphRequest!;
    expect(request.properties.metrics!.properties.googleMatrix!.description).toContain(`paling banyak ${count('id', MAX_GOOGLE_MATRIX_NODES)} baris`);
    // Decimals take a comma.
    expect(texts).toContain('faktor redaman (NetworkX `alpha`, bawaan 0,85)');
  });

  it('keeps Markdown backticks paired and code spans as the English writes them', () => {
    const en = textsAt(english);
    const tr = textsAt(id);
    for (const [at, text] of en) {
      const translated = tr.get(at)!;
      expect((translated.match(/`/g) ?? []).length % 2, at).toBe(0);
      const spans = (s: string) => (s.match(/`[^`]*`/g) ?? []).sort();
      // Every code span of the English is in the Indonesian (a few are prose in the English and
      // translated words in the Indonesian, never the other way round).
      for (const span of spans(translated)) expect(spans(text), `${at}: ${span}`).toContain(span);
    }
  });
});

describe('the Indonesian document', () => {
  const english = buildOpenApiDocument();
  const id = localiseDocument(english, 'id');

  it('describes the same API: same paths, parameters, schemas and codes, only the texts differ', () => {
    expect(withoutTexts(id)).toEqual(withoutTexts(english));
    const en = textsAt(english);
    const tr = textsAt(id);
    expect([...tr.keys()]).toEqual([...en.keys()]);
    // Nearly every text is translated; the few the same in both are formulas and NetworkX names.
    const same = [...en].filter(([at, text]) => tr.get(at) === text).map(([, text]) => text);
    expect(new Set(same)).toEqual(new Set(['Σ SUPPLIES valueUsd', 'ISO 3166 alpha-3', 'valueUsd / importedValueUsd', 'nx.betweenness_centrality', 'nx.edge_betweenness_centrality', 'nx.pagerank']));
  });

  it('is still an OpenAPI 3.1 document whose schemas compile and whose $refs resolve', () => {
    expect(id.openapi).toBe('3.1.0');
    const schemas = (id.components as { schemas: Record<string, JsonSchema> }).schemas;
    for (const ref of refsIn(id)) expect(schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(id, 'openapi');
    for (const name of Object.keys(schemas)) expect(() => ajv.getSchema(`openapi#/components/schemas/${name}`), name).not.toThrow();
    expect(ajv.getSchema('openapi#/components/schemas/Error')!({ error: { code: 'invalid_parameter', message: 'lang: harus salah satu dari en, id' } })).toBe(true);
  });

  it('leaves the English document as it was', () => {
    expect(localiseDocument(english, 'en')).toBe(english);
    expect(buildOpenApiDocument()).toEqual(english);
    expect((english.info as { title: string }).title).toBe('Rantai API');
  });
});

describe('GET /api/openapi.json and GET /api/docs in Bahasa Indonesia', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
  });
  afterAll(async () => {
    await server?.close({ drainMs: 0 });
  });

  const page = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}/api/docs${query}`, { headers });
    return { res, html: await res.text() };
  };

  it('lists lang (en | id) on both routes in the document, and a 400 for a wrong one', async () => {
    const doc = (await getJson(`${server.url}/api/openapi.json`)).body as { paths: Record<string, Record<string, { parameters: Array<{ name: string; in: string; schema: { enum?: string[] } }>; responses: Record<string, unknown> }>> };
    for (const path of ['/api/openapi.json', '/api/docs']) {
      const op = doc.paths[path]!.get!;
      expect(op.parameters.map((p) => [p.name, p.in, p.schema.enum])).toEqual([['lang', 'query', ['en', 'id']]]);
      expect(Object.keys(op.responses)).toContain('400');
    }
  });

  it('answers the Indonesian document with ?lang=id, and the same as the built one', async () => {
    const { status, body, headers } = await getJson(`${server.url}/api/openapi.json?lang=id`);
    expect(status).toBe(200);
    expect(headers.get('content-language')).toBe('id');
    expect(headers.get('vary')).toMatch(/Accept-Language/i);
    const doc = body as JsonSchema;
    expect((doc.info as { title: string }).title).toBe('API Rantai');
    const built = buildOpenApiDocument(undefined, { version: (doc.info as { version: string }).version });
    expect(doc).toEqual(localiseDocument(built, 'id'));
    expect(withoutTexts(doc)).toEqual(withoutTexts((await getJson(`${server.url}/api/openapi.json`)).body));
  });

  it('takes the language from Accept-Language without lang, and lang over Accept-Language', async () => {
    const title = async (query: string, language?: string) => {
      const res = await fetch(`${server.url}/api/openapi.json${query}`, { headers: language ? { 'Accept-Language': language } : {} });
      return ((await res.json()) as { info: { title: string } }).info.title;
    };
    expect(await title('')).toBe('Rantai API');
    expect(await title('', 'id')).toBe('API Rantai');
    expect(await title('', 'id-ID,id;q=0.9,en;q=0.8')).toBe('API Rantai');
    expect(await title('', 'en-GB,en;q=0.9,id;q=0.5')).toBe('Rantai API');
    expect(await title('', 'fr')).toBe('Rantai API');
    expect(await title('?lang=en', 'id')).toBe('Rantai API');
    expect(await title('?lang=id-ID')).toBe('API Rantai');

    const { res, html } = await page('', { 'Accept-Language': 'id' });
    expect(res.headers.get('content-language')).toBe('id');
    expect(res.headers.get('vary')).toMatch(/Accept-Language/i);
    expect(html).toContain('<html lang="id">');
  });

  it('refuses an unknown lang or parameter with a 400 naming it, in the reader\'s language', async () => {
    for (const path of ['/api/openapi.json?lang=xx', '/api/docs?lang=xx', '/api/docs?lang=', '/api/openapi.json?lang=id&lang=en']) {
      const { status, body } = await getJson(`${server.url}${path}`);
      expect(status, path).toBe(400);
      const error = (body as { error: { code: string; message: string; details: { part: string } } }).error;
      expect(error.code).toBe('invalid_parameter');
      expect(error.message, path).toMatch(/^lang: /);
      expect(error.details.part).toBe('query');
    }
    const res = await fetch(`${server.url}/api/docs?lang=xx`, { headers: { 'Accept-Language': 'id' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^lang: .*harus salah satu dari en, id$/);
    const unknown = await getJson(`${server.url}/api/docs?bahasa=id`);
    expect(unknown.status).toBe(400);
    expect((unknown.body as { error: { message: string } }).error.message).toMatch(/bahasa/);
  });

  it('writes the page in Indonesian: lang="id", its own words, every route\'s Indonesian summary', async () => {
    const { res, html } = await page('?lang=id');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<title>Referensi API Rantai</title>');
    expect(html).toContain('<h1>Referensi API Rantai</h1>');
    for (const heading of ['Rute', 'Rincian rute', 'Skema']) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain('<th>parameter</th><th>letak</th><th>wajib</th><th>tipe</th><th>keterangan</th>');
    expect(html).toContain('<span class="label">isi permintaan</span> <code>application/json</code>');
    expect(html).toContain('<span class="label">jawaban</span> <code>application/json</code>');
    expect(html).toContain('Memerlukan <code>Authorization: Bearer &lt;RANTAI_WRITE_TOKEN&gt;</code>.');
    expect(html).toContain('<a href="openapi.json?lang=id">/api/openapi.json?lang=id</a>');
    expect(html).toContain('(bawaan 50)');
    for (const route of ROUTES) {
      const summary = indonesian(route.summary)!;
      expect(summary, route.id).not.toBe(route.summary);
      expect(html, route.id).toContain(esc(summary));
      expect(html, route.id).not.toContain(esc(route.summary));
      expect(html).toContain(`id="${route.id}"`);
    }
    // The English page's own words are not left on the Indonesian one.
    for (const word of ['Routes in detail', '<h2>Schemas</h2>', '<th>required</th>', '>Needs ', 'Machine-readable', '(default ', 'Version ']) expect(html).not.toContain(word);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=/i);
  });

  it('links each page to the other language, and the link leads there', async () => {
    const id = await page('?lang=id');
    const toEnglish = /<a href="(\?lang=en)" hreflang="en" lang="en">Read in English<\/a>/.exec(id.html);
    expect(toEnglish).not.toBeNull();
    const en = await fetch(new URL(toEnglish![1]!, `${server.url}/api/docs?lang=id`));
    const enHtml = await en.text();
    expect(enHtml).toContain('<html lang="en">');
    expect(enHtml).toContain('<h1>Rantai API reference</h1>');
    expect(enHtml).toContain('<h2>Routes in detail</h2>');
    const toIndonesian = /<a href="(\?lang=id)" hreflang="id" lang="id">Baca dalam Bahasa Indonesia<\/a>/.exec(enHtml);
    expect(toIndonesian).not.toBeNull();
    const back = await fetch(new URL(toIndonesian![1]!, en.url));
    expect(await back.text()).toBe(id.html);
    // Without lang or Accept-Language the page is the English one, as before.
    expect((await page('')).html).toBe(enHtml);
  });
});
