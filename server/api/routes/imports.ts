// GET /api/analysis/imports: import exposure per component and per buyer (DESIGN.md, "Analyses >
// Import exposure"), from the buyers' IMPORTS (basis=buyers, the default) or from national trade
// statistics through the HS → component concordance (basis=national, issue 15). Both stores answer
// identically (server/analysis/imports, server/analysis/trade).
import { Router } from 'express';
import { importExposure, importsQueryShape } from '../../analysis/imports/index.ts';
import { nationalImports } from '../../analysis/trade/index.ts';
import { AppError } from '../../errors.ts';
import { sendJson } from '../../work/index.ts';
import { resolveLang, text } from '../../i18n/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export function importsRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/analysis/imports', async (req, res) => {
    const query = parseRequest(importsQueryShape, req.query, 'query');
    const lang = resolveLang(req);
    if (query.basis === 'buyers' && query.year !== undefined) {
      throw new AppError('invalid_parameter', text('request.issue', { field: 'year', reason: text('trade.year.buyersBasis') }), { field: 'year' });
    }
    const params = { ...query, lang };
    await sendJson(req, res, ctx.store, { route: 'imports', params }, () =>
      query.basis === 'national' ? nationalImports(ctx.store, { year: query.year, lang }) : importExposure(ctx.store, lang),
    );
  });
  return router;
}
