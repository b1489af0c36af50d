// The messages request shapes write for themselves, in Indonesian (server/i18n/messages/request.ts,
// server/api/issue-reason.ts): every `request.custom.*` message has its own Indonesian; every
// message a request shape of the HTTP API writes is one of them (or a known exception); and an
// invalid parameter answers 400 with the shape's words in English and their translation in
// Indonesian, not the generic reason of the issue's code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { graphRequestShape } from '../../server/analysis/graph/index.ts';
import { clusterComplexityQueryShape } from '../../server/analysis/cluster-complexity/shapes.ts';
import { importsQueryShape } from '../../server/analysis/imports/shapes.ts';
import { missingLinksQueryShape } from '../../server/analysis/links/shapes.ts';
import { PagerankNxOptionsSchema } from '../../server/analysis/network/pagerank-nx.ts';
import { riskQueryShape } from '../../server/analysis/risk/shapes.ts';
import { substitutionQueryShape, whatIfQueryShape, whatIfRequestShape } from '../../server/analysis/substitution/shapes.ts';
import { productComplexityQueryShape } from '../../server/analysis/trade/shapes.ts';
import type { RunningServer } from '../../server/api/index.ts';
import { issueText } from '../../server/api/issue-reason.ts';
import { catalogQueryShape } from '../../server/api/routes/catalog.ts';
import { complexityQueryShape, complexityRequestShape } from '../../server/api/routes/complexity.ts';
import { datasetUploadQueryShape } from '../../server/api/routes/datasets.ts';
import { exportQueryShape } from '../../server/api/routes/export.ts';
import { firmsQueryShape } from '../../server/api/routes/firms.ts';
import { entityParamsShape, graphRouteQueryShape } from '../../server/api/routes/graph.ts';
import { linkScoresRequestShape, metricsQueryShape } from '../../server/api/routes/network.ts';
import { cypherQueryStringShape, cypherRequestShape } from '../../server/console/shapes.ts';
import { CATALOGUE, EN, renderParam, type MessageKey } from '../../server/i18n/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { getJson, serveStore } from '../helpers/server.ts';

const CUSTOM_KEYS = (Object.keys(EN) as MessageKey[]).filter((k) => k.startsWith('request.custom.'));
const CUSTOM_ENGLISH = new Set(CUSTOM_KEYS.map((k) => EN[k] as string));

/** Every shape the HTTP API validates a request part with (parseRequest in server/api/routes/*.ts). */
const REQUEST_SHAPES: Record<string, z.ZodType> = {
  graphRequestShape,
  clusterComplexityQueryShape,
  importsQueryShape,
  missingLinksQueryShape,
  riskQueryShape,
  substitutionQueryShape,
  whatIfQueryShape,
  whatIfRequestShape,
  productComplexityQueryShape,
  catalogQueryShape,
  complexityQueryShape,
  complexityRequestShape,
  datasetUploadQueryShape,
  exportQueryShape,
  firmsQueryShape,
  entityParamsShape,
  graphRouteQueryShape,
  linkScoresRequestShape,
  metricsQueryShape,
  cypherQueryStringShape,
  cypherRequestShape,
};

/**
 * Messages of the request shapes left to the generic reason in Indonesian: built from a value the
 * shape is called with (idParam(field), id(field, what), positive(field), nodeValues(name),
 * column(name)), or holding braces, which the catalogue reads as placeholders.
 */
const LEFT_GENERIC = new Set([
  ...['buyer', 'cluster', 'component', 'target', 'process', 'material'].flatMap((f) => [`${f} must not be empty`, `${f} must be at most 200 characters`]),
  'buyer must be a firm id',
  'cluster must be a cluster id',
  'component must be a component id',
  ...['cluster', 'component', 'target', 'process', 'material'].map((f) => `${f} must be an id`),
  ...['toleranceMm', 'capacityTonnes'].flatMap((f) => [`${f} must be a number`, `${f} must be greater than 0`]),
  ...['personalization', 'nstart', 'dangling'].flatMap((n) => [`${n} must map node ids to numbers`, `${n} values must be numbers`, `${n} values must not be negative`]),
  ...['location', 'product', 'value', 'year'].map((c) => `${c} must name a column of the CSV`),
  'interventions must be a list of {target, add}',
]);

interface ZodNode {
  _zod: { def: Record<string, unknown> & { error?: (issue: unknown) => unknown; checks?: Array<{ _zod: { def: { error?: (issue: unknown) => unknown } } }> } };
}
const isNode = (v: unknown): v is ZodNode => typeof v === 'object' && v !== null && '_zod' in v;

/** The messages a shape writes for itself: its own and its checks' `error`, through every inner shape. */
function shapeMessages(root: unknown, into = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!isNode(root) || seen.has(root)) return into;
  seen.add(root);
  const def = root._zod.def;
  for (const error of [def.error, ...(def.checks ?? []).map((c) => c._zod.def.error)]) {
    const message = error?.({});
    if (typeof message === 'string') into.add(message);
  }
  const inner: unknown[] = ['innerType', 'in', 'out', 'element', 'keyType', 'valueType', 'left', 'right', 'rest', 'catchall'].map((k) => def[k]);
  if (typeof def.shape === 'object' && def.shape !== null) inner.push(...Object.values(def.shape));
  for (const list of [def.options, def.items]) if (Array.isArray(list)) inner.push(...(list as unknown[]));
  if (typeof def.getter === 'function') inner.push((def.getter as () => unknown)());
  for (const s of inner) shapeMessages(s, into, seen);
  return into;
}

