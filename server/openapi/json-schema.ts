// zod → JSON Schema 2020-12 (the dialect OpenAPI 3.1 uses) with zod 4's own z.toJSONSchema. Each
// generated schema keeps its sub-schemas in a local `$defs`; inside an OpenAPI document "#" means
// the document, so they are lifted into components.schemas and their $refs rewritten.
import { z } from 'zod';

export type JsonSchema = { [key: string]: unknown };

/**
 * zod writes every integer with JavaScript's safe range as its bounds (±9,007,199,254,740,991). In
 * a response they say nothing a reader can use (an answer's counts are never near them), and they
 * stood 203 times in the API reference; a request keeps them, since the server refuses past them.
 */
const isSafeIntegerBound = (key: string, value: unknown): boolean =>
  (key === 'minimum' && value === Number.MIN_SAFE_INTEGER) || (key === 'maximum' && value === Number.MAX_SAFE_INTEGER);

export class SchemaCollector {
  /** components.schemas of the document being built. */
  readonly components: Record<string, JsonSchema> = {};

  /** The schema of `schema` for a request (io "input") or a response (io "output"). */
  convert(schema: z.ZodType, io: 'input' | 'output', prefix: string): JsonSchema {
    const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
    const defs = (generated.$defs ?? {}) as Record<string, JsonSchema>;
    delete generated.$defs;
    delete generated.$schema;
    // Named defs (from .meta({id})) are shared by name; zod's numbered ones get the schema's prefix.
    const names = new Map(Object.keys(defs).map((k) => [k, k.startsWith('__schema') ? `${prefix}_${k.replace(/^__schema/, 'Part')}` : k]));
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (value === null || typeof value !== 'object') return value;
      const out: JsonSchema = {};
      for (const [k, v] of Object.entries(value)) {
        if (io === 'output' && isSafeIntegerBound(k, v)) continue;
        const ref = k === '$ref' && typeof v === 'string' ? /^#\/\$defs\/(.+)$/.exec(v) : null;
        out[k] = ref ? `#/components/schemas/${names.get(ref[1]!) ?? ref[1]}` : rewrite(v);
      }
      return out;
    };
    for (const [k, def] of Object.entries(defs)) this.components[names.get(k)!] = rewrite(def) as JsonSchema;
    return rewrite(generated) as JsonSchema;
  }

  /** Registers `schema` as components.schemas[name] and returns a $ref to it. */
  named(name: string, schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    this.components[name] = this.convert(schema, io, name);
    return { $ref: `#/components/schemas/${name}` };
  }
}
