// The OpenAPI 3.1 document (GET /api/openapi.json) generated from the zod schemas, and its HTML page
// (GET /api/docs). Python's jsonschema (Draft 2020-12) checks every component schema, resolves every
// $ref and validates real answers of the API against the documented schemas.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../server/errors.ts';
import { ROUTES, type JsonSchema } from '../../server/openapi/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveWith, type TestServer } from '../helpers/app-with.ts';
import { smallDataset, tempDir } from '../helpers/datasets.ts';
import { zipOf } from '../upload/zips.ts';

const SCRIPT = fileURLToPath(new URL('./validate_with_jsonschema.py', import.meta.url));
const TOKEN = 'openapi-test-token-0123';

let server: TestServer;
let doc: JsonSchema;
let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  server = await serveWith(new EmbeddedStore(smallDataset(1)), { writeToken: TOKEN });
  doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as JsonSchema;
  tmp = await tempDir('rantai-openapi-');
});
afterAll(async () => {
  await server.close();
  await tmp.cleanup();
});

type Ops = Record<string, Record<string, JsonSchema>>;
const schemas = () => (doc.components as { schemas: Record<string, JsonSchema> }).schemas;

function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

async function jsonschemaProblems(instances: Array<[string, unknown, boolean]>): Promise<string[]> {
  const docFile = path.join(tmp.dir, 'openapi.json');
  const instFile = path.join(tmp.dir, 'instances.json');
  await writeFile(docFile, JSON.stringify(doc));
  await writeFile(instFile, JSON.stringify(instances));
  const r = spawnSync('python3', [SCRIPT, docFile, instFile], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[];
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document with every registered route', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    const paths = doc.paths as Ops;
    for (const route of ROUTES) expect(paths[route.path]?.[route.method]?.operationId).toBe(route.id);
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/health', '/api/graph', '/api/entities/{id}', '/api/cypher', '/api/datasets', '/api/export', '/api/openapi.json']));
  });

  it('every $ref points at a schema that exists, and no schema keeps a local $defs', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas()[ref.replace('#/components/schemas/', '')]).toBeDefined();
    }
    expect(JSON.stringify(doc)).not.toContain('$defs');
  });

  it('takes parameters, bodies and limits from the zod schemas', () => {
    const paths = doc.paths as Ops;
    const cypher = schemas().RunCypherRequest!;
    expect(cypher.required).toEqual(['query']);
    expect((cypher.properties as Record<string, JsonSchema>).timeoutMs).toMatchObject({ type: 'integer', minimum: 100, maximum: 60000, default: 10000 });
    expect((cypher.properties as Record<string, JsonSchema>).limit).toMatchObject({ maximum: 100000, default: 10000 });
    const exportParams = paths['/api/export']!.get!.parameters as JsonSchema[];
    expect(exportParams).toEqual([
      expect.objectContaining({ name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['graphml', 'gexf', 'json', 'csv', 'xlsx'] } }),
      // The language of an error only: the file is the same in both.
      expect.objectContaining({ name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['en', 'id'] } }),
    ]);
    const entityParams = paths['/api/entities/{id}']!.get!.parameters as JsonSchema[];
    expect(entityParams[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    const graphParams = (paths['/api/graph']!.get!.parameters as JsonSchema[]).map((p) => p.name);
    expect(graphParams).toEqual(['view', 'tier', 'cluster', 'component', 'province', 'links', 'pin', 'group', 'groupPast', 'groupFlowsPast', 'lang']);
  });

  it('documents the write token and the error answers with their stable codes', () => {
    const paths = doc.paths as Ops;
    const upload = paths['/api/datasets']!.post!;
    expect(upload.security).toEqual([{ writeToken: [] }]);
    expect(Object.keys(upload.responses as object)).toEqual(expect.arrayContaining(['200', '401', '403', '413', '415', '422']));
    expect((schemas().Error!.properties as { error: { properties: { code: { enum: string[] } } } }).error.properties.code.enum).toEqual(Object.keys(ERROR_CODES));
  });

  it('real answers of the API validate against the documented schemas (Python jsonschema, Draft 2020-12)', async () => {
    const get = async (p: string) => (await fetch(`${server.url}${p}`)).json();
    const d = smallDataset(2);
    const upload = await (
      await fetch(`${server.url}/api/datasets`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(d),
      })
    ).json();
    const rejected = await (
      await fetch(`${server.url}/api/datasets`, { method: 'POST', headers: { 'Content-Type': 'application/zip', Authorization: `Bearer ${TOKEN}` }, body: zipOf({ 'firms.csv': 'id,name\n' }) })
    ).json();
    const cypherAnswer = {
      columns: ['f', 'n'],
      rows: [{ f: { elementId: '4:x:1', labels: ['Firm'], properties: { id: 'f1', lat: -7.5, certifications: ['ISO 9001'] } }, n: null }],
      truncated: false,
      limit: 10000,
      nodes: [{ elementId: '4:x:1', labels: ['Firm'], properties: { id: 'f1' } }],
      relationships: [],
      elapsedMs: 12,
    };
    const problems = await jsonschemaProblems([
      ['GetHealthResponse', await get('/api/health'), true],
      ['GetGraphResponse', await get('/api/graph'), true],
      ['GetEntityResponse', await get(`/api/entities/${d.firms[0]!.id}`), true],
      ['ReplaceDatasetResponse', upload, true],
      ['Error', rejected, true],
      ['Error', await get('/api/graph?tier=TIER9'), true],
      ['RunCypherResponse', cypherAnswer, true],
      ['RunCypherRequest', { query: 'RETURN $x', params: { x: [1, { a: null }] }, limit: 5 }, true],
      ['RunCypherRequest', { query: 'RETURN 1', limit: 0 }, false],
      ['RunCypherRequest', { params: {} }, false],
      ['Error', { error: { code: 'no_such_code', message: 'x' } }, false],
    ]);
    expect(problems).toEqual([]);
  });
});

describe('GET /api/docs', () => {
  it('is a readable HTML page of every route, with no scripts or outside resources', async () => {
    const res = await fetch(`${server.url}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const route of ROUTES) {
      expect(html).toContain(`<code>${route.path}</code>`);
      expect(html).toContain(`id="${route.id}"`);
    }
    expect(html).toContain('Needs <code>Authorization: Bearer &lt;RANTAI_WRITE_TOKEN&gt;</code>');
    expect(html).toContain('<a href="#schema-RunCypherResponse">');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=/i);
  });
});
