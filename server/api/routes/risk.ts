// GET /api/analysis/risk: single-source components and the failure impact of each firm
// (server/analysis/risk).
import { Router } from 'express';
import { risk, riskQueryShape } from '../../analysis/risk/index.ts';
import { sendJson } from '../../work/index.ts';
import { resolveLang } from '../../i18n/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export function riskRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/analysis/risk', async (req, res) => {
    const query = parseRequest(riskQueryShape, req.query, 'query');
    const lang = resolveLang(req);
    await sendJson(req, res, ctx.store, { route: 'risk', params: { ...query, lang } }, () => risk(ctx.store, lang));
  });
  return router;
}
