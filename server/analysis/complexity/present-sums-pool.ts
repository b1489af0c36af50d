// present-sums.ts on both cores when the table is large, two ways: the worker computes a job alone
// while the main thread does something else (beginPresentSums: the plain sums while computeYear
// finds the eigenvector), or the main thread and the worker split the locations (rows of the upper
// triangle, ranges of output locations) and meet once per ubiquity level (presentProximitySums;
// present-sums-sync.ts). computeYear is synchronous, so the main thread waits with Atomics.wait;
// the worker is started on the first large table and kept (unreferenced, so it never keeps a
// process alive). Until it has booted (its shared `ready` flag), and for small
// tables, the sums run on the main thread alone; if the worker does not take a job within
// CLAIM_TIMEOUT_MS or fails, the main thread does the job alone. Either way the results are bit
// for bit the same (present-sums.ts). The worker file is TypeScript like the rest of the server,
// so the worker registers tsx's loader first, as the betweenness pool does (network/brandes-pool.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { tsWorkerCode } from '../../util/ts-worker.ts';
import type { UbiquityLevels } from './levels.ts';
import type { Presence } from './presence.ts';
import { levelSums, newScratch, newSumsJob, wholePart, type SumsJob, type SumsScratch } from './present-sums.ts';
import { barrier, claimed, fail, newControl, PartFailed, waitDone } from './present-sums-sync.ts';

/** Below this many additions of the row sums (nc × non-zeros of M) one thread is faster than two. */
export const PARALLEL_MIN_WORK = 4_000_000;
const CLAIM_TIMEOUT_MS = 200;

let helper: { worker: Worker; ready: Int32Array } | null = null;

const bootCode = (): string => tsWorkerCode(new URL('./present-sums-worker.ts', import.meta.url));

/** The booted worker, or null (and one is started if none is). */
const readyWorker = (): Worker | null => {
  if (!helper) {
    const ready = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(bootCode(), { eval: true, workerData: { ready } });
    worker.unref();
    const forget = () => {
      if (helper?.worker === worker) helper = null;
    };
    worker.on('error', forget);
    worker.on('exit', forget);
    helper = { worker, ready };
    return null;
  }
  return Atomics.load(helper.ready, 0) === 1 ? helper.worker : null;
};

/** One channel's sums (column-major, present-sums.ts) and how many threads computed them. */
export interface PooledSums {
  out: Float64Array;
  parts: 1 | 2;
  /** `out` may be reused by the next job: call once it has been read (or never, to keep it). */
  release(): void;
}

// Working arrays of a finished job, kept for the next one of the same size (present-sums.ts's
// SumsScratch: fresh memory is slower to touch than the sums are to compute): one set for the main
// thread alone, one shared with the worker. A year's plain sums give theirs back before its
// weighted sums start, so one of each is enough; they are dropped when no job has come for
// SPARE_MS (a national table's set is about 14 MB). A job that failed on the worker never gives
// its arrays back.
const SPARE_MS = 10_000;
const spare: Record<'local' | 'shared', SumsScratch | null> = { local: null, shared: null };
let dropTimer: NodeJS.Timeout | null = null;

const takeScratch = (nc: number, np: number, shared: boolean): SumsScratch => {
  const kind = shared ? 'shared' : 'local';
  const kept = spare[kind];
  spare[kind] = null;
  return kept && kept.nc === nc && kept.np === np ? kept : newScratch(nc, np, shared);
};

const pooled = (scratch: SumsScratch, parts: 1 | 2, shared: boolean): PooledSums => {
  let released = false;
  return {
    out: scratch.out,
    parts,
    release: () => {
      if (released) return;
      released = true;
      spare[shared ? 'shared' : 'local'] = scratch;
      if (dropTimer) clearTimeout(dropTimer);
      dropTimer = setTimeout(() => {
        spare.local = null;
        spare.shared = null;
      }, SPARE_MS);
      dropTimer.unref();
    },
  };
};

const alone = (job: SumsJob): PooledSums => {
  const scratch = takeScratch(job.nc, job.np, false);
  levelSums(job, scratch, wholePart(job.nc), () => undefined);
  return pooled(scratch, 1, false);
};

/**
 * Row-split point with about half of the upper triangle's entries above it (row i has nc − i):
 * nc (1 − 1/√2).
 */
const rowSplit = (nc: number): number => Math.round(nc * (1 - Math.SQRT1_2));

export interface PoolOptions {
  /** 1: the main thread alone (default: the cores). */
  threads?: number;
  /** Default PARALLEL_MIN_WORK. */
  minWork?: number;
}

/** The booted worker when the table is large enough for two threads and there are two; else null. */
const workerFor = (pr: Presence, options: PoolOptions): Worker | null => {
  const threads = options.threads ?? availableParallelism();
  const parallel = threads >= 2 && pr.nc >= 4 && pr.nc * pr.locIdx.length >= (options.minWork ?? PARALLEL_MIN_WORK);
  return parallel ? readyWorker() : null;
};

/** Sums started on the worker, if there is one, while the caller goes on; `result()` waits for them. */
export interface PendingSums {
  result(): PooledSums;
}

/**
 * One channel (w null: plain) computed by the worker alone while the main thread does other work;
 * on the main thread, when `result()` is called, if there is no worker or it did not take the job
 * or failed.
 */
export const beginPresentSums = (pr: Presence, levels: UbiquityLevels, w: Float64Array | null, options: PoolOptions = {}): PendingSums => {
  const { nc, np, locStart, locIdx } = pr;
  const onMain = (): PendingSums => ({ result: () => alone(newSumsJob(nc, np, locStart, locIdx, levels, w, false)) });
  const worker = workerFor(pr, options);
  if (!worker) return onMain();
  const job = newSumsJob(nc, np, locStart, locIdx, levels, w, true);
  const scratch = takeScratch(nc, np, true);
  const ctl = newControl();
  worker.postMessage({ job, scratch, part: wholePart(nc), ctl, parties: 1 });
  return {
    result: () => (claimed(ctl, CLAIM_TIMEOUT_MS) && waitDone(ctl) ? pooled(scratch, 2, true) : onMain().result()),
  };
};

/** One channel (w null: plain), split between the main thread and the worker when both are free. */
export const presentProximitySums = (pr: Presence, levels: UbiquityLevels, w: Float64Array | null, options: PoolOptions = {}): PooledSums => {
  const { nc, np, locStart, locIdx } = pr;
  const worker = workerFor(pr, options);
  if (!worker) return alone(newSumsJob(nc, np, locStart, locIdx, levels, w, false));
  const job = newSumsJob(nc, np, locStart, locIdx, levels, w, true);
  const scratch = takeScratch(nc, np, true);
  const ctl = newControl();
  const split = rowSplit(nc);
  const half = nc >> 1;
  worker.postMessage({ job, scratch, part: { rowFrom: split, rowTo: nc, colFrom: half, colTo: nc }, ctl, parties: 2 });
  if (!claimed(ctl, CLAIM_TIMEOUT_MS)) return alone(newSumsJob(nc, np, locStart, locIdx, levels, w, false));
  try {
    levelSums(job, scratch, { rowFrom: 0, rowTo: split, colFrom: 0, colTo: half }, barrier(ctl, 2));
  } catch (error) {
    fail(ctl);
    if (!(error instanceof PartFailed)) throw error;
    return alone(newSumsJob(nc, np, locStart, locIdx, levels, w, false));
  }
  return pooled(scratch, 2, true);
};
