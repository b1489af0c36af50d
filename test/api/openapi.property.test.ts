// Property test of the API against its own OpenAPI document (GET /api/openapi.json), on the embedded
// store with the seed dataset, over real sockets. fast-check generates requests from the document:
// - valid ones (every parameter and body as the schemas allow, ids now and then from the catalogue):
//   no 5xx (the one documented exception: POST /api/cypher answers 501 on the embedded store), the
//   status is documented for the operation, the body validates (ajv, JSON Schema 2020-12) against
//   the documented schema of that status, and no 400 is a schema refusal (zod refusing a request the
//   document allows: details.part) — only semantic ones such as an unknown id (details.id);
// - broken ones (wrong method, unknown or bad parameters, missing/unknown/mistyped fields, bodies
//   that are not JSON, too deep, too large, of another media type, uploads without a token): the
//   4xx the mutation calls for, with a body in the documented error shape, never a 5xx.
// Fixed seeds and a few hundred requests keep it within CI's budget (well under a minute).
import { request as httpRequest } from 'node:http';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/api/index.ts';
import { DEFAULT_DATASET } from '../../server/config.ts';
import { readDataset } from '../../server/model/index.ts';
import { ROUTES } from '../../server/openapi/index.ts';
import { probeQueryShape } from '../../server/i18n/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { MAX_JSON_DEPTH } from '../../server/util/json-depth.ts';
import { buildRequest, operationsOf, validPartsArb, type GeneratedRequest, type Hints, type Operation, type Schema, type SchemaContext } from './openapi-arbitraries.ts';

const SEED = 20_251_130;
const TOKEN = 'property-test-write-token';
const JSON_LIMIT = 64 * 1024;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One request on its own connection; a refused upload may reset the socket after its answer. */
function send(base: string, r: GeneratedRequest, chunked = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${r.url}`, { method: r.method, headers: r.headers, agent: false, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within 30 s: ${r.method} ${r.url}`)));
    // Writing a body the server has already refused fails with EPIPE/ECONNRESET; the answer counts.
    req.on('error', (e) => (e.message.includes('EPIPE') || e.message.includes('ECONNRESET') ? undefined : reject(e)));
    if (r.body !== undefined) {
      if (chunked) {
        for (let at = 0; at < r.body.length; at += 16 * 1024) req.write(r.body.slice(at, at + 16 * 1024));
      } else req.write(r.body);
    }
    req.end();
  });
}

let server: RunningServer;
let uploads: RunningServer;
let doc: Schema;
let ctx: SchemaContext;
let ajv: InstanceType<typeof Ajv2020>;
const logged: string[] = [];

