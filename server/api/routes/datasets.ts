// POST /api/datasets: replaces the dataset with an upload (a zip of CSV files, CSV files as
// multipart/form-data, or a JSON bundle). Needs the write token. The upload is read and validated
// in full before the store is touched, and store.replace is atomic, so a rejected or interrupted
// upload leaves the data served before untouched. Replacements run one at a time.
import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { DatasetError, type Dataset } from '../../model/index.ts';
import { countsShape } from '../../store/index.ts';
import { parseUpload, resolveUploadLimits, type UploadLimits } from '../../upload/index.ts';
import { requireWriteToken } from '../auth.ts';
import type { ApiContext } from '../context.ts';
import { parseRequest } from '../validate.ts';

export const datasetUploadQueryShape = z.strictObject({
  name: z.string().min(1, { error: 'name must not be empty' }).max(200, { error: 'name must be at most 200 characters' }).optional().describe('what to call the dataset (shown by /api/health)'),
});

export const datasetUploadResultShape = z.object({
  dataset: z.string().describe('the name the dataset is now served under'),
  counts: countsShape,
});
export type DatasetUploadResult = z.infer<typeof datasetUploadResultShape>;

/** A problem of a rejected dataset, as listed in the 422 answer's details. */
export const datasetProblemShape = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.union([z.number().int(), z.string()]),
  message: z.string(),
});

export interface DatasetRouteOptions {
  /** RANTAI_WRITE_TOKEN; without it the route answers 403 writes_disabled. */
  writeToken?: string;
  limits?: Partial<UploadLimits>;
}

type Replace = (dataset: Dataset, name: string) => Promise<void>;

export function datasetRoutes(ctx: ApiContext, options: DatasetRouteOptions = {}): Router {
  const router = Router();
  const limits = resolveUploadLimits(options.limits);
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  router.post('/datasets', requireWriteToken(options.writeToken), async (req, res) => {
    const query = parseRequest(datasetUploadQueryShape, req.query, 'query');
    let upload;
    try {
      upload = await parseUpload(req, limits);
    } catch (error) {
      // The client may still be sending: close the connection rather than read the rest.
      if (error instanceof AppError && (error.code === 'payload_too_large' || error.code === 'invalid_request')) res.setHeader('Connection', 'close');
      if (error instanceof DatasetError) {
        throw new AppError('dataset_invalid', `the dataset was rejected with ${error.problems.length} problem(s); nothing was changed`, error.problems);
      }
      throw error;
    }
    const formName = upload.fields.name?.trim().slice(0, 200) || undefined;
    const name = query.name ?? formName ?? `upload (${upload.description}) ${new Date().toISOString()}`;
    const counts = await oneAtATime(async () => {
      // GraphStore.replace takes the dataset; the Neo4j store also records its name.
      await (ctx.store.replace.bind(ctx.store) as Replace)(upload.dataset, name);
      ctx.datasetName = name;
      return ctx.store.counts();
    });
    const body: DatasetUploadResult = { dataset: name, counts };
    res.json(body);
  });
  return router;
}
