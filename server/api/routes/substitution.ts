// GET /api/analysis/substitution and POST /api/analysis/substitution/what-if: which imported
// components clusters could make instead, and what interventions would change (DESIGN.md,
// "Analyses > Substitution"). Both stores answer identically (server/analysis/substitution).
import { Router } from 'express';
import type { z } from 'zod';
import { substitution, substitutionQueryShape, whatIf, whatIfQueryShape, whatIfRequestShape } from '../../analysis/substitution/index.ts';
import { AppError } from '../../errors.ts';
import { sendJson } from '../../work/index.ts';
import { render, resolveLang, text } from '../../i18n/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

/**
 * parseRequest, but an unknown key inside an intervention is named with its whole path
 * (`interventions.0.add.colour`), which tells the client which intervention is wrong.
 */
function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body === undefined ? {} : body);
  const issue = result.success ? undefined : result.error.issues[0];
  if (issue?.code === 'unrecognized_keys' && issue.path.length > 0) {
    const field = [...issue.path, issue.keys[0]].join('.');
    const reason = text('request.unknownField', { keys: `"${issue.keys[0]}"` });
    throw new AppError('invalid_parameter', text('request.issue', { field, reason }), { part: 'body', issues: [{ field, message: render('en', reason) }] });
  }
  return parseRequest(schema, body, 'body');
}

export function substitutionRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/analysis/substitution', async (req, res) => {
    const query = parseRequest(substitutionQueryShape, req.query, 'query');
    const options = { ...query, lang: resolveLang(req) };
    await sendJson(req, res, ctx.store, { route: 'substitution', params: options }, () => substitution(ctx.store, options));
  });
  router.post('/analysis/substitution/what-if', async (req, res) => {
    parseRequest(whatIfQueryShape, req.query, 'query');
    const body = { ...parseBody(whatIfRequestShape, req.body), lang: resolveLang(req) };
    await sendJson(req, res, ctx.store, { route: 'what-if', params: body }, () => whatIf(ctx.store, body));
  });
  return router;
}