const pointer = (...parts: string[]) => `openapi#/${parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

beforeAll(async () => {
  const dataset = await readDataset(DEFAULT_DATASET);
  const log = (text: string) => logged.push(text);
  server = await startServer({ store: new EmbeddedStore(dataset), neo4jStatus: async () => ({ configured: false, reachable: false }) }, 0, '127.0.0.1', { log, jsonLimit: `${JSON_LIMIT}b` });
  // Uploads replace the dataset: they get their own server, so the other requests keep the seed.
  uploads = await startServer({ store: new EmbeddedStore(dataset), neo4jStatus: async () => ({ configured: false, reachable: false }) }, 0, '127.0.0.1', { log, writeToken: TOKEN });
  doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Schema;
  ajv = new Ajv2020({ strict: false, allErrors: false });
  ajv.addSchema(doc, 'openapi');

  const catalog = (await (await fetch(`${server.url}/api/catalog`)).json()) as Record<string, Array<{ id: string }> | string[]>;
  const ids = (key: string) => (catalog[key] as Array<{ id: string }>).map((e) => e.id);
  const firms = dataset.firms.map((f) => f.id);
  const sample = (await readFile(new URL('../fixtures/ecomplexity/trade_data_sample.csv', import.meta.url), 'utf8')).split('\n').slice(0, 200).join('\n');
  const recommended = (await (await fetch(`${server.url}/api/analysis/missing-links?limit=5`)).json()) as { recommendations: Array<{ supplier: { id: string }; buyer: { id: string }; component: { id: string } }> };
  const hints: Hints = {
    // A pin names a recommended link: supplier|buyer|component.
    pin: recommended.recommendations.map((r) => `${r.supplier.id}|${r.buyer.id}|${r.component.id}`),
    cluster: ids('clusters'),
    component: ids('components'),
    buyer: firms,
    province: catalog.provinces as string[],
    id: [...firms, ...ids('clusters'), ...ids('components'), ...ids('countries')],
    // A what-if target is a cluster or a firm that belongs to one.
    target: [...ids('clusters'), ...dataset.firms.filter((f) => f.cluster).map((f) => f.id)],
    process: ids('processes'),
    material: ids('materials'),
    certification: catalog.certifications as string[],
    pairs: [...firms, 'a', 'b', 'c'],
    csv: [sample],
    location: ['origin'],
    product: ['hs92'],
    value: ['export_val'],
    year: ['year'],
    query: ['MATCH (n) RETURN n LIMIT 1'],
    // POST /api/analysis/graph: graph files that read, and sample sizes a small graph has.
    content: [
      'source,target,weight\na,b,1\nb,c,2\n',
      '<graphml><graph edgedefault="undirected"><node id="a"/><edge source="a" target="b"/><edge source="b" target="c"/></graph></graphml>',
      '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="b"/><edge source="b" target="c" weight="2"/></edges></graph></gexf>',
    ],
    k: [1, 2],
    max_level: [1, 2],
    // …and node ids that the edges, the maps of node values and the node lists share.
    ...Object.fromEntries(['edges', 'nodes', 'among', 'personalization', 'nstart', 'dangling', 'communities'].map((name) => [name, ['a', 'b', 'c']])),
    // Link prediction is defined on simple undirected graphs: mostly those.
    directed: [false],
    multigraph: [false],
  };
  ctx = { doc, hints, maxDepth: 4 };
});
afterAll(async () => {
  await server?.close({ drainMs: 0 });
  await uploads?.close({ drainMs: 0 });
});

const operations = (): Operation[] => operationsOf(doc);
const routeOf = (o: Operation) => ROUTES.find((r) => r.path === o.path && r.method === o.method)!;
const isUpload = (o: Operation) => routeOf(o).upload !== undefined;
const bodyOps = () => operations().filter((o) => routeOf(o).body !== undefined);

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** Problems of an answer measured against the operation's documented responses. */
function documentedProblems(o: Operation, a: Answer): string[] {
  const responses = o.op.responses as Record<string, Schema>;
  const response = responses[String(a.status)];
  if (!response) return [`status ${a.status} is not documented for ${o.method.toUpperCase()} ${o.path} (documented: ${Object.keys(responses).join(', ')})`];
  const content = (response.content ?? {}) as Record<string, Schema>;
  const type = String(a.headers['content-type'] ?? '').split(';')[0]!.trim();
  if (!(type in content)) return [`content type "${type}" is not documented for status ${a.status} (documented: ${Object.keys(content).join(', ')})`];
  if (!content[type]!.schema) return [];
  const validate = ajv.getSchema(pointer('paths', o.path, o.method, 'responses', String(a.status), 'content', type, 'schema')) ?? ajv.compile({ $ref: pointer('paths', o.path, o.method, 'responses', String(a.status), 'content', type, 'schema') });
  const body = parseJson(a.text);
  if (body === undefined) return ['the body is not JSON'];
  if (validate(body)) return [];
  return (validate.errors ?? []).slice(0, 3).map((e) => `body${e.instancePath} ${e.message ?? ''}`);
}

const errorOf = (a: Answer) => (parseJson(a.text) as { error?: { code?: string; details?: Record<string, unknown> } } | undefined)?.error;

// ---- valid requests --------------------------------------------------------------------------

function validRequestArb(): fc.Arbitrary<GeneratedRequest> {
  return fc.constantFrom(...operations().filter((o) => !isUpload(o))).chain((o) => validPartsArb(ctx, o).map((parts) => buildRequest(o, parts, 'valid')));
}

describe('requests the OpenAPI document allows', () => {
  it('are answered as documented: no 5xx, documented status and schema, no schema refusal', async () => {
    const seen = new Map<string, Set<number>>();
    await fc.assert(
      fc.asyncProperty(validRequestArb(), async (r) => {
        const a = await send(server.url, r);
        const o = r.operation;
        const key = `${o.method.toUpperCase()} ${o.path}`;
        seen.set(key, (seen.get(key) ?? new Set()).add(a.status));
        const problems = documentedProblems(o, a);
        const notImplemented = o.path === '/api/cypher' && a.status === 501 && errorOf(a)?.code === 'not_implemented';
        if (a.status >= 500 && !notImplemented) problems.push(`server error ${a.status}: ${a.text.slice(0, 200)}`);
        const error = errorOf(a);
        if (a.status === 400 && error?.code === 'invalid_parameter' && error.details && 'part' in error.details) {
          problems.push(`the server refused, by its schema, a request the document allows: ${a.text.slice(0, 300)}`);
        }
        if (['body_too_deep', 'payload_too_large', 'unsupported_media_type', 'invalid_request'].includes(error?.code ?? '') && o.path !== '/api/complexity') {
          problems.push(`a valid request was refused as malformed: ${a.text.slice(0, 200)}`);
        }
        if (problems.length > 0) throw new Error(`${r.method} ${r.url} ${r.body?.slice(0, 300) ?? ''}\n  → ${a.status} ${problems.join('\n  ')}`);
      }),
      { seed: SEED, numRuns: 300, endOnFailure: true },
    );
    // The run reached every operation, and most answered 200 (not only refusals).
    const all = operations().filter((o) => !isUpload(o));
    expect([...seen.keys()].sort()).toEqual(all.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort());
    // All but the Cypher console (501 here) and the any-graph route, whose valid requests need what a
    // schema cannot say (the node ids of options and pairs must be nodes of the posted graph, k at most
    // their number): its refusals are still checked above (documented 400s, no 5xx), and its 200s are
    // tested in test/api/analysis-graph-limits.test.ts and through NetworkX's own test modules
    // (test/networkx-adapter).
    const ok = [...seen].filter(([key, statuses]) => statuses.has(200) || key === 'POST /api/analysis/graph').length;
    expect(ok).toBeGreaterThanOrEqual(all.length - 1);
    expect(logged.filter((l) => l.startsWith('internal error'))).toEqual([]);
  }, 120_000);
});

// ---- broken requests -------------------------------------------------------------------------

interface Broken {
  request: GeneratedRequest;
  status: number;
  code?: string;
  chunked?: boolean;
}

const nest = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function brokenArb(): fc.Arbitrary<Broken> {
  const ops = operations().filter((o) => !isUpload(o));
  const methods = (path: string) => new Set(operations().filter((o) => o.path === path).map((o) => o.method.toUpperCase()));
  const wrongMethod = fc.constantFrom(...ops).chain((o) =>
    fc
      .constantFrom('PUT', 'DELETE', 'PATCH', 'TRACE', 'POST', 'GET')
      .filter((m) => !methods(o.path).has(m))
      .chain((m) => validPartsArb(ctx, o).map((parts): Broken => ({ request: { ...buildRequest(o, parts, `method ${m}`), method: m }, status: 405, code: 'method_not_allowed' }))),
  );
  const withQuery = ops.filter((o) => routeOf(o).query !== undefined);
  // The probes ignore other parameters (a monitor's cache-busting one): test/api/health.test.ts.
  const strictQuery = withQuery.filter((o) => routeOf(o).query !== probeQueryShape);
  const unknownQuery = fc.constantFrom(...strictQuery).chain((o) =>
    validPartsArb(ctx, o).map((parts): Broken => ({ request: buildRequest(o, { ...parts, query: { ...parts.query, zz_unknown: '1' } }, 'unknown query parameter'), status: 400, code: 'invalid_parameter' })),
  );
  const constrained = withQuery.flatMap((o) => ((o.op.parameters ?? []) as Schema[]).filter((p) => p.in === 'query' && (Array.isArray((p.schema as Schema).enum) || (p.schema as Schema).type === 'integer')).map((p) => ({ o, p })));
  const badQueryValue = fc.constantFrom(...constrained).chain(({ o, p }) => {
    const s = p.schema as Schema;
    const bad = Array.isArray(s.enum)
      ? fc.string({ minLength: 1, maxLength: 10 }).filter((v) => !(s.enum as unknown[]).includes(v))
      : fc.constantFrom('abc', '1.5', '', String(((s.maximum as number | undefined) ?? 1e12) + 1), String(((s.minimum as number | undefined) ?? -1e12) - 1));
    return fc.tuple(validPartsArb(ctx, o), bad).map(([parts, v]): Broken => ({ request: buildRequest(o, { ...parts, query: { ...parts.query, [p.name as string]: v } }, `bad ${String(p.name)}`), status: 400, code: 'invalid_parameter' }));
  });
  const repeated = fc.constantFrom(...constrained).chain(({ o, p }) =>
    validPartsArb(ctx, o).map((parts): Broken => {
      const r = buildRequest(o, parts, `repeated ${String(p.name)}`);
      const v = (p.schema as Schema).type === 'integer' ? '1' : String(((p.schema as Schema).enum as unknown[])[0]);
      r.url += `${r.url.includes('?') ? '&' : '?'}${String(p.name)}=${v}&${String(p.name)}=${v}`;
      return { request: r, status: 400, code: 'invalid_parameter' };
    }),
  );
  const entity = ops.find((o) => o.path === '/api/entities/{id}')!;
  const longId = fc.string({ minLength: 201, maxLength: 260 }).map((id): Broken => ({ request: buildRequest(entity, { pathParams: { id }, query: {}, body: undefined }, 'id too long'), status: 400, code: 'invalid_parameter' }));

  const body = fc.constantFrom(...bodyOps()).chain((o) =>
    validPartsArb(ctx, o).chain((parts) => {
      const valid = parts.body as Record<string, unknown>;
      const json = JSON.stringify(valid);
      const schema = ((o.op.requestBody as Schema).content as Record<string, Schema>)['application/json']!.schema as Schema;
      const resolved = typeof schema.$ref === 'string' ? (doc.components as { schemas: Record<string, Schema> }).schemas[schema.$ref.split('/').pop()!]! : schema;
      const required = (resolved.required ?? []) as string[];
      const keys = Object.keys(valid);
      const make = (what: string, text: string | undefined, status: number, code?: string, headers: Record<string, string> = {}, chunked = false): Broken => {
        const r = buildRequest(o, { ...parts, body: undefined }, what, headers);
        if (text !== undefined) {
          r.body = text;
          r.headers['content-type'] ??= 'application/json';
        }
        return { request: r, status, ...(code ? { code } : {}), chunked };
      };
      const options: Array<fc.Arbitrary<Broken>> = [
        fc.constant(make('unknown field', JSON.stringify({ ...valid, zz_unknown: 1 }), 400, 'invalid_parameter')),
        fc.constantFrom<unknown>([], 'text', 42, true).map((v) => make(`body ${JSON.stringify(v)}`, JSON.stringify(v), 400, 'invalid_parameter')),
        fc.integer({ min: 1, max: json.length - 1 }).map((cut) => make(`cut at ${cut}`, json.slice(0, cut), 400, 'invalid_request')),
        fc.integer({ min: MAX_JSON_DEPTH + 1, max: 20_000 }).map((d) => make(`nested ${d}`, JSON.stringify({ ...valid, zz: 0 }).replace('0}', `${nest(d)}}`), 400, 'body_too_deep')),
        fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml').map((t) => make(`as ${t}`, json, 415, 'unsupported_media_type', { 'content-type': t })),
        fc.boolean().map((chunked) => make(`too large${chunked ? ', chunked' : ''}`, JSON.stringify({ ...valid, zz: 'x'.repeat(JSON_LIMIT) }), 413, 'payload_too_large', {}, chunked)),
        fc.constant(make('no body', undefined, 400, 'invalid_parameter')),
      ];
      if (required.length > 0) options.push(fc.constantFrom(...required).map((k) => make(`without ${k}`, JSON.stringify(Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))), 400, 'invalid_parameter')));
      if (keys.length > 0) {
        options.push(
          fc.tuple(fc.constantFrom(...keys), fc.constantFrom<unknown>({ zz: 1 }, [[[]]], 'zz-text', -1.5, false)).filter(([k, v]) => typeof v !== typeof valid[k] || Array.isArray(v) !== Array.isArray(valid[k]))
            .map(([k, v]) => make(`${k} as ${JSON.stringify(v)}`, JSON.stringify({ ...valid, [k]: v }), 400, 'invalid_parameter')),
        );
      }
      return fc.oneof(...options);
    }),
  );
  return fc.oneof(wrongMethod, unknownQuery, badQueryValue, repeated, longId, body, body);
}

describe('requests the OpenAPI document does not allow', () => {
  it('are refused with the right documented 4xx, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(brokenArb(), async (b) => {
        const a = await send(server.url, b.request, b.chunked);
        const problems: string[] = [];
        if (a.status !== b.status) problems.push(`expected ${b.status}, got ${a.status}: ${a.text.slice(0, 300)}`);
        const error = errorOf(a);
        if (b.code && error?.code !== b.code) problems.push(`expected code ${b.code}, got ${error?.code}`);
        if (a.status === 405) {
          const allow = String(a.headers.allow ?? '').split(', ');
          const documented = operationsOf(doc).filter((o) => o.path === b.request.operation.path).map((o) => o.method.toUpperCase());
          if (!documented.every((m) => allow.includes(m)) || allow.includes(b.request.method)) problems.push(`Allow "${String(a.headers.allow)}" does not list exactly the documented methods`);
          if (!ajv.validate({ $ref: 'openapi#/components/schemas/Error' }, parseJson(a.text))) problems.push('the 405 body is not the error shape');
        } else problems.push(...documentedProblems(b.request.operation, a));
        if (b.code === 'invalid_request' && b.request.what.startsWith('cut')) {
          const details = error?.details as { line?: number; column?: number } | undefined;
          if (!(typeof details?.line === 'number' && typeof details.column === 'number')) problems.push('a malformed JSON body is refused without its line and column');
        }
        if (problems.length > 0) throw new Error(`${b.request.what}: ${b.request.method} ${b.request.url} ${b.request.body?.slice(0, 200) ?? ''}\n  → ${problems.join('\n  ')}`);
      }),
      { seed: SEED + 1, numRuns: 250, endOnFailure: true },
    );
    expect(logged.filter((l) => l.startsWith('internal error'))).toEqual([]);
  }, 120_000);
});

// ---- uploads -----------------------------------------------------------------------------------

describe('dataset uploads against the document', () => {
  it('JSON bundles and broken uploads get documented answers, never a 5xx', async () => {
    const o = operations().find((op) => op.path === '/api/datasets')!;
    const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const make = (what: string, body: string | undefined, headers: Record<string, string>): GeneratedRequest => ({ operation: o, method: 'POST', url: '/api/datasets', headers, ...(body === undefined ? {} : { body }), what });
    const arb: fc.Arbitrary<{ r: GeneratedRequest; status?: number }> = fc.oneof(
      fc.dictionary(fc.constantFrom('firms', 'clusters', 'components', 'zz'), fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'tier'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), { maxLength: 3 }), { maxKeys: 3 }).map((v) => ({ r: make('bundle', JSON.stringify(v), auth) })),
      fc.integer({ min: MAX_JSON_DEPTH + 1, max: 50_000 }).map((d) => ({ r: make(`nested ${d}`, `{"firms":[{"id":"a","name":${nest(d)}}]}`, auth), status: 400 })),
      fc.constant({ r: make('no token', '{}', { 'content-type': 'application/json' }), status: 401 }),
      fc.constant({ r: make('wrong token', '{}', { ...auth, authorization: `Bearer ${TOKEN}x` }), status: 401 }),
      fc.constantFrom('text/plain', 'image/png').map((t) => ({ r: make(`as ${t}`, '{}', { ...auth, 'content-type': t }), status: 415 })),
      fc.string({ maxLength: 40 }).map((t) => ({ r: make('not JSON', `{${t}`, auth) })),
    );
    await fc.assert(
      fc.asyncProperty(arb, async ({ r, status }) => {
        const a = await send(uploads.url, r);
        const problems = documentedProblems(o, a);
        if (a.status >= 500) problems.push(`server error ${a.status}`);
        if (status !== undefined && a.status !== status) problems.push(`expected ${status}, got ${a.status}: ${a.text.slice(0, 200)}`);
        if (problems.length > 0) throw new Error(`${r.what}: ${r.body?.slice(0, 200) ?? ''}\n  → ${problems.join('\n  ')}`);
      }),
      { seed: SEED + 2, numRuns: 60, endOnFailure: true },
    );
    expect(logged.filter((l) => l.startsWith('internal error'))).toEqual([]);
  }, 120_000);
});