describe('request.custom.* in the catalogue', () => {
  it.each(CUSTOM_KEYS)('%s has its own Indonesian', (key) => {
    const id = CATALOGUE.id[key];
    expect(typeof id).toBe('string');
    expect(id.trim()).not.toBe('');
    expect(id).not.toBe(EN[key]);
    expect(EN[key]).not.toMatch(/[{}]/);
    expect(id).not.toMatch(/[{}]/);
  });

  const written = new Set(Object.values(REQUEST_SHAPES).flatMap((s) => [...shapeMessages(s)]));

  it('covers every message a request shape writes for itself, but those left to the generic reason', () => {
    expect(written.size).toBeGreaterThan(100);
    expect([...written].filter((m) => !CUSTOM_ENGLISH.has(m) && !LEFT_GENERIC.has(m))).toEqual([]);
  });

  it('holds no message that no request shape writes (a changed bound or list would leave its key unused)', () => {
    expect(CUSTOM_KEYS.filter((k) => !written.has(EN[k] as string))).toEqual([]);
    expect([...LEFT_GENERIC].filter((m) => !written.has(m))).toEqual([]);
  });
});

describe('a shape’s type words for a broken bound', () => {
  it('still give the bound’s reason, not the type’s message', () => {
    const result = PagerankNxOptionsSchema.safeParse({ alpha: 2 }, { reportInput: true });
    const issue = result.error!.issues[0]!;
    expect(issue.message).toBe('alpha must be a number');
    expect(renderParam('en', issueText(issue))).toBe('must be at most 1');
    expect(renderParam('id', issueText(issue))).toBe('paling besar 1');
  });
});

describe('an invalid parameter over HTTP, on the seed', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
  });
  afterAll(() => server.close({ drainMs: 0 }));

  const messageOf = (body: unknown) => (body as { error: { code: string; message: string } }).error;

  it.each([
    ['/api/analysis/substitution?limit=0', 'limit: must be between 1 and 1000', 'limit: harus antara 1 sampai 1000'],
    // Past JavaScript's safe integers: the field's own bound, not "at most 9007199254740991" first.
    ['/api/analysis/substitution?limit=99999999999999999999', 'limit: must be between 1 and 1000', 'limit: harus antara 1 sampai 1000'],
    [
      '/api/analysis/product-complexity?country=idn',
      'country: must be an ISO 3166 alpha-3 code (three capital letters, e.g. IDN)',
      'country: harus berupa kode ISO 3166 alpha-3 (tiga huruf kapital, misalnya IDN)',
    ],
    [
      '/api/graph?group=foo',
      'group: must be "firm", "auto" or a comma-separated list of cluster, OEM, TIER1, TIER2, IKM, BUYER',
      'group: harus "firm", "auto" atau daftar dipisah koma yang berisi cluster, OEM, TIER1, TIER2, IKM, BUYER',
    ],
    ['/api/analysis/imports?basis=national&year=abc', 'year: must be a whole year', 'year: harus berupa tahun dalam bilangan bulat'],
  ])('%s: the shape’s words in English, their translation in Indonesian', async (path, english, indonesian) => {
    const en = await getJson(`${server.url}${path}&lang=en`);
    expect(en.status).toBe(400);
    expect(messageOf(en.body)).toMatchObject({ code: 'invalid_parameter', message: english });
    const id = await getJson(`${server.url}${path}&lang=id`);
    expect(id.status).toBe(400);
    expect(messageOf(id.body)).toMatchObject({ code: 'invalid_parameter', message: indonesian });
    const [field, reason] = [indonesian.slice(0, indonesian.indexOf(':')), indonesian.slice(indonesian.indexOf(': ') + 2)];
    // Alone in the details, the reason names its field again ("limit harus …"); after "limit: " it does not.
    expect((id.body as { error: { details: { issues: unknown[] } } }).error.details.issues[0]).toEqual({ field, message: `${field} ${reason}` });
  });

  // An unknown key inside a body's object is named with its path, in the message and the details,
  // both in the reader's language: what-if's details were English under an Indonesian message, and
  // /api/analysis/graph named "zz" alone, not which of its objects held it.
  it.each([
    ['/api/analysis/substitution/what-if', { interventions: [{ target: 'cl-ceper', add: { colour: 'red' } }] }, 'interventions.0.add.colour', 'colour'],
    ['/api/analysis/graph', { edges: [['a', 'b']], metrics: { pagerank: { zz: 1 } } }, 'metrics.pagerank.zz', 'zz'],
  ])('%s: an unknown key in the body is named with its path, in both languages', async (path, body, field, key) => {
    for (const [lang, reason] of [['en', `unknown field "${key}"`], ['id', `isian "${key}" tidak dikenal`]] as const) {
      const res = await fetch(`${server.url}${path}?lang=${lang}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { message: string; details: { issues: Array<{ field: string; message: string }> } } };
      expect(error.message).toBe(`${field}: ${reason}`);
      expect(error.details.issues[0]).toEqual({ field, message: expect.stringContaining(reason) });
      if (lang === 'id') for (const issue of error.details.issues) expect(issue.message, issue.field).not.toMatch(/unknown|must|field/);
    }
  });
});
