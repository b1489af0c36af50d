// GET /api/openapi.json (the OpenAPI 3.1 document, generated from the zod schemas) and GET /api/docs
// (the same as a readable page), in English or Bahasa Indonesia (`lang`, else Accept-Language). Each
// language's document and page are built once, on first request.
import { Router } from 'express';
import { resolveLang, type Lang } from '../../i18n/index.ts';
import { apiDocsQueryShape, buildOpenApiDocument, localiseDocument, openApiHtml, packageVersion, type JsonSchema } from '../../openapi/index.ts';
import { parseRequest } from '../validate.ts';

export function openapiRoutes(): Router {
  const router = Router();
  let english: JsonSchema | undefined;
  const docs = new Map<Lang, JsonSchema>();
  const pages = new Map<Lang, string>();
  const document = (lang: Lang): JsonSchema => {
    english ??= buildOpenApiDocument(undefined, { version: packageVersion() });
    let doc = docs.get(lang);
    if (!doc) docs.set(lang, (doc = localiseDocument(english, lang)));
    return doc;
  };
  router.get('/openapi.json', (req, res) => {
    parseRequest(apiDocsQueryShape, req.query, 'query');
    const lang = resolveLang(req);
    res.set('Content-Language', lang).json(document(lang));
  });
  router.get('/docs', (req, res) => {
    parseRequest(apiDocsQueryShape, req.query, 'query');
    const lang = resolveLang(req);
    let page = pages.get(lang);
    if (page === undefined) pages.set(lang, (page = openApiHtml(document(lang), lang)));
    res.set('Content-Language', lang).type('html').send(page);
  });
  return router;
}
