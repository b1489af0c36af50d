// GET /api/analysis/risk: single-source components and the failure impact of each firm
// (server/analysis/risk).
import { Router } from 'express';
import { risk, riskQueryShape } from '../../analysis/risk/index.ts';
import { resolveLang } from '../../i18n/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export function riskRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/analysis/risk', async (req, res) => {
    parseRequest(riskQueryShape, req.query, 'query');
    res.json(await risk(ctx.store, resolveLang(req)));
  });
  return router;
}
