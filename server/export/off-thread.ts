// Writes an export to a file on a worker thread of its own. At national scale (100,000 firms, 1.2
// million nodes and relationships) each format took 7–16 s of synchronous work (GEXF 447 MB,
// GraphML 319 MB, the JSON bundle 171 MB, the workbook and the CSV zip), and on the main thread
// every other request, /api/health included, waited as long. The graph goes over in pieces
// (server/util/pieces.ts); the worker writes the file, its gzip beside it and the body's ETag, so
// the main thread never holds the bytes (spool.ts). Its heap is capped: an export that needs more
// is a 413 naming the cap instead of the server's memory. The bytes are those exportGraph and
// workbookBytes write.
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { text } from '../i18n/index.ts';
import type { GraphData, WorkbookAbout } from '../model/index.ts';
import { isPiece, postInPieces, type PieceMessage } from '../util/pieces.ts';
import { tsWorkerCode } from '../util/ts-worker.ts';
import { answerTooLarge } from '../work/errors.ts';
import { MAX_STRING_BYTES, type SpooledFile } from '../work/index.ts';
import type { ExportFormat } from './index.ts';

/** Default heap of an export's worker (MB): the national GEXF, the largest, needs about 2 GB. */
export const DEFAULT_EXPORT_HEAP_MB = 4096;

/** What the worker is given besides the graph. */
export interface ExportJob {
  format: ExportFormat;
  /** The workbook's README (xlsx only). */
  about?: WorkbookAbout;
  /** The file to write (spool.ts); its folder is made if need be. */
  path: string;
  /** Whether to write its gzip beside it (`path`.gz), kept when worth sending (server/work/encoding.ts). */
  gzip: boolean;
}

/** What the worker answers. */
export type ExportOutcome = { ok: { bytes: number; etag: string; gzipBytes?: number } } | { tooLarge: true } | { failed: string; code?: string };

export interface ExportOptions {
  heapMb?: number;
  /** Aborted when the export is no longer wanted (client gone, time budget): the worker is ended. */
  signal?: AbortSignal;
}

/** The path of the gzip written beside an export's file. */
export const gzipPathOf = (file: string): string => `${file}.gz`;

/** Writes the export to `job.path` (and its gzip) on a worker thread; answers the file and the body's ETag. */
export function exportToFile(job: ExportJob, graph: GraphData, options: ExportOptions = {}): Promise<{ file: SpooledFile; etag: string }> {
  const heapMb = options.heapMb ?? DEFAULT_EXPORT_HEAP_MB;
  const signal = options.signal;
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const worker = new Worker(tsWorkerCode(new URL('./worker.ts', import.meta.url)), { eval: true, workerData: job, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let settled = false;
    const settle = (work: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      work();
      void worker.terminate();
    };
    const onAbort = () => settle(() => reject(signal!.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    // The worker also acknowledges the graph's pieces on this port (server/util/pieces.ts).
    const onOutcome = (outcome: ExportOutcome | PieceMessage) => {
      if (isPiece(outcome)) return;
      worker.off('message', onOutcome);
      settle(() => {
        if ('ok' in outcome) {
          const { bytes, etag, gzipBytes } = outcome.ok;
          resolve({ file: { path: job.path, bytes, ...(gzipBytes === undefined ? {} : { gzip: { path: gzipPathOf(job.path), bytes: gzipBytes } }) }, etag });
        } else if ('tooLarge' in outcome) reject(answerTooLarge(MAX_STRING_BYTES));
        else if (outcome.code === 'ENOSPC') reject(new AppError('request_too_large', text('export.noSpace')));
        else reject(new Error(`the export writer failed: ${outcome.failed}`));
      });
    };
    worker.on('message', onOutcome);
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('request_too_large', text('export.outOfMemory', { size: { bytes: heapMb * 1024 * 1024 } }), { heapMb }) : error)),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`the export writer stopped (exit code ${code}) before it answered`))));
    postInPieces(worker, { nodes: graph.nodes, rels: graph.rels }, () => settled).catch((error: unknown) => settle(() => reject(error)));
  });
}
