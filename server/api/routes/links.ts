// GET /api/analysis/missing-links: ranked supplier-buyer-component recommendations with their
// evidence, and the clusters with no path to an OEM (server/analysis/links).
import { Router } from 'express';
import { missingLinks, missingLinksQueryShape } from '../../analysis/links/index.ts';
import { sendJson } from '../../work/index.ts';
import { resolveLang } from '../../i18n/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export function linksRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/analysis/missing-links', async (req, res) => {
    const query = parseRequest(missingLinksQueryShape, req.query, 'query');
    const options = { ...query, lang: resolveLang(req) };
    await sendJson(req, res, ctx.store, { route: 'missing-links', params: options }, () => missingLinks(ctx.store, options));
  });
  return router;
}
