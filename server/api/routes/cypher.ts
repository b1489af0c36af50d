// POST /api/cypher: the read-only Cypher console (server/console). JSON by default; `?format=csv`
// answers the rows as a spreadsheet-safe CSV table for download. Refusals are worded in `?lang=`
// or, without it, the language of Accept-Language.
import { Router } from 'express';
import { consoleClientKey, consoleMessages, cypherQueryStringShape, cypherRequestShape, langFromHeader, retryAfterHeader, type CypherRequest } from '../../console/index.ts';
import { AppError } from '../../errors.ts';
import { toCsvTable } from '../../export/csv-table.ts';
import { jsonBytes, sendBody } from '../../work/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export const CONSOLE_NEEDS_NEO4J = consoleMessages('en').needsNeo4j;

export function cypherRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.post('/cypher', async (req, res) => {
    const query = parseRequest(cypherQueryStringShape, req.query, 'query');
    const request = parseRequest(cypherRequestShape, req.body, 'body');
    const lang = query.lang ?? langFromHeader(req.get('accept-language'));
    if (!ctx.store.console) throw new AppError('not_implemented', consoleMessages(lang).needsNeo4j);
    // The client (its IPv4 address or IPv6 /64; behind RANTAI_TRUST_PROXY, the forwarded one): the
    // console limits how many queries one client has in Neo4j at once, and makes it wait after an overrun.
    const client = consoleClientKey(req.ip ?? req.socket.remoteAddress);
    // zod's record leaves a key named __proto__ out (of the parameters and of maps in them); the
    // body's own parameters, checked by the same schema, keep it (JSON.parse makes it an own key).
    const raw: unknown = (req.body as { params?: unknown } | undefined)?.params;
    const params = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as CypherRequest['params']) : request.params;
    const result = await ctx.store.console({ ...request, params }, { client, lang }).catch((error: unknown) => {
      const retryAfter = retryAfterHeader(error);
      if (retryAfter) res.setHeader('Retry-After', retryAfter);
      throw error;
    });
    if (query.format === 'csv') {
      res.setHeader('Content-Disposition', 'attachment; filename="rantai-query.csv"');
      await sendBody(req, res, Buffer.from(toCsvTable(result.columns, result.rows), 'utf8'), 'text/csv; charset=utf-8');
      return;
    }
    await sendBody(req, res, jsonBytes(result), 'application/json; charset=utf-8');
  });
  return router;
}
