// fast-check arbitraries generated from the OpenAPI document (JSON Schema 2020-12, the subset the
// document uses): values a schema allows, and requests an operation allows, so that the property
// test (openapi.property.test.ts) asks the server exactly what the document says it may. `hints`
// maps a property or parameter name to real values (ids from the catalogue, a sample CSV), drawn
// now and then so that valid requests reach answers and not only "unknown id" refusals.
import fc from 'fast-check';

export type Schema = { [key: string]: unknown };
export type Hints = Record<string, readonly unknown[]>;

export interface SchemaContext {
  doc: Schema;
  hints: Hints;
  /** Objects and arrays nested deeper than this are not generated (recursive schemas end). */
  maxDepth: number;
}

export function resolveRef(doc: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
  let at: unknown = doc;
  for (const part of ref.slice(2).split('/')) at = (at as Schema)[part.replaceAll('~1', '/').replaceAll('~0', '~')];
  if (!at || typeof at !== 'object') throw new Error(`$ref ${ref} points at nothing`);
  return at as Schema;
}

const isContainer = (ctx: SchemaContext, s: Schema): boolean => {
  const r = typeof s.$ref === 'string' ? resolveRef(ctx.doc, s.$ref) : s;
  return r.type === 'array' || r.type === 'object' || Array.isArray(r.anyOf);
};

/** A string whose UTF-16 length is within the bounds (zod counts code units, not graphemes). */
function stringArb(min: number, max: number): fc.Arbitrary<string> {
  const cap = Math.min(max, Math.max(min, 24));
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.string({ minLength: min, maxLength: cap }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: cap }) },
    )
    .filter((s) => s.length >= min && s.length <= max);
}

function integerArb(lo: number, hi: number): fc.Arbitrary<number> {
  return fc.bigInt({ min: BigInt(lo), max: BigInt(hi) }).map(Number);
}

function numberArb(s: Schema): fc.Arbitrary<number> {
  const min = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : -1e9;
  const max = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum : 1e9;
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true, minExcluded: s.exclusiveMinimum !== undefined, maxExcluded: s.exclusiveMaximum !== undefined }).map((n) => (Object.is(n, -0) ? 0 : n));
}

/** Values `schema` allows; `name` is the property or parameter the value is for (for hints). */
export function valueArb(ctx: SchemaContext, schema: Schema, name = '', depth = 0): fc.Arbitrary<unknown> {
  if (typeof schema.$ref === 'string') return valueArb(ctx, resolveRef(ctx.doc, schema.$ref), name, depth);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (Array.isArray(schema.anyOf) && schema.type === undefined) {
    let options = schema.anyOf as Schema[];
    if (depth >= ctx.maxDepth) options = options.filter((o) => !isContainer(ctx, o));
    return fc.oneof(...options.map((o) => valueArb(ctx, o, name, depth)));
  }
  const hinted = (arb: fc.Arbitrary<unknown>, valid: (v: unknown) => boolean): fc.Arbitrary<unknown> => {
    const hints = (ctx.hints[name] ?? []).filter(valid);
    return hints.length === 0 ? arb : fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...hints) }, { weight: 1, arbitrary: arb });
  };
  // A list of types (zod writes a union of plain types that way): one of them.
  if (Array.isArray(schema.type)) return fc.oneof(...(schema.type as string[]).map((type) => valueArb(ctx, { ...schema, type }, name, depth)));
  switch (schema.type) {
    case 'string': {
      const min = (schema.minLength as number | undefined) ?? 0;
      const max = (schema.maxLength as number | undefined) ?? 10_000;
      // A pattern the document states is part of what it allows: draw only strings that match it.
      const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : null;
      const fits = (v: unknown) => typeof v === 'string' && v.length >= min && v.length <= max && (pattern === null || pattern.test(v));
      const drawn = pattern === null ? stringArb(min, max) : fc.stringMatching(pattern).filter(fits);
      return hinted(drawn, fits);
    }
    case 'integer': {
      const lo = Math.ceil((schema.minimum as number | undefined) ?? -1e9);
      const hi = Math.floor((schema.maximum as number | undefined) ?? 1e9);
      return hinted(integerArb(lo, hi), (v) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi);
    }
    case 'number':
      return numberArb(schema);
    case 'boolean':
      return hinted(fc.boolean(), (v) => typeof v === 'boolean');
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayArb(ctx, schema, name, depth);
    case 'object':
      return objectArb(ctx, schema, name, depth);
    default:
      if (schema.type === undefined && Object.keys(schema).every((k) => k === 'description')) return fc.jsonValue({ maxDepth: 2 });
      throw new Error(`schema not supported by the generator: ${JSON.stringify(schema).slice(0, 200)}`);
  }
}

