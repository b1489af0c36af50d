// GET /api/export?format=graphml|gexf|json|csv|xlsx: the stored graph as a file. csv is a zip of the
// dataset's CSV folder and xlsx the dataset workbook (README sheet with the dataset's provenance,
// one sheet per file), both of which POST /api/datasets and `rantai validate` accept back as they are.
import { Router } from 'express';
import { z } from 'zod';
import path from 'node:path';
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportToFile, spoolFor } from '../../export/index.ts';
import { XLSX_TYPE } from '../../upload/index.ts';
import { compressible, currentWork, sendWork, spooledAnswer } from '../../work/index.ts';
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
    await sendWork(req, res, ctx.store, { route: 'export', params: { format }, languageFree: true }, async () => {
      // Written to disk on a worker thread: at national scale each format is seconds of work and
      // hundreds of megabytes, which the server then streams rather than holds (export/spool.ts).
      // One file per answer the gate keeps apart (one per format: the files are the same in every
      // language), so that two exports never write the same file.
      const spool = spoolFor(ctx.store);
      const { folder, release } = spool.hold((await ctx.store.version()).key);
      try {
        const target = path.join(folder, FILE_NAMES[format]);
        // Written already for this version (the answer cache may have let it go): sent as it is,
        // without reading the graph again (15–18 s from Neo4j at national scale).
        const kept = spool.written(target);
        if (kept) return spooledAnswer(kept.file, CONTENT_TYPES[format], FILE_NAMES[format], kept.etag);
        const [about, graph] = await Promise.all([format === 'xlsx' ? ctx.store.info() : undefined, ctx.store.snapshot()]);
        const job = { format, path: target, gzip: compressible(CONTENT_TYPES[format]), ...(about ? { about } : {}) };
        const written = await exportToFile(job, graph, { heapMb: ctx.exportHeapMb, signal: currentWork()?.signal });
        spool.remember(target, written);
        return spooledAnswer(written.file, CONTENT_TYPES[format], FILE_NAMES[format], written.etag);
      } finally {
        release();
      }
    });
  });
  return router;
}
