// GET /api/export?format=graphml|gexf|json|csv: the stored graph as a file. csv is a zip of the
// dataset's CSV folder, which POST /api/datasets and `rantai validate` accept back as it is.
import { Router } from 'express';
import { z } from 'zod';
import { EXPORT_FORMATS, exportGraph } from '../../export/index.ts';
import { fileAnswer, sendWork } from '../../work/index.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export const exportQueryShape = z.strictObject({
  format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}` }).describe(
    'graphml and gexf for Gephi, yEd and NetworkX; json: the dataset as a JSON bundle; csv: a zip of the dataset CSV folder',
  ),
});

const FILE_NAMES = { graphml: 'rantai-graph.graphml', gexf: 'rantai-graph.gexf', json: 'rantai-dataset.json', csv: 'rantai-dataset.zip' } as const;

export function exportRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const { format } = parseRequest(exportQueryShape, req.query, 'query');
    await sendWork(req, res, ctx.store, { route: 'export', params: { format } }, async () => {
      const file = exportGraph(format, await ctx.store.snapshot());
      return fileAnswer(file.body, file.contentType, FILE_NAMES[format]);
    });
  });
  return router;
}
