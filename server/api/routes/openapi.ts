// GET /api/openapi.json (the OpenAPI 3.1 document, generated from the zod schemas) and GET /api/docs
// (the same as a readable page). Both are built once, on first request.
import { Router } from 'express';
import { buildOpenApiDocument, openApiHtml, packageVersion, type JsonSchema } from '../../openapi/index.ts';

export function openapiRoutes(): Router {
  const router = Router();
  let doc: JsonSchema | undefined;
  let html: string | undefined;
  const document = (): JsonSchema => (doc ??= buildOpenApiDocument(undefined, { version: packageVersion() }));
  router.get('/openapi.json', (_req, res) => {
    res.json(document());
  });
  router.get('/docs', (_req, res) => {
    html ??= openApiHtml(document());
    res.type('html').send(html);
  });
  return router;
}
