// GET /api/analysis/substitution and POST /api/analysis/substitution/what-if: which imported
// components clusters could make instead, and what interventions would change (DESIGN.md,
// "Analyses > Substitution"). Both stores answer identically (server/analysis/substitution).
import { Router } from 'express';
import { substitution, substitutionQueryShape, whatIf, whatIfQueryShape, whatIfRequestShape } from '../../analysis/substitution/index.ts';
import { sendJson } from '../../work/index.ts';
import { resolveLang } from '../../i18n/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export function substitutionRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/analysis/substitution', async (req, res) => {
    const query = parseRequest(substitutionQueryShape, req.query, 'query');
    const options = { ...query, lang: resolveLang(req) };
    await sendJson(req, res, ctx.store, { route: 'substitution', params: options }, () => substitution(ctx.store, options));
  });
  router.post('/analysis/substitution/what-if', async (req, res) => {
    parseRequest(whatIfQueryShape, req.query, 'query');
    const body = { ...parseRequest(whatIfRequestShape, req.body, 'body'), lang: resolveLang(req) };
    await sendJson(req, res, ctx.store, { route: 'what-if', params: body }, () => whatIf(ctx.store, body));
  });
  return router;
}
