// Builds the OpenAPI 3.1 document from the route registry: parameters, request bodies and answers
// all come from the routes' zod schemas (z.toJSONSchema), none is written by hand.
import type { z } from 'zod';
import { resolveHttpLimits } from '../api/http-limits.ts';
import { DEFAULT_JSON_LIMIT } from '../api/json-body.ts';
import { MAX_JSON_DEPTH } from '../util/json-depth.ts';
import { ERROR_CODES, type ErrorCode } from '../errors.ts';
import { errorShape } from './error-shape.ts';
import { SchemaCollector, type JsonSchema } from './json-schema.ts';
import { isFileResponse, type RouteDoc } from './route-doc.ts';
import { ROUTES } from './routes.ts';

export interface OpenApiInfo {
  title?: string;
  version?: string;
}

/**
 * Errors any route can answer with: a malformed request (headers too large or late included,
 * server/api/client-error.ts), and the store failing (Neo4j's, mapped in server/store/neo4j/errors.ts).
 */
const IMPLIED: readonly ErrorCode[] = ['invalid_request', 'headers_too_large', 'request_timeout', 'internal', 'store_unavailable', 'store_busy', 'store_memory_limit', 'store_auth', 'store_timeout'];
/** Errors of every route that reads a JSON body (server/api/json-body.ts). */
const IMPLIED_BODY: readonly ErrorCode[] = ['body_too_deep', 'payload_too_large', 'unsupported_media_type', 'request_timeout'];

const pascal = (id: string): string => id.charAt(0).toUpperCase() + id.slice(1);

function parameters(collector: SchemaCollector, shape: z.ZodObject | undefined, where: 'query' | 'path', prefix: string): JsonSchema[] {
  if (!shape) return [];
  const schema = collector.convert(shape, 'input', prefix);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => {
    const { description, ...rest } = s;
    const p: JsonSchema = { name, in: where, required: where === 'path' || required.has(name), schema: rest };
    if (typeof description === 'string') p.description = description;
    return p;
  });
}

/** One response per status, its schema the shared Error narrowed to the codes of that status. */
function errorResponses(codes: readonly ErrorCode[]): Record<string, JsonSchema> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...new Set([...codes, ...IMPLIED])]) byStatus.set(ERROR_CODES[code], [...(byStatus.get(ERROR_CODES[code]) ?? []), code]);
  const out: Record<string, JsonSchema> = {};
  for (const [status, list] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    const schema = { allOf: [{ $ref: '#/components/schemas/Error' }, { type: 'object', properties: { error: { type: 'object', properties: { code: { enum: list } } } } }] };
    const headers = status === 503 ? { 'Retry-After': { description: 'seconds after which a retry may succeed (sent when a retry can help)', schema: { type: 'integer', minimum: 0 } } } : undefined;
    out[String(status)] = { description: `error: ${list.join(', ')}`, ...(headers ? { headers } : {}), content: { 'application/json': { schema } } };
  }
  return out;
}

function operation(collector: SchemaCollector, route: RouteDoc): JsonSchema {
  const name = pascal(route.id);
  const op: JsonSchema = {
    operationId: route.id,
    tags: [route.tag],
    summary: route.summary,
    parameters: [...parameters(collector, route.params, 'path', `${name}Path`), ...parameters(collector, route.query, 'query', `${name}Query`)],
  };
  if (route.description) op.description = route.description;
  if (route.body) {
    op.requestBody = { required: true, content: { 'application/json': { schema: collector.named(`${name}Request`, route.body, 'input') } } };
  } else if (route.upload) {
    const content: JsonSchema = {};
    for (const [media, description] of Object.entries(route.upload)) {
      content[media] = media === 'multipart/form-data'
        ? { schema: { type: 'object', description, properties: { files: { type: 'array', items: { type: 'string', contentMediaType: 'text/csv' } }, name: { type: 'string' } } } }
        : { schema: { description, ...(media === 'application/json' ? { type: 'object' } : { type: 'string', contentMediaType: media }) } };
    }
    op.requestBody = { required: true, content };
  }
  const ok = isFileResponse(route.response)
    ? { description: route.response.description, content: Object.fromEntries(route.response.media.map((m) => [m, {}])) }
    : { description: 'success', content: { 'application/json': { schema: collector.named(`${name}Response`, route.response, 'output') } } };
  const implied = route.body ? IMPLIED_BODY : route.upload ? (['request_timeout'] as const) : [];
  op.responses = { '200': ok, ...errorResponses([...(route.errors ?? []), ...implied]) };
  if (route.writeToken) op.security = [{ writeToken: [] }];
  return op;
}

/** The OpenAPI 3.1 document of `routes` (the registry by default). */
export function buildOpenApiDocument(routes: readonly RouteDoc[] = ROUTES, info: OpenApiInfo = {}): JsonSchema {
  const collector = new SchemaCollector();
  collector.named('Error', errorShape, 'output');
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path]![route.method] = operation(collector, route);
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: info.title ?? 'Rantai API',
      version: info.version ?? '0.1.0',
      description:
        `Supply-chain graph analyser for Indonesia's automotive components. Every error is {error: {code, message, details?}} with a proper HTTP status; codes are stable, and a 503 carries Retry-After when a retry can help. Routes that change data need Authorization: Bearer <RANTAI_WRITE_TOKEN>. JSON bodies: at most ${DEFAULT_JSON_LIMIT.toUpperCase()} (unless the server sets another limit), nested at most ${MAX_JSON_DEPTH} levels, sent within ${resolveHttpLimits().bodyTimeoutMs / 1000} s; a method a path does not list is answered 405 with an Allow header.`,
    },
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(collector.components).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      securitySchemes: { writeToken: { type: 'http', scheme: 'bearer', description: 'the server\'s RANTAI_WRITE_TOKEN' } },
    },
  };
}
