// Reads and validates an upload on a worker thread. At national scale (100,000 firms, ~60 MB of
// CSV) that is ~10 s of parsing and checking; on the main thread it stalled every other request,
// /api/health included, for as long (12.7 s measured). The worker also bounds what one upload may
// take: its heap is capped (limits.maxHeapMb), and an upload that needs more is refused (413)
// instead of taking the server's memory. Errors come back as the same AppError or DatasetError the
// in-thread reader throws. What follows on the main thread (the store's replace and warmers) is
// cut into steps by the store itself (server/util/yield.ts).
// Large data crosses in pieces (server/util/pieces.ts), each copy short: a merge's base graph on its
// way in (turned into the base dataset on the worker, not here), the dataset's tables on the way
// out. As one message each they held the main thread 1.5–3 s at national scale.
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors.ts';
import { text, type Lang, type Text } from '../i18n/index.ts';
import { DatasetError, FILE_NAMES, type Dataset, type GraphData, type Problem } from '../model/index.ts';
import { isPiece, postInPieces, receivePieces, type PieceMessage } from '../util/pieces.ts';
import { tsWorkerCode } from '../util/ts-worker.ts';
import type { UploadLimits } from './limits.ts';
import type { ReceivedUpload, UploadedDataset } from './parse.ts';

/** What the worker is given (a merge's base graph follows in pieces). */
export interface UploadJob {
  upload: ReceivedUpload;
  limits: UploadLimits;
  /** The upload is merged into the served dataset, whose graph the worker is sent. */
  merge: boolean;
  /** The language problems are told in. */
  lang: Lang;
}

/** What the worker answers after the dataset's pieces: the rest of the upload, and which tables the dataset has. */
export type UploadOutcome =
  | { ok: Omit<UploadedDataset, 'dataset'> & { tables: Array<keyof Dataset> } }
  | { problems: Problem[] }
  | { app: { code: ErrorCode; message: Text | string; details: unknown } };

export interface OffThreadOptions {
  /** The graph served now, when the upload is merged into it. */
  base?: GraphData;
  lang: Lang;
}

/** datasetOfUpload (parse.ts) on a worker thread of its own, which ends with the upload. */
export function datasetOfUploadOffThread(upload: ReceivedUpload, limits: UploadLimits, options: OffThreadOptions): Promise<UploadedDataset> {
  const heapMb = limits.maxHeapMb;
  const job: UploadJob = { upload, limits, lang: options.lang, merge: options.base !== undefined };
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
    const tables = receivePieces(worker, FILE_NAMES);
    let answered = false;
    const onOutcome = (outcome: UploadOutcome | PieceMessage) => {
      if (isPiece(outcome)) return;
      answered = true;
      worker.off('message', onOutcome);
      if ('ok' in outcome) {
        // The pieces came before the outcome, so they are all here.
        const { tables: present, ...rest } = outcome.ok;
        void tables.then((arrays) => settle(() => resolve({ ...rest, dataset: Object.fromEntries(present.map((t) => [t, arrays[t]])) as Dataset })));
      } else settle(() => reject('problems' in outcome ? new DatasetError(outcome.problems) : new AppError(outcome.app.code, outcome.app.message, outcome.app.details)));
    };
    worker.on('message', onOutcome);
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('request_too_large', text('upload.outOfMemory', { size: { bytes: heapMb * 1024 * 1024 } }), { heapMb }) : error)),
    );
    // A worker that answered and ended while this thread was busy has its messages delivered as it
    // exits, 'exit' straight after them, before the answer's tables (a promise) are taken: the
    // answer stands. An upload of few tables (a blank template) on a busy server was a 500.
    worker.once('exit', (code) => {
      if (!answered) settle(() => reject(new Error(`the upload reader stopped (exit code ${code}) before it answered`)));
    });
    if (options.base) postInPieces(worker, { nodes: options.base.nodes, rels: options.base.rels }, () => settled).catch((error: unknown) => settle(() => reject(error)));
  });
}
