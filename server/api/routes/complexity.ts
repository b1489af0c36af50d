// POST /api/complexity: the `rantai complexity` computation over an uploaded CSV (sent as text in
// a JSON body), with the Growth Lab ecomplexity column names in the answer.
import { Router } from 'express';
import { z } from 'zod';
import { computeComplexityReport, parseComplexityCsv, toOutputRecords } from '../../analysis/complexity/index.ts';
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

export const complexityOutShape = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
  warnings: z.array(z.string()),
});

export function complexityRoutes(_ctx: ApiContext): Router {
  const router = Router();
  router.post('/complexity', async (req, res) => {
    const body = parseRequest(complexityRequestShape, req.body, 'body');
    const columns = { location: body.location, product: body.product, value: body.value, year: body.year };
    const rows = parseComplexityCsv(body.csv, columns);
    const report = computeComplexityReport(rows, body.rcaThreshold === undefined ? {} : { rcaThreshold: body.rcaThreshold });
    const records = toOutputRecords(report.rows, columns);
    res.json({ columns: records.length > 0 ? Object.keys(records[0]!) : [], rows: records, warnings: report.warnings });
  });
  return router;
}
