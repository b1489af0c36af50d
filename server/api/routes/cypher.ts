// POST /api/cypher: the read-only Cypher console (server/console). JSON by default; `?format=csv`
// answers the rows as a spreadsheet-safe CSV table for download.
import { Router } from 'express';
import { cypherQueryStringShape, cypherRequestShape, retryAfterHeader } from '../../console/index.ts';
import { AppError } from '../../errors.ts';
import { toCsvTable } from '../../export/csv-table.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export const CONSOLE_NEEDS_NEO4J =
  'the Cypher console needs the Neo4j store: run `npm run neo4j`, then start Rantai with NEO4J_URI=bolt://127.0.0.1:7687 (the embedded store answers every analysis, but not Cypher)';

export function cypherRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.post('/cypher', async (req, res) => {
    const { format } = parseRequest(cypherQueryStringShape, req.query, 'query');
    const request = parseRequest(cypherRequestShape, req.body, 'body');
    if (!ctx.store.console) throw new AppError('not_implemented', CONSOLE_NEEDS_NEO4J);
    // The client's address: the console limits how many queries one client has in Neo4j at once.
    const result = await ctx.store.console(request, req.ip ?? req.socket.remoteAddress ?? 'unknown').catch((error: unknown) => {
      const retryAfter = retryAfterHeader(error);
      if (retryAfter) res.setHeader('Retry-After', retryAfter);
      throw error;
    });
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="rantai-query.csv"');
      res.send(toCsvTable(result.columns, result.rows));
      return;
    }
    res.json(result);
  });
  return router;
}
