// GET /api/analysis/imports: import exposure per component and per buyer (DESIGN.md, "Analyses >
// Import exposure"). Both stores answer identically (server/analysis/imports).
import { Router } from 'express';
import { importExposure, importsQueryShape } from '../../analysis/imports/index.ts';
import { sendJson } from '../../work/index.ts';
import { resolveLang } from '../../i18n/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export function importsRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/analysis/imports', async (req, res) => {
    const query = parseRequest(importsQueryShape, req.query, 'query');
    const lang = resolveLang(req);
    await sendJson(req, res, ctx.store, { route: 'imports', params: { ...query, lang } }, () => importExposure(ctx.store, lang));
  });
  return router;
}