function arrayArb(ctx: SchemaContext, schema: Schema, name: string, depth: number): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.prefixItems) && schema.items === false) {
    return fc.tuple(...(schema.prefixItems as Schema[]).map((s) => valueArb(ctx, s, name, depth + 1)));
  }
  const min = (schema.minItems as number | undefined) ?? 0;
  if (depth >= ctx.maxDepth && min === 0) return fc.constant([]);
  const max = Math.min((schema.maxItems as number | undefined) ?? 3, Math.max(min, 3));
  return fc.array(valueArb(ctx, (schema.items as Schema | undefined) ?? {}, name, depth + 1), { minLength: min, maxLength: max });
}

function objectArb(ctx: SchemaContext, schema: Schema, name: string, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const extra = schema.additionalProperties;
  if (Object.keys(properties).length === 0) {
    if (extra === false || depth >= ctx.maxDepth) return fc.constant({});
    const value = extra && typeof extra === 'object' ? (extra as Schema) : {};
    // A map's keys are hinted by the map's name (e.g. node ids of a posted graph).
    const hintedKeys = (ctx.hints[name] ?? []).filter((h): h is string => typeof h === 'string');
    const keys = hintedKeys.length === 0 ? stringArb(1, 12) : fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...hintedKeys) }, { weight: 1, arbitrary: stringArb(1, 12) });
    return fc.dictionary(keys, valueArb(ctx, value, '', depth + 1), { maxKeys: 3 });
  }
  // anyOf of `required` lists (a refinement in JSON Schema words) and dependentRequired decide which
  // optional properties must be there.
  // oneOf of `required` lists: exactly one of them, so the others' own properties are left out
  // (and whatever depends on them).
  const exclusive = Array.isArray(schema.oneOf) ? (schema.oneOf as Schema[]).map((a) => (a.required ?? []) as string[]) : null;
  const alternatives = exclusive ?? (Array.isArray(schema.anyOf) ? (schema.anyOf as Schema[]).map((a) => (a.required ?? []) as string[]) : [[]]);
  const dependent = (schema.dependentRequired ?? {}) as Record<string, string[]>;
  const leftOut = (alt: string[]): Set<string> => {
    const out = new Set(exclusive ? exclusive.flat().filter((k) => !alt.includes(k)) : []);
    for (const [k, needs] of Object.entries(dependent)) if (needs.some((d) => out.has(d))) out.add(k);
    return out;
  };
  const base = (schema.required ?? []) as string[];
  const model = Object.fromEntries(Object.entries(properties).map(([key, s]) => [key, valueArb(ctx, s, key, depth + 1)]));
  return fc.constantFrom(...alternatives).chain((alt) =>
    fc
      .record(Object.fromEntries(Object.entries(model).filter(([k]) => !leftOut(alt).has(k))), { requiredKeys: [...new Set([...base, ...alt])] as never[] })
      .chain((obj: Record<string, unknown>) => {
        const missing = Object.keys(obj).flatMap((k) => (dependent[k] ?? []).filter((d) => !(d in obj)));
        if (missing.length === 0) return fc.constant(obj);
        return fc.record(Object.fromEntries(missing.map((k) => [k, model[k]!]))).map((more) => ({ ...obj, ...more }));
      }),
  );
}

export interface Operation {
  path: string;
  method: string;
  op: Schema;
}

export function operationsOf(doc: Schema): Operation[] {
  return Object.entries(doc.paths as Record<string, Record<string, Schema>>).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
}

export interface GeneratedRequest {
  operation: Operation;
  method: string;
  /** Path and query string. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** What the generator built (for failure messages). */
  what: string;
}

const queryString = (query: Record<string, unknown>): string => {
  const parts = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
};

interface RequestParts {
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/** The parts of a request the operation allows: path and query parameters, and a JSON body. */
export function validPartsArb(ctx: SchemaContext, operation: Operation): fc.Arbitrary<RequestParts> {
  const params = (operation.op.parameters ?? []) as Schema[];
  const inWhere = (where: string) => params.filter((p) => p.in === where);
  const paramsArb = (list: Schema[]) =>
    fc.record(Object.fromEntries(list.map((p) => [p.name as string, valueArb(ctx, p.schema as Schema, p.name as string)])), {
      requiredKeys: list.filter((p) => p.required).map((p) => p.name as string) as never[],
    });
  const bodySchema = ((operation.op.requestBody as Schema | undefined)?.content as Record<string, Schema> | undefined)?.['application/json']?.schema as Schema | undefined;
  return fc.record({
    pathParams: paramsArb(inWhere('path')),
    query: paramsArb(inWhere('query')),
    body: bodySchema ? valueArb(ctx, bodySchema, '') : fc.constant(undefined),
  });
}

export function buildRequest(operation: Operation, parts: RequestParts, what: string, headers: Record<string, string> = {}): GeneratedRequest {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(parts.pathParams[name])));
  const request: GeneratedRequest = { operation, method: operation.method.toUpperCase(), url: `${path}${queryString(parts.query)}`, headers: { ...headers }, what };
  if (parts.body !== undefined) {
    request.body = JSON.stringify(parts.body);
    request.headers['content-type'] ??= 'application/json';
  }
  return request;
}
