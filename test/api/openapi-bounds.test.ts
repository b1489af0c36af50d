// The API reference's schemas (server/openapi/json-schema.ts): zod writes every integer with
// JavaScript's safe range as bounds. A response's integers drop them (they stood 203 times in the
// reference and told a reader nothing); a request's keep them, since the server refuses past them.
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../server/openapi/index.ts';

/** Paths in `value` of every minimum or maximum equal to ±Number.MAX_SAFE_INTEGER. */
function safeBounds(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => safeBounds(v, `${path}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...((k === 'minimum' && v === Number.MIN_SAFE_INTEGER) || (k === 'maximum' && v === Number.MAX_SAFE_INTEGER) ? [`${path}/${k}`] : []),
    ...safeBounds(v, `${path}/${k}`),
  ]);
}

describe('integer bounds in the API reference', () => {
  const doc = buildOpenApiDocument() as { components: { schemas: Record<string, unknown> } };
  const schemas = Object.entries(doc.components.schemas);

  it('leaves the safe-integer bounds out of the responses', () => {
    const responses = schemas.filter(([name]) => name.endsWith('Response'));
    expect(responses.length).toBeGreaterThan(10);
    expect(responses.flatMap(([name, s]) => safeBounds(s, name))).toEqual([]);
    // A response's integer is still an integer: the cluster complexity table counts clusters.
    const table = (doc.components.schemas.GetClusterComplexityResponse as { properties: { table: { properties: { clusters: unknown } } } }).properties.table.properties.clusters;
    expect(table).toEqual({ type: 'integer' });
  });

  it('keeps them where a request is refused past them', () => {
    // POST /api/analysis/graph's betweenness seed: an integer the server takes up to the safe range.
    const request = schemas.filter(([name]) => name === 'PostAnalysisGraphRequest');
    expect(request.flatMap(([name, s]) => safeBounds(s, name))).toContain('PostAnalysisGraphRequest/properties/metrics/properties/betweenness/properties/seed/maximum');
  });
});
