// Public face of the API reference: the OpenAPI 3.1 document built from the route registry, and
// its readable HTML page, each in English and Bahasa Indonesia.
import { readFileSync } from 'node:fs';

export { buildOpenApiDocument, type OpenApiInfo } from './document.ts';
export { openApiHtml } from './html.ts';
export { localiseDocument, documentTexts, untranslatedTexts } from './localise.ts';
export { apiDocsQueryShape } from './query.ts';
export { ROUTES } from './routes.ts';
export { errorShape } from './error-shape.ts';
export type { RouteDoc, FileResponse } from './route-doc.ts';
export type { JsonSchema } from './json-schema.ts';

/** The version in package.json, for the document's info. */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
