// GET /api/export?format=graphml|gexf|json|csv|xlsx: the stored graph as a file. csv is a zip of the
// dataset's CSV folder and xlsx the dataset workbook (README sheet with the dataset's provenance,
// one sheet per file), both of which POST /api/datasets and `rantai validate` accept back as they are.
import { Router } from 'express';
import { z } from 'zod';
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportOffThread } from '../../export/index.ts';
import { XLSX_TYPE } from '../../upload/index.ts';
import { currentWork, fileAnswer, sendWork } from '../../work/index.ts';
import { errorLangParam } from '../../i18n/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export const exportQueryShape = z.strictObject({
  format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}` }).describe(
    'graphml and gexf for Gephi, yEd and NetworkX; json: the dataset as a JSON bundle; csv: a zip of the dataset CSV folder; xlsx: the dataset workbook (the template, filled)',
  ),
  lang: errorLangParam,
});

const FILE_NAMES = { graphml: 'rantai-graph.graphml', gexf: 'rantai-graph.gexf', json: 'rantai-dataset.json', csv: 'rantai-dataset.zip', xlsx: 'rantai-dataset.xlsx' } as const;
const CONTENT_TYPES = { ...EXPORT_CONTENT_TYPES, xlsx: XLSX_TYPE };

export function exportRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const { format } = parseRequest(exportQueryShape, req.query, 'query');
    await sendWork(req, res, ctx.store, { route: 'export', params: { format } }, async () => {
      // Written on a worker thread: at national scale each format is seconds of work (off-thread.ts).
      const [about, graph] = await Promise.all([format === 'xlsx' ? ctx.store.info() : undefined, ctx.store.snapshot()]);
      const file = await exportOffThread({ format, ...(about ? { about } : {}) }, graph, { heapMb: ctx.exportHeapMb, signal: currentWork()?.signal });
      return fileAnswer(file.body, CONTENT_TYPES[format], FILE_NAMES[format], file.etag);
    });
  });
  return router;
}
