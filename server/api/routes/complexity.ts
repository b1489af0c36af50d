// Economic complexity routes (server/analysis/complexity, Growth Lab ecomplexity as its Stata
// command computes it):
//   POST /api/complexity — the `rantai complexity` computation over an uploaded CSV (sent as text
//     in a JSON body), with the caller's column names in the answer;
//   GET /api/analysis/complexity — the clusters and components of the current dataset
//     (server/analysis/cluster-complexity), with per-block values where ECI is not defined.
// Both answer `warnings: [{code, message, year, …}]`: a disconnected table or a (near) zero
// eigen-gap means ECI/PCI rank nothing. Messages in English or Bahasa Indonesia: `?lang=en|id`,
// else Accept-Language (server/i18n), else English.
import { Router } from 'express';
import { z } from 'zod';
import { clusterComplexity, clusterComplexityQueryShape } from '../../analysis/cluster-complexity/index.ts';
import { complexityCsvAnswerOffThread, complexityWarningShape } from '../../analysis/complexity/index.ts';
import { productComplexityOf, productComplexityQueryShape } from '../../analysis/trade/index.ts';
import { langParam, resolveLang } from '../../i18n/index.ts';
import { sendJson } from '../../work/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

const column = (name: string) => z.string({ error: `${name} must name a column of the CSV` }).min(1).max(200);

export const complexityRequestShape = z.strictObject({
  csv: z.string({ error: 'csv must be the CSV text' }).min(1, { error: 'csv must not be empty' }),
  location: column('location'),
  product: column('product'),
  value: column('value'),
  year: column('year').optional(),
  rcaThreshold: z.number({ error: 'rcaThreshold must be a number' }).positive({ error: 'rcaThreshold must be positive' }).optional(),
});

export const complexityQueryShape = z.strictObject({
  lang: langParam,
});

export const complexityOutShape = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
  warnings: z.array(complexityWarningShape),
});

export function complexityRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.post('/complexity', async (req, res) => {
    const { lang } = parseRequest(complexityQueryShape, req.query, 'query');
    const body = parseRequest(complexityRequestShape, req.body, 'body');
    const columns = { location: body.location, product: body.product, value: body.value, year: body.year };
    // On a worker for a large table (analysis/complexity/off-thread.ts), ended if the client goes away.
    const gone = new AbortController();
    res.once('close', () => gone.abort(new Error('the client went away')));
    const request = { csv: body.csv, columns, lang: lang ?? resolveLang(req), ...(body.rcaThreshold === undefined ? {} : { rcaThreshold: body.rcaThreshold }) };
    const answer = await complexityCsvAnswerOffThread(request, gone.signal).catch((error: unknown) => {
      if (gone.signal.aborted) return null; // nobody to answer, and not the server's fault
      throw error;
    });
    if (answer === null) return;
    res.type('application/json');
    if (typeof answer === 'string') res.send(answer);
    else res.set('ETag', answer.etag).send(Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength));
  });
  router.get('/analysis/complexity', async (req, res) => {
    const query = parseRequest(clusterComplexityQueryShape, req.query, 'query');
    const options = { limit: query.limit, lang: query.lang ?? resolveLang(req), ...(query.component === undefined ? {} : { component: query.component }) };
    await sendJson(req, res, ctx.store, { route: 'complexity', params: options }, () => clusterComplexity(ctx.store, options));
  });
  // Product complexity from the world table (issue 15): ECI of the countries, PCI of the HS
  // products carried to the components through the concordance (server/analysis/trade/world.ts).
  router.get('/analysis/product-complexity', async (req, res) => {
    const query = parseRequest(productComplexityQueryShape, req.query, 'query');
    const options = { ...query, lang: query.lang ?? resolveLang(req) };
    await sendJson(req, res, ctx.store, { route: 'complexity', params: { ...options, of: 'products' } }, () => productComplexityOf(ctx.store, options));
  });
  return router;
}
