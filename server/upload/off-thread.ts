// Reads and validates an upload on a worker thread. At national scale (100,000 firms, ~60 MB of
// CSV) that is ~10 s of parsing and checking; on the main thread it stalled every other request,
// /api/health included, for as long (12.7 s measured). The worker also bounds what one upload may
// take: its heap is capped (limits.maxHeapMb), and an upload that needs more is refused (413)
// instead of taking the server's memory. Errors come back as the same AppError or DatasetError the
// in-thread reader throws. What follows on the main thread (the store's replace and warmers) is
// cut into steps by the store itself (server/util/yield.ts).
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors.ts';
import { text, type Lang, type Text } from '../i18n/index.ts';
import { DatasetError, type Dataset, type Problem } from '../model/index.ts';
import { tsWorkerCode } from '../util/ts-worker.ts';
import type { UploadLimits } from './limits.ts';
import type { ReceivedUpload, UploadedDataset } from './parse.ts';

/** What the worker is given. */
export interface UploadJob {
  upload: ReceivedUpload;
  limits: UploadLimits;
  base?: Dataset;
  /** The language problems are told in. */
  lang: Lang;
}

/** What the worker answers. */
export type UploadOutcome =
  | { ok: UploadedDataset }
  | { problems: Problem[] }
  | { app: { code: ErrorCode; message: Text | string; details: unknown } };

export interface OffThreadOptions {
  base?: Dataset;
  lang: Lang;
}

/** datasetOfUpload (parse.ts) on a worker thread of its own, which ends with the upload. */
export function datasetOfUploadOffThread(upload: ReceivedUpload, limits: UploadLimits, options: OffThreadOptions): Promise<UploadedDataset> {
  const heapMb = limits.maxHeapMb;
  const job: UploadJob = { upload, limits, lang: options.lang, ...(options.base ? { base: options.base } : {}) };
  return new Promise((resolve, reject) => {
    const worker = new Worker(tsWorkerCode(new URL('./worker.ts', import.meta.url)), {
      eval: true,
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    let settled = false;
    const settle = (work: () => void) => {
      if (settled) return;
      settled = true;
      work();
      void worker.terminate();
    };
    worker.once('message', (outcome: UploadOutcome) =>
      settle(() => {
        if ('ok' in outcome) resolve(outcome.ok);
        else if ('problems' in outcome) reject(new DatasetError(outcome.problems));
        else reject(new AppError(outcome.app.code, outcome.app.message, outcome.app.details));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('request_too_large', text('upload.outOfMemory', { size: { bytes: heapMb * 1024 * 1024 } }), { heapMb }) : error)),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`the upload reader stopped (exit code ${code}) before it answered`))));
  });
}
