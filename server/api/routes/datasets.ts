// POST /api/datasets: replaces the dataset with an upload (a zip of CSV files, CSV files as
// multipart/form-data, a JSON bundle, or an Excel workbook). Needs the write token. The upload must
// hold every core file, or say mode=merge: then only the files it holds are replaced, checked
// together with the rest of the dataset served now. It is read and validated in full, on a worker
// thread so that other requests are answered meanwhile (upload/off-thread.ts), before the
// store is touched, and store.replace is atomic, so a rejected or interrupted upload leaves the data
// served before untouched. Replacements run one at a time. The answer says what changed: counts
// before and after per label and relationship type.
// GET /api/datasets/template.xlsx: the empty workbook to fill in.
import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { errorLangQueryShape, langParam, render, requestLang, text } from '../../i18n/index.ts';
import { DatasetError, FILE_NAMES, localiseProblems, problemCount, writeWorkbook } from '../../model/index.ts';
import { countsShape, datasetInfoShape, type Counts } from '../../store/index.ts';
import { mergeSource, uploadSource } from '../../model/provenance-source.ts';
import { datasetOfUploadOffThread, receiveUpload, resolveUploadLimits, XLSX_TYPE, type UploadLimits } from '../../upload/index.ts';
import { requireWriteToken } from '../auth.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

const modeShape = z.enum(['replace', 'merge'], { error: 'mode must be "replace" or "merge"' });

export const datasetUploadQueryShape = z.strictObject({
  name: z.string().min(1, { error: 'name must not be empty' }).max(200, { error: 'name must be at most 200 characters' }).optional().describe('what to call the dataset (shown by /api/health); default: the file, folder or workbook name'),
  mode: modeShape
    .optional()
    .describe('replace (default): the upload is the whole dataset and must hold every core file; merge: replace only the files given, checked against the rest of the current dataset'),
  lang: langParam.describe('en | id: the language of the error message and of the rejected dataset\'s problems. Without it the Accept-Language header decides (id, id-ID, in → id); otherwise en.'),
});

const changeShape = z.object({ before: z.number().int(), after: z.number().int() });

export const datasetUploadResultShape = z.object({
  dataset: z.string().describe('the name the dataset is now served under'),
  mode: modeShape,
  files: z.array(z.enum(FILE_NAMES as [string, ...string[]])).describe('the dataset files the upload held (a merge replaced only these)'),
  counts: countsShape,
  changes: z
    .object({ nodes: z.record(z.string(), changeShape), relationships: z.record(z.string(), changeShape) })
    .describe('counts before and after the upload, per node label and relationship type'),
  provenance: datasetInfoShape,
});
export type DatasetUploadResult = z.infer<typeof datasetUploadResultShape>;

/** A problem of a rejected dataset, as listed in the 422 answer's details. */
export const datasetProblemShape = z.object({
  file: z.string().describe('the file (CSV), file#key (JSON bundle) or sheet (workbook)'),
  line: z.number().int().describe('line (CSV), row number (JSON, sheet); 0 for the file as a whole'),
  column: z.union([z.number().int(), z.string()]).describe('column number (CSV), field (JSON) or column letter (sheet)'),
  message: z.string(),
  cell: z.string().optional().describe('a workbook cell as Excel writes it, e.g. firms!D14'),
  more: z.number().int().optional().describe('a grouped entry ("and 61 more like this") stands for this many problems'),
});

export interface DatasetRouteOptions {
  /** RANTAI_WRITE_TOKEN; without it the route answers 403 writes_disabled. */
  writeToken?: string;
  limits?: Partial<UploadLimits>;
}

const changes = (before: Counts, after: Counts): DatasetUploadResult['changes'] => {
  const pair = (b: Record<string, number>, a: Record<string, number>) =>
    Object.fromEntries([...new Set([...Object.keys(b), ...Object.keys(a)])].map((k) => [k, { before: b[k] ?? 0, after: a[k] ?? 0 }]));
  return { nodes: pair(before.nodes, after.nodes), relationships: pair(before.relationships, after.relationships) };
};

export function datasetRoutes(ctx: ApiContext, options: DatasetRouteOptions = {}): Router {
  const router = Router();
  const limits = resolveUploadLimits(options.limits);
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  router.get('/datasets/template.xlsx', async (req, res) => {
    // The workbook is bilingual: lang only picks an error's language.
    parseRequest(errorLangQueryShape, req.query, 'query');
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', 'attachment; filename="rantai-template.xlsx"');
    await writeWorkbook(res);
  });

  router.post('/datasets', requireWriteToken(options.writeToken), async (req, res) => {
    const query = parseRequest(datasetUploadQueryShape, req.query, 'query');
    const closeOnError = (error: unknown) => {
      // The client may still be sending: close the connection rather than read the rest.
      if (error instanceof AppError && (error.code === 'payload_too_large' || error.code === 'invalid_request')) res.setHeader('Connection', 'close');
    };
    let received;
    try {
      received = await receiveUpload(req, limits);
    } catch (error) {
      closeOnError(error);
      throw error;
    }
    const modeField = received.fields.mode?.trim();
    const mode = query.mode ?? (modeField ? parseRequest(z.object({ mode: modeShape }), { mode: modeField }, 'body').mode : 'replace');
    const result = await oneAtATime(async () => {
      // A merge is checked against the dataset served now, read inside the queue so no other
      // upload can change it between the check and the swap.
      const before = await ctx.store.info();
      // Its graph goes to the upload's worker, which makes the base dataset there (off-thread.ts).
      const base = mode === 'merge' ? await ctx.store.snapshot() : undefined;
      let upload;
      try {
        upload = await datasetOfUploadOffThread(received, limits, { base, lang: requestLang(req) });
      } catch (error) {
        closeOnError(error);
        if (error instanceof DatasetError) {
          // The list in the request's language (?lang=, else Accept-Language): the Data page shows it as it comes.
          const problems = localiseProblems(error.problems, requestLang(req));
          throw new AppError('dataset_invalid', text('upload.rejected', { n: problemCount(error.problems) }), problems);
        }
        throw error;
      }
      // A dataset without a single firm is the blank template sent by mistake (its link sits above
      // the upload form): valid by the format's rules, it would empty every view for everyone.
      if (upload.dataset.firms.length === 0) throw new AppError('dataset_invalid', text('upload.noFirms'));
      const formName = received.fields.name?.trim().slice(0, 200) || undefined;
      const suggested = typeof upload.suggestedName === 'string' ? upload.suggestedName : render(requestLang(req), upload.suggestedName);
      const name = query.name ?? formName ?? (mode === 'merge' ? before.name : suggested);
      const files = upload.files.join(', ');
      const source = mode === 'merge' ? mergeSource(files, before.name) : uploadSource(files);
      const about = { name, source, loadedAt: new Date().toISOString() };
      const countsBefore = await ctx.store.counts();
      await ctx.keepUpload?.(upload.dataset, about);
      await ctx.store.replace(upload.dataset, upload.hash ? { ...about, hash: upload.hash } : about);
      const info = await ctx.store.info();
      const counts = await ctx.store.counts();
      const body: DatasetUploadResult = { dataset: info.name, mode, files: upload.given, counts, changes: changes(countsBefore, counts), provenance: info };
      return body;
    });
    res.json(result);
  });
  return router;
}
