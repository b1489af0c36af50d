// POST /api/analysis/graph: metrics and link prediction on any posted graph (server/analysis/graph),
// with NetworkX's option names. Reading-only: the served dataset is neither read nor changed, so
// the answer is not cached per data version (share: false) but still goes through the work gate
// (bounded concurrency, time and heap budgets, cancellation when the client goes); past a few
// hundred edges it is computed on a worker thread (analysis/graph/off-thread.ts). Its errors carry
// catalogue Texts, so the error handler tells them in the request's language (lang=, Accept-Language).
import { Router } from 'express';
import { analyseGraphOffThread, graphRequestShape } from '../../analysis/graph/index.ts';
import { errorLangQueryShape } from '../../i18n/index.ts';
import { checkpoint, currentWork, sendJson } from '../../work/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export function analysisGraphRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.post('/analysis/graph', async (req, res) => {
    parseRequest(errorLangQueryShape, req.query, 'query');
    const body = parseRequest(graphRequestShape, req.body, 'body');
    await sendJson(req, res, ctx.store, { route: 'analysis-graph', params: null, share: false }, () =>
      analyseGraphOffThread(body, { checkpoint, signal: currentWork()?.signal }),
    );
  });
  return router;
}
